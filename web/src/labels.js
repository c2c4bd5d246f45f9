// Labels with leader lines, laid out as render/annotate.py lays them out on
// the exported pictures: each label keeps its first candidate anchor that
// falls inside the free area (a skin area: its middle, where it faces the
// camera), boxes sit beside their anchor away from the centre and are pushed
// apart so none overlaps another; the line ends at the box's near edge, so it
// never crosses its own text.

export function layout(labels, { project, camPos, w, h, top = 0, bottom = 0, margin = 0.02, maxLabels = 8, fpx, measure }) {
  const m = Math.floor(margin * w);
  const pad = Math.max(2, Math.floor(fpx / 4));
  const ylo = top + pad;
  const yhi = h - bottom - pad;
  const chosen = [];
  const used = [];
  const order = labels.map((l, i) => [l, i]).sort((a, b) => (a[0].priority - b[0].priority) || (a[1] - b[1]));
  for (const [lab] of order) {
    if (chosen.length >= maxLabels) break;
    let pts = lab.points;
    if (lab.normals) {
      const facing = pts.filter((p, i) => {
        const n = lab.normals[i];
        return n[0] * (camPos[0] - p[0]) + n[1] * (camPos[1] - p[1]) + n[2] * (camPos[2] - p[2]) > 0;
      });
      if (facing.length < Math.max(4, 0.05 * pts.length)) continue;
      pts = facing;
    }
    const cand = pts.map(project).filter(([x, y, z]) => x > m && x < w - m && y > ylo + fpx && y < yhi - fpx && z > -1 && z < 1);
    if (!cand.length) continue;
    let ax, ay;
    if (lab.kind === 'field') {
      const cx = cand.reduce((a, c) => a + c[0], 0) / cand.length;
      const cy = cand.reduce((a, c) => a + c[1], 0) / cand.length;
      let best = Infinity;
      for (const [x, y] of cand) {
        const d = Math.hypot(x - cx, y - cy);
        if (d < best) { best = d; ax = x; ay = y; }
      }
    } else {
      [ax, ay] = cand[0];
    }
    if (used.some(([ux, uy]) => Math.abs(ax - ux) < fpx && Math.abs(ay - uy) < fpx)) continue;
    used.push([ax, ay]);
    const [tw, th] = measure(lab.text);
    chosen.push({ lab, ax, ay, bw: tw + 2 * pad, bh: th + 2 * pad });
  }
  const placed = [];
  const gap = Math.max(2, Math.floor(fpx / 3));
  const offset = Math.max(24, Math.floor(w * 0.045));
  for (const left of [true, false]) {
    const group = chosen.filter((c) => (c.ax < w / 2) === left).sort((a, b) => a.ay - b.ay);
    const boxes = group.map((c) => {
      let bx = left ? c.ax - offset - c.bw : c.ax + offset;
      bx = Math.round(Math.min(Math.max(bx, m), w - m - c.bw));
      const by = Math.round(Math.min(Math.max(c.ay - c.bh / 2, ylo), yhi - c.bh));
      return { ...c, bx, by };
    });
    for (let i = 1; i < boxes.length; i++) {
      const p = boxes[i - 1];
      if (boxes[i].by < p.by + p.bh + gap) boxes[i].by = p.by + p.bh + gap;
    }
    const last = boxes[boxes.length - 1];
    if (last && last.by + last.bh > yhi) {
      last.by = yhi - last.bh;
      for (let i = boxes.length - 2; i >= 0; i--) {
        const nx = boxes[i + 1];
        if (boxes[i].by + boxes[i].bh + gap > nx.by) boxes[i].by = nx.by - boxes[i].bh - gap;
      }
    }
    for (const b of boxes) if (b.by >= ylo - 1) placed.push(b);
  }
  return placed;
}

const css = (r) => `rgb(${r.map((v) => Math.round(v * 255)).join(',')})`;

// The on-screen overlay: an SVG for the lines and HTML boxes for the text.
// It follows the camera on every frame, so its elements are kept and moved
// (never rebuilt) and the text size is read once, not on every frame.
const SVG = 'http://www.w3.org/2000/svg';

export class LabelOverlay {
  constructor(root, textRgb) {
    this.root = root;
    this.text = textRgb;
    this.svg = document.createElementNS(SVG, 'svg');
    this.svg.setAttribute('aria-hidden', 'true');
    this.svg.classList.add('fsv-leaders');
    root.appendChild(this.svg);
    this.boxes = document.createElement('div');
    this.boxes.className = 'fsv-label-boxes';
    root.appendChild(this.boxes);
    this.sizes = new Map();
    this.meter = document.createElement('span');
    this.meter.className = 'fsv-label fsv-meter';
    root.appendChild(this.meter);
    this.pool = [];
    this.numbers = [];
    this.fpx = null;
    this.placed = [];
  }

