// Kiosk: after idle time go Home and run the attract tour (L4, L5, S1, a disc
// herniation); keep the model in bounds and ease it back a few seconds after
// a gesture; block text selection, context menus and swipe-back.

export const LIMITS = { zoom: [0.35, 1.6], pan: 0.35 };

export class Kiosk {
  constructor({ idleSeconds = 90, stepSeconds = 8, easeSeconds = 4, tour, go, home, viewer, attractEl }) {
    Object.assign(this, { idleSeconds, stepSeconds, easeSeconds, tour, go, home, viewer, attractEl });
    this.attract = false;
    this.last = performance.now();
    this.step = 0;
    this.easeTimer = null;
    viewer.applyLimits(LIMITS);
    const block = (e) => e.preventDefault();
    document.addEventListener('contextmenu', block);
    document.addEventListener('selectstart', block);
    document.addEventListener('dragstart', block);
    // swipe-back and pull-to-refresh: keep horizontal edge swipes in the page
    document.addEventListener('touchmove', (e) => { if (e.touches.length === 1 && e.cancelable) e.preventDefault(); }, { passive: false });
    history.pushState(null, '', location.href);
    window.addEventListener('popstate', () => history.pushState(null, '', location.href));
    const touch = () => this.touch();
    for (const ev of ['pointerdown', 'keydown', 'wheel']) document.addEventListener(ev, touch, { capture: true, passive: true });
    this.timer = setInterval(() => this.tick(), 250);
  }

  touch() {
    this.last = performance.now();
    if (this.attract) {
      this.attract = false;
      this.attractEl.hidden = true;
    }
  }

  // called by the viewer when a gesture ends
  gestureEnded() {
    this.viewer.clampPan();
    clearTimeout(this.easeTimer);
    this.easeTimer = setTimeout(() => this.viewer.easeHome(), this.easeSeconds * 1000);
  }

  gestureStarted() {
    clearTimeout(this.easeTimer);
  }

  tick() {
    const now = performance.now();
    if (!this.attract) {
      if (now - this.last >= this.idleSeconds * 1000) {
        this.attract = true;
        this.attractEl.hidden = false;
        this.step = 0;
        this.next = now + this.stepSeconds * 1000;
        this.home();
      }
      return;
    }
    if (now >= this.next) {
      this.step = (this.step + 1) % this.tour.length;
      this.next = now + this.stepSeconds * 1000;
      this.go(this.tour[this.step]);
    }
  }
}
