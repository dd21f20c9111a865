// Builds the UI into dist/, which the Go binary embeds: bundles ui/app.js,
// the view modules it imports, cytoscape and fcose (esbuild), and copies
// the static files, and writes a .br and a .gz of each text file. dist/ is git-ignored except for NOT-BUILT.txt, which
// keeps the embed pattern valid in a fresh clone.
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { brotliCompressSync, gzipSync, constants as z } from 'node:zlib';
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
// Each text file also goes precompressed, at the highest settings, so the
// server (assets.go) sends NAME.br or NAME.gz as its encoding and never
// compresses per request. Files under 512 bytes are left alone (assets.go's
// minCompress): the framing would eat the gain.
const text = /\.(js|css|html|svg|txt)$/;
for (const f of await readdir(dist)) {
  if (!text.test(f) || f === 'NOT-BUILT.txt') continue;
  const data = await readFile(join(dist, f));
  if (data.length < 512) continue;
  await writeFile(join(dist, f + '.gz'), gzipSync(data, { level: 9 }));
  await writeFile(join(dist, f + '.br'), brotliCompressSync(data, {
    params: { [z.BROTLI_PARAM_QUALITY]: 11, [z.BROTLI_PARAM_MODE]: z.BROTLI_MODE_TEXT, [z.BROTLI_PARAM_SIZE_HINT]: data.length },
  }));
}
console.log('web: UI built into', dist);
