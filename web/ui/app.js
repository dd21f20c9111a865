// newsgraph UI: one page, four views (explore, overview, Gizmo, add).
//
// Safety rule for this file: text from the store (names, sentences, titles,
// query results) is hostile input. It reaches the page only through
// textContent, element attributes set with setAttribute on inert elements,
// or cytoscape's canvas labels — never through innerHTML.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

cytoscape.use(fcose);

const NODE_CAP = 300;

// Entity types: colour and shape, shared by graph, legend and badges.
const TYPES = {
  Person: { color: '#3b82f6', shape: 'ellipse' },
  Organization: { color: '#10b981', shape: 'round-rectangle' },
  Country: { color: '#f59e0b', shape: 'round-hexagon' },
  City: { color: '#ef4444', shape: 'round-diamond' },
  Place: { color: '#8b5cf6', shape: 'round-triangle' },
  Event: { color: '#ec4899', shape: 'star' },
  Quote: { color: '#64748b', shape: 'round-tag' },
};
const OTHER = { color: '#94a3b8', shape: 'ellipse' };
const typeStyle = (t) => TYPES[t] || OTHER;

// ---------- small DOM helpers (textContent only) ----------
const $ = (sel) => document.querySelector(sel);
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? '' : String(v));
    }
  }
  for (const c of children) {
    if (c === undefined || c === null || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}
function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }
function badge(type) { return el('span', { class: 'badge t-' + (TYPES[type] || type === 'Document' ? type : 'Other'), text: type || '?' }); }

let bannerTimer;
function banner(msg, bad) {
  const b = $('#banner');
  b.textContent = msg;
  b.classList.toggle('bad', !!bad);
  b.hidden = false;
  clearTimeout(bannerTimer);
  bannerTimer = setTimeout(() => { b.hidden = true; }, bad ? 7000 : 3500);
}

// ---------- API ----------
class APIError extends Error {}
async function api(path, opts) {
  const init = { headers: { Accept: 'application/json' }, credentials: 'same-origin' };
  if (opts && opts.body !== undefined) {
    init.method = 'POST';
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(opts.body);
  }
  if (opts && opts.signal) init.signal = opts.signal;
  const res = await fetch(path, init);
  let data = null;
  const ct = res.headers.get('Content-Type') || '';
  if (ct.includes('json')) data = await res.json();
  else data = { error: (await res.text()).trim() };
  if (!res.ok || (data && data.error && !Array.isArray(data))) {
    throw new APIError((data && data.error) || res.statusText);
  }
  return data;
}
const q = (params) => new URLSearchParams(params).toString();

// ---------- state ----------
const state = {
  info: { write: false },
  view: 'explore',
  focus: null,          // {kind: 'entity'|'document', id}
  limit: NODE_CAP,
  filters: { predicates: new Set(), types: new Set(), document: '' },
  predicatesSeen: new Map(), // IRI -> label
  typesSeen: new Set(),
};

// ---------- routing: ?q=, ?id=, ?doc=, ?view= ----------
function currentParams() { return new URLSearchParams(location.search); }
function navigate(params, replace) {
  const s = '?' + q(params);
  if (replace) history.replaceState(null, '', s); else history.pushState(null, '', s);
  route();
}
window.addEventListener('popstate', route);

async function route() {
  const p = currentParams();
  const view = p.get('view') || ((p.get('q') || p.get('id') || p.get('doc')) ? 'explore' : null);
  if (p.get('q') && !p.get('id')) {
    // /?q=NAME: open the best match directly, so links can be shared.
    const name = p.get('q');
    $('#search').value = name;
    try {
      const hits = await api('api/search?' + q({ q: name, limit: 1 }));
      if (hits.length) {
        history.replaceState(null, '', '?' + q({ q: name, id: hits[0].id }));
        showView('explore');
        openEntity(hits[0].id);
      } else {
        showView('explore');
        setTitle('No entity matches “' + name + '”');
        banner('Nothing found for “' + name + '”', true);
      }
    } catch (e) { banner(e.message, true); }
    return;
  }
  if (p.get('id')) { showView('explore'); openEntity(p.get('id')); return; }
  if (p.get('doc')) { showView('explore'); openDocument(p.get('doc')); return; }
  showView(view || (state.focus ? 'explore' : 'overview'));
}

