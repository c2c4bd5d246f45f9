// State -> frame: what to draw for a view state, composed from the parts the
// build stored (data/scene.json, labels.json, panels.json). This is the one
// module that knows how those parts are keyed; when the build writes whole
// frames from the pure scene description, only this file changes.
//
// A state: {root, site, side, map, mode, view, layers:Set, opacity, marks:[]}.

import { hexRgb } from './paint.js';

export function selectionKey(state) {
  if (state.root) return `root:${state.root}`;
  if (state.site) return `site:${state.site}`;
  return 'home';
}

export const sidesOf = (side) => (side === 'both' ? ['left', 'right'] : [side]);

export function compose(state, site) {
  const S = site.scene;
  const th = S.scene.theme;
  const sel = selectionKey(state);
  const layers = state.layers;
  const h = S.highlights[`${sel}|${state.side}`];
  const closeup = state.view === 'lumbar-closeup';
  const siteRec = state.site ? S.catalog.sites[state.site] : null;

  // nerves
  const nerveBase = hexRgb(h.active ? th.nerve_dim : th.nerve);
  const tints = [];
  if (closeup) {
    S.scene.segments.forEach((seg, k) => {
      if (seg.closeup) tints.push([k, hexRgb(S.skin.palette[seg.root] || '#888888')]);
    });
  }
  const nerves = { base: nerveBase, lights: h.nerves, tints };

  // skin layers (render/renderer.py skin_fields + the pain layer of _paint_skin)
  const sk = S.skin;
  const mapW = sk.weights[state.map];
  const skinLayers = [];
  const rootRgb = (r) => hexRgb(sk.palette[r] || '#888888');
  if (layers.has('dermatomes') && mapW) {
    if (h.roots.length) {
      for (const [r, strength] of h.roots) {
        skinLayers.push({ kind: 'dermatome', keys: [r], weights: mapW, sides: h.sides,
          rgb: rootRgb(r), scale: strength >= 1 ? 0.9 : 0.5 });
      }
    } else if (!h.peripheral.length) {
      for (const r of sk.roots) {
        skinLayers.push({ kind: 'dermatome', keys: [r], weights: mapW, sides: sidesOf(state.side),
          rgb: rootRgb(r), scale: 0.8 });
      }
    }
  }
  if ((h.peripheral.length || layers.has('peripheral')) && sk.territory) {
    const tw = sk.weights[sk.territory];
    skinLayers.push({ kind: 'territory', combine: 'max', weights: tw,
      keys: h.peripheral.length ? h.peripheral : Object.keys(tw).sort(),
      sides: h.peripheral.length ? h.sides : sidesOf(state.side), rgb: hexRgb(th.peripheral), scale: 0.85 });
  }
  if (layers.has('pain') && sk.pain) {
    const roots = h.roots.length ? h.roots.map(([r]) => r) : (h.peripheral.length ? [] : sk.roots);
    skinLayers.push({ kind: 'pain', combine: 'max', weights: sk.weights[sk.pain], keys: roots,
      sides: h.roots.length ? h.sides : sidesOf(state.side), rgb: hexRgb(th.pain), scale: 0.8 });
  }
  const skin = { base: hexRgb(th.skin), opacity: state.opacity, layers: skinLayers };

  // discs
  const lvl = siteRec && siteRec.level;
  const discs = { base: hexRgb(th.disc), tint: hexRgb(th.pathology),
    level: lvl && ['disc-herniation', 'stenosis', null, undefined].includes(siteRec.group)
      ? S.scene.disc_levels.indexOf(lvl) : -1 };

  // parts: visibility and the slipped vertebra's translation
  const bones = layers.has('bones');
  const parts = {
    skin: { visible: layers.has('skin') && !closeup },
    bones: { visible: bones }, spine: { visible: bones }, 'dural-sac': { visible: bones },
    discs: { visible: bones }, nerves: { visible: layers.has('nerves') },
    'vertebra.L4': { visible: bones, translation: [0, 0, 0] },
    'vertebra.L5': { visible: bones, translation: [0, 0, 0] },
  };
  const sides = sidesOf(state.side);
  for (const sh of S.scene.shapes) {
    if (sh.kind === 'slip') {
      if (sh.site === state.site && (sh.side === null || sides.includes(sh.side))) {
        parts[sh.target].translation = sh.shift.slice();
      }
      continue;
    }
    const on = sh.site === state.site && (sh.side === null || sides.includes(sh.side) || state.side === 'both');
    parts[sh.mesh] = { visible: on };
  }

  // labels, words
  const labelIds = (site.labels.states[`${sel}|${state.side}|${state.mode}|${state.view}|${state.map}`]) || [];
  const labels = layers.has('labels')
    ? labelIds.map((i) => site.labels.table[i]).filter((l) => labelVisible(l, parts, layers))
    : [];
  const P = S.pictures;
  const picture = {
    title: P.title[`${sel}|${state.side}|${state.mode}`],
    subtitle: P.subtitle[`${state.map}|${state.view}|${+layers.has('dermatomes')}|${+layers.has('pain')}`],
    legend: P.legend[`${sel}|${state.side}|${+layers.has('pain')}|${+layers.has('peripheral')}`],
    caption: P.caption[state.mode],
    banner: P.banner[`${sel}|${state.side}|${state.mode}`],
  };
  const panelId = site.panels.states[`${sel}|${state.side}|${state.mode}|${state.map}`];
  return { sel, nerves, skin, discs, parts, labels, picture, panel: site.panels.table[panelId],
    camera: { view: state.view, side: state.side } };
}

function labelVisible(l, parts, layers) {
  if (l.layer && !layers.has(l.layer)) return false;
  if (l.target === 'shape') return true;
  const p = parts[l.target];
  return !p || p.visible;
}
