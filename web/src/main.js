// The explorer's page: loads the site's data, builds the 3D view and the
// panels, and turns clicks, taps and the address into view states.

import { loadSite, readBoot, DataError } from './data.js';
import { compose, selectionKey } from './frame.js';
import { Viewer } from './viewer.js';
import { Stage } from './stage.js';
import { Panels } from './ui.js';
import { LabelOverlay } from './labels.js';
import { homeState, parseHash, toHash, pictureName } from './state.js';
import { spotAt, spotAnswer } from './spots.js';
import { Kiosk } from './kiosk.js';
import { compose as composePicture } from './picture.js';
import { hexRgb } from './paint.js';

const params = new URLSearchParams(location.search);
const KIOSK = params.has('kiosk') || /(^|&)kiosk(&|$)/.test(location.hash.slice(1));
const CLICK_SLOP = 5;
const MAX_MARKS = 8;
const PICTURE_SIZES = [[1920, 1080], [1280, 720], [3840, 2160], [1080, 1080]];

const $ = (id) => document.getElementById(id);

// The page's words, written into index.html by build-web (annotations/text,
// section web): there even when the data files cannot be read.
const BOOT = readBoot();
const WORDS = BOOT.words || {};
const say = (key, fill = {}) => String(WORDS[key] ?? key).replace(/\{(\w+)\}/g, (m, k) => (k in fill ? String(fill[k]) : m));

function fatal(what, hint) {
  const box = $('fatal');
  box.hidden = false;
  box.replaceChildren();
  const h = document.createElement('h1');
  h.textContent = say('data-missing', { what });
  const p = document.createElement('p');
  p.textContent = hint;
  box.append(h, p);
  $('app').dataset.state = 'error';
}

function label() {
  $('loading').textContent = say('loading');
  $('controls').setAttribute('aria-label', say('controls'));
  $('info').setAttribute('aria-label', say('info'));
  $('toolbar').setAttribute('aria-label', say('toolbar-name'));
}

class App {
  constructor(site, stage) {
    this.site = site;
    this.C = site.scene.catalog;
    this.W = site.scene.words.web;
    this.marks = [];
    this.message = '';
    this.textScale = KIOSK ? 1.3 : 1;
    if (KIOSK) document.documentElement.classList.add('kiosk');
    document.title = this.W['app-title'];
    this.viewer = new Viewer($('view'), site, stage, {
      onChange: (what) => this.viewerChanged(what),
      onMoveEnd: () => { this.kiosk?.gestureEnded(); this.drawLabels(); },
    });
    this.overlay = new LabelOverlay($('overlay'), hexRgb(site.scene.scene.theme.text));
    new ResizeObserver(() => { this.overlay.invalidate(); this.drawLabels(); }).observe($('overlay'));
    this.panels = new Panels(site, this, { kiosk: KIOSK });
    $('view').setAttribute('aria-label', this.W['view-name']);
    $('attract').textContent = this.W.attract;
    // a single-file page opens at the state it was written for (boot data), unless the address says otherwise
    const { state, bad } = parseHash(location.hash || BOOT.state || '', this.C);
    this.state = state;
    performance.mark('fsv:viewer');
    this.apply({ camera: true, animate: false });
    performance.mark('fsv:applied');
    if (bad.length) this.note(this.W['bad-link'].replace('{what}', bad.join(', ')));
    window.addEventListener('hashchange', () => this.fromHash());
    this.bindPointer();
    if (KIOSK) {
      this.kiosk = new Kiosk({
        idleSeconds: Number(params.get('idle') || 90), stepSeconds: Number(params.get('attract') || 8),
        easeSeconds: Number(params.get('ease') || 4),
        tour: this.C.tour, viewer: this.viewer, attractEl: $('attract'),
        home: () => this.home({ fromKiosk: true }),
        go: (key) => this.go(key),
      });
    }
    $('loading').hidden = true;
    $('app').dataset.state = 'ready';
  }