function showView(name) {
  if (name === 'add' && !state.info.write) name = 'overview';
  state.view = name;
  for (const v of document.querySelectorAll('.view')) v.hidden = v.id !== 'view-' + name;
  for (const t of document.querySelectorAll('.tab')) t.classList.toggle('active', t.dataset.view === name);
  if (name === 'overview') loadOverview();
  if (name === 'query') loadCanned();
  if (name === 'explore' && cy) { cy.resize(); }
}
for (const t of document.querySelectorAll('.tab')) {
  t.addEventListener('click', () => {
    if (t.dataset.view === 'explore' && state.focus) {
      navigate(state.focus.kind === 'entity' ? { id: state.focus.id } : { doc: state.focus.id });
    } else navigate({ view: t.dataset.view });
  });
}
document.addEventListener('click', (ev) => {
  const a = ev.target.closest('a[data-nav]');
  if (a) { ev.preventDefault(); navigate({ view: a.dataset.nav }); }
});

// ---------- search with type-ahead ----------
const search = $('#search');
const sugg = $('#search-results');
let suggItems = [];
let suggActive = -1;
let suggCtl = null;
let suggTimer;
search.addEventListener('input', () => {
  clearTimeout(suggTimer);
  suggTimer = setTimeout(suggest, 120);
});
search.addEventListener('keydown', (ev) => {
  if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
    ev.preventDefault();
    if (!suggItems.length) return;
    suggActive = (suggActive + (ev.key === 'ArrowDown' ? 1 : -1) + suggItems.length) % suggItems.length;
    renderSuggestActive();
  } else if (ev.key === 'Enter') {
    ev.preventDefault();
    if (suggActive >= 0 && suggItems[suggActive]) pick(suggItems[suggActive]);
    else if (search.value.trim()) { sugg.hidden = true; navigate({ q: search.value.trim() }); }
  } else if (ev.key === 'Escape') { sugg.hidden = true; }
});
search.addEventListener('blur', () => setTimeout(() => { sugg.hidden = true; }, 150));
async function suggest() {
  const text = search.value.trim();
  if (!text) { sugg.hidden = true; return; }
  if (suggCtl) suggCtl.abort();
  suggCtl = new AbortController();
  try {
    suggItems = await api('api/search?' + q({ q: text, limit: 12 }), { signal: suggCtl.signal });
  } catch (e) { if (e.name !== 'AbortError') banner(e.message, true); return; }
  suggActive = suggItems.length ? 0 : -1;
  clear(sugg);
  if (!suggItems.length) sugg.append(el('li', { class: 'none', text: 'No match' }));
  suggItems.forEach((it, i) => {
    const aka = (it.aliases || []).join(' · ');
    sugg.append(el('li', { role: 'option', 'data-i': i, onmousedown: (ev) => { ev.preventDefault(); pick(it); } },
      badge(it.type), el('span', { text: it.name }), aka ? el('span', { class: 'aka', text: aka }) : null));
  });
  sugg.hidden = false;
  renderSuggestActive();
}
function renderSuggestActive() {
  [...sugg.children].forEach((li, i) => li.classList.toggle('active', i === suggActive));
}
function pick(it) {
  sugg.hidden = true;
  search.value = it.name;
  navigate({ id: it.id });
}

// ---------- the graph ----------
let cy = null;
const graphEl = $('#graph');

function cyStyle() {
  return [
    {
      selector: 'node',
      style: {
        'background-color': (n) => typeStyle(n.data('type')).color,
        shape: (n) => typeStyle(n.data('type')).shape,
        width: 'data(size)', height: 'data(size)',
        label: 'data(name)',
        'font-size': 14, 'font-weight': 500,
        color: '#0f172a',
        'text-valign': 'bottom', 'text-margin-y': 4,
        'text-wrap': 'wrap', 'text-max-width': 140,
        'text-outline-color': '#ffffff', 'text-outline-width': 2.5,
        'border-width': 2, 'border-color': '#ffffff',
        'min-zoomed-font-size': 7,
      },
    },
    {
      selector: 'node[type = "Quote"]',
      style: {
        width: 18, height: 18, 'font-size': 12.5, 'font-style': 'italic', 'font-weight': 400,
        color: '#475569', 'text-max-width': 180, 'border-width': 1.5,
      },
    },
    { selector: 'edge[label = "said"]', style: { 'line-style': 'dashed', 'line-color': '#cbd5e1', 'target-arrow-color': '#cbd5e1', color: '#64748b' } },
    { selector: 'node.center', style: { 'border-width': 4, 'border-color': '#0f172a', 'font-weight': 700, 'font-size': 16 } },
    { selector: 'node.expanded', style: { 'border-color': '#334155', 'border-width': 3 } },
    { selector: 'node.more', style: { 'border-style': 'dashed', 'border-color': '#64748b' } },
    {
      selector: 'edge',
      style: {
        width: (e) => Math.min(1.5 + (e.data('count') - 1) * 0.8, 5),
        'line-color': '#94a3b8', 'target-arrow-color': '#94a3b8', 'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9, 'curve-style': 'bezier',
        label: 'data(label)', 'font-size': 12, color: '#334155',
        'text-rotation': 'autorotate', 'text-background-color': '#f8fafc', 'text-background-opacity': 0.9,
        'text-background-padding': 2, 'text-background-shape': 'round-rectangle',
        'min-zoomed-font-size': 6,
      },
    },
    { selector: 'edge:selected, edge.active', style: { 'line-color': '#2563eb', 'target-arrow-color': '#2563eb', color: '#1d4ed8', width: 4 } },
    { selector: 'node:selected', style: { 'border-color': '#2563eb', 'border-width': 4 } },
    { selector: '.faded', style: { opacity: 0.15 } },
    { selector: '.hidden', style: { display: 'none' } },
  ];
}

