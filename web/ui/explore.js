// The explore view: an entity's or a document's neighbourhood as a graph,
// the side panel (facts, quotes, documents) and the evidence of a fact.
//
// What is on screen is a state — what is explored, the expansions made in
// order, hidden nodes, filters, the selected edge and the layout — kept
// in the URL (urlstate.js): every change pushes a history entry, and a
// link, a reload or back and forward redraw the same view.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { api, q } from './api.js';
import { $, el, clear, badge, banner, clickable, decodeRefs, segmentsInto, shortIRI, TYPES, OTHER } from './dom.js';
import { navigate, navLink, pushURL } from './nav.js';
import { cyStyle, layoutOptions } from './graphview.js';
import { LAYOUTS, DEFAULT_LAYOUT, encodeExplore, decodeExplore, parseExpansion } from './urlstate.js';
import { exportPNG, exportSVG } from './exportview.js';
import { exportButtons, fileName } from './tables.js';
import { graphPaths, fetchOnce } from './prefetch.js';

export { cyStyle };
cytoscape.use(fcose);

export const NODE_CAP = 300;
// A speaker with more than ten quotes gets one "N quotes" node instead
// of a node per quote: ten read well around their speaker, dozens bury
// the graph under their labels.
const GROUP_MIN = 11;

// The server's node cap (/api/info): what one neighbourhood holds, and
// what "Show more" adds each time.
let nodeCap = NODE_CAP;
export function setNodeCap(n) { if (n > 0) nodeCap = n; }

const state = {
  focus: null, // {kind: 'entity'|'document', id}
  limit: 0, // 0: the server's cap; raised by "Show more"
  filters: { predicates: new Set(), types: new Set(), document: '', hideOpen: false },
  expansions: [], // keys, in the order made (see urlstate.js)
  added: new Map(), // expansion key -> {nodes, edges}: what it added, so it can be undone
  hidden: new Set(), // node IRIs hidden by hand
  edge: null, // {s, p, o}: the selected edge
  layout: DEFAULT_LAYOUT,
  quotes: new Map(), // speaker IRI -> {total, items: Map(quote IRI -> {node, edge})}
  notices: new Map(), // key -> text of a notice that something is capped
  predicatesSeen: new Map(), // IRI -> label (fixed predicates)
  openSeen: new Set(), // IRIs of open relations (ns#rel/<key>), filtered as one group
  typesSeen: new Set(),
  side: null, // what the side panel shows: {kind: 'entity', ent} or {kind: 'document', d}
};
export function focus() { return state.focus; }

// Open relations are links stated in the text's own words, with
// predicates <ns#rel/key> ("draft_in"): drawn dashed and grey, listed
// apart from the fixed predicates, and shown with spaces for underscores.
function isOpen(iri) { return String(iri).includes('ns#rel/'); }
function relLabel(iri, label) { return isOpen(iri) ? String(label).replace(/_/g, ' ') : label; }
const groupID = (speaker) => 'qg:' + speaker;
const edgeID = (s, p, o) => 'e:' + s + ' ' + p + ' ' + o;

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
  cy.on('dbltap', 'node', (ev) => { if (ev.target.data('type') !== 'Quote') navigate({ id: ev.target.id() }); });
  // Cytoscape keeps the graph's place on the page to map clicks to nodes,
  // and learns of a change only from a window resize or a scroll: when
  // the toolbar above wraps to another line (a long title, "Show more")
  // the graph moves, and clicks would land beside the nodes.
  if (window.ResizeObserver) {
    const ro = new ResizeObserver(() => cy.resize());
    ro.observe(graphEl);
    ro.observe($('#view-explore .toolbar'));
  }
  // Read-only handle for browser tests and debugging from the console.
  window.__newsgraph = { cy };
  return cy;
}

// shown is called when the explore view becomes visible.
export function shown() { if (cy) cy.resize(); }

function nodeSize(degree) { return Math.round(26 + Math.min(Math.sqrt(degree || 1) * 7, 40)); }

// ---------- building the graph ----------

// addNode and addEdge add one element unless it is there; they record
// what they added in into ({nodes, edges}).
function addNode(n, near, into) {
  state.typesSeen.add(n.type || 'Other');
  if (cy.getElementById(n.id).nonempty()) return;
  const pos = near ? { x: near.x + (Math.random() - 0.5) * 80, y: near.y + (Math.random() - 0.5) * 80 } : undefined;
  cy.add({ group: 'nodes', data: { id: n.id, name: decodeRefs(n.name || shortIRI(n.id)), type: n.type || 'Other', degree: n.degree || 0, size: nodeSize(n.degree), docs: n.documents || [], ...(n.extra || {}) }, position: pos });
  into.nodes.push(n.id);
}
function addEdge(e, into) {
  const id = edgeID(e.source, e.predicate, e.target);
  const open = isOpen(e.predicate);
  if (open) state.openSeen.add(e.predicate); else state.predicatesSeen.set(e.predicate, e.label);
  if (cy.getElementById(id).nonempty()) return;
  if (cy.getElementById(e.source).empty() || cy.getElementById(e.target).empty()) return;
  cy.add({ group: 'edges', data: { id, source: e.source, target: e.target, predicate: e.predicate, label: relLabel(e.predicate, e.label), open: open ? 1 : 0, count: e.count || 1, docs: e.documents || [] } });
  into.edges.push(id);
}

