// The panels: controls on the left, the info panel on the right (drawers on
// a tablet). Every control is a real <button> (Tab, Enter, Space) with an
// accessible name; ids are stable, the browser tests use them.

const el = (tag, attrs = {}, ...kids) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of kids.flat()) if (c !== null && c !== undefined) e.append(c);
  return e;
};

const rgbHex = (h) => h;

export class Panels {
  constructor(site, actions, { kiosk }) {
    this.site = site;
    this.C = site.scene.catalog;
    this.W = site.scene.words.web;
    this.UI = site.scene.words.ui;
    this.actions = actions;
    this.kiosk = kiosk;
    this.controls = document.getElementById('controls');
    this.info = document.getElementById('info');
    this.toolbar = document.getElementById('toolbar');
  }

  w(key, mode) {
    const v = this.W[key];
    if (v && typeof v === 'object') return v[mode] || v.patient;
    return v || key;
  }

  view(v, mode) {
    const e = (this.site.scene.words.views || {})[v];
    const t = (e && typeof e === 'object' ? e[mode] || e.patient : e) || v.replace(/-/g, ' ');
    return t.charAt(0).toUpperCase() + t.slice(1);
  }

  // ------------------------------------------------------------- controls
  renderControls(st) {
    const A = this.actions, C = this.C, mode = st.mode;
    const pressed = (b) => (b ? 'true' : 'false');
    const top = el('div', { class: 'fsv-top' },
      el('button', { id: 'home', 'aria-label': this.w('home-name'), onclick: () => A.home(), text: this.w('home') }),
      this.kiosk ? null : el('div', { id: 'mode', role: 'group', 'aria-label': this.w('mode-name'), class: 'fsv-btns' },
        ['patient', 'student'].map((m) => el('button', { id: `mode-${m}`, 'aria-pressed': pressed(mode === m),
          onclick: () => A.update({ mode: m }), text: this.w(`mode-${m}`) }))),
      this.kiosk ? null : el('button', { id: 'text-smaller', 'aria-label': this.w('text-smaller'), onclick: () => A.textSize(-1), text: 'A−' }),
      this.kiosk ? null : el('button', { id: 'text-larger', 'aria-label': this.w('text-larger'), onclick: () => A.textSize(1), text: 'A+' }),
      this.kiosk ? null : el('button', { id: 'export', onclick: () => A.savePicture(), text: this.w('save-picture') }),
    );
    const roots = el('div', { id: 'roots', class: 'fsv-btns' }, C.roots.map((r) => {
      const on = st.root === r.id;
      const b = el('button', { id: `root-${r.id}`, class: 'fsv-root', 'aria-pressed': pressed(on), text: r.label,
        onclick: () => A.choose({ root: on ? null : r.id, site: null }) });
      b.style.borderColor = rgbHex(r.color);
      if (on) b.style.background = rgbHex(r.color);
      return b;
    }));
    const sites = C.site_groups.map((g) => el('div', { class: 'fsv-group' },
      el('h3', { text: this.site.scene.words.groups[g.id] || g.title }),
      el('div', { class: 'fsv-btns' }, g.items.map((s) => {
        const on = st.site === s.id;
        return el('button', { id: `site-${s.id}`, 'aria-pressed': pressed(on), text: s.label[mode],
          onclick: () => A.choose({ site: on ? null : s.id, root: null }) });
      }))));
    const sides = el('div', { id: 'side', role: 'group', 'aria-label': this.w('side'), class: 'fsv-btns' },
      C.sides.map((s) => el('button', { id: `side-${s}`, 'aria-pressed': pressed(st.side === s),
        onclick: () => A.update({ side: s }), text: this.w(`side-${s}`) })));
    const cams = el('div', { id: 'cameras', class: 'fsv-btns' },
      C.views.map((v) => el('button', { id: `camera-${v}`, 'aria-pressed': pressed(st.view === v),
        onclick: () => A.camera(v), text: this.view(v, mode) })));
    const settings = this.kiosk ? null : el('div', { id: 'settings' },
      el('h2', { text: this.w('map') }),
      el('div', { id: 'map', role: 'group', 'aria-label': this.w('map'), class: 'fsv-btns' },
        C.maps.map((m) => el('button', { id: `map-${m.id}`, 'aria-pressed': pressed(st.map === m.id),
          onclick: () => A.update({ map: m.id }), text: m.title }))),
      el('h2', { text: this.w('layers') }),
      el('div', { id: 'layers', class: 'fsv-btns' }, C.layers.map((l) => el('button', { id: `layer-${l}`,
        'aria-pressed': pressed(st.layers.has(l)), onclick: () => A.toggleLayer(l), text: this.w(`layer-${l}`) }))),
      el('h2', { text: this.w('skin-opacity') }),
      el('input', { id: 'skin-opacity', class: 'fsv-range', type: 'range', min: '0', max: '1', step: '0.05',
        value: String(1 - st.opacity), 'aria-label': this.w('skin-opacity'),
        oninput: (e) => A.update({ opacity: Math.round((1 - Number(e.target.value)) * 100) / 100 }, { keepFocus: true }) }),
    );
    const keep = document.activeElement && document.activeElement.id;
    const scroll = this.controls.scrollTop;
    this.controls.replaceChildren(
      el('button', { class: 'fsv-drawer-close', 'aria-label': this.w('close'), onclick: () => A.drawer(null), text: '×' }),
      el('h1', { id: 'title', text: this.w('app-title') }), top,
      el('h2', { text: this.w('roots') }), roots,
      el('h2', { text: this.w('sites') }), ...sites,
      el('h2', { text: this.w('side') }), sides,
      el('h2', { text: this.w('camera') }), cams,
      settings,
    );
    this.controls.scrollTop = scroll;
    if (keep) document.getElementById(keep)?.focus({ preventScroll: true });
    this.toolbar.replaceChildren(
      el('button', { id: 'open-controls', onclick: () => A.drawer('controls'), text: this.w('open-controls') }),
      el('button', { id: 'home-bar', 'aria-label': this.w('home-name'), onclick: () => A.home(), text: this.w('home') }),
      el('button', { id: 'open-info', onclick: () => A.drawer('info'), text: this.w('open-info') }),
    );
  }

