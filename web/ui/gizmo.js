// The Gizmo console: free queries and the canned ones from queries/, a
// history of what was run (kept in this browser), Cancel for a running
// query, and the result table as CSV or JSON. Results are shown exactly as
// stored (no reference decoding): this is the raw view of the data.
import cytoscape from 'cytoscape';
import { api } from './api.js';
import { $, el, clear, banner, shortIRI } from './dom.js';
import { navigate } from './nav.js';
import { cyStyle, NODE_CAP } from './explore.js';
import { exportButtons, fileName } from './tables.js';

const qtext = $('#query-text');
const runBtn = $('#query-run');
const status = $('#query-status');
status.setAttribute('role', 'status');

// The elements index.html does not have are built here: Cancel beside
// Run, the canned query's name under the editor, the history, and the
// downloads beside the result tabs.
const cancelBtn = el('button', { type: 'button', id: 'query-cancel', class: 'cancel', hidden: true, text: 'Cancel' });
runBtn.after(cancelBtn);
const cannedNote = el('span', { id: 'query-canned', class: 'canned-note', hidden: true });
$('#query-limit').parentNode.after(cannedNote);
const historyList = el('ol', { id: 'query-history-list', 'aria-label': 'Queries run before, newest first' });
const historySummary = el('summary', { text: 'History' });
const historyBox = el('details', { id: 'query-history', class: 'query-history' }, historySummary, historyList,
  el('button', { type: 'button', class: 'link clear-history', text: 'Clear history', onclick: () => { saveHistory([]); renderHistory(); } }));
$('#query-error').before(historyBox);
const exports = exportButtons('the results', () => resultTable());
// Beside the result tabs, not inside: a tablist may hold only tabs.
document.querySelector('.result-tabs').after(exports);
$('label[for=query-text] .hint').textContent = 'Ctrl-Enter runs · Alt-↑/↓ walks the history';

qtext.addEventListener('keydown', (ev) => {
  if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); runEditor(); }
  if (ev.altKey && (ev.key === 'ArrowUp' || ev.key === 'ArrowDown')) { ev.preventDefault(); walkHistory(ev.key === 'ArrowUp' ? 1 : -1); }
});
qtext.addEventListener('input', () => { if (canned && qtext.value !== canned.source) showCanned(null); });
runBtn.addEventListener('click', runEditor);
cancelBtn.addEventListener('click', () => { if (running) running.abort(); });
for (const b of document.querySelectorAll('.rtab')) {
  b.addEventListener('click', () => showResultTab(b.dataset.result));
}
function showResultTab(which) {
  for (const b of document.querySelectorAll('.rtab')) {
    b.classList.toggle('active', b.dataset.result === which);
    b.setAttribute('aria-selected', b.dataset.result === which ? 'true' : 'false');
  }
  $('#query-table').hidden = which !== 'table';
  $('#query-graph').hidden = which !== 'graph';
  if (which === 'graph' && qcy) { qcy.resize(); qcy.fit(undefined, 30); }
}

// canned is the canned query whose code the editor shows ({name, source,
// args()}): Run runs it by name, with its arguments, as long as the code
// is left as it is; an edit makes the text a free query.
let canned = null;
function showCanned(c) {
  canned = c;
  cannedNote.hidden = !c;
  if (c) cannedNote.textContent = `canned query ${c.name}` + (c.args().length ? ` (${c.args().map((a) => JSON.stringify(a)).join(', ')})` : '');
}
function runEditor() {
  if (canned && qtext.value === canned.source) runQuery({ name: canned.name, args: canned.args() });
  else runQuery({ query: qtext.value });
}
// showCode puts a canned query's code in the editor, so what runs is seen.
function showCode(c, args) {
  qtext.value = c.source || '';
  showCanned({ name: c.name, source: qtext.value, args });
}