// merge adds a subgraph from the API. Quotes are kept aside per speaker:
// a speaker with few quotes gets a node per quote, one with many a single
// "N quotes" node until it is opened. Returns what was added.
function merge(data, near) {
  ensureCy();
  const into = { nodes: [], edges: [] };
  const quoteNodes = new Map();
  for (const n of data.nodes || []) if (n.type === 'Quote') quoteNodes.set(n.id, n);
  const speakers = new Set();
  cy.batch(() => {
    for (const n of data.nodes || []) if (n.type !== 'Quote') addNode(n, near, into);
    for (const e of data.edges || []) {
      const qn = quoteNodes.get(e.target);
      if (qn && e.label === 'said') {
        const sp = quoteEntry(e.source);
        if (!sp.items.has(qn.id)) sp.items.set(qn.id, { node: qn, edge: e });
        speakers.add(e.source);
        continue;
      }
      addEdge(e, into);
    }
    for (const s of speakers) drawQuotes(s, near, into);
  });
  return into;
}

function quoteEntry(speaker) {
  if (!state.quotes.has(speaker)) state.quotes.set(speaker, { total: 0, items: new Map() });
  return state.quotes.get(speaker);
}
function quoteTotal(sp) { return Math.max(sp.total, sp.items.size); }

// drawQuotes shows a speaker's known quotes: one node each when the
// speaker has few or the group is open, else one group node.
function drawQuotes(speaker, near, into) {
  const sp = state.quotes.get(speaker);
  if (!sp || cy.getElementById(speaker).empty()) return;
  const open = state.expansions.includes('q ' + speaker);
  const group = cy.getElementById(groupID(speaker));
  if (!open && quoteTotal(sp) >= GROUP_MIN) {
    if (group.nonempty()) { group.data('name', quoteLabel(sp)); return; }
    const said = sp.items.values().next().value.edge;
    addNode({ id: groupID(speaker), name: quoteLabel(sp), type: 'Quote', extra: { group: 1, speaker } }, near || cy.getElementById(speaker).position(), into);
    addEdge({ source: speaker, predicate: said.predicate, label: 'said', target: groupID(speaker), count: sp.items.size, documents: [] }, into);
    return;
  }
  for (const { node, edge } of sp.items.values()) {
    addNode(node, near || cy.getElementById(speaker).position(), into);
    addEdge(edge, into);
  }
}
function quoteLabel(sp) { const n = quoteTotal(sp); return n === 1 ? '1 quote' : `${n} quotes`; }

// setQuoteTotal records how many quotes a speaker has in all (the entity
// API lists every one; a neighbourhood carries at most 30).
function setQuoteTotal(speaker, n) {
  const sp = quoteEntry(speaker);
  sp.total = n;
  const g = cy && cy.getElementById(groupID(speaker));
  if (g && g.nonempty()) g.data('name', quoteLabel(sp));
  noteQuotes(speaker);
}

// noteQuotes says so when a speaker's opened quotes are fewer than all
// the speaker has (a neighbourhood carries at most 30).
function noteQuotes(speaker) {
  const key = 'q ' + speaker;
  const sp = state.quotes.get(speaker);
  if (!sp || !state.expansions.includes(key)) return;
  if (sp.items.size < quoteTotal(sp)) {
    state.notices.set(key, `${nameOf(speaker)}: showing ${sp.items.size} of ${quoteTotal(sp)} quotes (all are listed in the side panel)`);
  } else state.notices.delete(key);
  if (cy) renderNotices();
}

function removeAdded(a) {
  cy.batch(() => {
    for (const id of a.edges) cy.getElementById(id).remove();
    for (const id of a.nodes) cy.getElementById(id).remove();
  });
}

// ---------- expansions ----------

