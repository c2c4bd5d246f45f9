// Service worker: precache every file of the site so that a loaded page (a
// kiosk) keeps working when the server stops. The build fills in the list
// and the version (the site's fingerprint), so a rebuilt site replaces the cache.
const VERSION = 'fsv-__VERSION__';
const FILES = "__FILES__";

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(VERSION).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k !== VERSION).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  // the page itself: the cached index.html (a server may redirect "/" to "/?kiosk")
  const page = event.request.mode === 'navigate' && (url.pathname.endsWith('/') || url.pathname.endsWith('/index.html'));
  event.respondWith(caches.open(VERSION).then(async (cache) => {
    const hit = await cache.match(page ? new URL('index.html', self.registration.scope).href : event.request,
      { ignoreSearch: true });
    if (hit) return hit;
    try {
      return await fetch(event.request);
    } catch (e) {
      return Response.error();
    }
  }));
});
