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

//: drawables hidden with the bones layer (scene/describe.py ANATOMY_PARTS)
const ANATOMY = new Set(['bones', 'spine', 'vertebra.L4', 'vertebra.L5', 'discs', 'dural-sac']);

export function compose(state, site) {
  const S = site.scene;
  const F = S.frames;
  const sel = selectionKey(state);
  const L = state.layers;
  const closeup = state.view === 'lumbar-closeup' ? 1 : 0;

  const nerves = F.nerves[`${sel}|${state.side}|${closeup}`];

  const sk = F.skin[`${sel}|${state.side}|${state.map}`];
  const layers = [
    ...(L.has('dermatomes') ? sk.full.filter((l) => l.kind === 'dermatome') : []),
    ...(L.has('peripheral') ? sk.full : sk.bare).filter((l) => l.kind === 'territory'),
  ];
  const skin = { base: F.skin_base, opacity: state.opacity, layers,
    pain: L.has('pain') ? F.pain[`${sel}|${state.side}`] : [], painRgb: F.pain_rgb };

  const discs = { base: F.disc_rgb, tints: F.discs[sel] };

  const all = F.parts.table[F.parts.states[`${sel}|${state.side}|${closeup}`]];
  const parts = {};
  for (const [id, p] of Object.entries(all)) {
    let visible = p.visible;
    if (id === 'skin') visible = visible && L.has('skin');
    else if (id === 'nerves') visible = visible && L.has('nerves');
    else if (ANATOMY.has(id)) visible = visible && L.has('bones');
    parts[id] = { visible, translation: p.shift };
  }

  const labelIds = site.labels.states[`${sel}|${state.side}|${state.mode}|${state.view}|${state.map}`] || [];
  const labels = !L.has('labels') ? [] : labelIds.map((i) => site.labels.table[i])
    .filter((l) => (parts[l.target] ? parts[l.target].visible : false) && (l.key !== 'skin.area' || L.has('dermatomes')));

  const P = F.pictures;
  const k3 = `${sel}|${state.side}|${state.mode}`;
  const picture = {
    title: P.title[k3],
    subtitle: P.subtitle[`${state.map}|${state.view}|${state.mode}|${+L.has('dermatomes')}|${+L.has('pain')}`],
    legend: P.legend[`${k3}|${+L.has('pain')}|${+L.has('peripheral')}`],
    caption: P.caption[state.mode],
    urgent: P.urgent[k3],
    safety_net: P.safety_net[k3],
  };
  const panelId = site.panels.states[`${sel}|${state.side}|${state.mode}|${state.map}`];
  return { sel, nerves, skin, discs, parts, labels, picture, panel: site.panels.table[panelId],
    camera: { view: state.view, side: state.side } };
}
