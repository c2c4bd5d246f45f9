// The 3D view: three.js meshes built once from the site's geometry; a new
// frame only rewrites colour arrays, visibility, translations and clipping
// planes (as the VTK renderer does). Draws on demand: coarse meshes at a
// paced, reduced resolution while the view moves (and until the display
// meshes arrive), full detail when it stops.
// About 480 lines, one class on purpose: the meshes' level of detail, the
// camera's motion and picking all turn on the same renderer state; what
// stands apart lives in stage.js (renderer, materials, background),
// camera.js (fitting presets) and picture.js (rendering a saved picture).

import * as THREE from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { computeBoundsTree, acceleratedRaycast } from 'three-mesh-bvh';
import { fitPreset, presetKey } from './camera.js';
import { hexRgb, skinRGBA, nerveRGB, discRGB, toBytes } from './paint.js';
import { clearBackdrop, gather, gradient, solid } from './stage.js';

THREE.BufferGeometry.prototype.computeBoundsTree = computeBoundsTree;
THREE.Mesh.prototype.raycast = acceleratedRaycast;
THREE.ColorManagement.enabled = false; // colours are the renderer's raw RGB, as in VTK

//: Pixel ratio while the view moves, as a share of the full one: where it
//: starts, and the lowest the pacing goes (see Viewer._pace).
const MOVING_SHARE = 0.5;
const MIN_SHARE = 0.25;
const PACE_FRAMES = 8;
const N_MARKS = 8;

export class Viewer {
  constructor(canvas, site, stage, { onChange = () => {}, onMoveEnd = () => {} } = {}) {
    this.site = site;
    this.canvas = canvas;
    this.onChange = onChange;
    this.onMoveEnd = onMoveEnd;
    const th = site.scene.scene.theme;
    this.renderer = stage.renderer;
    this.scene = stage.scene;
    this.camera = stage.camera;
    this.materials = stage.materials;
    this.stage = stage;
    this.gradient = [hexRgb(th.background_top), hexRgb(th.background)];
    this.backdrop = () => gradient(th.background_top, th.background);
    this.fullRatio = Math.min(window.devicePixelRatio || 1, 2);
    this.movingRatio = this.fullRatio * MOVING_SHARE;
    this.renderer.setPixelRatio(this.fullRatio);
    this.meshes = {};
    this.moving = false;
    this._build(th);
    this.dirty = true;
    this.anim = null;
    this.frameCount = 0;
    this._loop = this._loop.bind(this);
    this.controls = null;
    this.resize();
    new ResizeObserver(() => this.resize()).observe(canvas.parentElement);
    requestAnimationFrame(this._loop);
  }

  // A mesh's geometry with RGBA vertex colours: one colour for the whole part, or painted per frame.
  _geometry(m, rgb = null) {
    const g = new THREE.BufferGeometry();
    g.setAttribute('position', new THREE.BufferAttribute(m.positions, 3));
    g.setIndex(new THREE.BufferAttribute(m.index, 1));
    g.computeVertexNormals();
    g.setAttribute('color', new THREE.BufferAttribute(solid(m.positions.length / 3, rgb), 4, true));
    return g;
  }

  // Each drawable is one mesh whose geometry is its coarse copy (while the view
  // moves, and until the display meshes arrive) or its display mesh.
  _build(th) {
    const M = this.site.meshes;
    const mat = this.materials;
    const C = (h) => hexRgb(h);
    this.drawables = [['bones', mat.bones, C(th.bone)], ['spine', mat.bones, C(th.spine)],
      ['vertebra.L4', mat.bones, C(th.spine)], ['vertebra.L5', mat.bones, C(th.spine)], ['discs', mat.discs, null],
      ['dural-sac', mat.sac, C(th.sac)], ['nerves', mat.nerves, null], ['skin', mat.skin, null]];
    for (const [id, material, rgb] of this.drawables) {
      const coarse = M[`coarse:${id}`];
      if (!coarse && !M[id]) continue;
      const lod = { rgb, coarse: coarse ? this._geometry(coarse, rgb) : null, full: null, data: coarse };
      const mesh = new THREE.Mesh(lod.coarse, material);
      mesh.name = id;
      mesh.userData.lod = lod;
      this.meshes[id] = mesh;
      this.scene.add(mesh);
      if (M[id]) this._addFull(id);
    }
    this.pathologyRgb = C(th.pathology);
    this._addShapes();
    if (this.meshes.skin) this.meshes.skin.renderOrder = 10;
    if (this.meshes['dural-sac']) this.meshes['dural-sac'].renderOrder = 5;
    performance.mark('fsv:meshes');
    // marks: a fixed pool of spheres, moved and shown, never created later
    this.marks = [];
    const dot = new THREE.SphereGeometry(0.006, 16, 12);
    dot.setAttribute('color', new THREE.BufferAttribute(solid(dot.getAttribute('position').count, C(th.marker)), 4, true));
    for (let i = 0; i < N_MARKS; i++) {
      const s = new THREE.Mesh(dot, mat.marker);
      s.visible = false;
      s.renderOrder = 20;
      this.scene.add(s);
      this.marks.push(s);
    }
  }

