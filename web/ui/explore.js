// The explore view: an entity's or a document's neighbourhood as a graph,
// the side panel (facts, quotes, documents) and the evidence of a fact.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { api, q } from './api.js';
import { $, el, clear, badge, banner, clickable, decodeRefs, segmentsInto, shortIRI, typeStyle, TYPES, OTHER } from './dom.js';
import { navigate, navLink } from './nav.js';

cytoscape.use(fcose);

export const NODE_CAP = 300;

// The server's node cap (/api/info): what one neighbourhood holds, and
// what "Show more" adds each time.
let nodeCap = NODE_CAP;
export function setNodeCap(n) { if (n > 0) nodeCap = n; }

const state = {
  focus: null, // {kind: 'entity'|'document', id}
  limit: 0, // 0: the server's cap; raised by "Show more"
  filters: { predicates: new Set(), types: new Set(), document: '', hideOpen: false },
  predicatesSeen: new Map(), // IRI -> label (fixed predicates)
  openSeen: new Set(), // IRIs of open relations (ns#rel/<key>), filtered as one group
  typesSeen: new Set(),
};
export function focus() { return state.focus; }

// Open relations are links stated in the text's own words, with
// predicates <ns#rel/key> ("draft_in"): drawn dashed and grey, listed
// apart from the fixed predicates, and shown with spaces for underscores.
function isOpen(iri) { return String(iri).includes('ns#rel/'); }
function relLabel(iri, label) { return isOpen(iri) ? String(label).replace(/_/g, ' ') : label; }

export function cyStyle() {
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
    { selector: 'edge[open = 1]', style: { 'line-style': 'dashed', 'line-color': '#a8a29e', 'target-arrow-color': '#a8a29e', color: '#57534e', 'font-style': 'italic' } },
    { selector: 'edge:selected, edge.active', style: { 'line-color': '#2563eb', 'target-arrow-color': '#2563eb', color: '#1d4ed8', width: 4 } },
    { selector: 'node:selected', style: { 'border-color': '#2563eb', 'border-width': 4 } },
    { selector: '.faded', style: { opacity: 0.15 } },
    { selector: '.hidden', style: { display: 'none' } },
  ];
}

const reducedMotion = () => window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

let cy = null;
const graphEl = $('#graph');

