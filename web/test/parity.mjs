// Runs the page's pure modules on cases given by a Python test (JSON on
// stdin) against a built site folder, and prints the results as JSON, so the
// test can compare them with the Python renderer and presenter.
//   {"site": "/path/to/site", "cases": [{"kind": "paint", "state": {...}}, ...]}
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeGeometry, decodeSkin } from '../src/data.js';
import { compose } from '../src/frame.js';
import { skinRGBA, nerveRGB, discRGB, toBytes } from '../src/paint.js';
import { spotAt, spotAnswer, spotRegions } from '../src/spots.js';
import { fitPreset, presetKey } from '../src/camera.js';
import { parseHash, toHash, pictureName } from '../src/state.js';

const req = JSON.parse(readFileSync(0, 'utf8'));
const read = (name) => readFileSync(join(req.site, 'data', name));
const json = (name) => JSON.parse(read(name).toString('utf8'));
const site = { scene: json('scene.json'), panels: json('panels.json'), labels: json('labels.json'),
  spots: json('spots.json') };
const geo = json('geometry.json');
site.meshes = { ...decodeGeometry(geo['coarse.bin'], new Uint8Array(read('coarse.bin')), 'coarse.bin'),
  ...decodeGeometry(geo['geometry.bin'], new Uint8Array(read('geometry.bin'))) };
site.skin = decodeSkin(site.scene.skin, new Uint8Array(read('skin.bin')));

const b64 = (u8) => Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength).toString('base64');
const asState = (s) => ({ ...s, layers: new Set(s.layers), marks: [] });

const out = [];
for (const c of req.cases) {
  if (c.kind === 'paint') {
    const f = compose(asState(c.state), site);
    out.push({
      skin: b64(toBytes(skinRGBA(site.skin, f.skin, site.scene.skin.weights))),
      nerves: b64(toBytes(nerveRGB(site.meshes.nerves, f.nerves))),
      discs: b64(toBytes(discRGB(site.meshes.discs.level, f.discs))),
      discsHidden: f.discs.hidden.map((k) => site.scene.scene.disc_levels[k]),
      parts: f.parts,
      picture: f.picture,
      labels: f.labels.map((l) => l.key),
      panel: f.panel,
    });
  } else if (c.kind === 'spot') {
    // a tap on display-skin vertex c.vertex, on the c.tap side of the midline
    const { side, set } = spotAt(site.skin, c.vertex, c.tap);
    out.push({ side, set, regions: spotRegions(site.spots, set) });
  } else if (c.kind === 'answer') {
    out.push(spotAnswer(site.spots, c.set, c.mode, c.map));
  } else if (c.kind === 'camera') {
    const C = site.scene.cameras;
    out.push(fitPreset(C.presets[presetKey(c.view, c.side)], c.aspect, C.free));
  } else if (c.kind === 'hash') {
    const r = parseHash(c.hash, site.scene.catalog);
    out.push({ state: { ...r.state, layers: [...r.state.layers].sort() }, bad: r.bad,
      back: r.bad.length ? null : toHash(r.state, site.scene.catalog), name: pictureName(r.state) });
  } else if (c.kind === 'geometry') {
    const m = site.meshes[c.id];
    out.push({ positions: b64(new Uint8Array(m.positions.buffer)), index: Array.from(m.index.slice(0, c.n || 60)) });
  } else {
    throw new Error(`unknown case ${c.kind}`);
  }
}
process.stdout.write(JSON.stringify(out));
