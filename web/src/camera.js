// Fit a camera preset to a picture's aspect, as scene/cameras.py does.
// A preset is the box it frames (height x width in metres), its focal point
// before the 1.5 % shift, view direction, up and view angle; the distance
// follows the aspect so the box fills the free part of the picture.

export function fitPreset(preset, aspect, free) {
  const hv = Math.max(preset.height, preset.width / aspect) / free;
  const d = hv / 2 / Math.tan((preset.angle * Math.PI) / 360);
  const focal = preset.focal.map((v, i) => v - preset.up[i] * hv * 0.015);
  const position = focal.map((v, i) => v + d * preset.dir[i]);
  return { position, focal, up: preset.up.slice(), angle: preset.angle, distance: d, clips: preset.clips };
}

export function presetKey(view, side) {
  return `${view}|${side === 'right' ? 'right' : 'left'}`;
}