// expand makes one expansion (its key is pushed to state.expansions) and
// returns what it added; undo takes it back.
async function expand(key) {
  const x = parseExpansion(key);
  const node = cy.getElementById(x.id);
  if (state.expansions.includes(key) || node.empty()) return null;
  let added = { nodes: [], edges: [] };
  if (x.kind === 'n') {
    const [nb, ent] = await Promise.all([
      api('api/neighbourhood?' + q({ id: x.id })),
      api('api/entity?' + q({ id: x.id })).catch(() => null),
    ]);
    if (ent) setQuoteTotal(x.id, (ent.quotes || []).length);
    added = merge(nb, node.position());
    node.addClass('expanded');
    node.toggleClass('more', !!nb.truncated);
    if (nb.truncated) state.notices.set(key, `${nameOf(x.id)}: showing ${nb.nodes.length} of ${nb.total} neighbours`);
    cacheEntity(ent);
  } else if (x.kind === 'r') {
    const ent = await entity(x.id);
    added = { nodes: [], edges: [] };
    const facts = (ent.facts || []).filter((f) => f.predicate === x.pred);
    const shown = facts.slice(0, nodeCap);
    cy.batch(() => {
      for (const f of shown) {
        addNode({ id: f.other.id, name: f.other.name, type: f.other.type }, node.position(), added);
        const out = f.direction !== 'in';
        const docs = [...new Set((f.provenance || []).map((p) => p.document && p.document.id).filter(Boolean))];
        addEdge({ source: out ? x.id : f.other.id, target: out ? f.other.id : x.id, predicate: f.predicate, label: f.label, count: (f.provenance || []).length || 1, documents: docs }, added);
      }
    });
    if (shown.length < facts.length) state.notices.set(key, `${nameOf(x.id)} — ${relLabel(x.pred, facts[0].label)}: showing ${shown.length} of ${facts.length}`);
  } else if (x.kind === 'q') {
    const sp = state.quotes.get(x.id);
    if (!sp) return null;
    state.expansions.push(key);
    const g = cy.getElementById(groupID(x.id));
    const at = g.nonempty() ? g.position() : node.position();
    cy.batch(() => {
      if (g.nonempty()) g.remove();
      for (const { node: qn, edge } of sp.items.values()) { addNode(qn, at, added); addEdge(edge, added); }
    });
    noteQuotes(x.id);
    state.added.set(key, added);
    return added;
  }
  state.expansions.push(key);
  state.added.set(key, added);
  return added;
}

function undo(key) {
  const x = parseExpansion(key);
  const a = state.added.get(key);
  if (a) removeAdded(a);
  state.added.delete(key);
  state.notices.delete(key);
  state.expansions = state.expansions.filter((k) => k !== key);
  if (x.kind === 'n') cy.getElementById(x.id).removeClass('expanded more');
  if (x.kind === 'q') drawQuotes(x.id, null, { nodes: [], edges: [] });
}

// collapse undoes every expansion made from node id, and the expansions
// made later from the nodes those brought in.
function collapse(id) {
  const doomed = new Set();
  const victims = [];
  for (const k of state.expansions) {
    const x = parseExpansion(k);
    if (x.id === id || doomed.has(x.id) || doomed.has(groupID(x.id))) {
      victims.push(k);
      for (const n of (state.added.get(k) || { nodes: [] }).nodes) doomed.add(n);
    }
  }
  for (const k of victims.reverse()) undo(k);
  // A node hidden by hand that is gone needs no hiding.
  for (const h of [...state.hidden]) if (cy.getElementById(h).empty()) state.hidden.delete(h);
  return victims.length;
}

function nameOf(id) {
  const n = cy && cy.getElementById(id);
  return n && n.nonempty() ? n.data('name') : shortIRI(id);
}

// The entity API answers are kept for the session's last few entities:
// expanding, expanding by relation and the side panel all read them.
const entities = new Map();
function cacheEntity(ent) {
  if (!ent || !ent.entity) return;
  entities.delete(ent.entity.id);
  entities.set(ent.entity.id, ent);
  while (entities.size > 40) entities.delete(entities.keys().next().value);
}
async function entity(id) {
  if (entities.has(id)) return entities.get(id);
  const ent = await fetchOnce('api/entity?' + q({ id }));
  cacheEntity(ent);
  return ent;
}

// ---------- layout ----------

