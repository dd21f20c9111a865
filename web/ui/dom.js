// Shared DOM helpers. Safety rule for every module: text from the store
// (names, sentences, titles, query results) is hostile input. It reaches
// the page only through textContent, attributes set with setAttribute on
// inert elements, or cytoscape's canvas labels — never through innerHTML.

// Entity types: colour and shape, shared by graph, legend and badges.
export const TYPES = {
  Person: { color: '#3b82f6', shape: 'ellipse' },
  Organization: { color: '#10b981', shape: 'round-rectangle' },
  Country: { color: '#f59e0b', shape: 'round-hexagon' },
  City: { color: '#ef4444', shape: 'round-diamond' },
  Place: { color: '#8b5cf6', shape: 'round-triangle' },
  Event: { color: '#ec4899', shape: 'star' },
  Quote: { color: '#64748b', shape: 'round-tag' },
};
export const OTHER = { color: '#94a3b8', shape: 'ellipse' };
export const typeStyle = (t) => TYPES[t] || OTHER;

export const $ = (sel) => document.querySelector(sel);

// A few named references seen in scraped news text; numeric ones are
// decoded by number.
const NAMED = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '\u2013', mdash: '\u2014',
  lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d', hellip: '\u2026', pound: '\u00a3',
  euro: '\u20ac', eacute: '\u00e9', egrave: '\u00e8', aacute: '\u00e1', agrave: '\u00e0', iacute: '\u00ed',
  oacute: '\u00f3', uacute: '\u00fa', ntilde: '\u00f1', ccedil: '\u00e7', ouml: '\u00f6', uuml: '\u00fc',
  auml: '\u00e4', szlig: '\u00df', copy: '\u00a9', reg: '\u00ae', deg: '\u00b0',
};

// decodeRefs turns HTML character references left in stored text
// ("Ren&#233;", "AT&amp;T") into the characters they stand for. It works on
// the string only: the result is still set as text, so a decoded "&lt;b&gt;"
// shows as "<b>" and never becomes an element.
export function decodeRefs(s) {
  if (typeof s !== 'string' || !s.includes('&')) return s;
  return s.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g, (m, ref) => {
    if (ref[0] === '#') {
      const n = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff)) return String.fromCodePoint(n);
      return m;
    }
    return Object.prototype.hasOwnProperty.call(NAMED, ref) ? NAMED[ref] : m;
  });
}

// el builds an element. Text (the "text" attribute and string children)
// is decoded with decodeRefs and set as text; "raw" sets text undecoded
// (query results, shown exactly as stored).
export function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = decodeRefs(String(v));
      else if (k === 'raw') e.textContent = String(v);
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? '' : String(v));
    }
  }
  for (const c of children) {
    if (c === undefined || c === null || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(decodeRefs(String(c))));
  }
  return e;
}

export function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }

export function badge(type) {
  return el('span', { class: 'badge t-' + (TYPES[type] || type === 'Document' ? type : 'Other'), text: type || '?' });
}

// clickable makes a list item or other element act as a button for mouse
// and keyboard alike. A list item keeps its role (a list may hold only
// list items): its content goes into a span that is the button, and a
// click anywhere on the item still counts.
export function clickable(node, fn) {
  let btn = node;
  if (node.tagName === 'LI') {
    btn = el('span', { class: 'li-button' }, ...node.childNodes);
    node.append(btn);
  }
  btn.setAttribute('tabindex', '0');
  btn.setAttribute('role', 'button');
  node.addEventListener('click', fn);
  btn.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); fn(ev); }
  });
  return node;
}

let bannerTimer;
export function banner(msg, bad) {
  const b = $('#banner');
  b.textContent = decodeRefs(msg);
  b.classList.toggle('bad', !!bad);
  b.setAttribute('role', bad ? 'alert' : 'status');
  b.hidden = false;
  clearTimeout(bannerTimer);
  bannerTimer = setTimeout(() => { b.hidden = true; }, bad ? 7000 : 5000);
}

export function shortIRI(iri) { const i = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')); return i >= 0 ? iri.slice(i + 1) : iri; }

// segmentsInto appends a sentence's segments (from the server) to node:
// each a text node or a <mark> holding the segment as text.
export function segmentsInto(node, pr) {
  const segs = pr.segments && pr.segments.length ? pr.segments : [{ text: pr.sentence ? pr.sentence.text : '' }];
  for (const sg of segs) {
    if (sg.role) node.append(el('mark', { class: sg.role === 'object' ? 'other' : '', text: sg.text }));
    else node.append(document.createTextNode(decodeRefs(sg.text)));
  }
  return node;
}
