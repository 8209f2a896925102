// The demo host page's own service worker (docs/EMBED.md, "Offline"): it lets the widget work
// with no network once the page has been opened online with this worker in control.
// host.js registers it with `?sw`, passing Ruta's address (`sw.js?ruta=<origin>`); a real page
// writes its Ruta origin as a constant, as in the docs.
//  - Ruta's files: exactly the docs' recipe (cache-first: their names change when they change;
//    the stable embed.js is refreshed in the background).
//  - The page's own files (this page, host.js, host.css, overlay.json): network first, the last
//    copy when offline. A real site does this its own way; it is here so the demo page opens offline.
const RUTA = new URL(self.location.href).searchParams.get('ruta') || 'https://ruta.example';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (e) => {
  if (e.request.method !== 'GET') return;
  const url = e.request.url;
  if (url.startsWith(RUTA + '/')) {
    // -- the recipe of docs/EMBED.md, unchanged --
    e.respondWith(caches.open('ruta').then(async (c) => {
      const fresh = () => fetch(e.request).then((r) => { if (r.ok) c.put(e.request, r.clone()); return r; });
      const hit = await c.match(e.request);
      if (!hit) return fresh();
      if (url.endsWith('/embed.js')) fresh().catch(() => {});
      return hit;
    }));
    return;
  }
  if (new URL(url).origin !== self.location.origin) return;
  e.respondWith(caches.open('host').then((c) => fetch(e.request)
    .then((r) => { if (r.ok) c.put(e.request, r.clone()); return r; })
    .catch(async () => (await c.match(e.request, { ignoreSearch: true })) || Response.error())));
});
