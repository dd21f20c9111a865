// The Gizmo console: free queries and the canned ones from queries/.
// Results are shown exactly as stored (no reference decoding): this is
// the raw view of the data.
import cytoscape from 'cytoscape';
import { api } from './api.js';
import { $, el, clear, banner, shortIRI } from './dom.js';
import { navigate } from './nav.js';
import { cyStyle, NODE_CAP } from './explore.js';

const qtext = $('#query-text');
qtext.addEventListener('keydown', (ev) => {
  if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); runQuery({ query: qtext.value }); }
});
$('#query-run').addEventListener('click', () => runQuery({ query: qtext.value }));
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
    const run = () => runQuery({ name: c.name, args: args.map((a) => a.value) }, c);
    for (const a of args) a.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') run(); });
    ul.append(el('li', null,
      el('div', { class: 'name', raw: c.name }),
      el('div', { class: 'desc', raw: c.description || '' }),
      el('div', { class: 'args' }, ...args, el('button', { type: 'button', text: 'Run', onclick: run }),
        el('button', { type: 'button', class: 'link', text: 'code', onclick: () => { qtext.value = c.source || ''; } }))));
  }
  if (!list.length) ul.append(el('li', { class: 'empty', text: 'No canned queries.' }));
}

let queryBusy = false;
async function runQuery(body) {
  if (queryBusy) return;
  queryBusy = true;
  const btn = $('#query-run');
  btn.disabled = true;
  const status = $('#query-status');
  const err = $('#query-error');
  err.hidden = true;
  status.textContent = 'Running…';
  const limit = parseInt($('#query-limit').value, 10) || 100;
  const t0 = performance.now();
  try {
    const r = await api('api/query', { body: { ...body, limit } });
    const results = r.results || [];
    status.textContent = `${results.length} result${results.length === 1 ? '' : 's'}${r.truncated ? ' (limit reached)' : ''} in ${Math.round(performance.now() - t0)} ms`;
    renderResultTable(results);
    const drawn = renderResultGraph(results);
    showResultTab(drawn && !isScalar(results) ? $('.rtab.active').dataset.result : 'table');
  } catch (e) {
    // The error answers this query: the last query's results must not
    // stay below it as if they were this one's.
    status.textContent = '';
    clear($('#query-table'));
    if (qcy) qcy.elements().remove();
    $('#query-graph').setAttribute('data-nodes', '0');
    err.textContent = e.message;
    err.hidden = false;
  } finally {
    queryBusy = false;
    btn.disabled = false;
  }
}

function isScalar(results) { return results.length === 1 && (typeof results[0] !== 'object' || results[0] === null); }
function fmt(v) {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}
function renderResultTable(results) {
  const wrap = clear($('#query-table'));
  if (isScalar(results)) { wrap.append(el('div', { class: 'scalar', raw: fmt(results[0]) })); return; }
  if (!results.length) { wrap.append(el('p', { class: 'empty', text: 'No results.' })); return; }
  const cols = [];
  for (const r of results) {
    if (r && typeof r === 'object' && !Array.isArray(r)) for (const k of Object.keys(r)) if (!cols.includes(k)) cols.push(k);
  }
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
