// Timeline: an entity's facts and quotes by the date of their documents
// (?view=timeline&id=IRI[&from=YYYY-MM-DD&to=YYYY-MM-DD]). Its section and
// tab are built here, so index.html needs no change; app.js routes to it.
import { api, q } from './api.js';
import { $, el, clear, banner, badge, segmentsInto, decodeRefs } from './dom.js';
import { navigate, navLink } from './nav.js';
import { combobox } from './combobox.js';
import { exportButtons, fileName } from './tables.js';

const section = el('section', { id: 'view-timeline', role: 'tabpanel', 'aria-labelledby': 'tab-timeline', class: 'view page', hidden: true },
  el('div', { class: 'panel timeline' },
    el('h3', { id: 'timeline-title', text: 'Timeline' }),
    el('form', { id: 'timeline-form', class: 'row' },
      el('div', { class: 'search timeline-search' },
        el('label', { class: 'visually-hidden', for: 'timeline-entity', text: 'Entity' }),
        el('input', { id: 'timeline-entity', type: 'search', autocomplete: 'off', placeholder: 'Entity, e.g. Lukashenko' }),
        el('ul', { id: 'timeline-suggest', class: 'suggestions', hidden: true })),
      el('label', { for: 'timeline-from', text: 'From' }),
      el('input', { id: 'timeline-from', type: 'date' }),
      el('label', { for: 'timeline-to', text: 'to' }),
      el('input', { id: 'timeline-to', type: 'date' }),
      el('button', { type: 'submit', class: 'primary', text: 'Show' })),
    el('div', { id: 'timeline-status', class: 'status', role: 'status' }),
    el('ol', { id: 'timeline-items', class: 'timeline-list' })));
const textView = $('#view-text');
textView.parentNode.insertBefore(section, textView.nextSibling);
const textTab = $('#tab-text');
textTab.parentNode.insertBefore(el('button', { type: 'button', role: 'tab', 'aria-selected': 'false', 'aria-controls': 'view-timeline',
  id: 'tab-timeline', 'data-view': 'timeline', class: 'tab', text: 'Timeline' }), textTab.nextSibling);

// The items shown as a table (CSV: one row per fact or quote, text as
// shown; JSON: the API's answer).
let shown = null;
const exports = exportButtons('the timeline', () => {
  const e = shown.entity;
  const name = decodeRefs(e.name);
  return {
    name: fileName('timeline', e.name),
    columns: ['date', 'dated', 'kind', 'subject', 'predicate', 'object', 'quote', 'sentence', 'document', 'url', 'documentId'],
    rows: shown.items.map((it) => {
      const other = it.other ? decodeRefs(it.other.name) : '';
      const d = it.document || {};
      return {
        date: it.date, dated: it.dated, kind: it.kind,
        subject: it.kind === 'quote' || it.direction !== 'in' ? name : other,
        predicate: it.kind === 'quote' ? 'said' : it.predicate,
        object: it.kind === 'quote' ? '' : it.direction === 'in' ? name : other,
        quote: it.kind === 'quote' ? decodeRefs(it.text) : '',
        sentence: it.provenance && it.provenance.sentence ? decodeRefs(it.provenance.sentence.text) : '',
        document: decodeRefs(d.title || ''), url: it.url || '', documentId: d.id || '',
      };
    }),
    json: shown,
  };
});
$('#timeline-status').after(exports);

let entityID = '';
combobox($('#timeline-entity'), $('#timeline-suggest'), (it) => { entityID = it.id; go(); });
$('#timeline-form').addEventListener('submit', (ev) => { ev.preventDefault(); go(); });

function go() {
  if (!entityID) { banner('Pick an entity first', true); return; }
  const p = { view: 'timeline', id: entityID };
  if ($('#timeline-from').value) p.from = $('#timeline-from').value;
  if ($('#timeline-to').value) p.to = $('#timeline-to').value;
  navigate(p);
}

const day = (d) => (d || '').slice(0, 10);

// sourceLink goes to the document's real URL when the store has one
// (schema:url), else shows its source as text; the reader link beside it
// opens the stored text.
function sourceLinks(it, focus) {
  const d = it.document || {};
  const box = el('div', { class: 'doc' });
  // The evidence goes as a byte range: a quotation of several sentences
  // spans from its first sentence to its attribution, all outlined.
  const ps = it.provenance.sentence;
  const link = { view: 'reader', doc: d.id, entity: focus };
  if (ps) link.span = ps.start + '-' + ps.end;
  box.append(navLink(link,
    { class: 'read' }, 'Read: ' + (d.title || '(untitled)')));
  if (it.url && /^https?:\/\//i.test(it.url)) {
    box.append(' · ', el('a', { href: it.url, target: '_blank', rel: 'noopener noreferrer', class: 'source-url', text: 'source' }));
  } else if (d.source) {
    box.append(' · ', el('span', { class: 'hint', text: d.source }));
  }
  return box;
}

export async function showTimeline(p) {
  entityID = p.get('id') || '';
  $('#timeline-from').value = p.get('from') || '';
  $('#timeline-to').value = p.get('to') || '';
  const list = clear($('#timeline-items'));
  const st = $('#timeline-status');
  shown = null;
  exports.refresh(false);
  if (!entityID) { st.textContent = 'Pick an entity to see its facts and quotes by date.'; return; }
  st.textContent = 'Loading…';
  const params = { id: entityID };
  if (p.get('from')) params.from = p.get('from');
  if (p.get('to')) params.to = p.get('to');
  let tl;
  try { tl = await api('api/timeline?' + q(params)); } catch (e) { st.textContent = ''; banner(e.message, true); return; }
  shown = tl;
  exports.refresh(tl.items.length > 0);
  $('#timeline-entity').value = tl.entity.name;
  clear($('#timeline-title')).append('Timeline of ', navLink({ id: tl.entity.id }, {}, tl.entity.name), ' ', badge(tl.entity.type));
  st.textContent = tl.items.length ? `${tl.items.length} item${tl.items.length === 1 ? '' : 's'}` : 'Nothing in this date range.';
  let last = '';
  for (const it of tl.items) {
    const li = el('li', { class: 'tl-item tl-' + it.kind });
    const d = day(it.date);
    li.append(el('time', { class: 'tl-date' + (d === last ? ' same' : ''), datetime: it.date, title: it.dated === 'published' ? 'published' : 'ingested (no publication date)', text: d + (it.dated === 'published' ? '' : ' *') }));
    last = d;
    const body = el('div', { class: 'tl-body' });
    if (it.kind === 'quote') {
      body.append(el('blockquote', { class: 'said' }, el('q', { text: it.text })));
      if (it.provenance.sentence) body.append(el('div', { class: 'context hint', text: it.provenance.sentence.text }));
    } else {
      const rel = it.direction === 'in'
        ? [navLink({ view: 'timeline', id: it.other.id }, {}, it.other.name), ' ', el('span', { class: 'pred', text: it.predicate }), ' ', tl.entity.name]
        : [tl.entity.name, ' ', el('span', { class: 'pred', text: it.predicate }), ' ', navLink({ view: 'timeline', id: it.other.id }, {}, it.other.name)];
      body.append(el('div', { class: 'tl-fact' }, ...rel));
      body.append(segmentsInto(el('blockquote', { class: 'sentence-text' }), it.provenance));
    }
    body.append(sourceLinks(it, tl.entity.id));
    li.append(body);
    list.append(li);
  }
}
