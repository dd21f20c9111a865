// The path finder: "how are A and B connected?" Shortest chains of facts
// (and, weaker, of names shared by one sentence) between two entities,
// each step with the sentence it rests on.
import { api, q } from './api.js';
import { $, el, clear, badge, banner, decodeRefs, segmentsInto } from './dom.js';
import { navigate, navLink } from './nav.js';
import { combobox } from './combobox.js';
import { exportButtons, fileName } from './tables.js';

const ends = { from: null, to: null }; // {id, name}

combobox($('#path-from'), $('#path-from-results'), (it) => { ends.from = it; });
combobox($('#path-to'), $('#path-to-results'), (it) => { ends.to = it; });
$('#path-from').addEventListener('input', () => { ends.from = null; });
$('#path-to').addEventListener('input', () => { ends.to = null; });
$('#path-run').addEventListener('click', () => {
  if (!ends.from || !ends.to) { status('Pick both entities from the suggestions first.', true); return; }
  navigate({ view: 'paths', from: ends.from.id, to: ends.to.id, hops: $('#path-hops').value });
});

// The paths shown as a table (CSV: one row per step, with its first
// sentence; JSON: the API's answer).
let shown = null;
const exports = exportButtons('the paths', () => {
  const rows = [];
  shown.paths.forEach((path, i) => path.steps.forEach((st, j) => {
    const pr = (st.provenance || [])[0];
    rows.push({
      path: i + 1, hops: path.steps.length, step: j + 1,
      source: decodeRefs(st.source.name), predicate: st.label, target: decodeRefs(st.target.name),
      sentence: pr && pr.sentence ? decodeRefs(pr.sentence.text) : '',
      document: pr && pr.document ? decodeRefs(pr.document.title || '') : '',
      sourceId: st.source.id, targetId: st.target.id, documentId: pr && pr.document ? pr.document.id : '',
    });
  }));
  return {
    name: fileName('paths', shown.from.name, shown.to.name),
    columns: ['path', 'hops', 'step', 'source', 'predicate', 'target', 'sentence', 'document', 'sourceId', 'targetId', 'documentId'],
    rows, json: shown,
  };
});
$('#path-status').after(exports);

function status(msg, bad) {
  const s = $('#path-status');
  s.textContent = decodeRefs(msg);
  s.classList.toggle('bad', !!bad);
}

// showPaths is the route of ?view=paths[&from=IRI][&to=IRI][&hops=N].
export async function showPaths(p) {
  const from = p.get('from');
  const to = p.get('to');
  if (p.get('hops')) $('#path-hops').value = p.get('hops');
  const list = clear($('#path-results'));
  shown = null;
  exports.refresh(false);
  if (!from || !to) {
    status('Pick two entities and find how the stories connect them.');
    if (from) {
      try {
        const [n] = await api('api/nodes', { body: { ids: [from] } });
        ends.from = n; $('#path-from').value = decodeRefs(n.name);
        $('#path-to').focus();
      } catch (e) { banner(e.message, true); }
    }
    return;
  }
  status('Searching…');
  let r;
  try {
    r = await api('api/path?' + q({ from, to, hops: $('#path-hops').value }));
  } catch (e) {
    status(e.message, true);
    return;
  }
  ends.from = r.from; ends.to = r.to;
  $('#path-from').value = decodeRefs(r.from.name);
  $('#path-to').value = decodeRefs(r.to.name);
  if (!r.paths.length) {
    status(`No connection between ${r.from.name} and ${r.to.name} within ${r.hops} hops.`);
    return;
  }
  shown = r;
  exports.refresh(true);
  status(`${r.paths.length} shortest path${r.paths.length === 1 ? '' : 's'} from ${r.from.name} to ${r.to.name}`);
  r.paths.forEach((path) => list.append(renderPath(path, r.from)));
}

function nodeChip(n) {
  return el('span', { class: 'chip' }, badge(n.type), ' ', navLink({ id: n.id }, {}, n.name));
}

function renderPath(path, start) {
  const n = path.steps.length;
  const chain = el('div', { class: 'chain' }, nodeChip(start));
  for (const st of path.steps) {
    const next = st.forward ? st.target : st.source;
    const weak = st.predicate === 'co-mention';
    chain.append(el('span', { class: 'hop' + (weak ? ' weak' : '') },
      weak ? '— same sentence —' : (st.forward ? `— ${st.label} →` : `← ${st.label} —`)), nodeChip(next));
  }
  const ev = el('ol', { class: 'steps' });
  for (const st of path.steps) {
    const pr = (st.provenance || [])[0];
    const li = el('li', null, el('div', { class: 'step-title' },
      el('b', { text: st.source.name }), ' ', el('span', { class: 'pred', text: st.label }), ' ', el('b', { text: st.target.name })));
    if (pr) {
      li.append(el('div', { class: 'sentence' }, segmentsInto(el('blockquote', { class: 'sentence-text' }), pr),
        el('div', { class: 'doc' }, navLink({ doc: pr.document.id }, {}, el('b', { text: pr.document.title || '(untitled)' })))));
    } else li.append(el('p', { class: 'empty', text: 'No sentence recorded.' }));
    ev.append(li);
  }
  return el('li', { class: 'path' }, el('div', { class: 'hops', text: n === 1 ? '1 hop' : `${n} hops` }), chain, ev);
}