  // The pathology shapes (they come with the display meshes); hidden until a frame shows one.
  _addShapes() {
    for (const id of Object.keys(this.site.meshes)) {
      if (!id.startsWith('shape.') || this.meshes[id]) continue;
      const mesh = new THREE.Mesh(this._geometry(this.site.meshes[id], this.pathologyRgb), this.materials.shape);
      mesh.name = id;
      mesh.visible = false;
      this.meshes[id] = mesh;
      this.scene.add(mesh);
    }
  }

  _addFull(id) {
    const mesh = this.meshes[id];
    const lod = mesh.userData.lod;
    lod.full = this._geometry(this.site.meshes[id], lod.rgb);
    if (!this.moving) mesh.geometry = lod.full;
  }

  // The display meshes have arrived (site.later): build them, colour them, draw them.
  addFull() {
    this.folded = null;  // fold the display discs too
    this._addShapes();
    for (const [id] of this.drawables) {
      if (this.meshes[id] && !this.meshes[id].userData.lod.full && this.site.meshes[id]) this._addFull(id);
    }
    if (this.frame) this.apply(this.frame, this.state);
    const idle = window.requestIdleCallback || ((f) => setTimeout(f, 50));
    idle(() => {
      this.ensureBVH();
      this.stage.warmClipped();
      this.dirty = true;  // the warm-up drew into the canvas: draw the frame again
    });
  }

  // ---------------------------------------------------------------- frame
  apply(frame, state) {
    const S = this.site;
    for (const [id, p] of Object.entries(frame.parts)) {
      const m = this.meshes[id];
      if (!m) continue;
      m.visible = !!p.visible;
      if (p.translation) m.position.set(...p.translation);
    }
    // colours of each copy there is: nerves and discs from their own attributes,
    // the coarse skin from the display skin's colours at its source vertices
    // (only those are painted while the display skin has not arrived)
    const each = (id, f) => {
      const m = this.meshes[id];
      if (!m) return;
      const lod = m.userData.lod;
      if (lod.full) this._write(lod.full, f(S.meshes[id]));
      if (lod.coarse) this._write(lod.coarse, f(lod.data));
    };
    each('nerves', (m) => toBytes(nerveRGB(m, frame.nerves), true));
    each('discs', (m) => toBytes(discRGB(m.level, frame.discs), true));
    this._foldDiscs(frame.discs.hidden || []);
    for (const [id, p] of Object.entries(frame.parts)) if (p.rgb && this.meshes[id]) this._tint(this.meshes[id], p.rgb, p.opacity);
    if (this.meshes.skin) {
      const lod = this.meshes.skin.userData.lod;
      const weights = S.scene.skin.weights;
      if (lod.full) {
        const bytes = toBytes(skinRGBA(S.skin, frame.skin, weights));
        this._write(lod.full, bytes);
        if (lod.coarse) this._write(lod.coarse, gather(bytes, lod.data.source, 4));
      } else if (lod.coarse) {
        this._write(lod.coarse, toBytes(skinRGBA(S.skin, frame.skin, weights, lod.data.source)));
      }
    }
    state.marks.forEach((mk, i) => { if (i < N_MARKS) { this.marks[i].position.set(...mk.point); } });
    this.marks.forEach((s, i) => { s.visible = i < state.marks.length; });
    this.frame = frame;
    this.state = state;
    this.dirty = true;
  }

