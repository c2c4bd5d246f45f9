// State -> frame: what to draw for a view state, composed from the parts of
// the scene description's frames that the build stored (data/scene.json
// "frames", labels.json, panels.json). The one module that knows how those
// parts are keyed; a test compares what it composes with describe().
//
// A state: {root, site, side, map, mode, view, layers:Set, opacity, marks:[]}.

export function selectionKey(state) {
  if (state.root) return `root:${state.root}`;
  if (state.site) return `site:${state.site}`;
  return 'home';
}

export const sidesOf = (side) => (side === 'both' ? ['left', 'right'] : [side]);

export function compose(state, site) {
  const S = site.scene;
  const F = S.frames;
  const sel = selectionKey(state);
  const L = state.layers;
  const k3v = `${sel}|${state.side}|${state.view}`;

  const nerves = F.nerves.table[F.nerves.states[k3v]];

  const sk = F.skin[`${sel}|${state.side}|${state.map}`];
  const layers = [
    ...(L.has('dermatomes') ? sk.full.filter((l) => l.kind === 'dermatome') : []),
    ...(L.has('peripheral') ? sk.full : sk.bare).filter((l) => l.kind === 'territory'),
  ];
  const pn = F.pain[`${sel}|${state.side}`];
  const skin = { base: F.skin_base, opacity: state.opacity, layers,
    pain: L.has('pain') ? pn.full : pn.bare, painRgb: F.pain_rgb };

  const dk = F.discs.table[F.discs.states[k3v]];
  const discs = { base: F.disc_rgb, tints: dk.tints, hidden: dk.hidden };

  // each state's parts with every layer on; a part whose layer is off is hidden
  const all = F.parts.table[F.parts.states[k3v]];
  const hiddenBy = new Set();
  for (const [layer, ids] of Object.entries(F.parts.gates)) if (!L.has(layer)) ids.forEach((id) => hiddenBy.add(id));
  const parts = {};
  for (const [id, p] of Object.entries(all)) {
    parts[id] = { visible: p.visible && !hiddenBy.has(id), translation: p.shift };
    if (p.rgb) { parts[id].rgb = p.rgb; parts[id].opacity = p.opacity; }
  }

  // (labels.json arrives after the first image: no labels until then)
  const LB = site.labels;
  const lk = `${sel}|${state.side}|${state.mode}|${state.view}|${state.map}|${+L.has('dermatomes')}|${+L.has('peripheral')}`;
  const labelIds = (LB && L.has('labels') && LB.lists[LB.states[lk]]) || [];
  const labels = labelIds.map((i) => LB.table[i]).filter((l) => (parts[l.target] ? parts[l.target].visible : false));

  const P = F.pictures;
  const k3 = `${sel}|${state.side}|${state.mode}`;
  const picture = {
    title: P.title[k3],
    subtitle: P.subtitle[`${state.map}|${state.view}|${state.mode}|${+L.has('dermatomes')}|${+(skin.pain.length > 0)}`],
    legend: P.legend[`${k3}|${+L.has('dermatomes')}|${+L.has('pain')}|${+L.has('peripheral')}`],
    caption: P.caption[k3],
    urgent: P.urgent[k3],
    safety_net: P.safety_net[k3],
  };
  const panelId = site.panels.states[`${sel}|${state.side}|${state.mode}|${state.map}`];
  return { sel, nerves, skin, discs, parts, labels, picture, panel: site.panels.table[panelId],
    camera: { view: state.view, side: state.side } };
}
