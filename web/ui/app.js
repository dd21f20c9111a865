// newsgraph UI: one page, several views, one module each — explore
// (graph and side panel), overview, Gizmo console, add article, paths
// (how two entities connect) and text (what was written and said) — on
// shared DOM, API, navigation and combobox helpers. esbuild bundles them.
//
// Safety rule for every module: text from the store is hostile input and
// reaches the page only as text (see dom.js), never as HTML.
import './prefetch.js';
import { api, q } from './api.js';
import { $, banner } from './dom.js';
import { setRouter, currentParams, navigate } from './nav.js';
import { combobox } from './combobox.js';
import { ensureCy, focus, showExplore, exploreParams, showNothing, shown, renderLegend, setNodeCap } from './explore.js';
import { loadOverview } from './overview.js';
import { loadCanned } from './gizmo.js';
import './add.js';
import { showPaths } from './paths.js';
import { showText } from './text.js';
import { showTimeline } from './timeline.js';
import { showReader } from './reader.js';

let info = { write: false };

setRouter(route);
window.addEventListener('popstate', route);

async function route() {
  const p = currentParams();
  const view = p.get('view') || ((p.get('q') || p.get('id') || p.get('doc')) ? 'explore' : null);
  if (view === 'paths') { showView('paths'); showPaths(p); return; }
  if (view === 'text') { showView('text'); showText(p); return; }
  if (view === 'timeline') { showView('timeline'); showTimeline(p); return; }
  if (view === 'reader') { showView('reader'); showReader(p); return; }
  if (p.get('q') && !p.get('id')) {
    // /?q=NAME: open the best match directly, so links can be shared.
    const name = p.get('q');
    $('#search').value = name;
    showView('explore');
    try {
      const hits = await api('api/search?' + q({ q: name, limit: 1 }));
      if (hits.length) {
        history.replaceState(null, '', '?' + q({ q: name, id: hits[0].id }));
        showExplore(new URLSearchParams({ id: hits[0].id }));
      } else {
        showNothing('No entity matches “' + name + '”');
        banner('Nothing found for “' + name + '”', true);
      }
    } catch (e) {
      showNothing('Search failed');
      banner(e.message, true);
    }
    return;
  }
  // An entity or a document, with the expansions, filters and selection
  // the URL holds (urlstate.js).
  if (p.get('id') || p.get('doc')) { showView('explore'); showExplore(p); return; }
  showView(view || (focus() ? 'explore' : 'overview'));
}

function showView(name) {
  if (name === 'add' && !info.write) name = 'overview';
  for (const v of document.querySelectorAll('.view')) v.hidden = v.id !== 'view-' + name;
  for (const t of document.querySelectorAll('.tab')) {
    const on = t.dataset.view === name;
    t.classList.toggle('active', on);
    t.setAttribute('aria-selected', on ? 'true' : 'false');
    t.setAttribute('tabindex', on ? '0' : '-1');
  }
  if (name === 'overview') loadOverview();
  if (name === 'query') loadCanned();
  if (name === 'explore') shown();
}

// Tabs: click, or arrow keys between them (the ARIA tabs pattern).
const tabs = [...document.querySelectorAll('.tab')];
for (const t of tabs) {
  t.addEventListener('click', () => {
    const f = focus();
    if (t.dataset.view === 'explore' && f) navigate(exploreParams());
    else navigate({ view: t.dataset.view });
  });
  t.addEventListener('keydown', (ev) => {
    if (ev.key !== 'ArrowRight' && ev.key !== 'ArrowLeft') return;
    const vis = tabs.filter((x) => !x.hidden);
    const i = vis.indexOf(t);
    const next = vis[(i + (ev.key === 'ArrowRight' ? 1 : vis.length - 1)) % vis.length];
    next.focus();
    next.click();
  });
}
document.addEventListener('click', (ev) => {
  const a = ev.target.closest('a[data-nav]');
  if (a) { ev.preventDefault(); navigate({ view: a.dataset.nav }); }
});

// The main search box: pick an entity, or Enter to open the best match.
combobox($('#search'), $('#search-results'), (it) => navigate({ id: it.id }), (text) => navigate({ q: text }));

(async function start() {
  ensureCy();
  renderLegend();
  // The server's settings are needed only by the add view and "Show
  // more": every other view starts loading at once, beside them.
  const ready = api('api/info').then((i) => {
    info = i;
    $('#tab-add').hidden = !info.write;
    setNodeCap(info.nodeCap);
  }).catch(() => { /* read-only defaults */ });
  if (currentParams().get('view') === 'add') await ready;
  route();
})();