  // A pathology shape's colour and opacity (scene.pathology tint_rgb, the shape's opacity).
  _tint(mesh, rgb, opacity) {
    const key = `${rgb.join(',')}|${opacity}`;
    if (mesh.userData.tint === key) return;
    mesh.userData.tint = key;
    this._write(mesh.geometry, solid(mesh.geometry.getAttribute('color').count, rgb));
    if (opacity >= 1) { mesh.material = this.materials.shape; return; }
    const cache = this.translucent || (this.translucent = new Map());
    if (!cache.has(opacity)) {
      const m = this.materials.shape.clone();
      Object.assign(m, { transparent: true, opacity, depthWrite: false });
      cache.set(opacity, m);
    }
    mesh.material = cache.get(opacity);
    mesh.renderOrder = 6;
  }

  // Disc levels a shown shape replaces are not drawn: their vertices fold onto
  // their centre (render/renderer.py _fold_discs), in the display and coarse meshes.
  _foldDiscs(hidden) {
    const key = hidden.join(',');
    const m = this.meshes.discs;
    if (!m || this.folded === key) return;
    this.folded = key;
    const lod = m.userData.lod;
    for (const [geometry, level] of [[lod.full, this.site.meshes.discs?.level], [lod.coarse, lod.data?.level]]) {
      if (!geometry || !level) continue;
      const pos = geometry.getAttribute('position');
      if (!geometry.userData.orig) geometry.userData.orig = Float32Array.from(pos.array);
      const orig = geometry.userData.orig;
      pos.array.set(orig);
      for (const lv of hidden) {
        const c = [0, 0, 0];
        let n = 0;
        for (let i = 0; i < level.length; i++) if (level[i] === lv) { c[0] += orig[i * 3]; c[1] += orig[i * 3 + 1]; c[2] += orig[i * 3 + 2]; n++; }
        if (!n) continue;
        for (let i = 0; i < level.length; i++) if (level[i] === lv) pos.array.set([c[0] / n, c[1] / n, c[2] / n], i * 3);
      }
      pos.needsUpdate = true;
      geometry.boundsTree?.refit();
    }
  }

  _write(geometry, bytes) {
    const a = geometry.getAttribute('color');
    a.array.set(bytes);
    a.needsUpdate = true;
  }

  // While the view moves: coarse meshes at a reduced pixel ratio, so a drag
  // stays smooth on a software renderer; full detail again when it stops.
  setMoving(on) {
    if (this.moving === on) return;
    this.moving = on;
    this.paceLog = [];
    for (const m of Object.values(this.meshes)) {
      const lod = m.userData.lod;
      if (lod) m.geometry = (on || !lod.full) ? (lod.coarse || lod.full) : lod.full;
    }
    this._setRatio(on ? this.movingRatio : this.fullRatio);
  }

  // Picking needs the display meshes' spatial index (skin, nerves, discs):
  // built when the browser is idle after they arrive, or at the first pick.
  ensureBVH() {
    if (this.bvhReady || !this.site.full) return;
    for (const id of ['skin', 'nerves', 'discs']) this.meshes[id]?.userData.lod.full?.computeBoundsTree();
    this.bvhReady = true;
  }

  // --------------------------------------------------------------- camera
  presetCamera(view, side, aspect) {
    const C = this.site.scene.cameras;
    return fitPreset(C.presets[presetKey(view, side)], aspect, C.free);
  }

  setView(view, side, { animate = true } = {}) {
    const cam = this.presetCamera(view, side, this.aspect());
    this.home = cam;
    this.view = { view, side };
    this.renderer.clippingPlanes = cam.clips.map(([o, n]) => {
      const nv = new THREE.Vector3(...n);
      return new THREE.Plane(nv, -nv.dot(new THREE.Vector3(...o)));
    });
    const reduce = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (animate && !reduce && this.controls) this._animateTo(cam, 600);
    else this._placeCamera(cam.position, cam.focal, cam.up);
  }

  _placeCamera(position, focal, up) {
    this.camera.position.set(...position);
    this.camera.up.set(...up);
    this.camera.fov = this.home.angle;
    this._makeControls(focal);
    this.camera.lookAt(...focal);
    this.camera.updateProjectionMatrix();
    this.dirty = true;
  }

