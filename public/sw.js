// Ruta's service worker. tools/post_build.py fills in the version and the list of every file of
// the build (all languages included), so nothing here is written by hand per build.
// Updates are atomic: each version has its own cache and a page is served from one version only;
// a new version waits until every Ruta tab is closed, or until she taps "use it now".
const VERSION = '__RUTA_VERSION__';
const FILES = __RUTA_FILES__;
const CACHE = 'ruta-' + VERSION;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const k of await caches.keys()) if (k.startsWith('ruta-') && k !== CACHE) await caches.delete(k);
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'ruta-skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // Every screen is index.html + a hash, so any navigation gets the cached shell.
    if (req.mode === 'navigate') {
      return (await cache.match('./index.html')) || fetch(req);
    }
    return (await cache.match(req, { ignoreSearch: true })) || fetch(req);
  })());
});