function layout(fit, fresh) {
  if (!cy || cy.nodes().length === 0) return;
  const visible = cy.elements().not('.hidden');
  const opts = layoutOptions(cy, state.layout, fit !== false, state.layout === 'fcose' ? fresh : undefined);
  graphEl.setAttribute('data-layout', 'running');
  performance.mark('ng:layout');
  const l = visible.layout(opts);
  l.one('layoutstop', () => {
    performance.mark('ng:layoutstop');
    // After an expansion the new nodes may lie off-screen: fit them in.
    if (fresh) cy.fit(visible, 40);
    // A handful of nodes fitted to a large window would be drawn huge.
    if ((opts.fit || fresh) && cy.zoom() > 1.25) { cy.zoom(1.25); cy.center(visible); }
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
  state.quotes.clear();
  state.added.clear();
  state.notices.clear();
  state.expansions = [];
}

function setTitle(text, type) {
  const t = $('#view-title');
  clear(t);
  if (type) t.append(badge(type), ' ');
  t.append(decodeRefs(text));
}

// renderNotices says what is capped or hidden: the view's own cut, each
// expansion's, quotes beyond what a neighbourhood carries, and the nodes
// hidden by hand (with a way to show them again).
function renderNotices() {
  const box = clear($('#notices'));
  for (const [k, text] of state.notices) box.append(el('li', { 'data-key': k, text }));
  const hidden = [...state.hidden].filter((h) => cy && cy.getElementById(h).nonempty()).length;
  if (hidden) {
    box.append(el('li', { class: 'hidden-count' }, hidden === 1 ? '1 node hidden · ' : `${hidden} nodes hidden · `,
      el('button', { type: 'button', class: 'link', id: 'show-hidden', text: 'Show all', onclick: () => { state.hidden.clear(); applyFilters(); commit(); } })));
  }
  box.hidden = box.childElementCount === 0;
}

function noteTruncated(data, kind) {
  if (data.truncated) state.notices.set('focus', `Showing ${data.nodes.length} of ${data.total} ${kind}`);
  else state.notices.delete('focus');
  $('#show-more').hidden = !data.truncated;
}

// commit records the view's state as a new history entry (or in place).
function commit(replace) { pushURL(encodeExplore(state), replace); }

// showNothing empties the view after a search that found nothing or
// failed: the graph, side panel and evidence of the last entity would
// otherwise stay up as if they answered the new search.
export function showNothing(title) {
  state.focus = null;
  state.side = null;
  resetGraph();
  hideEvidence();
  clear($('#side-entity'));
  $('#show-more').hidden = true;
  setTitle(title);
  document.title = 'newsgraph';
  renderNotices();
  renderLegend();
  updateCounts();
}

// busy marks the graph as loading (a big neighbourhood can take a moment).
function busy(on) {
  $('.graph-wrap').classList.toggle('loading', on);
  graphEl.setAttribute('aria-busy', on ? 'true' : 'false');
}

// ---------- opening a view from its URL ----------

let generation = 0;
let stale = false; // the store changed since the view was drawn

// exploreParams are the URL parameters of the view on screen (for the
// Explore tab, which returns to it).
export function exploreParams() { return encodeExplore(state); }

// showExplore draws the view its URL describes. When the same entity or
// document is already on screen (back and forward, or a link within the
// view) only the difference is fetched and drawn.
export async function showExplore(params) {
  ensureCy();
  const want = decodeExplore(params);
  if (!want.focus) return;
  const gen = ++generation;
  const same = !stale && cy && state.focus && state.focus.kind === want.focus.kind && state.focus.id === want.focus.id &&
    state.limit === want.limit && cy.nodes().nonempty();
  const relayout = !same || want.layout !== state.layout;
  state.filters = want.filters;
  state.hidden = want.hidden;
  state.layout = want.layout;
  $('#layout-choice').value = want.layout;
  $('#filter-document').value = want.filters.document;
  busy(true);
  try {
    let fresh = [];
    if (!same) {
      state.focus = want.focus;
      state.limit = want.limit;
      stale = false;
      hideEvidence(true);
      if (!(await openFocus(gen))) return;
    }
    // Undo what the wanted view does not have, then make what it adds.
    let i = 0;
    while (i < state.expansions.length && i < want.expansions.length && state.expansions[i] === want.expansions[i]) i++;
    for (const k of state.expansions.slice(i).reverse()) undo(k);
    for (const k of want.expansions.slice(i)) {
      try {
        const a = await expand(k);
        if (gen !== generation) return;
        if (a) fresh.push(...a.nodes);
      } catch (e) { banner(e.message, true); }
    }
    applyFilters();
    if (relayout) layout(true);
    else if (fresh.length) layout(false, cy.collection(fresh.map((id) => cy.getElementById(id))));
    selectEdge(want.edge);
  } finally { if (gen === generation) busy(false); }
}

// openFocus fetches and draws the entity or document in state.focus;
// false when it failed (the view then says so).
async function openFocus(gen) {
  const f = state.focus;
  const paths = graphPaths(f, state.limit);
  if (f.kind === 'entity') {
    // The graph is drawn as soon as the neighbourhood comes; the entity's
    // facts and quotes fill the side panel when they do.
    const entP = entity(f.id).catch((e) => e);
    let nb;
    try {
      nb = await fetchOnce(paths.graph);
    } catch (e) {
      if (gen === generation) { showNothing('Could not open this entity'); banner(e.message, true); }
      return false;
    }
    if (gen !== generation) return false;
    performance.mark('ng:data');
    resetGraph();
    const ent = entities.get(f.id);
    if (ent) setQuoteTotal(f.id, (ent.quotes || []).length);
    merge(nb);
    cy.getElementById(f.id).addClass('center expanded');
    noteTruncated(nb, 'connected entities');
    const c = nb.nodes.find((n) => n.id === f.id);
    if (c) { setTitle(c.name, c.type); document.title = decodeRefs(c.name) + ' · newsgraph'; }
    entP.then((e) => {
      if (gen !== generation || !e || e instanceof Error) { if (e instanceof Error) banner(e.message, true); return; }
      setQuoteTotal(f.id, (e.quotes || []).length);
      setTitle(e.entity.name, e.entity.type);
      document.title = decodeRefs(e.entity.name) + ' · newsgraph';
      renderEntity(e);
      cy.getElementById(f.id).select();
    });
    return true;
  }
  let d;
  try {
    d = await fetchOnce(paths.graph);
  } catch (e) {
    if (gen === generation) { showNothing('Could not open this document'); banner(e.message, true); }
    return false;
  }
  if (gen !== generation) return false;
  performance.mark('ng:data');
  resetGraph();
  merge(d);
  noteTruncated(d, 'entities and quotes');
  setTitle(d.document.title || d.document.source || f.id, 'Document');
  document.title = decodeRefs(d.document.title || 'Document') + ' · newsgraph';
  renderDocument(d);
  return true;
}

// ---------- what the user does on the graph ----------

async function onNodeTap(node) {
  const id = node.id();
  if (node.data('group') === 1) { await act(() => expand('q ' + node.data('speaker'))); return; }
  if (node.data('type') === 'Quote') {
    // A quote has no neighbours of its own: show who said it, and where.
    const e = node.incomers('edge').first();
    if (e.nonempty()) onEdgeTap(e);
    return;
  }
  // Expand in place: fetch the node's neighbourhood and add what is new.
  if (!node.hasClass('expanded')) await act(() => expand('n ' + id));
  try { renderEntity(await entity(id)); } catch (e) { banner(e.message, true); }
}

// act runs one change of the view (an expansion), lays out what it
// added, and records the new state in the URL.
async function act(change) {
  const gen = ++generation;
  busy(true);
  try {
    const added = await change();
    if (gen !== generation || !added) return;
    applyFilters();
    if (added.nodes.length) layout(false, cy.collection(added.nodes.map((id) => cy.getElementById(id))));
    commit();
  } catch (e) { banner(e.message, true); } finally { if (gen === generation) busy(false); }
}

function onEdgeTap(edge) {
  if (edge.target().data('group') === 1) { act(() => expand('q ' + edge.source().id())); return; }
  state.edge = { s: edge.data('source'), p: edge.data('predicate'), o: edge.data('target') };
  commit();
  selectEdge(state.edge);
}

// selectEdge marks an edge and shows its evidence (or closes it).
function selectEdge(e) {
  state.edge = e;
  if (!e) { hideEvidence(true); return; }
  highlightEdge(e.s, e.p, e.o);
  showFact(e.s, e.p, e.o);
}

$('#show-more').addEventListener('click', () => {
  if (!state.focus) return;
  state.limit = (state.limit || nodeCap) + nodeCap;
  // A larger view is drawn again, its expansions on top of it.
  const p = encodeExplore(state);
  pushURL(p);
  stale = true;
  showExplore(p);
});
$('#relayout').addEventListener('click', () => layout(true));
$('#fit').addEventListener('click', () => cy && cy.fit(cy.elements().not('.hidden'), 40));
{
  const sel = $('#layout-choice');
  for (const [v, label] of LAYOUTS) sel.append(el('option', { value: v, text: label }));
  sel.value = DEFAULT_LAYOUT;
  sel.addEventListener('change', () => { state.layout = sel.value; layout(true); commit(); });
}

// ---------- filters (predicate, entity type, document) ----------
function renderFilterOptions() {
  const preds = clear($('#filter-predicates'));
  for (const [iri, label] of [...state.predicatesSeen].sort((a, b) => a[1].localeCompare(b[1]))) {
    const cb = el('input', { type: 'checkbox', value: iri });
    cb.checked = !state.filters.predicates.has(iri);
    cb.addEventListener('change', () => { if (cb.checked) state.filters.predicates.delete(iri); else state.filters.predicates.add(iri); applyFilters(); commit(); });
    preds.append(el('label', null, cb, el('span', { class: 'pred', text: label })));
  }
  if (state.openSeen.size > 0) {
    const cb = el('input', { type: 'checkbox', value: 'open' });
    cb.checked = !state.filters.hideOpen;
    cb.addEventListener('change', () => { state.filters.hideOpen = !cb.checked; applyFilters(); commit(); });
    preds.append(el('label', null, cb, el('span', { class: 'pred open', text: `open relations (${state.openSeen.size} kinds)` })));
  }
  const types = clear($('#filter-types'));
  for (const t of [...state.typesSeen].sort()) {
    const cb = el('input', { type: 'checkbox', value: t });
    cb.checked = !state.filters.types.has(t);
    cb.addEventListener('change', () => { if (cb.checked) state.filters.types.delete(t); else state.filters.types.add(t); applyFilters(); commit(); });
    types.append(el('label', null, cb, badge(t)));
  }
}

// The document list is only needed by the filter: it is fetched when the
// filters are first opened, not on every page load.
let docsLoaded = false;
// invalidateDocuments is called after an ingest: the document list, the
// entities read and the view on screen may all have changed.
export function invalidateDocuments() { docsLoaded = false; entities.clear(); stale = true; }
async function loadDocumentFilter() {
  if (docsLoaded) return;
  docsLoaded = true;
  try {
    const docs = await api('api/documents');
    const sel = $('#filter-document');
    const keep = state.filters.document;
    clear(sel);
    sel.append(el('option', { value: '', text: 'All documents' }));
    for (const d of docs) sel.append(el('option', { value: d.id, text: d.title || d.source || d.id }));
    sel.value = keep;
  } catch (e) { docsLoaded = false; /* the filter stays at "all" */ }
}
$('#filters').addEventListener('toggle', () => { if ($('#filters').open) loadDocumentFilter(); });
$('#filter-document').addEventListener('change', (ev) => { state.filters.document = ev.target.value; applyFilters(); commit(); });
$('#filter-reset').addEventListener('click', () => {
  state.filters.predicates.clear(); state.filters.types.clear(); state.filters.document = ''; state.filters.hideOpen = false;
  $('#filter-document').value = '';
  applyFilters();
  commit();
});

function applyFilters() {
  if (!cy) return;
  const f = state.filters;
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const byHand = state.hidden.has(n.id()) || (n.data('group') === 1 && state.hidden.has(n.data('speaker')));
      n.toggleClass('hidden', !n.hasClass('center') && (f.types.has(n.data('type')) || byHand));
    });
    cy.edges().forEach((e) => {
      let hide = f.predicates.has(e.data('predicate')) || (f.hideOpen && e.data('open') === 1);
      if (!hide && f.document) hide = !(e.data('docs') || []).includes(f.document) && e.target().data('group') !== 1;
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
  renderNotices();
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

// tableHeading is a side-panel heading with CSV and JSON downloads of the
// table under it (rows() gives its rows as plain objects).
function tableHeading(title, name, columns, rows) {
  const what = name + ' of ' + $('#view-title').textContent;
  const box = exportButtons(what, () => ({ name: fileName($('#view-title').textContent, name), columns, rows: rows() }));
  box.refresh(true);
  return el('div', { class: 'table-head', 'data-table': name }, el('h3', { text: title }), box);
}

// entityActions are the buttons for a node on the graph: collapse what
// was expanded from it, hide it, open its grouped quotes, and expand it
// along one relation.
function entityActions(ent) {
  const id = ent.entity.id;
  const node = cy && cy.getElementById(id);
  if (!node || node.empty()) return null;
  const box = el('div', { class: 'node-actions', role: 'group', 'aria-label': 'On the graph' });
  const from = state.expansions.filter((k) => parseExpansion(k).id === id);
  if (from.length) {
    box.append(el('button', { type: 'button', id: 'node-collapse', text: 'Collapse', title: 'Take back what was expanded from this node',
      onclick: () => { collapse(id); applyFilters(); commit(); renderEntity(ent); } }));
  }
  if (!node.hasClass('center')) {
    box.append(el('button', { type: 'button', id: 'node-hide', text: 'Hide', title: 'Hide this node (Show all brings it back)',
      onclick: () => { state.hidden.add(id); applyFilters(); commit(); } }));
  }
  const sp = state.quotes.get(id);
  if (sp && quoteTotal(sp) >= GROUP_MIN) {
    const open = state.expansions.includes('q ' + id);
    box.append(el('button', { type: 'button', id: 'node-quotes', text: open ? 'Group quotes' : `Show ${quoteLabel(sp)}`,
      onclick: async () => {
        if (open) { undo('q ' + id); applyFilters(); layout(false, cy.collection([cy.getElementById(groupID(id))])); commit(); } else await act(() => expand('q ' + id));
        renderEntity(ent);
      } }));
  }
  // Expand along one relation: the entity's facts, by predicate.
  const byPred = new Map();
  for (const f of ent.facts || []) {
    const k = f.predicate;
    if (!byPred.has(k)) byPred.set(k, { label: relLabel(k, f.label), others: new Set() });
    byPred.get(k).others.add(f.other.id);
  }
  if (byPred.size) {
    const sel = el('select', { id: 'expand-relation', 'aria-label': 'Relation to expand along' });
    for (const [k, v] of [...byPred].sort((a, b) => a[1].label.localeCompare(b[1].label))) {
      sel.append(el('option', { value: k, text: `${v.label} (${v.others.size})`, disabled: state.expansions.includes(`r ${id} ${k}`) ? true : undefined }));
    }
    const go = el('button', { type: 'button', id: 'expand-relation-run', text: 'Expand',
      onclick: async () => { await act(() => expand(`r ${id} ${sel.value}`)); renderEntity(ent); } });
    box.append(el('span', { class: 'expand-along' }, el('label', { for: 'expand-relation', text: 'Along' }), sel, go));
  }
  return box;
}

function renderEntity(ent) {
  state.side = { kind: 'entity', ent };
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
  const actions = entityActions(ent);
  if (actions) side.append(actions);

  const facts = ent.facts || [];
  const factRows = () => facts.map((f) => {
    const out = f.direction !== 'in';
    return {
      subject: decodeRefs(out ? e.name : f.other.name), relation: relLabel(f.predicate, f.label), object: decodeRefs(out ? f.other.name : e.name),
      direction: out ? 'out' : 'in', other: decodeRefs(f.other.name), otherType: f.other.type, otherIRI: f.other.id, predicate: f.predicate,
      sentences: f.provenance.length,
    };
  });
  side.append(tableHeading(`Facts (${facts.length})`, 'facts', ['subject', 'relation', 'object', 'direction', 'other', 'otherType', 'otherIRI', 'predicate', 'sentences'], factRows));
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
      state.edge = { s: subj.id, p: f.predicate, o: obj.id };
      commit();
      // The sentences listed are capped; the graph's edge counts them all.
      const ge = cy && cy.getElementById(edgeID(subj.id, f.predicate, obj.id));
      renderEvidence(`${subj.name} — ${f.label} — ${obj.name}`, f.provenance, ge && ge.nonempty() ? ge.data('count') : 0);
      highlightEdge(subj.id, f.predicate, obj.id);
    });
    ul.append(li);
  }
  side.append(ul);

  const quotes = ent.quotes || [];
  if (e.type === 'Person' || quotes.length) {
    const quoteRows = () => quotes.map((qt) => {
      const pr = (qt.provenance || [])[0] || {};
      return { speaker: decodeRefs(e.name), quote: decodeRefs(qt.text), document: decodeRefs((pr.document || {}).title || ''), documentIRI: (pr.document || {}).id || '', quoteIRI: qt.id };
    });
    side.append(tableHeading(`Quotes (${quotes.length})`, 'quotes', ['speaker', 'quote', 'document', 'documentIRI', 'quoteIRI'], quoteRows));
    if (!quotes.length) side.append(el('p', { class: 'empty', text: 'No attributed quotes.' }));
    const qu = el('ul', { class: 'quotes' });
    for (const qt of quotes) {
      qu.append(clickable(el('li', null, el('q', { text: qt.text })), () => renderEvidence(`${e.name} said`, qt.provenance)));
    }
    side.append(qu);
  }
  const docs = ent.documents || [];
  if (docs.length) {
    side.append(tableHeading(`Documents (${docs.length})`, 'documents', ['title', 'source', 'documentIRI'],
      () => docs.map((d) => ({ title: decodeRefs(d.title || ''), source: d.source || '', documentIRI: d.id }))));
    const dl = el('ul', { class: 'facts' });
    for (const d of docs) dl.append(clickable(el('li', null, el('span', { text: d.title || d.source })), () => navigate({ doc: d.id })));
    side.append(dl);
  }
}

