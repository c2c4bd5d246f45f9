// Save picture: the current view rendered at a chosen size with the title,
// labels with leader lines, legend, caption (disclaimer, credits) and the
// emergency box where the knowledge base says it applies, drawn as
// render/annotate.py draws the screenshot command's pictures.

import * as THREE from 'three';
import { layout } from './labels.js';
import { hexRgb } from './paint.js';

const FONT = '"DejaVu Sans", "Liberation Sans", Arial, sans-serif';

function hexa(h) {
  const s = h.replace('#', '');
  const a = s.length >= 8 ? parseInt(s.slice(6, 8), 16) / 255 : 1;
  return `rgba(${[0, 2, 4].map((i) => parseInt(s.slice(i, i + 2), 16)).join(',')},${a.toFixed(3)})`;
}
const rgbCss = (c, a = 1) => `rgba(${c.map((v) => Math.round(v * 255)).join(',')},${a})`;

export function bands(h) {
  return [Math.floor(h * 0.095), Math.floor(h * 0.125)];
}

function wrap(ctx, text, width) {
  const words = text.split(/\s+/).filter(Boolean);
  const lines = [];
  let cur = '';
  for (const wd of words) {
    const t = cur ? `${cur} ${wd}` : wd;
    if (ctx.measureText(t).width <= width || !cur) cur = t;
    else { lines.push(cur); cur = wd; }
  }
  if (cur) lines.push(cur);
  return lines;
}

function fit(ctx, text, width) {
  if (ctx.measureText(text).width <= width) return text;
  let t = text;
  while (t && ctx.measureText(`${t}…`).width > width) t = t.slice(0, -1);
  return `${t}…`;
}

// Render the current view at w x h pixels (camera refitted if at the preset); RGBA bytes, rows top first.
export function renderPixels(viewer, w, h) {
  const target = new THREE.WebGLRenderTarget(w, h, { samples: 4 });
  const cam = viewer.camera.clone();
  cam.aspect = w / h;
  if (viewer._atPreset() && viewer.view) {
    const p = viewer.presetCamera(viewer.view.view, viewer.view.side, w / h);
    cam.position.set(...p.position);
    cam.up.set(...p.up);
    cam.lookAt(...p.focal);
  }
  cam.updateProjectionMatrix();
  viewer.scene.background = viewer.backdrop(); // as VTK's gradient background
  viewer.renderer.setRenderTarget(target);
  viewer.renderer.clear(true, true, false);
  viewer.renderer.render(viewer.scene, cam);
  viewer.scene.background.dispose();
  viewer.scene.background = null;
  const buf = new Uint8Array(w * h * 4);
  viewer.renderer.readRenderTargetPixels(target, 0, 0, w, h, buf);
  viewer.renderer.setRenderTarget(null);
  target.dispose();
  const rows = new Uint8ClampedArray(w * h * 4);
  for (let y = 0; y < h; y++) rows.set(buf.subarray((h - 1 - y) * w * 4, (h - y) * w * 4), y * w * 4);
  return { pixels: rows, camera: cam };
}