function ensureCy() {
  if (cy) return cy;
  cy = cytoscape({
    container: graphEl,
    style: cyStyle(),
    wheelSensitivity: 0.3,
    minZoom: 0.1, maxZoom: 3,
    boxSelectionEnabled: false,
  });
  cy.on('tap', 'node', (ev) => onNodeTap(ev.target));
  cy.on('tap', 'edge', (ev) => onEdgeTap(ev.target));
  cy.on('mouseover', 'node', (ev) => {
    const n = ev.target;
    cy.elements().not(n.closedNeighborhood()).addClass('faded');
  });
  cy.on('mouseout', 'node', () => cy.elements().removeClass('faded'));
  cy.on('dbltap', 'node', (ev) => navigate({ id: ev.target.id() }));
  // Read-only handle for browser tests and debugging from the console.
  window.__newsgraph = { cy };
  return cy;
}

function nodeSize(degree) { return Math.round(26 + Math.min(Math.sqrt(degree || 1) * 7, 40)); }

// merge adds nodes and edges to the graph; returns how many nodes were new.
function merge(data, near) {
  ensureCy();
  const added = [];
  cy.batch(() => {
    for (const n of data.nodes || []) {
      state.typesSeen.add(n.type || 'Other');
      const existing = cy.getElementById(n.id);
      if (existing.nonempty()) continue;
      const pos = near ? { x: near.x + (Math.random() - 0.5) * 80, y: near.y + (Math.random() - 0.5) * 80 } : undefined;
      added.push(cy.add({ group: 'nodes', data: { id: n.id, name: n.name || shortIRI(n.id), type: n.type || 'Other', degree: n.degree || 0, size: nodeSize(n.degree), docs: n.documents || [] }, position: pos }));
    }
    for (const e of data.edges || []) {
      const id = 'e:' + e.source + ' ' + e.predicate + ' ' + e.target;
      state.predicatesSeen.set(e.predicate, e.label);
      if (cy.getElementById(id).nonempty()) continue;
      if (cy.getElementById(e.source).empty() || cy.getElementById(e.target).empty()) continue;
      cy.add({ group: 'edges', data: { id, source: e.source, target: e.target, predicate: e.predicate, label: e.label, count: e.count || 1, docs: e.documents || [] } });
    }
  });
  return added.length;
}