function renderDocument(d) {
  state.side = { kind: 'document', d };
  const side = clear($('#side-entity'));
  side.append(el('div', null, badge('Document')));
  side.append(el('h2', { text: d.document.title || '(untitled)' }));
  side.append(el('p', { class: 'aliases', text: d.document.source || '' }));
  if (d.document.ingestedAt) side.append(el('p', { class: 'hint', text: 'Ingested ' + d.document.ingestedAt }));
  const nodes = d.nodes || [];
  const ents = nodes.filter((n) => n.type !== 'Quote').sort((a, b) => (b.degree || 0) - (a.degree || 0));
  const quotes = nodes.filter((n) => n.type === 'Quote');
  side.append(tableHeading(`Entities (${ents.length})`, 'entities', ['name', 'type', 'relations', 'entityIRI'],
    () => ents.map((n) => ({ name: decodeRefs(n.name), type: n.type, relations: n.degree || 0, entityIRI: n.id }))));
  const ul = el('ul', { class: 'facts' });
  for (const n of ents) ul.append(clickable(el('li', null, badge(n.type), el('span', { class: 'other', text: n.name })), () => navigate({ id: n.id })));
  side.append(ul);
  if (quotes.length) {
    const said = (n) => {
      const edge = (d.edges || []).find((e) => e.target === n.id);
      return { edge, speaker: edge ? nodes.find((x) => x.id === edge.source) : null };
    };
    side.append(tableHeading(`Quotes (${quotes.length})`, 'quotes', ['speaker', 'quote', 'speakerIRI', 'quoteIRI'],
      () => quotes.map((n) => { const { speaker } = said(n); return { speaker: speaker ? decodeRefs(speaker.name) : '', quote: decodeRefs(n.name.replace(/^\u201c|\u201d$/g, '')), speakerIRI: speaker ? speaker.id : '', quoteIRI: n.id }; })));
    const qu = el('ul', { class: 'quotes' });
    for (const n of quotes) {
      const { edge, speaker } = said(n);
      const li = el('li', null, el('q', { text: n.name.replace(/^\u201c|\u201d$/g, '') }), speaker ? el('div', { class: 'hint', text: '— ' + speaker.name }) : null);
      qu.append(edge ? clickable(li, () => { state.edge = { s: edge.source, p: edge.predicate, o: edge.target }; commit(); showFact(edge.source, edge.predicate, edge.target); }) : li);
    }
    side.append(qu);
  }
}

