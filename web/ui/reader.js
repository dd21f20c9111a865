// Article reader: a document's stored text with the entities it mentions
// highlighted (?view=reader&doc=IRI[&entity=IRI&span=START-END]); the
// entity's mentions are marked apart and the evidence (the sentences
// within the byte range span: a whole multi-sentence quotation), when
// given, is outlined and scrolled to. All text is set as text (dom.js).
import { api, q } from './api.js';
import { $, el, clear, banner } from './dom.js';
import { navLink } from './nav.js';

const section = el('section', { id: 'view-reader', role: 'region', 'aria-label': 'Article', class: 'view page', hidden: true },
  el('article', { class: 'panel reader' },
    el('h2', { id: 'reader-title' }),
    el('div', { id: 'reader-meta', class: 'hint' }),
    el('div', { id: 'reader-text', class: 'reader-text' })));
const textView = $('#view-text');
textView.parentNode.insertBefore(section, textView.nextSibling);

export async function showReader(p) {
  const doc = p.get('doc') || '';
  const focus = p.get('entity') || '';
  const m = /^(\d+)-(\d+)$/.exec(p.get('span') || '');
  const inEvidence = (s) => !!m && s.start >= Number(m[1]) && s.end <= Number(m[2]);
  const body = clear($('#reader-text'));
  const title = clear($('#reader-title'));
  const meta = clear($('#reader-meta'));
  if (!doc) { title.textContent = 'No article chosen'; return; }
  title.textContent = 'Loading…';
  let a;
  try { a = await api('api/article?' + q({ id: doc, entity: focus })); } catch (e) { title.textContent = ''; banner(e.message, true); return; }
  const d = a.document;
  title.textContent = d.title || '(untitled)';
  meta.append(el('time', { datetime: d.date, text: (d.date || '').slice(0, 10) + (d.dated === 'published' ? '' : ' (ingested)') }));
  if (d.url && /^https?:\/\//i.test(d.url)) meta.append(' · ', el('a', { href: d.url, target: '_blank', rel: 'noopener noreferrer', class: 'source-url', text: d.url }));
  else if (d.source) meta.append(' · ', el('span', { text: d.source }));
  if (focus) meta.append(' · ', navLink({ view: 'timeline', id: focus }, {}, 'back to the timeline'));
  let para = el('p');
  let target = null;
  for (const [i, s] of a.sentences.entries()) {
    // The headline is stored as the first sentence: shown once, as the title.
    if (i === 0 && s.segments.map((g) => g.text).join('').trim() === (d.title || '').trim()) continue;
    if (s.break && para.childNodes.length) { body.append(para); para = el('p'); }
    const ev = inEvidence(s);
    const span = el('span', { class: 'sent' + (ev ? ' evidence' : ''), 'data-id': s.id });
    for (const sg of s.segments) {
      if (sg.role) span.append(el('mark', { class: sg.role === 'focus' ? 'focus' : 'mention', title: sg.entity, text: sg.text }));
      else span.append(document.createTextNode(sg.text));
    }
    if (ev && !target) target = span;
    if (para.childNodes.length) para.append(' ');
    para.append(span);
  }
  if (para.childNodes.length) body.append(para);
  if (target) target.scrollIntoView({ block: 'center' });
}
