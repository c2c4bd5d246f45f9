// Builds the page into footspine_viz/web/static (or the folder given as the
// first argument): app.js (esbuild bundle of src/main.js with three.js and
// three-mesh-bvh), app.css, index.html and the service worker template.
// Deterministic: same lock file and sources give the same bytes.
import { build } from 'esbuild';
import { mkdirSync, copyFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(process.argv[2] || join(here, '..', 'footspine_viz', 'web', 'static'));
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const common = { bundle: true, minify: true, legalComments: 'eof', logLevel: 'warning', charset: 'utf8' };
await build({ ...common, entryPoints: [join(here, 'src', 'main.js')], outfile: join(out, 'app.js'),
  format: 'iife', target: ['chrome100', 'firefox100', 'safari15'] });
await build({ ...common, entryPoints: [join(here, 'src', 'style.css')], outfile: join(out, 'app.css') });
copyFileSync(join(here, 'src', 'index.html'), join(out, 'index.html'));
copyFileSync(join(here, 'src', 'sw.js'), join(out, 'sw.js'));
console.log(`built ${out}`);