// The history: the last HISTORY_MAX queries run, newest first, in this
// browser's localStorage (nothing leaves the browser). A canned query is
// kept by name and arguments, with its code.
const HISTORY_KEY = 'newsgraph.gizmo.history';
const HISTORY_MAX = 50;
function loadHistory() {
  try {
    const h = JSON.parse(localStorage.getItem(HISTORY_KEY) || '[]');
    return Array.isArray(h) ? h.filter((x) => x && typeof x.query === 'string') : [];
  } catch (e) { return []; }
}
function saveHistory(h) {
  try { localStorage.setItem(HISTORY_KEY, JSON.stringify(h.slice(0, HISTORY_MAX))); } catch (e) { /* storage full or off: no history */ }
}
function remember(entry) {
  const key = (x) => JSON.stringify([x.name || '', x.args || [], x.name ? '' : x.query]);
  const h = loadHistory().filter((x) => key(x) !== key(entry));
  h.unshift(entry);
  saveHistory(h);
  historyAt = -1;
  renderHistory();
}
function historyLabel(x) {
  if (x.name) return `${x.name}(${(x.args || []).map((a) => JSON.stringify(a)).join(', ')})`;
  return x.query.trim().replace(/\s+/g, ' ');
}
function recall(x) {
  if (x.name) showCode({ name: x.name, source: x.query }, () => x.args || []);
  else { qtext.value = x.query; showCanned(null); }
}
function renderHistory() {
  const h = loadHistory();
  clear(historyList);
  for (const x of h) {
    historyList.append(el('li', null, el('button', { type: 'button', raw: historyLabel(x), title: x.query, onclick: () => { recall(x); qtext.focus(); } })));
  }
  historySummary.textContent = `History (${h.length})`;
  historyBox.hidden = h.length === 0;
}
// walkHistory steps back (1) or forward (-1) through the history from the
// editor; past the newest it leaves the editor empty.
let historyAt = -1;
function walkHistory(step) {
  const h = loadHistory();
  historyAt = Math.max(-1, Math.min(h.length - 1, historyAt + step));
  if (historyAt < 0) { qtext.value = ''; showCanned(null); return; }
  recall(h[historyAt]);
}
renderHistory();

let cannedLoaded = false;
export function invalidateCanned() { cannedLoaded = false; }
export async function loadCanned() {
  if (cannedLoaded) return;
  let list;
  try { list = await api('api/queries'); } catch (e) { banner(e.message, true); return; }
  cannedLoaded = true;
  const ul = clear($('#canned-list'));
  for (const c of list) {
    const args = (c.params || []).map((p) => el('input', { type: 'text', placeholder: p, 'aria-label': c.name + ' ' + p }));
    const argv = () => args.map((a) => a.value);
    // The code goes into the editor before it runs: what runs is seen.
    const run = () => { showCode(c, argv); runQuery({ name: c.name, args: argv() }); };
    for (const a of args) a.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') run(); });
    ul.append(el('li', null,
      el('div', { class: 'name', raw: c.name }),
      el('div', { class: 'desc', raw: c.description || '' }),
      el('div', { class: 'args' }, ...args, el('button', { type: 'button', text: 'Run', onclick: run }),
        el('button', { type: 'button', class: 'link', text: 'code', onclick: () => showCode(c, argv) }))));
  }
  if (!list.length) ul.append(el('li', { class: 'empty', text: 'No canned queries.' }));
}

// running aborts the query under way (Cancel): the fetch is aborted, the
// connection closed, and the server's handler, whose context ends with
// the request, stops the query.
let running = null;
let lastResults = [];
let lastName = 'query';
async function runQuery(body) {
  if (running) return;
  const ctl = new AbortController();
  running = ctl;
  remember(body.name ? { name: body.name, args: body.args, query: qtext.value } : { query: body.query });
  runBtn.disabled = true;
  cancelBtn.hidden = false;
  const err = $('#query-error');
  err.hidden = true;
  status.textContent = 'Running…';
  const limit = parseInt($('#query-limit').value, 10) || 100;
  const t0 = performance.now();
  try {
    const r = await api('api/query', { body: { ...body, limit }, signal: ctl.signal });
    const results = r.results || [];
    status.textContent = `${results.length} result${results.length === 1 ? '' : 's'}${r.truncated ? ' (limit reached)' : ''} in ${Math.round(performance.now() - t0)} ms`;
    lastResults = results;
    lastName = body.name || 'query';
    exports.refresh(results.length > 0);
    renderResultTable(results);
    const drawn = renderResultGraph(results);
    showResultTab(drawn && !isScalar(results) ? $('.rtab.active').dataset.result : 'table');
  } catch (e) {
    // The error (or the cancel) answers this query: the last query's
    // results must not stay below it as if they were this one's.
    lastResults = [];
    exports.refresh(false);
    clear($('#query-table'));
    if (qcy) qcy.elements().remove();
    $('#query-graph').setAttribute('data-nodes', '0');
    if (ctl.signal.aborted) {
      status.textContent = `Cancelled after ${Math.round(performance.now() - t0)} ms: no results.`;
    } else {
      status.textContent = '';
      err.textContent = e.message;
      err.hidden = false;
    }
  } finally {
    running = null;
    runBtn.disabled = false;
    cancelBtn.hidden = true;
  }
}

