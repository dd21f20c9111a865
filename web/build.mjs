// Builds the UI into dist/, which the Go binary embeds: bundles ui/app.js,
// the view modules it imports, cytoscape and fcose (esbuild), and copies
// the static files. dist/ is git-ignored except for NOT-BUILT.txt, which
// keeps the embed pattern valid in a fresh clone.
import { build } from 'esbuild';
import { copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

const here = new URL('.', import.meta.url).pathname;
const ui = join(here, 'ui');
const dist = join(here, 'dist');

await mkdir(dist, { recursive: true });
for (const f of await readdir(dist)) {
  if (f !== 'NOT-BUILT.txt') await rm(join(dist, f), { recursive: true, force: true });
}
await build({
  entryPoints: [join(ui, 'app.js')],
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  legalComments: 'linked',
  outfile: join(dist, 'app.js'),
  logLevel: 'warning',
});
// The modules are bundled into app.js; the other files are copied.
for (const f of await readdir(ui)) {
  if (!f.endsWith('.js')) await copyFile(join(ui, f), join(dist, f));
}
console.log('web: UI built into', dist);
