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

export function rank(T, regionsIn) {
  const regs = [...new Set(regionsIn)];
  const maps = T.dermatome_maps;
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

// The answer as the info panel shows it (ui/adapt.py lookup_answer).
export function answer(T, W, regionsIn, mode) {
  const regions = regionsIn.filter((r) => r in T.region_names);
  if (!regions.length) return { title: W['no-skin-area'], sections: [], ranked: [] };
  const ans = rank(T, regions);
  const roots = ans.candidates.filter((c) => c.kind === 'root');
  const looks = ans.candidates.filter((c) => c.kind === 'nerve');
  const name = (n) => T.nerve_names[n] || n;
  let r, l, n;
  if (mode === 'student') {
    r = roots.map((c) => `${c.id} (${pyRound(100 * c.score)}%): ${c.why}`);
    l = looks.map((c) => `${name(c.id)} (${pyRound(100 * c.score)}%)`);
    n = ans.notes.slice();
  } else {
    r = roots.map((c, i) => `${c.id}: ${i === 0 ? W['lookup-first'] : W['lookup-other']}`);
    l = looks.map((c) => name(c.id));
    n = [];
  }
  const sections = [[W['lookup-roots'], r], [W['lookup-lookalikes'], l], [W['lookup-note'], n]]
    .map(([title, items]) => ({ title, items: items.filter(Boolean).map(String) }))
    .filter((s) => s.items.length);
  return { title: ans.regions.map((x) => T.region_names[x]).join(', '), ranked: roots.map((c) => c.id), sections };
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
