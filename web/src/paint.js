// Per-vertex colours from a frame: scene/paint.py's one blend rule, repeated
// here so that a pick recolours in the browser with no round trip (storing
// the colours of every state and layer mix would be absurd). A test runs
// this and scene/paint.py on the same states and compares the arrays.

export function hexRgb(h) {
  const s = h.replace('#', '');
  return [0, 2, 4].map((i) => parseInt(s.slice(i, i + 2), 16) / 255);
}

const clip01 = (x) => (x < 0 ? 0 : x > 1 ? 1 : x);

// Per-vertex weight of `key` in one map (key -> {region: weight}), summed over
// regions and sides, clipped to 0..1 (scene/dermatomes.py RegionPainter.field);
// for the vertices `verts` (all when null), in that order.
const FIELDS = new WeakMap();  // skin -> Map(mapWeights -> Map("key|sides" -> field))

export function field(skin, mapWeights, key, sides, verts = null) {
  if (!verts) {
    // a selection's fields come back as the visitor clicks around: computed once each
    // (a copy is returned: callers scale it in place)
    if (!FIELDS.has(skin)) FIELDS.set(skin, new Map());
    const byMap = FIELDS.get(skin);
    if (!byMap.has(mapWeights)) byMap.set(mapWeights, new Map());
    const cache = byMap.get(mapWeights);
    const k = `${key}|${sides.join(',')}`;
    if (!cache.has(k)) cache.set(k, computeField(skin, mapWeights, key, sides, null));
    return Float64Array.from(cache.get(k));
  }
  return computeField(skin, mapWeights, key, sides, verts);
}

function computeField(skin, mapWeights, key, sides, verts) {
  const n = verts ? verts.length : skin.vertices;
  const out = new Float64Array(n);
  const table = mapWeights[key] || {};
  for (const region of Object.keys(table)) {
    const w = table[region];
    for (const side of sides) {
      const arr = skin.weight(region, side);
      if (!arr) continue;
      if (verts) for (let i = 0; i < n; i++) out[i] += arr[verts[i]] * w;
      else for (let i = 0; i < n; i++) out[i] += arr[i] * w;
    }
  }
  for (let i = 0; i < n; i++) out[i] = clip01(out[i]);
  return out;
}

// Skin RGBA (floats 0..1, 4 per vertex) of a frame's skin (scene/paint.py skin_rgba):
// each dermatome layer mixed in proportion to its weight (times its scale), the
// territory layers as one field (their maximum, each times its scale), the pain
// layers as stripes over the result. For the vertices `verts` only, when given
// (the coarse skin's, before the display skin has arrived).
export function skinRGBA(skin, desc, weights, verts = null) {
  const n = verts ? verts.length : skin.vertices;
  const cols = new Float64Array(n * 3);
  for (let i = 0; i < n; i++) cols.set(desc.base, i * 3);
  const amount = new Float64Array(n);
  const fields = [];
  let territory = null, tRgb = null;
  for (const l of desc.layers) {
    const f = field(skin, weights[l.map], l.key, l.sides, verts);
    for (let i = 0; i < n; i++) f[i] *= l.scale;
    if (l.kind === 'territory') {
      if (territory) for (let i = 0; i < n; i++) territory[i] = Math.max(territory[i], f[i]);
      else territory = f;
      tRgb = l.rgb;
    } else {
      fields.push([l.rgb, f]);
    }
  }
  if (territory) fields.push([tRgb, territory]);
  if (fields.length) {
    for (let i = 0; i < n; i++) {
      let total = 0, r = 0, g = 0, b = 0, m = 0;
      for (const [c, f] of fields) {
        const w = f[i];
        r += w * c[0]; g += w * c[1]; b += w * c[2];
        total += w;
        if (w > m) m = w;
      }
      const a = clip01(m);
      const t = Math.max(total, 1e-6);
      cols[i * 3] = cols[i * 3] * (1 - a) + (r / t) * a;
      cols[i * 3 + 1] = cols[i * 3 + 1] * (1 - a) + (g / t) * a;
      cols[i * 3 + 2] = cols[i * 3 + 2] * (1 - a) + (b / t) * a;
      amount[i] = a;
    }
  }
  if (desc.pain.length) {
    // each pain layer at its own scale (a site paints its own pain pattern), their maximum
    const f = new Float64Array(n);
    for (const l of desc.pain) {
      const g = field(skin, weights[l.map], l.key, l.sides, verts);
      for (let i = 0; i < n; i++) {
        const v = g[i] * l.scale;
        if (v > f[i]) f[i] = v;
      }
    }
    for (let i = 0; i < n; i++) {
      const a = f[i] * skin.stripes[verts ? verts[i] : i];
      for (let k = 0; k < 3; k++) cols[i * 3 + k] = cols[i * 3 + k] * (1 - a) + desc.painRgb[k] * a;
      if (a > amount[i]) amount[i] = a;
    }
  }
  const op = desc.opacity;
  const out = new Float64Array(n * 4);
  for (let i = 0; i < n; i++) {
    out[i * 4] = cols[i * 3]; out[i * 4 + 1] = cols[i * 3 + 1]; out[i * 4 + 2] = cols[i * 3 + 2];
    out[i * 4 + 3] = op + (Math.max(op, 0.85) - op) * clip01(amount[i] * 1.2);
  }
  return out;
}

// Nerve RGB per tube vertex: dim base when something is lit, muted root tints
// in the close-up, lit segments from their start arc (half-lit above it).
export function nerveRGB(tubes, desc) {
  const n = tubes.segment.length;
  const base = desc.base;
  const out = new Float64Array(n * 3);
  for (let i = 0; i < n; i++) out.set(base, i * 3);
  const tint = new Map(desc.tints.map(([k, rgb]) => [k, rgb]));  // muted root colours (close-up)
  const light = new Map(desc.lights.map(([k, rgb, start]) => [k, [rgb, start]]));
  for (let i = 0; i < n; i++) {
    const s = tubes.segment[i];
    const t = tint.get(s);
    if (t) out.set(t, i * 3);
    const l = light.get(s);
    if (!l) continue;
    const [rgb, start] = l;
    const arc = tubes.arc[i];
    const bright = rgb.map((c) => clip01(c * 1.12 + 0.04));
    if (arc >= start - 1e-6) out.set(bright, i * 3);
    else if (start > 0) for (let k = 0; k < 3; k++) out[i * 3 + k] = 0.5 * bright[k] + 0.5 * base[k];
  }
  return out;
}

// Disc RGB per vertex: the affected level in its tint (scene/paint.py disc_rgb).
export function discRGB(levels, desc) {
  const out = new Float64Array(levels.length * 3);
  const tint = new Map(desc.tints);
  for (let i = 0; i < levels.length; i++) out.set(tint.get(levels[i]) || desc.base, i * 3);
  return out;
}

// The renderer's conversion to 8-bit colours (truncation, as numpy's astype);
// rgba = true: 3 floats per vertex in, RGBA out (opaque).
export function toBytes(floats, rgba = false) {
  if (rgba) {
    const n = floats.length / 3;
    const out = new Uint8Array(n * 4);
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < 3; k++) out[i * 4 + k] = Math.floor(clip01(floats[i * 3 + k]) * 255);
      out[i * 4 + 3] = 255;
    }
    return out;
  }
  const out = new Uint8Array(floats.length);
  for (let i = 0; i < floats.length; i++) out[i] = Math.floor(clip01(floats[i]) * 255);
  return out;
}