function highlightEdge(s, p, o) {
  if (!cy) return;
  cy.edges().removeClass('active');
  const e = cy.getElementById(edgeID(s, p, o));
  if (e.nonempty()) e.addClass('active');
}

async function showFact(s, p, o) {
  try {
    const f = await api('api/fact?' + q({ s, p, o }));
    if (!state.edge || state.edge.s !== s || state.edge.p !== p || state.edge.o !== o) return;
    // The provenance listed is capped: the edge knows how many sentences
    // state it in all.
    const e = cy && cy.getElementById(edgeID(s, p, o));
    const total = e && e.nonempty() ? e.data('count') : 0;
    renderEvidence(`${f.subject.name} — ${f.label} — ${f.object.name}`, f.provenance, total);
  } catch (e) { banner(e.message, true); }
}

// hideEvidence closes the evidence; unless quiet (the view is being
// redrawn from its URL), the selected edge is dropped from the URL.
export function hideEvidence(quiet) {
  $('#side-evidence').hidden = true;
  if (cy) cy.edges().removeClass('active');
  if (state.edge && quiet !== true) { state.edge = null; commit(true); }
}

// renderEvidence shows sentences with the entity mentions highlighted. The
// server splits each sentence into segments; each becomes a text node or a
// <mark> whose textContent is the segment, so nothing in it is ever parsed.
function renderEvidence(title, provenance, total) {
  const box = clear($('#side-evidence'));
  box.append(el('button', { type: 'button', class: 'link close', text: 'close', 'aria-label': 'Close the evidence', onclick: hideEvidence }));
  box.append(el('h3', { text: 'Evidence' }));
  box.append(el('p', { class: 'ev-title' }, el('b', { text: title })));
  if (!provenance || !provenance.length) box.append(el('p', { class: 'empty', text: 'No sentence recorded.' }));
  if (provenance && total > provenance.length) box.append(el('p', { class: 'capped', text: `Showing ${provenance.length} of ${total} sentences` }));
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

// ---------- downloads of the current view ----------
$('#download-view').addEventListener('click', async () => {
  if (!cy || cy.nodes().length === 0) { banner('Nothing on screen to download', true); return; }
  // Every node on screen, quotes included (a group node stands for its
  // speaker's quotes): the export writes each quote with its text and the
  // sentence it was said in.
  const nodes = [];
  for (const n of cy.nodes().not('.hidden')) {
    if (n.data('group') === 1) nodes.push(...(state.quotes.get(n.data('speaker')) || { items: new Map() }).items.keys());
    else nodes.push(n.id());
  }
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
const imageName = () => fileName('newsgraph', $('#view-title').textContent);
$('#export-png').addEventListener('click', () => {
  if (!cy || cy.nodes().not('.hidden').empty()) { banner('Nothing on screen to export', true); return; }
  exportPNG(cy, imageName());
});
$('#export-svg').addEventListener('click', () => {
  if (!cy || cy.nodes().not('.hidden').empty()) { banner('Nothing on screen to export', true); return; }
  exportSVG(cy, imageName());
});

// Esc closes the filters, else the evidence panel (an open list of
// suggestions closes first: it stops the key from reaching here).
document.addEventListener('keydown', (ev) => {
  if (ev.key !== 'Escape') return;
  const filters = $('#filters');
  if (filters.open) { filters.open = false; filters.querySelector('summary').focus(); return; }
  if (!$('#side-evidence').hidden) hideEvidence();
});
