// Add an article (only with serve --write).
import { api } from './api.js';
import { $, banner } from './dom.js';
import { navigate } from './nav.js';
import { invalidateDocuments } from './explore.js';
import { invalidateCanned } from './gizmo.js';

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
    const msg = r.added ? `Stored ${r.quads} quads from ${source}: ${r.entities} entities.` : `${source} is already in the store: nothing new added.`;
    st.textContent = msg;
    invalidateCanned();
    invalidateDocuments();
    navigate({ doc: r.document.id });
    // The add view is hidden now: say what happened where it is seen.
    banner(msg);
  } catch (e) {
    st.textContent = 'Failed: ' + e.message;
  } finally { btn.disabled = false; }
});