  // ------------------------------------------------------------ state
  apply({ camera = false, animate = true } = {}) {
    const st = this.state;
    this.frame = compose(st, this.site);
    if (camera) this.viewer.setView(st.view, st.side, { animate });
    this.viewer.apply(this.frame, st);
    this.marks.forEach((m) => { m.answer = spotAnswer(this.site.spots, m.set, st.mode, st.map); });
    this.panels.renderControls(st);
    this.panels.renderInfo(st, this.frame, this.marks, this.message);
    const hash = toHash(st, this.C) + (KIOSK && !params.has('kiosk') ? '&kiosk' : '');
    if (location.hash !== hash) {
      try { history.replaceState(null, '', hash); } catch (e) { /* a page in an iframe srcdoc has no address of its own */ }
    }
    this.drawLabels();
  }

  fromHash() {
    const expected = toHash(this.state, this.C);
    if (location.hash === expected) return;
    const { state, bad } = parseHash(location.hash, this.C, this.state.mode);
    this.state = state;
    this.marks = [];
    this.message = '';
    this.apply({ camera: true });
    if (bad.length) this.note(this.W['bad-link'].replace('{what}', bad.join(', ')));
  }

  update(changes, { keepFocus = false } = {}) {
    const st = { ...this.state, layers: new Set(this.state.layers), ...changes };
    if (changes.root) st.site = null;
    if (changes.site) st.root = null;
    const camera = st.view !== this.state.view || st.side !== this.state.side;
    if ('view' in changes && !('opacity' in changes)) st.opacity = this.C.view_opacity[st.view];
    this.state = st;
    if (!keepFocus) this.message = '';
    this.apply({ camera });
  }

  // A choice in the panel turns the camera to the view that suits it.
  choose(changes) {
    const key = changes.root ? `root:${changes.root}` : changes.site ? `site:${changes.site}` : null;
    const view = key ? this.C.suggested_view[key] : this.state.view;
    this.message = '';
    this.update({ ...changes, view });
    this.drawer(null); // on a tablet: show the model the choice changed
  }

  go(key) {
    if (key === 'home') return this.home({ fromKiosk: true });
    const [kind, id] = key.split(':');
    this.choose(kind === 'root' ? { root: id, site: null } : { site: id, root: null });
  }

  home({ fromKiosk = false } = {}) {
    this.marks = [];
    this.message = '';
    this.state = homeState(this.C, fromKiosk ? this.state.mode : this.state.mode);
    this.apply({ camera: true });
    this.drawer(null);
  }

  camera(view) {
    this.update({ view, opacity: this.C.view_opacity[view] });
    this.viewer.setView(view, this.state.side);
  }

  toggleLayer(l) {
    const layers = new Set(this.state.layers);
    if (layers.has(l)) layers.delete(l); else layers.add(l);
    this.update({ layers });
  }

  textSize(dir) {
    this.textScale = Math.min(2, Math.max(0.8, Math.round((this.textScale + 0.15 * dir) * 100) / 100));
    document.documentElement.style.setProperty('--fs', `${16 * this.textScale}px`);
    document.documentElement.style.setProperty('--lfs', `${15 * this.textScale}px`);
    this.overlay.invalidate();
    this.drawLabels();
  }

  clearMarks() {
    this.marks = [];
    this.state = { ...this.state, marks: [] };
    this.apply();
  }

  // Tablets: a panel opens as a drawer beside the model, and the 3D view
  // shrinks to the rest of the screen (its camera refits), so the model is
  // never hidden under the drawer.
  drawer(which) {
    for (const id of ['controls', 'info']) $(id).classList.toggle('open', which === id);
    $('app').dataset.drawer = which || '';
  }

  note(text) {
    const n = $('note');
    n.textContent = text;
    n.hidden = false;
    clearTimeout(this.noteTimer);
    this.noteTimer = setTimeout(() => { n.hidden = true; }, 9000);
  }

  // ------------------------------------------------------------ the 3D view
  viewerChanged(what) {
    if (what === 'start') this.kiosk?.gestureStarted();
    if (what === 'change' && this.kiosk) this.viewer.clampPan();
    if (what === 'draw') this.drawLabels();
  }

  drawLabels() {
    if (!this.frame) return;
    this.overlay.draw(this.frame.labels, this.marks, this.viewer);
  }

  bindPointer() {
    const canvas = $('view');
    let press = null;
    canvas.addEventListener('pointerdown', (e) => { if (e.isPrimary) press = [e.clientX, e.clientY]; });
    canvas.addEventListener('pointerup', (e) => {
      if (!press || !e.isPrimary) return;
      const moved = Math.hypot(e.clientX - press[0], e.clientY - press[1]);
      press = null;
      if (moved > CLICK_SLOP) return;
      const r = canvas.getBoundingClientRect();
      this.click(e.clientX - r.left, e.clientY - r.top, { skinOnly: e.shiftKey });
    });
  }