export function compose(viewer, frame, state, theme, w, h) {
  const { pixels, camera } = renderPixels(viewer, w, h);
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d');
  ctx.putImageData(new ImageData(pixels, w, h), 0, 0);
  const fg = hexRgb(theme.text);
  const panel = hexa(theme.panel);
  const [top, bottom] = bands(h);
  const m = Math.floor(0.02 * w);
  const P = frame.picture;
  ctx.textBaseline = 'top';

  // title band
  ctx.fillStyle = panel;
  ctx.fillRect(0, 0, w, top);
  let tsize = Math.max(10, Math.floor(h * 0.036));
  ctx.font = `bold ${tsize}px ${FONT}`;
  while (ctx.measureText(P.title).width > w - 2 * m && tsize > Math.max(9, Math.floor(h * 0.024))) {
    tsize -= 1;
    ctx.font = `bold ${tsize}px ${FONT}`;
  }
  ctx.fillStyle = rgbCss(fg);
  ctx.fillText(fit(ctx, P.title, w - 2 * m), m, Math.floor(top * 0.12));
  ctx.font = `${Math.max(8, Math.floor(h * 0.02))}px ${FONT}`;
  ctx.fillStyle = rgbCss(fg, 210 / 255);
  ctx.fillText(fit(ctx, P.subtitle, w - 2 * m), m, Math.floor(top * 0.6));

  // labels
  if (state.layers.has('labels')) {
    const fpx = Math.max(9, Math.floor(h * 0.021));
    ctx.font = `${fpx}px ${FONT}`;
    const lw = Math.max(1, Math.round(h / 540));
    const project = (p) => {
      const v = camera.position.clone().set(...p).project(camera);
      return [(v.x + 1) / 2 * w, (1 - v.y) / 2 * h, v.z];
    };
    const measure = (t) => [Math.ceil(ctx.measureText(t).width), fpx];
    const placed = layout(frame.labels, { project, camPos: camera.position.toArray(), w, h, top, bottom, fpx, measure });
    const pad = Math.max(2, Math.floor(fpx / 4));
    for (const b of placed) {
      const col = b.lab.rgb || fg;
      const ex = b.ax >= b.bx + b.bw ? b.bx + b.bw : b.bx;
      const ey = b.by + b.bh / 2;
      ctx.lineWidth = lw + 2;
      ctx.strokeStyle = 'rgba(20,20,20,0.8)';
      ctx.beginPath(); ctx.moveTo(b.ax, b.ay); ctx.lineTo(ex, ey); ctx.stroke();
      ctx.lineWidth = lw;
      ctx.strokeStyle = rgbCss(col);
      ctx.beginPath(); ctx.moveTo(b.ax, b.ay); ctx.lineTo(ex, ey); ctx.stroke();
      ctx.fillStyle = rgbCss(col);
      ctx.beginPath(); ctx.arc(b.ax, b.ay, Math.max(2, lw + 1), 0, 2 * Math.PI); ctx.fill();
      ctx.fillStyle = panel;
      ctx.beginPath(); ctx.roundRect(b.bx, b.by, b.bw, b.bh, Math.max(2, b.bh / 4)); ctx.fill();
      ctx.strokeStyle = rgbCss(col);
      ctx.stroke();
      ctx.fillStyle = rgbCss(fg);
      ctx.fillText(b.lab.text, b.bx + pad, b.by + pad);
    }
  }

  // caption band: legend row, then the caption lines, all of them (disclaimer,
  // the safety-net line where it applies, credits): the band grows upwards
  // rather than cut one, as render/annotate.py's annotate() does
  const fc = Math.max(8, Math.floor(h * 0.0165));
  ctx.font = `${fc}px ${FONT}`;
  const sw = Math.max(8, Math.floor(h * 0.018));
  const ag = ctx.measureText('Ag');
  const lineH = Math.ceil(ag.actualBoundingBoxAscent + ag.actualBoundingBoxDescent) + Math.max(2, Math.floor(h * 0.006));
  const wrapped = P.caption.flatMap((line) => wrap(ctx, line, w - 2 * m));
  const need = Math.floor(bottom * 0.08) + sw + Math.floor(bottom * 0.08) + lineH * wrapped.length + 2;
  const band = Math.max(bottom, need);
  ctx.fillStyle = panel;
  ctx.fillRect(0, h - band, w, band);
  let y = h - band + Math.floor(band * 0.08);
  let x = m;
  for (const [text, colour, style] of P.legend) {
    const tw = ctx.measureText(text).width;
    if (x + sw + 6 + tw > w - m) break;
    ctx.fillStyle = rgbCss(colour);
    ctx.fillRect(x, y, sw, sw);
    if (style === 'stripes') {
      ctx.save();
      ctx.beginPath(); ctx.rect(x, y, sw, sw); ctx.clip();
      ctx.strokeStyle = 'rgba(255,255,255,0.8)';
      ctx.lineWidth = 1;
      for (let k = 3; k < 2 * sw; k += Math.max(3, Math.floor(sw / 3))) {
        ctx.beginPath(); ctx.moveTo(x + k - sw, y + sw); ctx.lineTo(x + k, y); ctx.stroke();
      }
      ctx.restore();
    }
    ctx.strokeStyle = rgbCss(fg, 0.6);
    ctx.strokeRect(x, y, sw, sw);
    ctx.fillStyle = rgbCss(fg);
    ctx.fillText(text, x + sw + 5, y + (sw - fc) / 2);
    x += sw + 5 + tw + Math.floor(w * 0.02);
  }
  y += sw + Math.floor(band * 0.08);
  ctx.fillStyle = rgbCss(fg, 225 / 255);
  for (const sub of wrapped) {
    ctx.fillText(sub, m, y);
    y += lineH;
  }
  const captionTop = h - band;

  // the red emergency box, only where the knowledge base says an emergency
  // applies (the frame's urgent); wrapped, never cut
  if (P.urgent) {
    const fb = Math.max(9, Math.floor(h * 0.019));
    ctx.font = `bold ${fb}px ${FONT}`;
    const lines = wrap(ctx, P.urgent, w - 2 * m - 16);
    const tw = Math.max(...lines.map((t) => ctx.measureText(t).width));
    const lh = fb + 4;
    const bx = w - m - tw - 16;
    const by = top + Math.floor(m / 2);
    ctx.fillStyle = 'rgba(176,32,32,0.92)';
    ctx.beginPath(); ctx.roundRect(bx, by, w - m - bx, lh * lines.length + 10, 6); ctx.fill();
    ctx.fillStyle = '#ffffff';
    lines.forEach((t, i) => ctx.fillText(t, bx + 8, by + 5 + i * lh));
  }
  return { canvas, captionTop, captionLines: wrapped };
}