export function ensureCy() {
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

// shown is called when the explore view becomes visible.
export function shown() { if (cy) cy.resize(); }

function nodeSize(degree) { return Math.round(26 + Math.min(Math.sqrt(degree || 1) * 7, 40)); }

// merge adds nodes and edges to the graph; returns how many nodes were new.
function merge(data, near) {
  ensureCy();
  const added = [];
  cy.batch(() => {
    for (const n of data.nodes || []) {
      state.typesSeen.add(n.type || 'Other');
      if (cy.getElementById(n.id).nonempty()) continue;
      const pos = near ? { x: near.x + (Math.random() - 0.5) * 80, y: near.y + (Math.random() - 0.5) * 80 } : undefined;
      added.push(cy.add({ group: 'nodes', data: { id: n.id, name: decodeRefs(n.name || shortIRI(n.id)), type: n.type || 'Other', degree: n.degree || 0, size: nodeSize(n.degree), docs: n.documents || [] }, position: pos }));
    }
    for (const e of data.edges || []) {
      const id = 'e:' + e.source + ' ' + e.predicate + ' ' + e.target;
      const open = isOpen(e.predicate);
      if (open) state.openSeen.add(e.predicate); else state.predicatesSeen.set(e.predicate, e.label);
      if (cy.getElementById(id).nonempty()) continue;
      if (cy.getElementById(e.source).empty() || cy.getElementById(e.target).empty()) continue;
      cy.add({ group: 'edges', data: { id, source: e.source, target: e.target, predicate: e.predicate, label: relLabel(e.predicate, e.label), open: open ? 1 : 0, count: e.count || 1, docs: e.documents || [] } });
    }
  });
  return added.length;
}

function layout(fit, nodes) {
  if (!cy || cy.nodes().length === 0) return;
  const visible = cy.elements().not('.hidden');
  const opts = {
    name: 'fcose', quality: cy.nodes().length < 150 ? 'proof' : 'default',
    // Only expansions animate, so the eye can follow the new nodes; a
    // first drawing starts from random positions and is shown at once.
    nodeDimensionsIncludeLabels: true, animate: !!nodes && cy.nodes().length < 200 && !reducedMotion(), animationDuration: 450,
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
    // After an expansion the new nodes may lie off-screen: fit them in.
    if (nodes) cy.fit(visible, 40);
    // A handful of nodes fitted to a large window would be drawn huge.
    if ((opts.fit || nodes) && cy.zoom() > 1.25) { cy.zoom(1.25); cy.center(visible); }
    graphEl.setAttribute('data-layout', 'done');
    // Milliseconds from navigation to this drawing: read by the benchmark.
    graphEl.setAttribute('data-drawn-ms', String(Math.round(performance.now())));
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
  state.openSeen.clear();
  state.typesSeen.clear();
}

function setTitle(text, type) {
  const t = $('#view-title');
  clear(t);
  if (type) t.append(badge(type), ' ');
  t.append(decodeRefs(text));
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

// showNothing empties the view after a search that found nothing or
// failed: the graph, side panel and evidence of the last entity would
// otherwise stay up as if they answered the new search.
export function showNothing(title) {
  state.focus = null;
  resetGraph();
  hideEvidence();
  clear($('#side-entity'));
  $('#truncated').hidden = true;
  $('#show-more').hidden = true;
  setTitle(title);
  document.title = 'newsgraph';
  renderLegend();
  updateCounts();
}

// openEntity shows an entity's neighbourhood and its facts.
// limitParam is the limit to ask for: none (the server's cap) until
// "Show more" raised it.
function limitParam() { return state.limit ? { limit: state.limit } : {}; }

export async function openEntity(id, keepLimit) {
  if (!keepLimit) state.limit = 0;
  state.focus = { kind: 'entity', id };
  hideEvidence();
  busy(true);
  try {
    const [nb, ent] = await Promise.all([
      api('api/neighbourhood?' + q({ id, ...limitParam() })),
      api('api/entity?' + q({ id })),
    ]);
    resetGraph();
    merge(nb);
    cy.getElementById(id).addClass('center expanded');
    applyFilters();
    layout(true);
    showTruncated(nb);
    setTitle(ent.entity.name, ent.entity.type);
    document.title = decodeRefs(ent.entity.name) + ' · newsgraph';
    renderEntity(ent);
    cy.getElementById(id).select();
  } catch (e) {
    showNothing('Could not open this entity');
    banner(e.message, true);
  } finally { busy(false); }
}

// busy marks the graph as loading (a big neighbourhood can take a moment).
function busy(on) {
  $('.graph-wrap').classList.toggle('loading', on);
  graphEl.setAttribute('aria-busy', on ? 'true' : 'false');
}

// openDocument shows every entity and fact of one article.
export async function openDocument(id, keepLimit) {
  if (!keepLimit) state.limit = 0;
  state.focus = { kind: 'document', id };
  hideEvidence();
  busy(true);
  try {
    const d = await api('api/document?' + q({ id, ...limitParam() }));
    resetGraph();
    merge(d);
    applyFilters();
    layout(true);
    showTruncated(d);
    setTitle(d.document.title || d.document.source || id, 'Document');
    document.title = decodeRefs(d.document.title || 'Document') + ' · newsgraph';
    renderDocument(d);
  } catch (e) {
    showNothing('Could not open this document');
    banner(e.message, true);
  } finally { busy(false); }
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
      node.hasClass('expanded') ? null : api('api/neighbourhood?' + q({ id })),
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
  if (!state.focus) return;
  state.limit = (state.limit || nodeCap) + nodeCap;
  if (state.focus.kind === 'entity') openEntity(state.focus.id, true);
  else openDocument(state.focus.id, true);
});
$('#relayout').addEventListener('click', () => layout(true));
$('#fit').addEventListener('click', () => cy && cy.fit(undefined, 40));

// ---------- filters (predicate, entity type, document) ----------
function renderFilterOptions() {
  const preds = clear($('#filter-predicates'));
  for (const [iri, label] of [...state.predicatesSeen].sort((a, b) => a[1].localeCompare(b[1]))) {
    const cb = el('input', { type: 'checkbox', value: iri });
    cb.checked = !state.filters.predicates.has(iri);
    cb.addEventListener('change', () => { if (cb.checked) state.filters.predicates.delete(iri); else state.filters.predicates.add(iri); applyFilters(); });
    preds.append(el('label', null, cb, el('span', { class: 'pred', text: label })));
  }
  if (state.openSeen.size > 0) {
    const cb = el('input', { type: 'checkbox', value: 'open' });
    cb.checked = !state.filters.hideOpen;
    cb.addEventListener('change', () => { state.filters.hideOpen = !cb.checked; applyFilters(); });
    preds.append(el('label', null, cb, el('span', { class: 'pred open', text: `open relations (${state.openSeen.size} kinds)` })));
  }
  const types = clear($('#filter-types'));
  for (const t of [...state.typesSeen].sort()) {
    const cb = el('input', { type: 'checkbox', value: t });
    cb.checked = !state.filters.types.has(t);
    cb.addEventListener('change', () => { if (cb.checked) state.filters.types.delete(t); else state.filters.types.add(t); applyFilters(); });
    types.append(el('label', null, cb, badge(t)));
  }
}

// The document list is only needed by the filter: it is fetched when the
// filters are first opened, not on every page load.
let docsLoaded = false;
export function invalidateDocuments() { docsLoaded = false; }
async function loadDocumentFilter() {
  if (docsLoaded) return;
  docsLoaded = true;
  try {
    const docs = await api('api/documents');
    const sel = $('#filter-document');
    const keep = sel.value;
    clear(sel);
    sel.append(el('option', { value: '', text: 'All documents' }));
    for (const d of docs) sel.append(el('option', { value: d.id, text: d.title || d.source || d.id }));
    sel.value = keep;
  } catch (e) { docsLoaded = false; /* the filter stays at "all" */ }
}
$('#filters').addEventListener('toggle', () => { if ($('#filters').open) loadDocumentFilter(); });
$('#filter-document').addEventListener('change', (ev) => { state.filters.document = ev.target.value; applyFilters(); });
$('#filter-reset').addEventListener('click', () => {
  state.filters.predicates.clear(); state.filters.types.clear(); state.filters.document = ''; state.filters.hideOpen = false;
  $('#filter-document').value = '';
  applyFilters();
});

function applyFilters() {
  if (!cy) return;
  const f = state.filters;
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      n.toggleClass('hidden', f.types.has(n.data('type')) && !n.hasClass('center'));
    });
    cy.edges().forEach((e) => {
      let hide = f.predicates.has(e.data('predicate')) || (f.hideOpen && e.data('open') === 1);
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
  const n = f.predicates.size + f.types.size + (f.document ? 1 : 0) + (f.hideOpen ? 1 : 0);
  const pill = $('#filter-count');
  pill.textContent = String(n);
  pill.hidden = n === 0;
  renderFilterOptions();
  renderLegend();
  updateCounts();
}

export function renderLegend() {
  const lg = clear($('#legend'));
  const present = new Set(cy ? cy.nodes().map((n) => n.data('type')) : []);
  for (const [t, st] of Object.entries(TYPES)) {
    if (present.has(t)) lg.append(el('li', null, shapeIcon(st), t));
  }
  if (present.has('Other')) lg.append(el('li', null, shapeIcon(OTHER), 'Other'));
  if (cy && cy.edges('[open = 1]').nonempty()) lg.append(el('li', { class: 'hint', text: 'dashed grey: open relation, in the text\u2019s own words' }));
  lg.append(el('li', { class: 'hint', text: 'click a node to expand · click an edge for its sentence' }));
  lg.hidden = present.size === 0;
}
function shapeIcon(st) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 14 14');
  svg.setAttribute('aria-hidden', 'true');
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
  const side = clear($('#side-entity'));
  const e = ent.entity;
  side.append(el('div', null, badge(e.type)));
  side.append(el('h2', { text: e.name }));
  if (e.aliases && e.aliases.length) side.append(el('p', { class: 'aliases', text: 'Also: ' + e.aliases.join(', ') }));
  side.append(el('p', { class: 'hint' },
    navLink({ id: e.id }, {}, 'Centre on this entity'), ' · ',
    navLink({ view: 'paths', from: e.id }, { class: 'connect' }, 'How is it connected to…'), ' · ',
    navLink({ view: 'timeline', id: e.id }, { class: 'timeline' }, 'Timeline'), ' · ',
    el('code', { class: 'iri', raw: e.id })));

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
    const li = el('li', { title: decodeRefs(`${subj.name} ${f.label} ${obj.name}`) },
      el('span', { class: 'dir', text: out ? '→' : '←', 'aria-label': out ? 'to' : 'from' }),
      el('span', { class: isOpen(f.predicate) ? 'pred open' : 'pred', text: relLabel(f.predicate, f.label) }),
      el('span', { class: 'other', text: f.other.name }),
      badge(f.other.type),
      f.provenance.length > 1 ? el('span', { class: 'count', text: `×${f.provenance.length}` }) : null);
    clickable(li, () => {
      for (const x of ul.children) x.classList.remove('active');
      li.classList.add('active');
      renderEvidence(`${subj.name} — ${f.label} — ${obj.name}`, f.provenance);
      highlightEdge(subj.id, f.predicate, obj.id);
    });
    ul.append(li);
  }
  side.append(ul);

  const quotes = ent.quotes || [];
  if (e.type === 'Person' || quotes.length) {
    side.append(el('h3', { text: `Quotes (${quotes.length})` }));
    if (!quotes.length) side.append(el('p', { class: 'empty', text: 'No attributed quotes.' }));
    const qu = el('ul', { class: 'quotes' });
    for (const qt of quotes) {
      qu.append(clickable(el('li', null, el('q', { text: qt.text })), () => renderEvidence(`${e.name} said`, qt.provenance)));
    }
    side.append(qu);
  }
  const docs = ent.documents || [];
  if (docs.length) {
    side.append(el('h3', { text: `Documents (${docs.length})` }));
    const dl = el('ul', { class: 'facts' });
    for (const d of docs) dl.append(clickable(el('li', null, el('span', { text: d.title || d.source })), () => navigate({ doc: d.id })));
    side.append(dl);
  }
}

