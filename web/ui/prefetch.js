// Imported first by app.js, so it runs before the bundled libraries are
// set up: it starts fetching the graph the URL asks for at once, and the
// explore view takes the answer when it is ready for it, instead of
// asking only after cytoscape's start-up (a third of the time to a drawn
// graph on a slow machine). The marks split that time for the benchmark
// (browser_bench_test.go): script start, data, layout (explore.js).
import { api, q } from './api.js';

performance.mark('ng:script');

// The API paths of an entity's or a document's graph: one place, so the
// prefetch and the view ask for the same thing.
export function graphPaths(focus, limit) {
  const l = limit > 0 ? { limit } : {};
  if (focus.kind === 'document') return { graph: 'api/document?' + q({ id: focus.id, ...l }) };
  return { graph: 'api/neighbourhood?' + q({ id: focus.id, ...l }), entity: 'api/entity?' + q({ id: focus.id }) };
}

const early = new Map();
{
  const p = new URLSearchParams(location.search);
  const view = p.get('view');
  const focus = p.get('id') ? { kind: 'entity', id: p.get('id') } : p.get('doc') ? { kind: 'document', id: p.get('doc') } : null;
  if (focus && (!view || view === 'explore')) {
    for (const path of Object.values(graphPaths(focus, parseInt(p.get('limit') || '0', 10) || 0))) {
      const pr = api(path);
      pr.catch(() => {}); // an error is reported by whoever takes it
      early.set(path, pr);
    }
  }
}

// fetchOnce answers path from the fetch started at load, once, or asks
// the API now.
export function fetchOnce(path) {
  const pr = early.get(path);
  if (pr) { early.delete(path); return pr; }
  return api(path);
}
