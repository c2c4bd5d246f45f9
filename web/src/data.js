// Loads the site's data: manifest first, then the files it lists, each
// checked against the manifest's size; a missing or damaged file becomes one
// clear message (what, and how to rebuild). A single-file page carries the
// same files inline (window.FSV_INLINE: name -> base64 of the gzip bytes).

// A data file that is missing or damaged: `key` names the sentence in
// annotations/text (section web), `fill` what goes into it.
export class DataError extends Error {
  constructor(key, fill = {}) {
    super(`${key} ${JSON.stringify(fill)}`);
    this.key = key;
    this.fill = fill;
  }
}

async function gunzip(bytes) {
  const ds = new DecompressionStream('gzip');
  const stream = new Blob([bytes]).stream().pipeThrough(ds);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function b64(s) {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

// What index.html carries (build-web writes it): the page's words, the
// site's version and the size of every data file.
export function readBoot() {
  try {
    const b = JSON.parse(document.getElementById('fsv-boot').textContent);
    if (b && typeof b === 'object') return b;
  } catch (e) { /* a page not written by build-web */ }
  return {};
}

async function fetchBytes(base, name, version) {
  const inline = globalThis.FSV_INLINE;
  if (inline) {
    if (!(name in inline)) throw new DataError('data-not-inline', { file: name });
    return gunzip(b64(inline[name]));
  }
  let res;
  try {
    // the version in the address: the fetch the preload hint started, and a
    // rebuilt site is never mixed with a cached older file
    res = await fetch(new URL(`${name}?v=${version}`, base));
  } catch (e) {
    throw new DataError('data-not-fetched', { file: name, error: e.message });
  }
  if (!res.ok) throw new DataError('data-http', { file: name, status: res.status });
  return new Uint8Array(await res.arrayBuffer());
}

export const FORMAT = 2;
//: what the first image needs, then what follows it (footspine_viz/web/build.py FIRST, LATER)
export const FIRST = ['scene.json', 'geometry.json', 'coarse.bin', 'skin.bin', 'panels.json'];
export const LATER = ['geometry.bin', 'labels.json', 'spots.json'];

// The site: what the first image needs is awaited (scene, the coarse meshes,
// skin, panels); the display meshes, the labels and the answers for skin taps
// arrive in `site.later` (all fetched at once, decoded after the first image).
export async function loadSite(base, boot) {
  if (boot.format !== FORMAT || !boot.files || !boot.version) {
    throw new DataError('data-old-page');
  }
  const get = async (name) => {
    const size = boot.files[name];
    if (size === undefined) throw new DataError('data-unlisted', { file: `data/${name}` });
    const bytes = await fetchBytes(base, `data/${name}`, boot.version);
    if (bytes.length !== size) {
      throw new DataError('data-size', { file: `data/${name}`, got: bytes.length, want: size });
    }
    return bytes;
  };
  const later = LATER.map(get);
  later.forEach((p) => p.catch(() => {}));
  const [scene, geoIndex, coarseBin, skinBin, panels] = await Promise.all(FIRST.map(get));
  performance.mark('fsv:fetched');
  const site = {
    scene: parseJson('data/scene.json', scene),
    geometry: parseJson('data/geometry.json', geoIndex),
    panels: parseJson('data/panels.json', panels),
    labels: null,
    spots: null,
    full: false,
  };
  if (site.scene.format !== FORMAT) throw new DataError('data-format', { file: 'data/scene.json' });
  performance.mark('fsv:parsed');
  site.meshes = decodeGeometry(site.geometry['coarse.bin'], coarseBin, 'coarse.bin');
  site.skin = decodeSkin(site.scene.skin, skinBin);
  performance.mark('fsv:decoded');
  site.later = (async () => {
    const [geoBin, labels, spots] = await Promise.all(later);
    Object.assign(site.meshes, decodeGeometry(site.geometry['geometry.bin'], geoBin, 'geometry.bin'));
    site.full = true;
    site.labels = parseJson('data/labels.json', labels);
    site.spots = parseJson('data/spots.json', spots);
    return site;
  })();
  return site;
}

function parseJson(name, bytes) {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    throw new DataError('data-json', { file: name });
  }
}

const TYPES = { uint8: Uint8Array, uint16: Uint16Array, int32: Int32Array, float32: Float32Array };

function view(buf, a, name, file) {
  const T = TYPES[a.type];
  if (!T || a.offset + a.length * T.BYTES_PER_ELEMENT > buf.byteLength) {
    throw new DataError('data-damaged', { file: `data/${file}`, part: name });
  }
  return new T(buf.buffer, buf.byteOffset + a.offset, a.length);
}

// id -> {positions: Float32Array, index: Uint16/32Array, extra attributes}
// (positions are 16-bit steps inside the file's box, indices differences)
export function decodeGeometry(index, bytes, file = 'geometry.bin') {
  const buf = bytes.byteOffset % 4 ? bytes.slice() : bytes;
  const [lo, hi] = index.box;
  const sx = (hi[0] - lo[0]) / 65535, sy = (hi[1] - lo[1]) / 65535, sz = (hi[2] - lo[2]) / 65535;
  const out = {};
  for (const m of index.meshes) {
    const q = view(buf, m.attributes.position, `${m.id} positions`, file);
    const pos = new Float32Array(q.length);
    for (let i = 0; i < q.length; i += 3) {
      pos[i] = q[i] * sx + lo[0];
      pos[i + 1] = q[i + 1] * sy + lo[1];
      pos[i + 2] = q[i + 2] * sz + lo[2];
    }
    const d = view(buf, m.attributes.index, `${m.id} indices`, file);
    const idx = m.vertices < 65536 ? new Uint16Array(d.length) : new Uint32Array(d.length);
    let acc = 0, bad = false;
    for (let i = 0; i < d.length; i++) {
      acc += d[i];
      bad = bad || acc < 0 || acc >= m.vertices;
      idx[i] = acc;
    }
    if (bad) throw new DataError('data-index', { file: `data/${file}`, part: m.id });
    const mesh = { id: m.id, positions: pos, index: idx };
    for (const [name, a] of Object.entries(m.attributes)) {
      if (name !== 'position' && name !== 'index') mesh[name] = view(buf, a, `${m.id} ${name}`, file);
    }
    out[m.id] = mesh;
  }
  return out;
}

// Region weights per display-skin vertex, the vertex's side, the stripes and
// the region set a tap there asks about (for a tap left and right of the midline).
export function decodeSkin(info, bytes) {
  const n = info.vertices;
  const R = info.regions.length;
  const need = R * 2 * n * 2 + 2 * n + 2 * 2 * n;
  if (bytes.length < need) throw new DataError('data-size', { file: 'data/skin.bin', got: bytes.length, want: need });
  const buf = bytes.byteOffset % 2 ? bytes.slice() : bytes;
  const w = new Uint16Array(buf.buffer, buf.byteOffset, R * 2 * n);
  const cache = new Map();
  const ri = new Map(info.regions.map((r, i) => [r, i]));
  return {
    vertices: n,
    regions: info.regions,
    sides: buf.subarray(R * 2 * n * 2, R * 2 * n * 2 + n),
    stripes: buf.subarray(R * 2 * n * 2 + n, R * 2 * n * 2 + 2 * n),
    spotSet: new Uint16Array(buf.buffer, buf.byteOffset + R * 2 * n * 2 + 2 * n, 2 * n),
    weight(region, side) {
      const key = `${region}|${side}`;
      if (!cache.has(key)) {
        const i = ri.get(region);
        if (i === undefined || (side !== 'left' && side !== 'right')) return null;
        const s = w.subarray((i * 2 + (side === 'right' ? 1 : 0)) * n, (i * 2 + (side === 'right' ? 1 : 0) + 1) * n);
        const f = new Float32Array(n);
        for (let k = 0; k < n; k++) f[k] = s[k] / 65535;
        cache.set(key, f);
      }
      return cache.get(key);
    },
  };
}
