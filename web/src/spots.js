// A tap on the skin asks which nerves serve that spot. The build enumerated
// every region set a tap can ask about (scene.pick.lookup_skin's rule: the
// regions weighing at least 0.3 on the vertex's side, heaviest first) and
// stored the presenter's answer for each set, wording and map
// (scene.panel.lookup_panel), so the page only looks them up: no ranking and
// no words are computed here. A test compares every stored answer with Python.

// The side and the region set of a tapped display-skin vertex; `tapSide` is
// the side of the tapped point (used where the vertex lies on the midline).
export function spotAt(skin, vertex, tapSide) {
  const code = skin.sides[vertex];
  const side = code === 0 ? 'left' : code === 1 ? 'right' : tapSide;
  const set = skin.spotSet[(tapSide === 'right' ? 1 : 0) * skin.vertices + vertex];
  return { side, set };
}

// The info panel's answer for a set (a Panel.to_dict()), or null before spots.json arrived.
export function spotAnswer(spots, set, mode, map) {
  if (!spots) return null;
  const id = spots.answers[`${set}|${mode}|${map}`];
  return id === undefined ? null : spots.table[id];
}

export function spotRegions(spots, set) {
  return spots ? spots.sets[set] : [];
}