function shortIRI(iri) { const i = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')); return i >= 0 ? iri.slice(i + 1) : iri; }

function layout(fit, nodes) {
  if (!cy || cy.nodes().length === 0) return;
  const visible = cy.elements().not('.hidden');
  const opts = {
    name: 'fcose', quality: cy.nodes().length < 150 ? 'proof' : 'default',
    nodeDimensionsIncludeLabels: true, animate: cy.nodes().length < 200, animationDuration: 450,
    randomize: !nodes, fit: fit !== false, padding: 40,
    // Quotes carry long labels: push them further apart and further out.
    nodeRepulsion: (n) => (n.data('type') === 'Quote' ? 30000 : 9000),
    idealEdgeLength: (e) => (e.data('label') === 'said' ? 130 : 110),
    edgeElasticity: () => 0.45,
    nodeSeparation: 90, numIter: 2500,
  };
  if (nodes) {
    // Keep what is on screen where it is; only place the new nodes.
    opts.fixedNodeConstraint = cy.nodes().not(nodes).not('.hidden').map((n) => ({ nodeId: n.id(), position: { ...n.position() } })).slice(0, 500);
  }
  graphEl.setAttribute('data-layout', 'running');
  const l = visible.layout(opts);
  l.one('layoutstop', () => {
    // A handful of nodes fitted to a large window would be drawn huge.
    if (opts.fit && cy.zoom() > 1.25) { cy.zoom(1.25); cy.center(visible); }
    graphEl.setAttribute('data-layout', 'done');
  });
  l.run();
}

function updateCounts() {
  const nodes = cy ? cy.nodes().not('.hidden').length : 0;
  const edges = cy ? cy.edges().not('.hidden').filter((e) => !e.source().hasClass('hidden') && !e.target().hasClass('hidden')).length : 0;
  graphEl.setAttribute('data-nodes', String(nodes));
  graphEl.setAttribute('data-edges', String(edges));
  graphEl.setAttribute('aria-label', `Relation graph: ${nodes} entities, ${edges} relations`);
  $('#graph-empty').hidden = nodes > 0;
}

function resetGraph() {
  ensureCy();
  cy.elements().remove();
  state.predicatesSeen.clear();
  state.typesSeen.clear();
}

function setTitle(text, type) {
  const t = $('#view-title');
  clear(t);
  if (type) t.append(badge(type), ' ');
  t.append(text);
}

function showTruncated(data) {
  const tr = $('#truncated');
  const more = $('#show-more');
  if (data.truncated) {
    tr.textContent = `Showing ${data.nodes.length} of ${data.total} connected entities`;
    tr.hidden = false;
    more.hidden = false;
  } else {
    tr.hidden = true;
    more.hidden = true;
  }
}

// openEntity shows an entity's neighbourhood and its facts.
async function openEntity(id, keepLimit) {
  if (!keepLimit) state.limit = NODE_CAP;
  state.focus = { kind: 'entity', id };
  hideEvidence();
  busy(true);
  try {
    const [nb, ent] = await Promise.all([
      api('api/neighbourhood?' + q({ id, limit: state.limit })),
      api('api/entity?' + q({ id })),
    ]);
    resetGraph();
    merge(nb);
    cy.getElementById(id).addClass('center expanded');
    applyFilters();
    layout(true);
    showTruncated(nb);
    setTitle(ent.entity.name, ent.entity.type);
    document.title = ent.entity.name + ' · newsgraph';
    renderEntity(ent);
    cy.getElementById(id).select();
  } catch (e) { banner(e.message, true); } finally { busy(false); }
}

// busy marks the graph as loading (a big neighbourhood can take a moment).
function busy(on) {
  $('.graph-wrap').classList.toggle('loading', on);
  graphEl.setAttribute('aria-busy', on ? 'true' : 'false');
}

// openDocument shows every entity and fact of one article.
async function openDocument(id) {
  state.focus = { kind: 'document', id };
  hideEvidence();
  busy(true);
  try {
    const d = await api('api/document?' + q({ id }));
    resetGraph();
    merge(d);
    applyFilters();
    layout(true);
    showTruncated(d);
    setTitle(d.document.title || d.document.source || id, 'Document');
    document.title = (d.document.title || 'Document') + ' · newsgraph';
    renderDocument(d);
  } catch (e) { banner(e.message, true); } finally { busy(false); }
}

async function onNodeTap(node) {
  const id = node.id();
  if (node.data('type') === 'Quote') {
    // A quote has no neighbours of its own: show who said it, and where.
    const e = node.incomers('edge').first();
    if (e.nonempty()) onEdgeTap(e);
    return;
  }
  // Expand in place: fetch the node's neighbourhood and add what is new.
  try {
    const [nb, ent] = await Promise.all([
      node.hasClass('expanded') ? null : api('api/neighbourhood?' + q({ id, limit: NODE_CAP })),
      api('api/entity?' + q({ id })),
    ]);
    if (nb) {
      const before = new Set(cy.nodes().map((n) => n.id()));
      merge(nb, node.position());
      node.addClass('expanded');
      node.toggleClass('more', !!nb.truncated);
      const fresh = cy.nodes().filter((n) => !before.has(n.id()));
      applyFilters();
      if (fresh.length) layout(false, fresh);
      else updateCounts();
    }
    renderEntity(ent);
  } catch (e) { banner(e.message, true); }
}

async function onEdgeTap(edge) {
  cy.edges().removeClass('active');
  edge.addClass('active');
  await showFact(edge.data('source'), edge.data('predicate'), edge.data('target'));
}

$('#show-more').addEventListener('click', () => {
  if (!state.focus || state.focus.kind !== 'entity') return;
  state.limit += NODE_CAP;
  openEntity(state.focus.id, true);
});
$('#relayout').addEventListener('click', () => layout(true));
$('#fit').addEventListener('click', () => cy && cy.fit(undefined, 40));

// ---------- filters (predicate, entity type, document) ----------
function renderFilterOptions() {
  const preds = $('#filter-predicates');
  clear(preds);
  for (const [iri, label] of [...state.predicatesSeen].sort((a, b) => a[1].localeCompare(b[1]))) {
    const cb = el('input', { type: 'checkbox', value: iri });
    cb.checked = !state.filters.predicates.has(iri);
    cb.addEventListener('change', () => { if (cb.checked) state.filters.predicates.delete(iri); else state.filters.predicates.add(iri); applyFilters(); });
    preds.append(el('label', null, cb, el('span', { class: 'pred', text: label })));
  }
  const types = $('#filter-types');
  clear(types);
  for (const t of [...state.typesSeen].sort()) {
    const cb = el('input', { type: 'checkbox', value: t });
    cb.checked = !state.filters.types.has(t);
    cb.addEventListener('change', () => { if (cb.checked) state.filters.types.delete(t); else state.filters.types.add(t); applyFilters(); });
    types.append(el('label', null, cb, badge(t)));
  }
}
async function loadDocumentFilter() {
  try {
    const docs = await api('api/documents');
    const sel = $('#filter-document');
    const keep = sel.value;
    clear(sel);
    sel.append(el('option', { value: '', text: 'All documents' }));
    for (const d of docs) sel.append(el('option', { value: d.id, text: d.title || d.source || d.id }));
    sel.value = keep;
  } catch (e) { /* the filter stays at "all" */ }
}
$('#filter-document').addEventListener('change', (ev) => { state.filters.document = ev.target.value; applyFilters(); });
$('#filter-reset').addEventListener('click', () => {
  state.filters.predicates.clear(); state.filters.types.clear(); state.filters.document = '';
  $('#filter-document').value = '';
  applyFilters();
});

function applyFilters() {
  if (!cy) return;
  const f = state.filters;
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const hide = f.types.has(n.data('type')) && !n.hasClass('center');
      n.toggleClass('hidden', hide);
    });
    cy.edges().forEach((e) => {
      let hide = f.predicates.has(e.data('predicate'));
      if (!hide && f.document) hide = !(e.data('docs') || []).includes(f.document);
      e.toggleClass('hidden', hide || e.source().hasClass('hidden') || e.target().hasClass('hidden'));
    });
    if (f.document) {
      // Hide entities left with no visible relation from that document.
      cy.nodes().forEach((n) => {
        if (n.hasClass('center')) return;
        const docs = n.data('docs') || [];
        if (!docs.includes(f.document) && n.connectedEdges().not('.hidden').empty()) n.addClass('hidden');
      });
    }
  });
  const n = f.predicates.size + f.types.size + (f.document ? 1 : 0);
  const pill = $('#filter-count');
  pill.textContent = String(n);
  pill.hidden = n === 0;
  renderFilterOptions();
  renderLegend();
  updateCounts();
}