  _makeControls(focal) {
    if (this.controls) this.controls.dispose();
    const c = new OrbitControls(this.camera, this.canvas);
    c.target.set(...focal);
    c.enableDamping = false;
    c.zoomSpeed = 1.2;
    c.screenSpacePanning = true;
    c.addEventListener('start', () => { this.setMoving(true); this.onChange('start'); });
    c.addEventListener('change', () => { this.dirty = true; this.onChange('change'); });
    c.addEventListener('end', () => {
      this.setMoving(false);
      this.dirty = true;
      this.onMoveEnd();
    });
    if (this.limits) this.applyLimits(this.limits);
    c.update();
    this.controls = c;
  }

  // Kiosk: zoom bounded around the preset's distance, pan kept near its focus.
  applyLimits(limits) {
    this.limits = limits;
    if (!this.controls || !this.home) return;
    this.controls.minDistance = limits.zoom[0] * this.home.distance;
    this.controls.maxDistance = limits.zoom[1] * this.home.distance;
  }

  clampPan() {
    if (!this.limits || !this.home || this._clamping) return false;
    const t = this.controls.target;
    const home = new THREE.Vector3(...this.home.focal);
    const off = t.clone().sub(home);
    const limit = this.limits.pan * this.home.distance;
    if (off.length() <= limit * 1.0001) return false;
    const shift = off.clone().sub(off.clone().setLength(limit));
    t.sub(shift);
    this.camera.position.sub(shift);
    this._clamping = true; // update() emits 'change', which calls back here
    try { this.controls.update(); } finally { this._clamping = false; }
    this.dirty = true;
    return true;
  }

  // Where the camera is, relative to the preset (kiosk tests and easing back).
  cameraOffset() {
    const home = new THREE.Vector3(...this.home.focal);
    return {
      distanceRatio: this.camera.position.distanceTo(this.controls.target) / this.home.distance,
      panRatio: this.controls.target.distanceTo(home) / this.home.distance,
      atHome: this.camera.position.distanceTo(new THREE.Vector3(...this.home.position)) < 1e-4 * this.home.distance,
    };
  }

  _animateTo(cam, ms) {
    const p0 = this.camera.position.clone();
    const f0 = this.controls.target.clone();
    const u0 = this.camera.up.clone();
    const p1 = new THREE.Vector3(...cam.position);
    const f1 = new THREE.Vector3(...cam.focal);
    const u1 = new THREE.Vector3(...cam.up);
    this.camera.fov = cam.angle;
    this.camera.updateProjectionMatrix();
    this.anim = { t0: performance.now(), ms, p0, f0, u0, p1, f1, u1, cam };
    this.setMoving(true);
  }

  _stepAnim(now) {
    const a = this.anim;
    let t = Math.min(1, (now - a.t0) / a.ms);
    const e = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
    this.camera.position.lerpVectors(a.p0, a.p1, e);
    this.camera.up.lerpVectors(a.u0, a.u1, e).normalize();
    const f = new THREE.Vector3().lerpVectors(a.f0, a.f1, e);
    this.camera.lookAt(f);
    this.controls.target.copy(f);
    if (t >= 1) {
      this.anim = null;
      this._placeCamera(a.cam.position, a.cam.focal, a.cam.up);
      this.setMoving(false);
      this.onMoveEnd();
    }
    this.dirty = true;
  }

  easeHome(ms = 900) {
    if (this.home) this._animateTo(this.home, ms);
  }

  aspect() {
    const r = this.canvas.parentElement.getBoundingClientRect();
    return Math.max(r.width, 1) / Math.max(r.height, 1);
  }

  resize() {
    const r = this.canvas.parentElement.getBoundingClientRect();
    this.renderer.setSize(Math.max(1, r.width), Math.max(1, r.height), false);
    this.camera.aspect = this.aspect();
    this.camera.updateProjectionMatrix();
    if (this.view && !this.moving && !this.anim && this.controls && this._atPreset()) {
      this.setView(this.view.view, this.view.side, { animate: false });
    }
    this.dirty = true;
  }

  _atPreset() {
    return this.home && this.camera.position.distanceTo(new THREE.Vector3(...this.home.position)) < 1e-6;
  }

  _setRatio(r) {
    if (this.renderer.getPixelRatio() !== r) {
      this.renderer.setPixelRatio(r);
      const rect = this.canvas.parentElement.getBoundingClientRect();
      this.renderer.setSize(Math.max(1, rect.width), Math.max(1, rect.height), false);
    }
    this.dirty = true;
  }