// resultTable is the last results as a table for the downloads: the
// columns the table shows; JSON gets the results exactly as answered.
function resultTable() {
  const cols = columnsOf(lastResults);
  const rows = cols.length ? lastResults : lastResults.map((v) => ({ value: v }));
  return { name: fileName('gizmo', lastName), columns: cols.length ? cols : ['value'], rows, json: lastResults };
}

function isScalar(results) { return results.length === 1 && (typeof results[0] !== 'object' || results[0] === null); }
function fmt(v) {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}
// columnsOf is every key of the object results, in order of first use.
function columnsOf(results) {
  const cols = [];
  for (const r of results) {
    if (r && typeof r === 'object' && !Array.isArray(r)) for (const k of Object.keys(r)) if (!cols.includes(k)) cols.push(k);
  }
  return cols;
}
function renderResultTable(results) {
  const wrap = clear($('#query-table'));
  if (isScalar(results)) { wrap.append(el('div', { class: 'scalar', raw: fmt(results[0]) })); return; }
  if (!results.length) { wrap.append(el('p', { class: 'empty', text: 'No results.' })); return; }
  const cols = columnsOf(results);
  const table = el('table');
  if (!cols.length) {
    table.append(el('tr', null, el('th', { text: 'value' })));
    for (const r of results) table.append(el('tr', null, el('td', { raw: fmt(r) })));
  } else {
    table.append(el('tr', null, ...cols.map((c) => el('th', { raw: c }))));
    for (const r of results) table.append(el('tr', null, ...cols.map((c) => el('td', { raw: fmt(r && r[c]) }))));
  }
  wrap.append(table);
}

// renderResultGraph draws results whose values are IRIs: every IRI a node,
// and in a tagged result an edge from "id" to each other tag, labelled by
// the tag name.
let qcy = null;
function isIRI(v) { return typeof v === 'string' && /^<?[a-z][a-z0-9+.-]*:\/\//i.test(v); }
function bare(v) { return v.replace(/^<|>$/g, ''); }
function renderResultGraph(results) {
  const nodes = new Map();
  const edges = new Map();
  const add = (v) => { const id = bare(v); if (!nodes.has(id)) nodes.set(id, { id, name: shortIRI(id) }); return id; };
  for (const r of results.slice(0, 2000)) {
    if (isIRI(r)) { add(r); continue; }
    if (!r || typeof r !== 'object') continue;
    const src = isIRI(r.id) ? add(r.id) : null;
    for (const [k, v] of Object.entries(r)) {
      if (k === 'id' || !isIRI(v)) continue;
      const dst = add(v);
      if (src && src !== dst) edges.set(src + k + dst, { source: src, target: dst, label: k });
    }
  }
  const box = $('#query-graph');
  if (!qcy) {
    qcy = cytoscape({ container: box, style: cyStyle(), wheelSensitivity: 0.3 });
    qcy.on('dbltap', 'node', (ev) => navigate({ id: ev.target.id() }));
  }
  qcy.elements().remove();
  const ns = [...nodes.values()].slice(0, NODE_CAP);
  const keep = new Set(ns.map((n) => n.id));
  qcy.add(ns.map((n) => ({ group: 'nodes', data: { id: n.id, name: n.name, type: 'Other', size: 30, count: 1 } })));
  qcy.add([...edges.values()].filter((e) => keep.has(e.source) && keep.has(e.target)).map((e, i) => ({ group: 'edges', data: { id: 'q' + i, source: e.source, target: e.target, label: e.label, count: 1 } })));
  box.setAttribute('data-nodes', String(qcy.nodes().length));
  box.setAttribute('data-edges', String(qcy.edges().length));
  if (ns.length) {
    // Names come from the server so the graph reads like the explorer.
    fillNames(qcy);
    const wasHidden = box.hidden;
    box.hidden = false;
    qcy.resize();
    qcy.layout({ name: 'fcose', animate: false, randomize: true, fit: true, padding: 30 }).run();
    box.hidden = wasHidden;
  }
  return ns.length > 0;
}
async function fillNames(c) {
  const ids = c.nodes().map((n) => n.id()).slice(0, NODE_CAP);
  try {
    const r = await api('api/nodes', { body: { ids } });
    for (const n of r) {
      const node = c.getElementById(n.id);
      if (node.nonempty()) node.data({ name: n.name || node.data('name'), type: n.type || 'Other' });
    }
  } catch (e) { /* keep the short IRIs */ }
}