function renderLegend() {
  const lg = $('#legend');
  clear(lg);
  const present = new Set(cy ? cy.nodes().map((n) => n.data('type')) : []);
  for (const [t, st] of Object.entries(TYPES)) {
    if (!present.has(t)) continue;
    lg.append(el('li', null, shapeIcon(st), t));
  }
  if (present.has('Other')) lg.append(el('li', null, shapeIcon(OTHER), 'Other'));
  lg.append(el('li', { class: 'hint', text: 'click a node to expand · click an edge for its sentence' }));
  lg.hidden = present.size === 0;
}
function shapeIcon(st) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 14 14');
  const sh = st.shape;
  let e;
  if (sh === 'ellipse') { e = document.createElementNS(ns, 'circle'); e.setAttribute('cx', 7); e.setAttribute('cy', 7); e.setAttribute('r', 6); }
  else if (sh.includes('rectangle') || sh.includes('tag')) { e = document.createElementNS(ns, 'rect'); e.setAttribute('x', 1); e.setAttribute('y', 2); e.setAttribute('width', 12); e.setAttribute('height', 10); e.setAttribute('rx', 2); }
  else {
    const pts = {
      'round-hexagon': '4,1 10,1 13,7 10,13 4,13 1,7',
      'round-diamond': '7,0 14,7 7,14 0,7',
      'round-triangle': '7,1 13,13 1,13',
      star: '7,0 9,5 14,5 10,8 12,14 7,10 2,14 4,8 0,5 5,5',
    }[sh] || '1,1 13,1 13,13 1,13';
    e = document.createElementNS(ns, 'polygon'); e.setAttribute('points', pts);
  }
  e.setAttribute('fill', st.color);
  svg.append(e);
  return svg;
}

