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
export class LabelOverlay {
  constructor(root, textRgb) {
    this.root = root;
    this.text = textRgb;
    this.svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
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
  }

  measure(text) {
    const key = `${text}|${getComputedStyle(this.meter).fontSize}`;
    if (!this.sizes.has(key)) {
      this.meter.textContent = text;
      const r = this.meter.getBoundingClientRect();
      this.sizes.set(key, [Math.ceil(r.width), Math.ceil(r.height)]);
    }
    return this.sizes.get(key);
  }

  draw(labels, marks, viewer) {
    const rect = this.root.getBoundingClientRect();
    const w = rect.width, h = rect.height;
    const fpx = parseFloat(getComputedStyle(this.meter).fontSize) || 15;
    const camPos = viewer.camera.position.toArray();
    const placed = layout(labels, { project: (p) => viewer.project(p), camPos, w, h, fpx, measure: (t) => this.measure(t) });
    // measure() returns the box with its padding; layout adds padding again for the picture's rule
    this.svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
    this.svg.setAttribute('width', w);
    this.svg.setAttribute('height', h);
    const parts = [];
    this.boxes.replaceChildren();
    for (const b of placed) {
      const col = b.lab.rgb ? css(b.lab.rgb) : css(this.text);
      const ex = b.ax >= b.bx + b.bw ? b.bx + b.bw : b.bx;
      const ey = b.by + b.bh / 2;
      parts.push(`<line x1="${b.ax}" y1="${b.ay}" x2="${ex}" y2="${ey}" stroke="rgba(20,20,20,0.8)" stroke-width="4"/>`,
        `<line x1="${b.ax}" y1="${b.ay}" x2="${ex}" y2="${ey}" stroke="${col}" stroke-width="2"/>`,
        `<circle cx="${b.ax}" cy="${b.ay}" r="3.5" fill="${col}" stroke="rgba(20,20,20,0.9)"/>`);
      const div = document.createElement('div');
      div.className = 'fsv-label';
      div.textContent = b.lab.text;
      div.style.left = `${b.bx}px`;
      div.style.top = `${b.by}px`;
      div.style.width = `${b.bw}px`;
      div.style.height = `${b.bh}px`;
      div.style.borderColor = col;
      div.dataset.kind = b.lab.kind;
      this.boxes.appendChild(div);
    }
    marks.forEach((mk, i) => {
      const [x, y, z] = viewer.project(mk.point);
      if (z < -1 || z > 1 || x < 0 || y < 0 || x > w || y > h) return;
      const div = document.createElement('div');
      div.className = 'fsv-mark-number';
      div.textContent = String(i + 1);
      div.style.left = `${x + 8}px`;
      div.style.top = `${y - 26}px`;
      this.boxes.appendChild(div);
    });
    this.svg.innerHTML = parts.join('');
    this.placed = placed;
  }

  clear() {
    this.svg.innerHTML = '';
    this.boxes.replaceChildren();
    this.placed = [];
  }
}
