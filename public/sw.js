// Ruta's service worker. tools/post_build.py fills in the version and the list of every file of
// the build (all languages included), so nothing here is written by hand per build.
// Updates are atomic: each version has its own cache and a new page is served from one version;
// a new version waits until every Ruta tab is closed, or until she taps "use it now".
// - A tab still on the previous version keeps working: the previous version's cache is kept (its
//   hashed files are still found), and that tab is told a new version is ready.
// - A failed install leaves no cache behind (a half-filled cache is deleted), and a first visit
//   whose install failed is told that offline use is not ready yet (boot.js).
const VERSION = '__RUTA_VERSION__';
const FILES = __RUTA_FILES__;
const CACHE = 'ruta-' + VERSION;
const BOOT = FILES.find((f) => /\/boot-[0-9a-f]+\.js$/.test(f)) || '';
const META = 'ruta.meta'; // not 'ruta-…': never taken for a version cache

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    try {
      const c = await caches.open(CACHE);
      await c.addAll(FILES);
    } catch (err) {
      await caches.delete(CACHE);
      throw err;
    }
  })());
});

// Which version came before this one (kept for tabs still running it): stored in a tiny cache.
async function previousVersion() {
  const r = await (await caches.open(META)).match('./previous');
  return r ? r.text() : null;
}

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const meta = await caches.open(META);
    const current = await meta.match('./current');
    let before = current ? await current.text() : null;
    if (!before) {
      // Upgrading from a worker that kept no record: the one other version cache is the previous.
      const others = (await caches.keys()).filter((k) => k.startsWith('ruta-') && k !== CACHE && k !== META);
      if (others.length === 1) before = others[0];
    }
    if (before && before !== CACHE) await meta.put('./previous', new Response(before));
    await meta.put('./current', new Response(CACHE));
    const keep = new Set([CACHE, META, await previousVersion()]);
    for (const k of await caches.keys()) if (k.startsWith('ruta-') && !keep.has(k)) await caches.delete(k);
    await self.clients.claim();
    for (const c of await self.clients.matchAll({ type: 'window' })) c.postMessage({ type: 'ruta-activated', boot: BOOT });
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
    // Every screen is index.html + a hash, so any navigation gets this version's shell.
    if (req.mode === 'navigate') {
      return (await cache.match('./index.html')) || fetch(req);
    }
    // This version's file, else the previous version's (a tab still running it), else the network.
    const own = await cache.match(req, { ignoreSearch: true });
    if (own) return own;
    const prev = await previousVersion();
    const old = prev && prev !== CACHE ? await (await caches.open(prev)).match(req, { ignoreSearch: true }) : null;
    return old || fetch(req);
  })());
});