// ---------- side panel ----------
function renderEntity(ent) {
  const side = $('#side-entity');
  clear(side);
  const e = ent.entity;
  side.append(el('div', null, badge(e.type)));
  side.append(el('h2', { text: e.name }));
  if (e.aliases && e.aliases.length) side.append(el('p', { class: 'aliases', text: 'Also: ' + e.aliases.join(', ') }));
  side.append(el('p', { class: 'hint' },
    el('a', { href: '?' + q({ id: e.id }), text: 'Centre on this entity', onclick: (ev) => { ev.preventDefault(); navigate({ id: e.id }); } }),
    ' · ', el('code', { text: e.id })));

  const facts = ent.facts || [];
  side.append(el('h3', { text: `Facts (${facts.length})` }));
  if (!facts.length) side.append(el('p', { class: 'empty', text: 'No relations extracted for this entity yet.' }));
  const ul = el('ul', { class: 'facts' });
  for (const f of facts) {
    const subj = f.direction === 'in' ? f.other : e;
    const obj = f.direction === 'in' ? e : f.other;
    // One line per fact: an arrow for the direction, the relation, the
    // other end. "→ leaderOf Belarus" / "← leaderOf Aleksandr Lukashenko".
    const out = f.direction !== 'in';
    const li = el('li', { tabindex: 0, title: `${subj.name} ${f.label} ${obj.name}` },
      el('span', { class: 'dir', text: out ? '→' : '←' }),
      el('span', { class: 'pred', text: f.label }),
      el('span', { class: 'other', text: f.other.name }),
      badge(f.other.type),
      f.provenance.length > 1 ? el('span', { class: 'count', text: `×${f.provenance.length}` }) : null);
    const open = () => {
      for (const x of ul.children) x.classList.remove('active');
      li.classList.add('active');
      renderEvidence(`${subj.name} — ${f.label} — ${obj.name}`, f.provenance);
      highlightEdge(subj.id, f.predicate, obj.id);
    };
    li.addEventListener('click', open);
    li.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') open(); });
    ul.append(li);
  }
  side.append(ul);

  const quotes = ent.quotes || [];
  if (e.type === 'Person' || quotes.length) {
    side.append(el('h3', { text: `Quotes (${quotes.length})` }));
    if (!quotes.length) side.append(el('p', { class: 'empty', text: 'No attributed quotes.' }));
    const qu = el('ul', { class: 'quotes' });
    for (const qt of quotes) {
      const li = el('li', { tabindex: 0 }, el('q', { text: qt.text }));
      li.addEventListener('click', () => renderEvidence(`${e.name} said`, qt.provenance));
      qu.append(li);
    }
    side.append(qu);
  }
  const docs = ent.documents || [];
  if (docs.length) {
    side.append(el('h3', { text: `Documents (${docs.length})` }));
    const dl = el('ul', { class: 'facts' });
    for (const d of docs) {
      dl.append(el('li', { onclick: () => navigate({ doc: d.id }) }, el('span', { text: d.title || d.source })));
    }
    side.append(dl);
  }
}

