// Full-text search over what was written and said: ?view=text&q=WORDS.
import { api, q } from './api.js';
import { $, el, clear, banner, decodeRefs } from './dom.js';
import { navigate, navLink } from './nav.js';
import { exportButtons, fileName } from './tables.js';

// The matches as a table (CSV: text as shown; JSON: the API's answer).
let shownHits = [];
let shownWords = '';
const exports = exportButtons('the matches', () => ({
  name: fileName('said', shownWords),
  columns: ['quote', 'speaker', 'sentence', 'document', 'speakerId', 'documentId', 'sentenceId'],
  rows: shownHits.map((h) => ({
    quote: h.quote ? decodeRefs(h.quote.text) : '',
    speaker: h.speaker ? decodeRefs(h.speaker.name) : '',
    sentence: decodeRefs(h.sentence.text),
    document: decodeRefs(h.document.title || ''),
    speakerId: h.speaker ? h.speaker.id : '',
    documentId: h.document.id,
    sentenceId: h.sentence.id,
  })),
  json: shownHits,
}));
$('#text-status').after(exports);

$('#text-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const words = $('#text-q').value.trim();
  if (words) navigate({ view: 'text', q: words });
});

// marked splits text into text nodes and <mark>s around the words looked
// for (matched by their start, so "sanction" marks "sanctions"). Both are
// set as text.
function marked(text, words) {
  const out = document.createDocumentFragment();
  text = decodeRefs(text || '');
  const stems = words.map((w) => w.toLowerCase().replace(/s$/, '')).filter((w) => w.length > 1);
  const re = /[\p{L}\p{N}']+/gu;
  let at = 0;
  for (const m of text.matchAll(re)) {
    const w = m[0].toLowerCase();
    if (!stems.some((s) => w.startsWith(s))) continue;
    if (m.index > at) out.append(document.createTextNode(text.slice(at, m.index)));
    out.append(el('mark', { raw: m[0] }));
    at = m.index + m[0].length;
  }
  if (at < text.length) out.append(document.createTextNode(text.slice(at)));
  return out;
}

export async function showText(p) {
  const words = (p.get('q') || '').trim();
  $('#text-q').value = words;
  const list = clear($('#text-results'));
  const st = $('#text-status');
  shownHits = [];
  exports.refresh(false);
  if (!words) { st.textContent = 'Find what was written or said: words from a sentence or a quotation.'; return; }
  st.textContent = 'Searching…';
  let hits;
  try { hits = await api('api/text?' + q({ q: words, limit: 50 })); } catch (e) { st.textContent = ''; banner(e.message, true); return; }
  shownHits = hits;
  shownWords = words;
  exports.refresh(hits.length > 0);
  const terms = words.split(/\s+/);
  st.textContent = hits.length ? `${hits.length} match${hits.length === 1 ? '' : 'es'}` : `Nothing found for “${words}”.`;
  for (const h of hits) {
    const li = el('li', { class: 'hit' });
    if (h.quote) {
      li.append(el('blockquote', { class: 'said' }, el('q', null, marked(h.quote.text, terms))));
      if (h.speaker) li.append(el('div', { class: 'speaker' }, '— ', navLink({ id: h.speaker.id }, {}, h.speaker.name)));
      li.append(el('div', { class: 'context hint', text: h.sentence.text }));
    } else {
      li.append(el('blockquote', { class: 'sentence-text' }, marked(h.sentence.text, terms)));
    }
    li.append(el('div', { class: 'doc' }, navLink({ doc: h.document.id }, {}, h.document.title || '(untitled)')));
    list.append(li);
  }
}
