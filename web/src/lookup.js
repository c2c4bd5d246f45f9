// Which roots (and which nerves outside the spine) may serve a marked skin
// spot: model/lookup.py's ranking and ui/adapt.py's answer, repeated here
// so that a tap on the skin is answered in the browser. A test compares this
// with Python for every region, every pair of regions, in both wordings.

function pyRound(x, digits = 0) {
  // Python's round(): half to even on the scaled value
  const m = 10 ** digits;
  const y = x * m;
  const f = Math.floor(y);
  const diff = y - f;
  let r;
  if (diff > 0.5) r = f + 1;
  else if (diff < 0.5) r = f;
  else r = f % 2 === 0 ? f : f + 1;
  return r / m;
}

function fmt1(w) {
  // Python f"{w:.1f}"
  return pyRound(w, 1).toFixed(1);
}

const describe = (w) => (w >= 1.0 ? 'core' : `overlap ${fmt1(w)}`);

function weightOf(entries, key, region) {
  const e = entries.find((x) => x[0] === key && x[1] === region);
  return e ? e[2] : 0.0;
}

// map: a root-keyed map to score with (the one on screen); none averages the dermatome maps.
export function rank(T, regionsIn, map = null) {
  const regs = [...new Set(regionsIn)];
  const maps = map ? [map] : T.dermatome_maps;
  const cands = [];
  for (const rid of T.roots) {
    let total = 0;
    const parts = [];
    for (const reg of regs) {
      const perMap = maps.map((m) => [m, weightOf(T.entries[m], rid, reg)]);
      total += perMap.reduce((a, [, w]) => a + w, 0) / maps.length;
      const shown = perMap.filter(([, w]) => w > 0).map(([m, w]) => `${describe(w)} in ${m}`);
      if (shown.length) {
        const absent = perMap.filter(([, w]) => w === 0).map(([m]) => m);
        let part = `${reg}: ${shown.join(', ')}`;
        if (absent.length) part += `; not in ${absent.join(', ')} (maps disagree)`;
        parts.push(part);
      }
    }
    const score = pyRound(total / regs.length, 3);
    if (score > 0) cands.push({ id: rid, kind: 'root', score, why: parts.join('; ') });
  }
  const nerveEntries = T.entries[T.nerve_map] || [];
  const nerveIds = [...new Set(nerveEntries.map((e) => e[0]))];
  for (const nid of nerveIds) {
    const sum = regs.reduce((a, reg) => a + weightOf(nerveEntries, nid, reg), 0);
    const score = pyRound(sum / regs.length, 3);
    if (score > 0) cands.push({ id: nid, kind: 'nerve', score });
  }
  cands.sort((a, b) => (b.score - a.score) || ((a.kind !== 'root') - (b.kind !== 'root'))
    || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { regions: regs, candidates: cands, notes: notes(T, regs, cands) };
}

function notes(T, regs, cands) {
  const out = [];
  if (regs.includes('saddle')) out.push(T.emergency);
  if (cands.some((c) => c.kind === 'root') || regs.includes('saddle')) return out;
  const pain = T.entries['typical-pain'];
  const inPain = pain ? [...new Set(pain.filter((e) => regs.includes(e[1])).map((e) => e[0]))].sort() : [];
  if (inPain.length) {
    out.push(`No dermatome map covers these regions, but radicular pain from ${inPain.join(', ')} `
      + 'is often felt there (typical-pain layer).');
  } else {
    out.push("No root's dermatome covers these regions in the chosen maps; "
      + 'a cause outside the spine is worth considering.');
  }
  return out;
}

// A text of annotations/text (scene/words.py word): a mode's entry or the patient one, filled in.
export function word(W, section, key, mode, fill = {}) {
  let e = (W[section] || {})[key];
  if (e && typeof e === 'object') e = e[mode] || e.patient;
  if (e === undefined || e === null) throw new Error(`no text ${section}.${key}`);
  return String(e).replace(/\{(\w+)\}/g, (m, k) => (k in fill ? String(fill[k]) : m));
}

// The answer as the info panel shows it (scene/panel.py lookup_panel).
export function answer(T, W, regionsIn, mode, map = null) {
  const regions = regionsIn.filter((r) => r in T.region_names);
  const disclaimer = word(W, 'ui', 'disclaimer', mode);
  const urgent = word(W, 'ui', 'emergency', mode);
  const panel = (title, sections, emergency, ranked) => ({ title, emergency, safety_net: '', urgent,
    sections, sources: [], disclaimer, ranked });
  if (!regions.length) return panel(word(W, 'panel', 'no-region', mode), [], '', []);
  const ans = rank(T, regions, map);
  const roots = ans.candidates.filter((c) => c.kind === 'root');
  const looks = ans.candidates.filter((c) => c.kind === 'nerve');
  const name = (n) => T.nerve_names[mode][n] || n;
  let r, l, notes;
  if (mode === 'student') {
    r = roots.map((c) => word(W, 'panel', 'candidate-student', mode, { id: c.id, score: pyRound(100 * c.score), why: c.why }));
    l = looks.map((c) => word(W, 'panel', 'lookalike-student', mode, { name: name(c.id), score: pyRound(100 * c.score) }));
    notes = ans.notes.slice();
  } else {
    r = roots.map((c, i) => word(W, 'panel', i === 0 ? 'most-likely' : 'also-possible', mode, { id: c.id }));
    l = looks.map((c) => name(c.id));
    notes = ans.notes.filter((n) => n === urgent);
  }
  const emergency = ans.notes.find((n) => n === urgent) || '';
  const sections = [['ranked', r], ['outside', l], ['note', notes.filter((n) => n !== emergency)]]
    .map(([key, items]) => ({ key, title: word(W, 'panel', key, mode), items: items.filter(Boolean).map(String) }))
    .filter((s) => s.items.length);
  return panel(ans.regions.map((x) => T.region_names[x]).join(', '), sections, emergency, roots.map((c) => c.id));
}

// Regions at a skin vertex: those weighing at least 0.3 on the vertex's side,
// heaviest first (render/renderer.py lookup_skin).
export function regionsAt(skin, vertex, fallbackSide) {
  const sideCode = skin.sides[vertex];
  const side = sideCode === 0 ? 'left' : sideCode === 1 ? 'right' : fallbackSide;
  const found = [];
  for (const r of skin.regions) {
    const w = skin.weight(r, side)[vertex];
    if (w >= 0.3) found.push([w, r]);
  }
  found.sort((a, b) => (b[0] - a[0]) || (a[1] < b[1] ? 1 : -1));
  return { side, regions: found.map(([, r]) => r) };
}