function renderDocument(d) {
  const side = $('#side-entity');
  clear(side);
  side.append(el('div', null, badge('Document')));
  side.append(el('h2', { text: d.document.title || '(untitled)' }));
  side.append(el('p', { class: 'aliases', text: d.document.source || '' }));
  if (d.document.ingestedAt) side.append(el('p', { class: 'hint', text: 'Ingested ' + d.document.ingestedAt }));
  const nodes = d.nodes || [];
  const ents = nodes.filter((n) => n.type !== 'Quote').sort((a, b) => (b.degree || 0) - (a.degree || 0));
  const quotes = nodes.filter((n) => n.type === 'Quote');
  side.append(el('h3', { text: `Entities (${ents.length})` }));
  const ul = el('ul', { class: 'facts' });
  for (const n of ents) {
    ul.append(el('li', { onclick: () => navigate({ id: n.id }) }, badge(n.type), el('span', { class: 'other', text: n.name })));
  }
  side.append(ul);
  if (quotes.length) {
    side.append(el('h3', { text: `Quotes (${quotes.length})` }));
    const qu = el('ul', { class: 'quotes' });
    for (const n of quotes) {
      const edge = (d.edges || []).find((e) => e.target === n.id);
      const speaker = edge ? nodes.find((x) => x.id === edge.source) : null;
      qu.append(el('li', { tabindex: 0, onclick: () => edge && showFact(edge.source, edge.predicate, edge.target) },
        el('q', { text: n.name.replace(/^\u201c|\u201d$/g, '') }), speaker ? el('div', { class: 'hint', text: '— ' + speaker.name }) : null));
    }
    side.append(qu);
  }
}

function highlightEdge(s, p, o) {
  if (!cy) return;
  cy.edges().removeClass('active');
  const e = cy.getElementById('e:' + s + ' ' + p + ' ' + o);
  if (e.nonempty()) e.addClass('active');
}

async function showFact(s, p, o) {
  try {
    const f = await api('api/fact?' + q({ s, p, o }));
    renderEvidence(`${f.subject.name} — ${f.label} — ${f.object.name}`, f.provenance);
  } catch (e) { banner(e.message, true); }
}

function hideEvidence() { $('#side-evidence').hidden = true; }

// renderEvidence shows sentences with the entity mentions highlighted. The
// server splits each sentence into segments; each becomes a text node or a
// <mark> whose textContent is the segment, so nothing in it is ever parsed.
function renderEvidence(title, provenance) {
  const box = $('#side-evidence');
  clear(box);
  box.append(el('button', { type: 'button', class: 'link close', text: 'close', onclick: hideEvidence }));
  box.append(el('h3', { text: 'Evidence' }));
  box.append(el('p', { class: 'ev-title' }, el('b', { text: title })));
  if (!provenance || !provenance.length) box.append(el('p', { class: 'empty', text: 'No sentence recorded.' }));
  for (const pr of provenance || []) {
    const bq = el('blockquote', { class: 'sentence-text' });
    const segs = pr.segments && pr.segments.length ? pr.segments : [{ text: pr.sentence ? pr.sentence.text : '' }];
    for (const sg of segs) {
      if (sg.role) bq.append(el('mark', { class: sg.role === 'object' ? 'other' : '', text: sg.text }));
      else bq.append(document.createTextNode(sg.text));
    }
    const doc = pr.document || {};
    box.append(el('div', { class: 'sentence' }, bq,
      el('div', { class: 'doc' },
        el('a', { href: '?' + q({ doc: doc.id || '' }), onclick: (ev) => { ev.preventDefault(); navigate({ doc: doc.id }); } }, el('b', { text: doc.title || '(untitled)' })),
        doc.source ? ' — ' + doc.source : '',
        pr.sentence && pr.sentence.end ? ` (bytes ${pr.sentence.start}–${pr.sentence.end})` : '')));
  }
  box.hidden = false;
  $('#side').scrollTop = 0;
}

// ---------- download of the current view ----------
$('#download-view').addEventListener('click', async () => {
  if (!cy || cy.nodes().length === 0) { banner('Nothing on screen to download', true); return; }
  const nodes = cy.nodes().not('.hidden').map((n) => n.id());
  try {
    const res = await fetch('api/export.nq', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ nodes }),
    });
    if (!res.ok) throw new Error((await res.text()) || res.statusText);
    const blob = await res.blob();
    const a = el('a', { href: URL.createObjectURL(blob), download: 'newsgraph-view.nq' });
    document.body.append(a); a.click(); a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 5000);
  } catch (e) { banner(e.message, true); }
});