  // ------------------------------------------------------------------ info
  renderInfo(st, frame, marks, message) {
    const A = this.actions;
    const panel = frame.panel;
    const mode = st.mode;
    const kids = [el('button', { class: 'fsv-drawer-close', 'aria-label': this.w('close'), onclick: () => A.drawer(null), text: '×' })];
    if (frame.picture.urgent) kids.push(el('div', { id: 'red-flag', class: 'fsv-alert', role: 'alert', text: frame.picture.urgent }));
    if (message) kids.push(el('div', { id: 'message', class: 'fsv-message', text: message }));
    if (panel.title) kids.push(el('h2', { id: 'info-title', text: panel.title }));
    const sections = panel.title ? panel.sections : [{ title: this.w('start-title'), items: [this.w('start')] }];
    for (const sec of sections) {
      kids.push(el('section', { class: 'fsv-section' }, el('h3', { text: sec.title }),
        sec.items.length === 1 && sec.items[0].length > 80 ? el('p', { text: sec.items[0] })
          : el('ul', {}, sec.items.map((i) => el('li', { text: i })))));
    }
    if (marks.length) {
      kids.push(el('div', { id: 'marks' }, el('h2', { text: this.w('marks') }),
        marks.map((m) => {
          const spot = this.w('spot').replace('{n}', m.number);
          if (!m.answer) return el('div', { class: 'fsv-mark', id: `mark-${m.number}` }, el('h3', { text: spot }), el('p', { text: this.w('spot-loading') }));
          return el('div', { class: 'fsv-mark', id: `mark-${m.number}` },
            el('h3', { text: `${spot}: ${m.answer.title}` }),
            m.answer.emergency ? el('div', { class: 'fsv-alert', role: 'alert', text: m.answer.emergency }) : null,
            m.answer.sections.map((s) => el('div', {}, el('strong', { text: s.title }),
              el('ul', {}, s.items.map((i) => el('li', { text: i }))))));
        }),
        el('button', { id: 'clear-marks', onclick: () => A.clearMarks(), text: this.w('clear-marks') })));
    }
    if (mode === 'student' && panel.sources && panel.sources.length) {
      kids.push(el('div', { id: 'sources' }, el('h3', { text: this.w('sources') }),
        el('ul', {}, panel.sources.map((s) => el('li', { text: s })))));
    }
    // the calm, always-available note on when to get help now
    kids.push(el('div', { id: 'get-help', class: 'fsv-help', role: 'note' },
      el('h2', { text: this.w('get-help') }),
      frame.picture.safety_net ? el('p', { id: 'safety-net', text: frame.picture.safety_net }) : null,
      el('p', { id: 'urgent', text: panel.urgent || this.UI.emergency })));
    kids.push(el('p', { id: 'disclaimer', class: 'fsv-disclaimer', text: panel.disclaimer || this.UI.disclaimer }));
    kids.push(el('p', { id: 'credits', class: 'fsv-disclaimer', text: this.UI.credits }));
    this.info.replaceChildren(...kids);
  }
}