  _loop(now) {
    requestAnimationFrame(this._loop);
    if (this.anim) this._stepAnim(now);
    if (!this.dirty) return;
    this.dirty = false;
    this.draw();
    if (this.moving) this._pace(now);
  }

  // Dynamic resolution while moving: the pixel ratio that keeps moving frames
  // near 30 a second on this device (lower on a software renderer, up to the
  // full ratio on a GPU), judged every few frames and kept for the next move.
  _pace(now) {
    const p = this.paceLog || (this.paceLog = []);
    p.push(now);
    if (p.length < PACE_FRAMES) return;
    const interval = (p[p.length - 1] - p[0]) / (p.length - 1);
    p.length = 0;
    let r = this.movingRatio;
    if (interval > 38) r = Math.max(this.fullRatio * MIN_SHARE, r * 0.8);
    else if (interval < 22) r = Math.min(this.fullRatio, r * 1.25);
    if (Math.abs(r - this.movingRatio) > 1e-3) {
      this.movingRatio = Math.round(r * 100) / 100;
      this._setRatio(this.movingRatio);
    }
  }

  draw() {
    if (this.frameCount === 0) performance.mark('fsv:render');
    clearBackdrop(this.renderer, this.gradient);
    this.renderer.render(this.scene, this.camera);
    if (this.frameCount === 0) performance.mark('fsv:rendered');
    this.frameCount += 1;
    if (this.frameCount === 1) {
      // the first image is there when its pixels are (the GPU works behind the calls)
      this.renderer.getContext().readPixels(0, 0, 1, 1, 6408, 5121, new Uint8Array(4));
      performance.mark('fsv:first-image');
      const idle = window.requestIdleCallback || ((f) => setTimeout(f, 50));
      idle(() => this.ensureBVH());
    }
    this.onChange('draw');
  }

  // ------------------------------------------------------------- picking
  // What is under CSS pixel (x, y) of the canvas: nearest visible, unclipped hit.
  // Through an x-ray skin a nerve, disc or marker wins over the skin in front
  // of it (render/renderer.py pick); skinOnly marks a spot wherever a nerve is.
  pick(x, y, { xray, skinOnly = false }) {
    this.ensureBVH();
    const rect = this.canvas.getBoundingClientRect();
    const ndc = new THREE.Vector2((x / rect.width) * 2 - 1, -(y / rect.height) * 2 + 1);
    const ray = new THREE.Raycaster();
    ray.setFromCamera(ndc, this.camera);
    const structures = ['nerves', 'discs', ...Object.keys(this.meshes).filter((k) => k.startsWith('shape.'))];
    const planes = this.renderer.clippingPlanes;
    const hitOf = (ids) => {
      const objs = ids.map((k) => this.meshes[k]).filter((m) => m && m.visible);
      const hits = ray.intersectObjects(objs, false);
      return hits.find((h) => planes.every((p) => p.distanceToPoint(h.point) >= 0)) || null;
    };
    // picks land on the display meshes (their vertices are what the data indexes)
    const swapped = [];
    for (const m of Object.values(this.meshes)) {
      const lod = m.userData.lod;
      if (lod && lod.full && m.geometry !== lod.full) { swapped.push([m, m.geometry]); m.geometry = lod.full; }
    }
    let hit = null;
    try {
      if (skinOnly) hit = hitOf(['skin']);
      else if (xray) hit = hitOf(structures) || hitOf([...structures, 'skin']);
      else hit = hitOf([...structures, 'skin']);
    } finally {
      for (const [m, g] of swapped) m.geometry = g;
    }
    if (!hit) return null;
    const face = hit.face;
    let vertex = face.a;
    const lod = hit.object.userData.lod;
    const pos = (lod && lod.full ? lod.full : hit.object.geometry).getAttribute('position');
    let best = Infinity;
    for (const v of [face.a, face.b, face.c]) {
      const d = new THREE.Vector3().fromBufferAttribute(pos, v).distanceTo(hit.point);
      if (d < best) { best = d; vertex = v; }
    }
    return { id: hit.object.name, point: hit.point.toArray(), vertex };
  }

  // World point -> CSS pixel (y down) and whether it lies in front of the camera.
  project(p) {
    const v = new THREE.Vector3(...p).project(this.camera);
    const rect = this.canvas.getBoundingClientRect();
    return [(v.x + 1) / 2 * rect.width, (1 - v.y) / 2 * rect.height, v.z];
  }
}