// ---------- overview ----------
async function loadOverview() {
  let o;
  try { o = await api('api/overview'); } catch (e) { banner(e.message, true); return; }
  const cards = clear($('#overview-cards'));
  for (const [n, l] of [[o.documents, 'documents'], [o.entities, 'entities'], [o.facts, 'facts'], [o.quotes, 'quotes'], [o.sentences, 'sentences'], [o.quads, 'quads']]) {
    cards.append(el('div', { class: 'card' }, el('div', { class: 'n', text: (n || 0).toLocaleString() }), el('div', { class: 'l', text: l })));
  }
  const top = clear($('#overview-top'));
  for (const t of o.top || []) {
    top.append(el('li', null, el('a', { href: '?' + q({ id: t.id }), onclick: (ev) => { ev.preventDefault(); navigate({ id: t.id }); } }, t.name), ' ', badge(t.type), ' ', el('span', { class: 'count', text: t.degree === 1 ? '1 relation' : `${t.degree} relations` })));
  }
  if (!(o.top || []).length) top.append(el('li', { class: 'empty', text: 'No relations yet.' }));
  countsTable($('#overview-types'), 'Type', (o.entitiesByType || []).map((x) => [badge(x.name), x.count]));
  countsTable($('#overview-predicates'), 'Relation', (o.factsByPredicate || []).map((x) => [el('span', { class: 'pred', text: x.name }), x.count]));
  const docs = clear($('#overview-documents'));
  docs.append(el('tr', null, el('th', { text: 'Title' }), el('th', { text: 'Source' }), el('th', { text: 'Ingested' })));
  for (const d of o.documentList || []) {
    docs.append(el('tr', null,
      el('td', null, el('a', { href: '?' + q({ doc: d.id }), onclick: (ev) => { ev.preventDefault(); navigate({ doc: d.id }); } }, d.title || '(untitled)')),
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

// ---------- Gizmo console ----------
const qtext = $('#query-text');
qtext.addEventListener('keydown', (ev) => {
  if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); runQuery({ query: qtext.value }); }
});
$('#query-run').addEventListener('click', () => runQuery({ query: qtext.value }));
for (const b of document.querySelectorAll('.rtab')) {
  b.addEventListener('click', () => showResultTab(b.dataset.result));
}
function showResultTab(which) {
  for (const b of document.querySelectorAll('.rtab')) b.classList.toggle('active', b.dataset.result === which);
  $('#query-table').hidden = which !== 'table';
  $('#query-graph').hidden = which !== 'graph';
  if (which === 'graph' && qcy) { qcy.resize(); qcy.fit(undefined, 30); }
}

let cannedLoaded = false;
async function loadCanned() {
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
      el('div', { class: 'name', text: c.name }),
      el('div', { class: 'desc', text: c.description || '' }),
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
    status.textContent = '';
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
  if (isScalar(results)) { wrap.append(el('div', { class: 'scalar', text: fmt(results[0]) })); return; }
  if (!results.length) { wrap.append(el('p', { class: 'empty', text: 'No results.' })); return; }
  const cols = [];
  for (const r of results) {
    if (r && typeof r === 'object' && !Array.isArray(r)) for (const k of Object.keys(r)) if (!cols.includes(k)) cols.push(k);
  }
  const table = el('table');
  if (!cols.length) {
    table.append(el('tr', null, el('th', { text: 'value' })));
    for (const r of results) table.append(el('tr', null, el('td', { text: fmt(r) })));
  } else {
    table.append(el('tr', null, ...cols.map((c) => el('th', { text: c }))));
    for (const r of results) table.append(el('tr', null, ...cols.map((c) => el('td', { text: fmt(r && r[c]) }))));
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

// ---------- add article (--write) ----------
$('#add-file').addEventListener('change', async (ev) => {
  const f = ev.target.files[0];
  if (!f) return;
  $('#add-text').value = await f.text();
  if (!$('#add-source').value) $('#add-source').value = f.name;
});
$('#add-run').addEventListener('click', async () => {
  const text = $('#add-text').value;
  const source = $('#add-source').value.trim() || 'web-upload';
  const st = $('#add-status');
  if (!text.trim()) { st.textContent = 'Paste some text first.'; return; }
  const btn = $('#add-run');
  btn.disabled = true;
  st.textContent = 'Extracting and storing…';
  try {
    const r = await api('api/ingest', { body: { source, text } });
    st.textContent = r.added ? `Stored ${r.quads} quads.` : 'Already in the store: nothing new added.';
    cannedLoaded = false;
    loadDocumentFilter();
    navigate({ doc: r.document.id });
  } catch (e) {
    st.textContent = 'Failed: ' + e.message;
  } finally { btn.disabled = false; }
});

// ---------- start ----------
(async function start() {
  try { state.info = await api('api/info'); } catch (e) { /* read-only defaults */ }
  $('#tab-add').hidden = !state.info.write;
  ensureCy();
  updateCounts();
  renderLegend();
  loadDocumentFilter();
  route();
})();
