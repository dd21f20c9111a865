// The overview: counts, most connected entities, documents.
import { api } from './api.js';
import { $, el, clear, badge, banner, decodeRefs } from './dom.js';
import { navLink } from './nav.js';
import { exportButtons } from './tables.js';

// The documents table as CSV or JSON (titles as shown; JSON as answered).
let docList = [];
const exports = exportButtons('the documents', () => ({
  name: 'overview-documents',
  columns: ['title', 'source', 'ingestedAt', 'documentId'],
  rows: docList.map((d) => ({ title: decodeRefs(d.title || ''), source: d.source || '', ingestedAt: d.ingestedAt || '', documentId: d.id })),
  json: docList,
}));
$('#overview-documents').before(exports);

export async function loadOverview() {
  let o;
  try { o = await api('api/overview'); } catch (e) { banner(e.message, true); return; }
  const cards = clear($('#overview-cards'));
  for (const [n, l] of [[o.documents, 'documents'], [o.entities, 'entities'], [o.facts, 'facts'], [o.quotes, 'quotes'], [o.sentences, 'sentences'], [o.quads, 'quads']]) {
    cards.append(el('div', { class: 'card' }, el('div', { class: 'n', text: (n || 0).toLocaleString() }), el('div', { class: 'l', text: l })));
  }
  const top = clear($('#overview-top'));
  for (const t of o.top || []) {
    top.append(el('li', null, navLink({ id: t.id }, {}, t.name), ' ', badge(t.type), ' ', el('span', { class: 'count', text: t.degree === 1 ? '1 relation' : `${t.degree} relations` })));
  }
  if (!(o.top || []).length) top.append(el('li', { class: 'empty', text: 'No relations yet.' }));
  countsTable($('#overview-types'), 'Type', (o.entitiesByType || []).map((x) => [badge(x.name), x.count]));
  countsTable($('#overview-predicates'), 'Relation', (o.factsByPredicate || []).map((x) => [el('span', { class: 'pred', text: x.name }), x.count]));
  docList = o.documentList || [];
  exports.refresh(docList.length > 0);
  const docs = clear($('#overview-documents'));
  docs.append(el('tr', null, el('th', { text: 'Title' }), el('th', { text: 'Source' }), el('th', { text: 'Ingested' })));
  for (const d of o.documentList || []) {
    docs.append(el('tr', null,
      el('td', null, navLink({ doc: d.id }, {}, d.title || '(untitled)')),
      el('td', { class: 'src', text: d.source || '' }),
      el('td', { class: 'src', text: d.ingestedAt || '' })));
  }
  if (o.documentsTruncated) docs.append(el('tr', null, el('td', { colspan: 3, class: 'hint', text: `… and ${o.documents - o.documentList.length} more` })));
}

function countsTable(table, head, rows) {
  clear(table);
  const max = Math.max(1, ...rows.map((r) => r[1]));
  for (const [label, n] of rows) {
    const bar = el('div', { class: 'bar' }, el('i'));
    bar.firstChild.style.width = (100 * n / max).toFixed(1) + '%';
    table.append(el('tr', null, el('td', null, label), el('td', null, bar), el('td', { class: 'num', text: n.toLocaleString() })));
  }
  if (!rows.length) table.append(el('tr', null, el('td', { class: 'empty', text: 'None yet.' })));
}
