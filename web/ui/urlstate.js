// The explore view's state as URL parameters, so that a view can be kept
// as a bookmark, shared as a link and walked with back and forward:
//
//   id=IRI | doc=IRI   what is explored (an entity or a document)
//   limit=N            "Show more" raised the node cap
//   x=KEY (repeated)   expansions, in the order they were made:
//                        "n IRI"       a node's neighbourhood
//                        "r IRI PRED"  a node's facts along one relation
//                        "q IRI"       a speaker's grouped quotes opened
//   h=IRI (repeated)   nodes hidden by hand
//   fp=PRED, ft=TYPE   relations and entity types filtered out (repeated)
//   fd=DOC, fo=1       only facts from one document; open relations hidden
//   e=S P O            the selected edge, whose evidence is shown
//   layout=NAME        the layout, when it is not the default force layout
//
// IRIs hold no spaces, so a space separates the parts of one value.

export const LAYOUTS = [
  ['fcose', 'Force'],
  ['concentric', 'Concentric'],
  ['breadthfirst', 'Tree'],
  ['circle', 'Circle'],
];
export const DEFAULT_LAYOUT = 'fcose';
const layoutNames = new Set(LAYOUTS.map((l) => l[0]));

// encodeExplore turns the view's state into URL parameters.
export function encodeExplore(s) {
  const p = new URLSearchParams();
  if (!s.focus) return p;
  p.set(s.focus.kind === 'document' ? 'doc' : 'id', s.focus.id);
  if (s.limit) p.set('limit', String(s.limit));
  for (const k of s.expansions) p.append('x', k);
  for (const h of s.hidden) p.append('h', h);
  for (const pr of s.filters.predicates) p.append('fp', pr);
  for (const t of s.filters.types) p.append('ft', t);
  if (s.filters.document) p.set('fd', s.filters.document);
  if (s.filters.hideOpen) p.set('fo', '1');
  if (s.edge) p.set('e', [s.edge.s, s.edge.p, s.edge.o].join(' '));
  if (s.layout && s.layout !== DEFAULT_LAYOUT) p.set('layout', s.layout);
  return p;
}

// decodeExplore reads URL parameters back; what it cannot read it leaves
// out (a hand-edited link opens what it can).
export function decodeExplore(p) {
  const focus = p.get('id') ? { kind: 'entity', id: p.get('id') } : p.get('doc') ? { kind: 'document', id: p.get('doc') } : null;
  const limit = Math.max(0, parseInt(p.get('limit') || '0', 10) || 0);
  const expansions = p.getAll('x').filter(validExpansion);
  const e = (p.get('e') || '').split(' ');
  const layout = layoutNames.has(p.get('layout')) ? p.get('layout') : DEFAULT_LAYOUT;
  return {
    focus,
    limit,
    expansions,
    hidden: new Set(p.getAll('h').filter(Boolean)),
    filters: {
      predicates: new Set(p.getAll('fp').filter(Boolean)),
      types: new Set(p.getAll('ft').filter(Boolean)),
      document: p.get('fd') || '',
      hideOpen: p.get('fo') === '1',
    },
    edge: e.length === 3 && e.every(Boolean) ? { s: e[0], p: e[1], o: e[2] } : null,
    layout,
  };
}

// An expansion key: its kind, the node it starts from and, for a
// relation, the predicate.
export function parseExpansion(k) {
  const [kind, id, pred] = String(k).split(' ');
  return { kind, id, pred };
}
function validExpansion(k) {
  const x = parseExpansion(k);
  if (!x.id) return false;
  return x.kind === 'n' || x.kind === 'q' || (x.kind === 'r' && !!x.pred);
}