function renderDocument(d) {
  const side = clear($('#side-entity'));
  side.append(el('div', null, badge('Document')));
  side.append(el('h2', { text: d.document.title || '(untitled)' }));
  side.append(el('p', { class: 'aliases', text: d.document.source || '' }));
  if (d.document.ingestedAt) side.append(el('p', { class: 'hint', text: 'Ingested ' + d.document.ingestedAt }));
  const nodes = d.nodes || [];
  const ents = nodes.filter((n) => n.type !== 'Quote').sort((a, b) => (b.degree || 0) - (a.degree || 0));
  const quotes = nodes.filter((n) => n.type === 'Quote');
  side.append(el('h3', { text: `Entities (${ents.length})` }));
  const ul = el('ul', { class: 'facts' });
  for (const n of ents) ul.append(clickable(el('li', null, badge(n.type), el('span', { class: 'other', text: n.name })), () => navigate({ id: n.id })));
  side.append(ul);
  if (quotes.length) {
    side.append(el('h3', { text: `Quotes (${quotes.length})` }));
    const qu = el('ul', { class: 'quotes' });
    for (const n of quotes) {
      const edge = (d.edges || []).find((e) => e.target === n.id);
      const speaker = edge ? nodes.find((x) => x.id === edge.source) : null;
      const li = el('li', null, el('q', { text: n.name.replace(/^\u201c|\u201d$/g, '') }), speaker ? el('div', { class: 'hint', text: '— ' + speaker.name }) : null);
      qu.append(edge ? clickable(li, () => showFact(edge.source, edge.predicate, edge.target)) : li);
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

export function hideEvidence() { $('#side-evidence').hidden = true; }

// renderEvidence shows sentences with the entity mentions highlighted. The
// server splits each sentence into segments; each becomes a text node or a
// <mark> whose textContent is the segment, so nothing in it is ever parsed.
function renderEvidence(title, provenance) {
  const box = clear($('#side-evidence'));
  box.append(el('button', { type: 'button', class: 'link close', text: 'close', 'aria-label': 'Close the evidence', onclick: hideEvidence }));
  box.append(el('h3', { text: 'Evidence' }));
  box.append(el('p', { class: 'ev-title' }, el('b', { text: title })));
  if (!provenance || !provenance.length) box.append(el('p', { class: 'empty', text: 'No sentence recorded.' }));
  for (const pr of provenance || []) {
    const doc = pr.document || {};
    box.append(el('div', { class: 'sentence' }, segmentsInto(el('blockquote', { class: 'sentence-text' }), pr),
      el('div', { class: 'doc' },
        navLink({ doc: doc.id || '' }, {}, el('b', { text: doc.title || '(untitled)' })),
        doc.source ? ' — ' + doc.source : '',
        pr.sentence && pr.sentence.end ? ` (bytes ${pr.sentence.start}–${pr.sentence.end})` : '')));
  }
  box.hidden = false;
  $('#side').scrollTop = 0;
}

// ---------- download of the current view ----------
$('#download-view').addEventListener('click', async () => {
  if (!cy || cy.nodes().length === 0) { banner('Nothing on screen to download', true); return; }
  // Every node on screen, quotes included: the export writes each quote
  // with its text and the sentence it was said in.
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

// Esc closes the filters, else the evidence panel (an open list of
// suggestions closes first: it stops the key from reaching here).
document.addEventListener('keydown', (ev) => {
  if (ev.key !== 'Escape') return;
  const filters = $('#filters');
  if (filters.open) { filters.open = false; filters.querySelector('summary').focus(); return; }
  if (!$('#side-evidence').hidden) hideEvidence();
});
