// The graph drawing shared by the explore view and the Gizmo console:
// cytoscape's style for entities, quotes and grouped quotes, and the
// layouts the explore view offers.
import { typeStyle } from './dom.js';

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
    // One node stands for all of a speaker's quotes until it is opened.
    {
      selector: 'node[group = 1]',
      style: {
        width: 30, height: 30, 'font-size': 13, 'font-style': 'normal', 'font-weight': 600, color: '#334155',
        'border-width': 3, 'border-style': 'double', 'border-color': '#ffffff',
      },
    },
    { selector: 'edge[label = "said"]', style: { 'line-style': 'dashed', 'line-color': '#cbd5e1', 'target-arrow-color': '#cbd5e1', color: '#64748b' } },
    { selector: 'node.center', style: { 'border-width': 4, 'border-color': '#0f172a', 'font-weight': 700, 'font-size': 16 } },
    { selector: 'node.expanded', style: { 'border-color': '#334155', 'border-width': 3 } },
    { selector: 'node.more', style: { 'border-style': 'dashed', 'border-color': '#64748b' } },
    {
      selector: 'edge',
      style: {
        width: (e) => Math.min(1.5 + ((e.data('count') || 1) - 1) * 0.8, 5),
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

export const reducedMotion = () => window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

// layoutOptions are cytoscape layout options for the chosen layout.
// fresh, when given, are the nodes an expansion just added: the force
// layout then keeps every other node where it is and animates only them.
export function layoutOptions(cy, name, fit, fresh) {
  const center = cy.nodes('.center');
  const common = { fit, padding: 40, nodeDimensionsIncludeLabels: true, animate: false };
  if (name === 'concentric') {
    // The centre in the middle, then rings by number of relations.
    return { ...common, name, minNodeSpacing: 24, startAngle: 1.5 * Math.PI,
      concentric: (n) => (n.hasClass('center') ? 1e6 : n.degree()), levelWidth: () => 2 };
  }
  if (name === 'breadthfirst') {
    return { ...common, name, directed: false, spacingFactor: 1.15, roots: center.nonempty() ? center : undefined };
  }
  if (name === 'circle') return { ...common, name, spacingFactor: 1.1 };
  const n = cy.nodes().length;
  const opts = {
    name: 'fcose',
    // A first drawing needs no more than the default quality: "proof"
    // runs twice the iterations for a difference the eye does not see
    // at this size, and the first drawing is what the user waits for.
    quality: 'default',
    ...common,
    // Only expansions animate, so the eye can follow the new nodes; a
    // first drawing starts from random positions and is shown at once.
    animate: !!fresh && n < 200 && !reducedMotion(), animationDuration: 450,
    randomize: !fresh,
    // Quotes carry long labels: push them further apart and further out.
    nodeRepulsion: (x) => (x.data('type') === 'Quote' ? 30000 : 9000),
    idealEdgeLength: (e) => (e.data('label') === 'said' ? 130 : 110),
    edgeElasticity: () => 0.45,
    nodeSeparation: 90, numIter: 2500,
  };
  if (fresh) {
    // Keep what is on screen where it is; only place the new nodes.
    opts.fixedNodeConstraint = cy.nodes().not(fresh).not('.hidden').map((x) => ({ nodeId: x.id(), position: { ...x.position() } })).slice(0, 500);
  }
  return opts;
}
