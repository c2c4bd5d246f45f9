// The view state in the address: #root=L5&side=left&view=foot-dorsal&map=lee-2008&mode=student
// (or #site=L4-L5-paracentral&side=left). Anything unknown falls back to Home
// with a quiet note naming what was not understood.

export const FIELDS = ['root', 'site', 'side', 'view', 'map', 'mode', 'layers', 'opacity'];

export function homeState(C, mode) {
  return {
    root: null, site: null, side: C.home.side, map: C.home.map, mode: mode || C.home.mode,
    view: C.home.view, layers: new Set(C.default_layers), opacity: C.home.skin_opacity, marks: [],
  };
}

// -> {state, bad: [strings]} ; bad non-empty means the address was refused whole
export function parseHash(hash, C, mode) {
  const home = homeState(C, mode);
  const text = (hash || '').replace(/^#/, '');
  if (!text) return { state: home, bad: [] };
  const q = new URLSearchParams(text);
  const bad = [];
  const st = { ...home, layers: new Set(home.layers), marks: [] };
  const roots = C.roots.map((r) => r.id);
  const sites = C.site_groups.flatMap((g) => g.items.map((i) => i.id));
  for (const [k, v] of q.entries()) {
    if (k === 'root') {
      const r = v.toUpperCase();
      if (roots.includes(r)) st.root = r; else bad.push(`root=${v}`);
    } else if (k === 'site') {
      if (sites.includes(v)) st.site = v; else bad.push(`site=${v}`);
    } else if (k === 'side') {
      if (C.sides.includes(v)) st.side = v; else bad.push(`side=${v}`);
    } else if (k === 'view') {
      if (C.views.includes(v)) st.view = v; else bad.push(`view=${v}`);
    } else if (k === 'map') {
      if (C.maps.some((m) => m.id === v)) st.map = v; else bad.push(`map=${v}`);
    } else if (k === 'mode') {
      if (v === 'patient' || v === 'student') st.mode = v; else bad.push(`mode=${v}`);
    } else if (k === 'layers') {
      const ls = v.split(',').filter(Boolean);
      if (ls.every((l) => C.layers.includes(l))) st.layers = new Set(ls); else bad.push(`layers=${v}`);
    } else if (k === 'opacity') {
      const x = Number(v);
      if (v !== '' && Number.isFinite(x) && x >= 0 && x <= 1) st.opacity = x; else bad.push(`opacity=${v}`);
    } else if (k === 'kiosk') {
      // a flag of the page, not of the state
    } else {
      bad.push(k);
    }
  }
  if (st.root && st.site) bad.push(`root=${q.get('root')}&site=${q.get('site')}`);  // one or the other
  if (bad.length) return { state: home, bad };
  if ((st.root || st.site) && !q.has('view')) st.view = C.suggested_view[st.root ? `root:${st.root}` : `site:${st.site}`];
  if (!q.has('opacity')) st.opacity = C.view_opacity[st.view];
  return { state: st, bad: [] };
}

export function toHash(st, C) {
  const q = new URLSearchParams();
  if (st.root) q.set('root', st.root);
  if (st.site) q.set('site', st.site);
  q.set('side', st.side);
  q.set('view', st.view);
  q.set('map', st.map);
  q.set('mode', st.mode);
  const def = [...C.default_layers].sort().join(',');
  const cur = [...st.layers].sort().join(',');
  if (cur !== def) q.set('layers', cur);
  if (Math.abs(st.opacity - C.view_opacity[st.view]) > 1e-9) q.set('opacity', String(st.opacity));
  return `#${q.toString()}`;
}

// File name of a saved picture: L5_left_foot-dorsal.png
export function pictureName(st) {
  const what = st.root || st.site || 'overview';
  return `${what}_${st.side}_${st.view}.png`;
}