  // the text size or the overlay's size changed: measure again
  invalidate() {
    this.fpx = null;
    this.rect = null;
  }

  measure(text) {
    const key = `${text}|${this.fpx}`;
    if (!this.sizes.has(key)) {
      this.meter.textContent = text;
      const r = this.meter.getBoundingClientRect();
      this.sizes.set(key, [Math.ceil(r.width), Math.ceil(r.height)]);
    }
    return this.sizes.get(key);
  }

  _item(i) {
    while (this.pool.length <= i) {
      const g = document.createElementNS(SVG, 'g');
      const shadow = document.createElementNS(SVG, 'line');
      shadow.setAttribute('stroke', 'rgba(20,20,20,0.8)');
      shadow.setAttribute('stroke-width', '4');
      const line = document.createElementNS(SVG, 'line');
      line.setAttribute('stroke-width', '2');
      const dot = document.createElementNS(SVG, 'circle');
      dot.setAttribute('r', '3.5');
      dot.setAttribute('stroke', 'rgba(20,20,20,0.9)');
      g.append(shadow, line, dot);
      this.svg.appendChild(g);
      const div = document.createElement('div');
      div.className = 'fsv-label';
      this.boxes.appendChild(div);
      this.pool.push({ g, shadow, line, dot, div, key: null });
    }
    return this.pool[i];
  }

  _number(i) {
    while (this.numbers.length <= i) {
      const div = document.createElement('div');
      div.className = 'fsv-mark-number';
      div.textContent = String(this.numbers.length + 1);
      this.boxes.appendChild(div);
      this.numbers.push(div);
    }
    return this.numbers[i];
  }

  draw(labels, marks, viewer) {
    if (!this.rect) this.rect = this.root.getBoundingClientRect();
    if (!this.fpx) this.fpx = parseFloat(getComputedStyle(this.meter).fontSize) || 15;
    const w = this.rect.width, h = this.rect.height, fpx = this.fpx;
    const camPos = viewer.camera.position.toArray();
    const placed = layout(labels, { project: (p) => viewer.project(p), camPos, w, h, fpx, measure: (t) => this.measure(t) });
    // measure() returns the box with its padding; layout adds padding again for the picture's rule
    if (this.svgSize !== `${w}x${h}`) {
      this.svgSize = `${w}x${h}`;
      this.svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
      this.svg.setAttribute('width', w);
      this.svg.setAttribute('height', h);
    }
    placed.forEach((b, i) => {
      const it = this._item(i);
      const col = b.lab.rgb ? css(b.lab.rgb) : css(this.text);
      const ex = b.ax >= b.bx + b.bw ? b.bx + b.bw : b.bx;
      const ey = b.by + b.bh / 2;
      for (const l of [it.shadow, it.line]) {
        l.setAttribute('x1', b.ax); l.setAttribute('y1', b.ay); l.setAttribute('x2', ex); l.setAttribute('y2', ey);
      }
      it.dot.setAttribute('cx', b.ax);
      it.dot.setAttribute('cy', b.ay);
      const key = `${b.lab.text}|${col}|${b.bw}|${b.bh}`;
      if (it.key !== key) {
        it.key = key;
        it.line.setAttribute('stroke', col);
        it.dot.setAttribute('fill', col);
        it.div.textContent = b.lab.text;
        it.div.style.width = `${b.bw}px`;
        it.div.style.height = `${b.bh}px`;
        it.div.style.borderColor = col;
        it.div.dataset.kind = b.lab.kind;
      }
      it.div.style.transform = `translate(${b.bx}px, ${b.by}px)`;
      it.g.style.display = '';
      it.div.style.display = '';
    });
    for (let i = placed.length; i < this.pool.length; i++) {
      this.pool[i].g.style.display = 'none';
      this.pool[i].div.style.display = 'none';
    }
    let shown = 0;
    marks.forEach((mk, i) => {
      const [x, y, z] = viewer.project(mk.point);
      const div = this._number(i);
      const on = !(z < -1 || z > 1 || x < 0 || y < 0 || x > w || y > h);
      div.style.display = on ? '' : 'none';
      if (on) div.style.transform = `translate(${x + 8}px, ${y - 26}px)`;
      shown = i + 1;
    });
    for (let i = shown; i < this.numbers.length; i++) this.numbers[i].style.display = 'none';
    this.placed = placed;
  }

  clear() {
    for (const it of this.pool) { it.g.style.display = 'none'; it.div.style.display = 'none'; }
    for (const n of this.numbers) n.style.display = 'none';
    this.placed = [];
  }
}
