// Exports of the explore view's graph: PNG (cytoscape's own renderer) or
// SVG (written here from the node positions, labels and edge geometry).
// The side panel's tables go through tables.js, as every view's do.
//
// Safety: labels enter the SVG as text nodes, escaped by XMLSerializer.
import { typeStyle } from './dom.js';

// saveBlob offers blob as a download named name.
export function saveBlob(blob, name) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 5000);
}

export function exportPNG(cy, name) {
  const blob = cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff', maxWidth: 8000, maxHeight: 8000 });
  saveBlob(blob, name + '.png');
}

const NS = 'http://www.w3.org/2000/svg';
function svgEl(tag, attrs, text) {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}
const f1 = (v) => Math.round(v * 10) / 10;

// shapePath is an SVG outline of a cytoscape node shape of width w
// centred on (x, y).
function shapeEl(shape, x, y, w) {
  const r = w / 2;
  if (shape === 'ellipse') return svgEl('circle', { cx: f1(x), cy: f1(y), r: f1(r) });
  if (shape.includes('rectangle') || shape.includes('tag')) {
    return svgEl('rect', { x: f1(x - r), y: f1(y - r), width: f1(w), height: f1(w), rx: f1(w / 6) });
  }
  const unit = {
    'round-hexagon': [[-0.5, -1], [0.5, -1], [1, 0], [0.5, 1], [-0.5, 1], [-1, 0]],
    'round-diamond': [[0, -1], [1, 0], [0, 1], [-1, 0]],
    'round-triangle': [[0, -1], [1, 1], [-1, 1]],
    star: [[0, -1], [0.29, -0.31], [1, -0.31], [0.43, 0.14], [0.64, 0.95], [0, 0.45], [-0.64, 0.95], [-0.43, 0.14], [-1, -0.31], [-0.29, -0.31]],
  }[shape] || [[-1, -1], [1, -1], [1, 1], [-1, 1]];
  return svgEl('polygon', { points: unit.map(([a, b]) => `${f1(x + a * r)},${f1(y + b * r)}`).join(' ') });
}

// wrapLines breaks a label into lines of about max characters, as the
// canvas wraps it.
function wrapLines(text, max) {
  const lines = [];
  let cur = '';
  for (const w of String(text).split(/\s+/)) {
    if (cur && (cur + ' ' + w).length > max) { lines.push(cur); cur = w; } else cur = cur ? cur + ' ' + w : w;
  }
  if (cur) lines.push(cur);
  return lines.slice(0, 4);
}

// buildSVG writes the visible graph as an SVG document (a string): node
// shapes in their type colours at their positions, labels below them,
// edges along cytoscape's own endpoints and control points, with arrows
// and labels.
export function buildSVG(cy) {
  const els = cy.elements().filter((e) => e.visible());
  const bb = els.boundingBox({ includeLabels: true });
  const pad = 20;
  const w = Math.max(1, bb.w + 2 * pad), h = Math.max(1, bb.h + 2 * pad);
  const svg = svgEl('svg', {
    xmlns: NS, width: Math.ceil(w), height: Math.ceil(h),
    viewBox: `${f1(bb.x1 - pad)} ${f1(bb.y1 - pad)} ${f1(w)} ${f1(h)}`,
    'font-family': 'system-ui, sans-serif',
  });
  svg.append(svgEl('title', {}, 'newsgraph view'));
  const defs = svgEl('defs');
  const marker = svgEl('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' });
  marker.append(svgEl('path', { d: 'M0,0 L10,5 L0,10 z', fill: '#94a3b8' }));
  defs.append(marker);
  svg.append(defs);
  svg.append(svgEl('rect', { x: f1(bb.x1 - pad), y: f1(bb.y1 - pad), width: f1(w), height: f1(h), fill: '#ffffff' }));

  const edges = svgEl('g', { class: 'edges', fill: 'none' });
  for (const e of els.edges()) {
    const s = e.sourceEndpoint(), t = e.targetEndpoint();
    const cps = e.controlPoints && e.controlPoints();
    const d = cps && cps.length === 1
      ? `M${f1(s.x)},${f1(s.y)} Q${f1(cps[0].x)},${f1(cps[0].y)} ${f1(t.x)},${f1(t.y)}`
      : `M${f1(s.x)},${f1(s.y)} L${f1(t.x)},${f1(t.y)}`;
    const g = svgEl('g', { class: 'edge', 'data-source': e.data('source'), 'data-target': e.data('target') });
    const dashed = e.data('open') === 1 || e.data('label') === 'said';
    g.append(svgEl('path', {
      d, stroke: e.hasClass('active') ? '#2563eb' : '#94a3b8', 'stroke-width': f1(Math.min(1.5 + ((e.data('count') || 1) - 1) * 0.8, 5)),
      'marker-end': 'url(#arrow)', ...(dashed ? { 'stroke-dasharray': '6 4' } : {}),
    }));
    const m = e.midpoint();
    g.append(svgEl('text', { x: f1(m.x), y: f1(m.y), 'font-size': 12, fill: '#334155', 'text-anchor': 'middle', 'paint-order': 'stroke', stroke: '#f8fafc', 'stroke-width': 3 }, e.data('label') || ''));
    edges.append(g);
  }
  svg.append(edges);

  const nodes = svgEl('g', { class: 'nodes' });
  for (const n of els.nodes()) {
    const p = n.position();
    const st = typeStyle(n.data('type'));
    const size = n.width();
    const g = svgEl('g', { class: 'node', 'data-id': n.id(), 'data-type': n.data('type') });
    // The whole name, as a tooltip and for screen readers (the label
    // below may be wrapped over lines).
    g.append(svgEl('title', {}, n.data('name') || ''));
    const sh = shapeEl(st.shape, p.x, p.y, size);
    sh.setAttribute('fill', st.color);
    sh.setAttribute('stroke', n.hasClass('center') ? '#0f172a' : '#ffffff');
    sh.setAttribute('stroke-width', n.hasClass('center') ? 4 : 2);
    g.append(sh);
    const fs = n.data('type') === 'Quote' ? 12.5 : 14;
    const lines = wrapLines(n.data('name') || '', n.data('type') === 'Quote' ? 26 : 20);
    const text = svgEl('text', {
      x: f1(p.x), y: f1(p.y + size / 2 + 4 + fs), 'font-size': fs, 'text-anchor': 'middle', fill: '#0f172a',
      'paint-order': 'stroke', stroke: '#ffffff', 'stroke-width': 2.5, 'font-weight': n.hasClass('center') ? 700 : 500,
    });
    lines.forEach((line, i) => text.append(svgEl('tspan', { x: f1(p.x), dy: i ? f1(fs * 1.15) : 0 }, line)));
    g.append(text);
    nodes.append(g);
  }
  svg.append(nodes);
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(svg);
}

export function exportSVG(cy, name) {
  saveBlob(new Blob([buildSVG(cy)], { type: 'image/svg+xml' }), name + '.svg');
}