  // What a click means (ui/session.py click): a nerve of one root selects it; a
  // shared nerve names the roots it carries; a disc or marker selects its site;
  // the skin marks a numbered spot and is answered.
  async click(x, y, { skinOnly = false } = {}) {
    if (!this.site.full) await this.site.later;  // picks land on the display meshes
    const st = this.state;
    const xray = !st.layers.has('skin') || st.opacity < 0.5;
    const hit = this.viewer.pick(x, y, { xray, skinOnly });
    const S = this.site.scene;
    this.message = '';
    if (!hit) { this.apply(); return 'none'; }
    const sideOf = (s) => (s && st.side !== 'both' ? { side: s } : {});
    if (hit.id === 'nerves') {
      const seg = S.scene.segments[this.site.meshes.nerves.segment[hit.vertex]];
      if (seg.pick === 'root') {
        this.update({ root: seg.pick_id, site: null, ...sideOf(seg.side) });
        return 'root';
      }
      const name = seg.name[st.mode];
      this.message = seg.roots.length
        ? this.W['nerve-carries'].replace('{name}', name).replace('{roots}', seg.roots.join(', ')) : name;
      this.apply();
      return 'nerve';
    }
    if (hit.id === 'discs') {
      const lvl = S.scene.disc_levels[this.site.meshes.discs.level[hit.vertex]];
      const site = S.scene.disc_site[lvl];
      if (site) this.update({ site, root: null, ...sideOf(hit.point[0] >= 0 ? 'left' : 'right') });
      return 'site';
    }
    if (hit.id.startsWith('shape.')) {
      const sh = S.scene.shapes.find((s) => s.mesh === hit.id);
      this.update({ site: sh.site, root: null, ...sideOf(sh.side) });
      return 'site';
    }
    if (hit.id === 'skin') {
      const { side, set } = spotAt(this.site.skin, hit.vertex, hit.point[0] >= 0 ? 'left' : 'right');
      const mark = { number: this.marks.length + 1, point: hit.point, side, set };
      this.marks = [...this.marks, mark].slice(-MAX_MARKS).map((m, i) => ({ ...m, number: i + 1 }));
      this.state = { ...st, marks: this.marks };
      this.apply();
      this.drawer('info');
      return 'skin';
    }
    this.apply();
    return 'none';
  }

  // ------------------------------------------------------------ save picture
  savePicture() {
    const dlg = $('picture-dialog');
    dlg.replaceChildren();
    const h = document.createElement('h2');
    h.textContent = this.W['picture-size'];
    const row = document.createElement('div');
    row.className = 'fsv-btns';
    for (const [w, hh] of PICTURE_SIZES) {
      const b = document.createElement('button');
      b.id = `picture-${w}x${hh}`;
      b.textContent = `${w} × ${hh}`;
      b.addEventListener('click', () => { dlg.close(); this.writePicture(w, hh); });
      row.append(b);
    }
    const cancel = document.createElement('button');
    cancel.id = 'picture-cancel';
    cancel.textContent = this.W.cancel;
    cancel.addEventListener('click', () => dlg.close());
    row.append(cancel);
    dlg.append(h, row);
    dlg.showModal();
  }

  writePicture(w, h) {
    const { canvas, captionTop, captionLines } = composePicture(this.viewer, this.frame, this.state,
      this.site.scene.scene.theme, w, h);
    const name = pictureName(this.state);
    this.lastPicture = { name, width: w, height: h, title: this.frame.picture.title, caption: this.frame.picture.caption,
      legend: this.frame.picture.legend, urgent: this.frame.picture.urgent, captionTop, captionLines };
    canvas.toBlob((blob) => {
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = name;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 10000);
      this.note(this.W['picture-saved'].replace('{name}', name));
    }, 'image/png');
  }
}

