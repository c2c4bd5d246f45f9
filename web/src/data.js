// Loads the site's data: manifest first, then the files it lists, each
// checked against the manifest's size; a missing or damaged file becomes one
// clear message (what, and how to rebuild). A single-file page carries the
// same files inline (window.FSV_INLINE: name -> base64 of the gzip bytes).

export class DataError extends Error {
  constructor(what) { super(what); this.what = what; }
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

async function fetchBytes(base, name) {
  const inline = globalThis.FSV_INLINE;
  if (inline) {
    if (!(name in inline)) throw new DataError(`${name} is missing from this page`);
    return gunzip(b64(inline[name]));
  }
  let res;
  try {
    res = await fetch(new URL(name, base), { cache: 'no-cache' });
  } catch (e) {
    throw new DataError(`${name} could not be fetched (${e.message})`);
  }
  if (!res.ok) throw new DataError(`${name} is missing (HTTP ${res.status})`);
  return new Uint8Array(await res.arrayBuffer());
}

export const FORMAT = 2;

// The site: what the first image needs (scene, geometry, skin, panels) is
// awaited; the labels and the answers for skin taps arrive in `site.later`
// (fetched at once, parsed after the first image).
export async function loadSite(base, onProgress = () => {}) {
  const manifest = parseJson('manifest.json', await fetchBytes(base, 'manifest.json'));
  performance.mark('fsv:manifest');
  if (manifest.format !== FORMAT || !manifest.files) {
    throw new DataError('manifest.json is not a manifest of this footspine-viz version');
  }
  const get = async (name) => {
    const info = manifest.files[`data/${name}`];
    if (!info) throw new DataError(`data/${name} is not listed in manifest.json`);
    const bytes = await fetchBytes(base, `data/${name}`);
    if (bytes.length !== info.bytes) {
      throw new DataError(`data/${name} is damaged (${bytes.length} bytes, expected ${info.bytes})`);
    }
    onProgress(name);
    return bytes;
  };
  const labelBytes = get('labels.json');
  const spotBytes = get('spots.json');
  labelBytes.catch(() => {});
  spotBytes.catch(() => {});
  const [scene, geoIndex, geoBin, skinBin, panels] = await Promise.all([
    get('scene.json'), get('geometry.json'), get('geometry.bin'), get('skin.bin'), get('panels.json'),
  ]);
  performance.mark('fsv:fetched');
  const site = {
    manifest,
    scene: parseJson('data/scene.json', scene),
    geometry: parseJson('data/geometry.json', geoIndex),
    panels: parseJson('data/panels.json', panels),
    labels: null,
    spots: null,
  };
  if (site.scene.format !== FORMAT) throw new DataError('data/scene.json has an unknown format');
  performance.mark('fsv:parsed');
  site.meshes = decodeGeometry(site.geometry, geoBin);
  site.skin = decodeSkin(site.scene.skin, skinBin);
  performance.mark('fsv:decoded');
  site.later = (async () => {
    site.labels = parseJson('data/labels.json', await labelBytes);
    site.spots = parseJson('data/spots.json', await spotBytes);
    return site;
  })();
  return site;
}

function parseJson(name, bytes) {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    throw new DataError(`${name} is damaged (not valid JSON)`);
  }
}

const TYPES = { uint8: Uint8Array, uint16: Uint16Array, int32: Int32Array, float32: Float32Array };

function view(buf, a, name) {
  const T = TYPES[a.type];
  if (!T || a.offset + a.length * T.BYTES_PER_ELEMENT > buf.byteLength) {
    throw new DataError(`data/geometry.bin is damaged (${name} lies outside the file)`);
  }
  return new T(buf.buffer, buf.byteOffset + a.offset, a.length);
}

// id -> {positions: Float32Array, index: Uint16/32Array, extra attributes}
export function decodeGeometry(index, bytes) {
  const buf = bytes.byteOffset % 4 ? bytes.slice() : bytes;
  const [lo, hi] = index.box;
  const out = {};
  for (const m of index.meshes) {
    const q = view(buf, m.attributes.position, `${m.id} positions`);
    const pos = new Float32Array(q.length);
    for (let i = 0; i < q.length; i++) {
      const k = i % 3;
      pos[i] = (q[i] / 65535) * (hi[k] - lo[k]) + lo[k];
    }
    const d = view(buf, m.attributes.index, `${m.id} indices`);
    const idx = m.vertices < 65536 ? new Uint16Array(d.length) : new Uint32Array(d.length);
    let acc = 0;
    for (let i = 0; i < d.length; i++) {
      acc += d[i];
      if (acc < 0 || acc >= m.vertices) throw new DataError(`data/geometry.bin is damaged (${m.id} index out of range)`);
      idx[i] = acc;
    }
    const mesh = { id: m.id, positions: pos, index: idx };
    for (const [name, a] of Object.entries(m.attributes)) {
      if (name !== 'position' && name !== 'index') mesh[name] = view(buf, a, `${m.id} ${name}`);
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
  if (bytes.length < need) throw new DataError(`data/skin.bin is damaged (${bytes.length} bytes, need ${need})`);
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
