// The renderer, its lights, camera and materials, made before the data arrives
// (the shader programs are built while the page waits for the network), and
// the small helpers the 3D view shares: one-colour vertex bytes, the gradient
// background as scissored clears or as a texture for pictures.

import * as THREE from 'three';

// RGBA bytes for n vertices, all one colour (0..1 floats), or all zero.
export function solid(n, rgb) {
  const out = new Uint8Array(n * 4);
  if (!rgb) return out;
  const c = rgb.map((v) => Math.floor(Math.min(1, Math.max(0, v)) * 255));
  for (let i = 0; i < n; i++) { out[i * 4] = c[0]; out[i * 4 + 1] = c[1]; out[i * 4 + 2] = c[2]; out[i * 4 + 3] = 255; }
  return out;
}

// Per-vertex bytes of a coarse copy from the display mesh's: each coarse vertex takes its source's.
export function gather(bytes, source, k) {
  const out = new Uint8Array(source.length * k);
  for (let i = 0; i < source.length; i++) for (let j = 0; j < k; j++) out[i * k + j] = bytes[source[i] * k + j];
  return out;
}

export function gradient(top, bottom) {
  const c = document.createElement('canvas');
  c.width = 2;
  c.height = 256;
  const ctx = c.getContext('2d');
  const g = ctx.createLinearGradient(0, 0, 0, 256);
  g.addColorStop(0, top);
  g.addColorStop(1, bottom);
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, 2, 256);
  const t = new THREE.CanvasTexture(c);
  t.colorSpace = THREE.NoColorSpace;
  return t;
}

// The renderer, lights, camera and materials: made before the data arrives,
// with every shader program the scene uses compiled on a stand-in scene, so
// the GPU compiles them while the page waits for the network (the first
// frame would otherwise wait for them).
export class Stage {
  constructor(canvas) {
    // The background gradient is cleared band by band (see Viewer.backdrop):
    // a textured background quad cost 35-90 ms a frame in software WebGL.
    this.renderer = new THREE.WebGLRenderer({ canvas, antialias: false });
    this.renderer.autoClear = false;
    this.renderer.outputColorSpace = THREE.LinearSRGBColorSpace;
    this.renderer.localClippingEnabled = false;
    this.scene = new THREE.Scene();
    this.camera = new THREE.PerspectiveCamera(30, 1, 0.01, 20);
    this.scene.add(new THREE.HemisphereLight(0xffffff, 0x445566, 1.1));
    const headlight = new THREE.DirectionalLight(0xffffff, 1.5);
    this.camera.add(headlight);
    headlight.position.set(0.3, 0.5, 1);
    this.scene.add(this.camera);
    // Every mesh carries RGBA vertex colours (constant where a part has one
    // colour), so the whole scene uses two shader programs, opaque and
    // translucent: a software GPU spends 60-100 ms building each program's
    // pipeline at its first draw.
    const phong = (opts) => new THREE.MeshPhongMaterial({ vertexColors: true, shininess: 18, specular: 0x222222, ...opts });
    this.materials = {
      bones: phong({}), sac: phong({ transparent: true, opacity: 0.45, depthWrite: false }),
      discs: phong({ shininess: 25 }),
      nerves: phong({ shininess: 20, specular: 0x444444 }),
      skin: phong({ transparent: true, depthWrite: false, side: THREE.FrontSide, shininess: 6, specular: 0x111111 }),
      shape: phong({ shininess: 30 }), marker: phong({ shininess: 40 }),
    };
    this._warm();
  }

  // Both programs compiled (and drawn once, which builds the pipelines) on a
  // stand-in while the data is on its way; the clipped variants of the foot
  // and leg views later, when the browser is idle (warmClipped).
  _warm(clips = []) {
    const g = new THREE.BufferGeometry();
    g.setAttribute('position', new THREE.BufferAttribute(new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0]), 3));
    g.setAttribute('normal', new THREE.BufferAttribute(new Float32Array([0, 0, 1, 0, 0, 1, 0, 0, 1]), 3));
    g.setAttribute('color', new THREE.BufferAttribute(new Uint8Array(12), 4, true));
    g.setIndex(new THREE.BufferAttribute(new Uint16Array([0, 1, 2]), 1));
    const stand = new THREE.Group();
    for (const mat of [this.materials.bones, this.materials.skin]) {
      const m = new THREE.Mesh(g, mat);
      m.position.set(0, 0, -2);
      m.frustumCulled = false;
      stand.add(m);
    }
    this.scene.add(stand);
    // into a corner of the canvas (the caller draws a whole frame next)
    const viewport = this.renderer.getViewport(new THREE.Vector4());
    this.renderer.setViewport(0, 0, 2, 2);
    this.renderer.clippingPlanes = clips;
    this.renderer.render(this.scene, this.camera);
    this.renderer.clippingPlanes = [];
    this.renderer.setViewport(viewport);
    this.scene.remove(stand);
    g.dispose();
  }

  warmClipped() {
    const planes = [new THREE.Plane(new THREE.Vector3(1, 0, 0), 0), new THREE.Plane(new THREE.Vector3(0, 0, 1), 0)];
    const clips = this.renderer.clippingPlanes;
    this._warm(planes);
    this.renderer.clippingPlanes = clips;
  }
}


// The vertical background gradient as scissored clears, one band per step
// of 8-bit colour (the same pixels a gradient quad would give, for the cost
// of a few dozen clears instead of a textured pass over every pixel).
export function clearBackdrop(r, gradientRgb) {
  const size = r.getDrawingBufferSize(new THREE.Vector2());  // bands on device pixels, no gaps
  const ratio = r.getPixelRatio();
  const [top, bottom] = gradientRgb;
  const steps = Math.max(2, Math.ceil(Math.max(...top.map((t, k) => Math.abs(t - bottom[k]))) * 255) + 1);
  const c = new THREE.Color();
  r.setClearColor(c.setRGB(...bottom), 1);
  r.clear(true, true, false);
  r.setScissorTest(true);
  for (let i = 0; i < steps; i++) {
    const y0 = Math.floor((i * size.y) / steps), y1 = Math.floor(((i + 1) * size.y) / steps);
    const t = (i + 0.5) / steps;
    r.setScissor(0, (size.y - y1) / ratio, size.x / ratio, (y1 - y0) / ratio);
    r.setClearColor(c.setRGB(...top.map((v, k) => v + (bottom[k] - v) * t)), 1);
    r.clear(true, false, false);
  }
  r.setScissorTest(false);
}