async function start() {
  label();
  if (!window.WebGLRenderingContext) {
    fatal('WebGL', say('no-webgl'));
    return;
  }
  try {
    // (a single-file page carries its data, and in an iframe srcdoc has no address to resolve against)
    const loading = loadSite(globalThis.FSV_INLINE ? null : new URL('./', location.href), BOOT);
    loading.catch(() => {});
    performance.mark('fsv:script');
    const stage = new Stage($('view'));  // shaders compile while the data arrives
    performance.mark('fsv:stage');
    const site = await loading;
    const app = new App(site, stage);
    window.fsv = testApi(app);
    // the display meshes, labels and answers for skin taps follow the first image
    site.later.then(() => { app.viewer.addFull(); app.apply(); }, (e) => failed(e));
    if ('serviceWorker' in navigator && location.protocol.startsWith('http') && !globalThis.FSV_INLINE) {
      navigator.serviceWorker.register('./sw.js').catch(() => {});
    }
  } catch (e) {
    failed(e);
  }
}

function failed(e) {
  fatal(e instanceof DataError ? say(e.key, e.fill) : (e.message || String(e)), say('data-rebuild'));
  console.error(e);
}

// A small handle for tests and benchmarks (reads the page; changes nothing it could not).
function testApi(app) {
  return {
    app,
    get state() { return { ...app.state, layers: [...app.state.layers] }; },
    get frames() { return app.viewer.frameCount; },
    // drawn, and the data that arrives after the first image is in
    ready: () => app.viewer.frameCount > 0 && !!app.site.labels && !!app.site.spots,
    selection: () => selectionKey(app.state),
    project: (p) => app.viewer.project(p),
    cameraOffset: () => app.viewer.cameraOffset(),
    labels: () => (app.overlay.placed || []).map((b) => ({ text: b.lab.text, kind: b.lab.kind, ax: b.ax, ay: b.ay, bx: b.bx, by: b.by, bw: b.bw, bh: b.bh })),
    // a skin vertex of `region` on `side` that faces the camera most (where its colour can be read)
    regionPoint(region, side) {
      const skin = app.site.skin;
      const w = skin.weight(region, side);
      const geo = app.viewer.meshes.skin.userData.lod.full;
      const pos = geo.getAttribute('position');
      const nrm = geo.getAttribute('normal');
      const cam = app.viewer.camera.position;
      let best = -Infinity, out = null;
      for (let i = 0; i < skin.vertices; i++) {
        if (w[i] < 0.95) continue;
        const p = [pos.getX(i), pos.getY(i), pos.getZ(i)];
        const d = [cam.x - p[0], cam.y - p[1], cam.z - p[2]];
        const len = Math.hypot(...d);
        const f = (nrm.getX(i) * d[0] + nrm.getY(i) * d[1] + nrm.getZ(i) * d[2]) / len;
        if (f > best) { best = f; out = p; }
      }
      return out;
    },
    // draw now and read the canvas pixel at CSS (x, y)
    pixel(x, y) {
      const v = app.viewer;
      v.draw();
      const gl = v.renderer.getContext();
      const ratio = v.renderer.getPixelRatio();
      const px = new Uint8Array(4);
      gl.readPixels(Math.round(x * ratio), Math.round(gl.drawingBufferHeight - y * ratio - 1), 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);
      return [...px];
    },
    click: (x, y, o) => app.click(x, y, o),
    // middle of a drawn nerve segment ("sciatic.left") or of a disc level ("L4-L5"): where to click
    nervePoint(key) {
      const segs = app.site.scene.scene.segments;
      const k = segs.findIndex((s) => s.key === key);
      const m = app.site.meshes.nerves;
      let best = Infinity, out = null;
      for (let i = 0; i < m.segment.length; i++) {
        if (m.segment[i] !== k) continue;
        const d = Math.abs(m.arc[i] - 0.5);
        if (d < best) { best = d; out = [m.positions[i * 3], m.positions[i * 3 + 1], m.positions[i * 3 + 2]]; }
      }
      return out;
    },
    discPoint(level) {
      const k = app.site.scene.scene.disc_levels.indexOf(level);
      const m = app.site.meshes.discs;
      const c = [0, 0, 0];
      let n = 0;
      for (let i = 0; i < m.level.length; i++) if (m.level[i] === k) { for (let j = 0; j < 3; j++) c[j] += m.positions[i * 3 + j]; n++; }
      return c.map((v) => v / n);
    },
    lastPicture: () => app.lastPicture || null,
  };
}

start();
