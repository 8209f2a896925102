// Ruta's loader (an external file, so the Content-Security-Policy needs no 'unsafe-inline').
// tools/post_build.py fills in the hashed names of this build. It:
//  1. wires the quick exit that works before the app has loaded (a plain link + Shift × 3),
//  2. (the danger box of a results link, before the wasm, is marked earlier by prepaint.js, which
//     the build inlines into index.html right after the static numbers; this file reads its results),
//  3. starts the wasm app; if any part fails to load, or the app crashes while starting, shows the
//     recovery screen in her language (what happened, retry, quick exit, the emergency numbers of
//     the 11 countries — all static text from index.html), never "Loading…" forever,
//  4. inside an iframe: applies the host's checked theme and talks only to the declared host origin,
//  5. registers the service worker (offline) and says so if offline use could not be prepared.
const JS = '__RUTA_JS__';
const WASM = '__RUTA_WASM__';
/** Without any sign of life from a load for this long, the recovery screen is shown (the load goes on). */
const STALL_MS = 30000;

const boot = document.getElementById('boot');
const langs = document.getElementById('boot-langs');
if (boot) boot.classList.add('js');

// Where the quick exit goes: inside a frame the host's &exit= (its own neutral page), else
// <meta name="ruta-exit-url">, else a search engine. Only http(s) addresses are followed.
function exitUrl() {
  const web = (u) => (u && /^https?:\/\//.test(u) ? u : null);
  const m = document.querySelector('meta[name="ruta-exit-url"]');
  const framedNow = new URLSearchParams(location.search).has('embed') && window.parent !== window;
  return (framedNow && web(new URLSearchParams(location.search).get('exit'))) || web(m && m.getAttribute('content')) || 'https://www.google.com/';
}

// ---- What the link asks for, and her language: read by prepaint.js (inline in index.html) --------
const { link, lang } = window.rutaPrepaint || { link: { view: '', lang: '', c: '', s: [] }, lang: 'es' };
const search = new URLSearchParams(location.search);
const block = langs && langs.querySelector(`.bl[lang="${lang}"]`);
const early = document.getElementById('early-exit');

// ---- Inside an iframe: theme and host origin ---------------------------------------------------
// The host declares its origin in the frame's address (&host=https://ngo.example); the frame
// posts only to it and accepts messages only from it. Without it the frame stays silent.
const framed = search.has('embed') && window.parent !== window;
function declaredHost() {
  const v = search.get('host');
  if (!v) return null;
  try {
    const u = new URL(v);
    return /^https?:$/.test(u.protocol) && u.origin !== 'null' ? u.origin : null;
  } catch (_) { return null; }
}
const hostOrigin = framed ? declaredHost() : null;
if (framed && !hostOrigin) {
  console.error('Ruta frame: add &host=<your page\'s origin> (for example &host=https://ngo.example) to the frame\'s address; until then the frame sends no messages (height, exit) and accepts none (your contacts).');
}
function toHost(msg) {
  if (hostOrigin) window.parent.postMessage(msg, hostOrigin);
}
if (search.has('embed')) {
  // Theme values apply only inside a real embed, only as checked colours (public/theme.js).
  if (framed && ['accent', 'font', 'radius', 'bg', 'fg'].some((k) => search.has(k))) {
    import('./theme.js').then((m) => m.applyTheme(document.documentElement, (k) => search.get(k), 'Ruta frame theme'))
      .catch((e) => console.error('Ruta frame theme: not applied', e));
  }
  else if (['accent', 'font', 'radius', 'bg', 'fg'].some((k) => search.has(k))) console.error('Ruta: theme values are ignored outside a frame.');
  document.documentElement.classList.add('embedded');
}

let rutaFramePost = null;
if (framed && hostOrigin) {
  window.addEventListener('message', (e) => {
    if (e.source !== window.parent || e.origin !== hostOrigin || !e.data || typeof e.data !== 'object') return;
    if (e.data.type === 'ruta-host-ready') {
      if (rutaFramePost) rutaFramePost();
      toHost({ type: 'ruta-ready' });
    }
    if (e.data.type === 'ruta-overlay') {
      // JSON text (frame-host.js) or an already-parsed object (older hosts); checked by the app.
      window.__rutaOverlay = typeof e.data.text === 'string' ? e.data.text : e.data.directory;
      window.dispatchEvent(new CustomEvent('ruta-overlay'));
    }
  });
}

// ---- Quick exit ----------------------------------------------------------------------------------
// A plain link in index.html (works with no script at all); this handler also wipes and replaces
// the history entry (GOV.UK "Exit this page") so Back does not return here. Nothing here waits
// for the wasm.
function quickExit(ev) {
  if (ev && ev.preventDefault) ev.preventDefault();
  // In a kiosk there is nowhere to go: clear the screen for the next visitor instead.
  if (typeof window.rutaKioskWipe === 'function') return window.rutaKioskWipe();
  try { if (typeof window.rutaBeforeExit === 'function') window.rutaBeforeExit(); } catch (_) { /* leave anyway */ }
  try { document.body.innerHTML = ''; } catch (_) { /* nothing to keep */ }
  try { localStorage.removeItem('ruta-remember'); sessionStorage.clear(); } catch (_) { /* storage off */ }
  try { history.replaceState(null, '', location.pathname + location.search); } catch (_) { /* file:// */ }
  if (framed) {
    // Leave the host page, not just the frame: the host's frame-host.js does it; where the host
    // has no frame-host.js, try to move the top page directly (browsers allow it after a tap).
    toHost({ type: 'ruta-exit', url: exitUrl() });
    setTimeout(() => {
      try { window.top.location.replace(exitUrl()); } catch (_) { /* blocked: cross-origin */ }
      location.replace('about:blank');
    }, 300);
    return;
  }
  location.replace(exitUrl());
}
window.rutaQuickExit = quickExit;
if (early) {
  early.setAttribute('href', exitUrl());
  early.addEventListener('click', quickExit);
}

// Shift pressed and released three times within two seconds, with no other key in between:
// exit (every screen, before and after load). Shift+Tab never counts. Each counted press is
// announced to the app ('ruta-shift', detail.count 1 or 2) so it can say "twice more / once more".
let shifts = [];
let shiftClean = false;
document.addEventListener('keydown', (e) => {
  if (e.key === 'Shift') { if (!e.repeat) shiftClean = true; return; }
  shiftClean = false;
  shifts = [];
}, true);
document.addEventListener('keyup', (e) => {
  if (e.key !== 'Shift') return;
  if (!shiftClean) return;
  shiftClean = false;
  const now = Date.now();
  shifts = shifts.filter((t) => now - t < 2000).concat(now);
  if (shifts.length >= 3) { shifts = []; quickExit(); return; }
  window.dispatchEvent(new CustomEvent('ruta-shift', { detail: { count: shifts.length } }));
}, true);

// The danger box before the wasm is marked by prepaint.js, inline in index.html (no wait for us).

// ---- Recovery --------------------------------------------------------------------------------
let mounted = false;
let failedOnce = false;
function showRecovery(why, err) {
  if (mounted && why !== 'crash') return;
  if (failedOnce) return;
  failedOnce = true;
  if (err) console.error(`Ruta could not start (${why}):`, err);
  if (!boot) return;
  boot.classList.remove('prepaint');
  boot.classList.add('failed');
  boot.dataset.why = why;
  boot.setAttribute('role', 'alert');
  if (!boot.isConnected) document.body.prepend(boot);
  const h = boot.querySelector(`.bl[lang="${lang}"] .rec h1`);
  window.scrollTo(0, 0);
  if (h) { h.setAttribute('tabindex', '-1'); h.focus(); }
}
window.rutaBootFailed = (why) => showRecovery(why || 'pack');
// The app calls this when it has mounted (src/browser.rs remove_boot_note).
window.rutaMounted = () => {
  mounted = true;
  clearTimeout(stall);
  if (firstRoot) handOver();
};
if (boot) {
  for (const b of boot.querySelectorAll('.retry')) b.addEventListener('click', () => location.reload());
}
// A panic in the wasm is a WebAssembly.RuntimeError ("unreachable"): before the app is up, any
// error of this page's scripts means it did not start; after, only a crash of the wasm counts.
const crashed = (err) => typeof WebAssembly === 'object' && err instanceof WebAssembly.RuntimeError;
window.addEventListener('error', (e) => {
  const ours = !e.filename || e.filename.startsWith(location.origin) || e.filename.startsWith('file:') || e.filename === location.href;
  if (crashed(e.error)) showRecovery('crash', e.error);
  else if (!mounted && ours && e.error) showRecovery('script', e.error);
});
window.addEventListener('unhandledrejection', (e) => {
  if (crashed(e.reason)) showRecovery('crash', e.reason);
});
let stall = setTimeout(() => { if (!mounted) showRecovery('stalled'); }, STALL_MS);

// Her language's message pack, fetched now in parallel with the wasm instead of after the wasm has
// started (issue 14): a preload the app's own fetch of the same file then takes from the memory
// cache. post_build.py fills in this build's pack names. A wrong guess (a remembered screen in
// another language) costs one pack and changes nothing else.
const PACKS = __RUTA_PACKS__;
function preloadPack() {
  const file = Object.prototype.hasOwnProperty.call(PACKS, lang) ? PACKS[lang] : null;
  if (!file || search.has('kiosk')) return; // a kiosk loads every language anyway
  const l = document.createElement('link');
  l.rel = 'preload';
  l.as = 'fetch';
  l.crossOrigin = 'anonymous';
  l.href = file;
  document.head.appendChild(l);
}

// ---- The first paint (issue 14) ------------------------------------------------------------------
// A results link with her answers (prepaint.js decided, and started its files): a small wasm
// (crates/firstpaint) draws the app's own results screen from the engine, and the app itself is
// fetched only when she first does something on the page (a touch, a key, a changed address).
// What she did before it arrived is then done again in the app: the same element clicked, the
// same boxes open, the same element focused, the same words typed, the same language chosen.
let firstRoot = null;
let firstHash = '';
let firstAddress = '';
const firstSteps = [];
/** An element's place under the screen's root: the same place in the app's screen is the same
 * element (the markup is the same, tests/web.rs). */
function placeOf(el, root) {
  const at = [];
  for (let e = el; e && e !== root; e = e.parentElement) {
    if (!e.parentElement) return null;
    at.unshift([...e.parentElement.children].indexOf(e));
  }
  return at;
}
function atPlace(at, root) {
  let e = root;
  for (const i of at || []) e = e && e.children[i];
  return at ? e : null;
}
/** The language tags of the phone's on-device voices (`es-MX,fr-FR`), for the Listen controls. */
function localVoices() {
  try {
    const s = window.speechSynthesis;
    return s ? s.getVoices().filter((v) => v.localService).map((v) => String(v.lang)).join(',') : '';
  } catch (_) { return ''; }
}
localVoices(); // a phone often lists its voices only after a first ask
/** Our screen as an element, or null. The wasm escaped every text and wrote only in-app and tel:
 * links (crates/firstpaint); a template parses it inert. */
function firstElement(html) {
  if (!html) return null;
  const tpl = document.createElement('template');
  tpl.innerHTML = html;
  const root = tpl.content.firstElementChild;
  return root && root.classList.contains('ruta-root') ? root : null;
}
async function firstPaint() {
  const files = window.rutaPrepaint && window.rutaPrepaint.first;
  if (!files || !boot) return false;
  try {
    const packFile = files.packs[lang];
    const [glue, pack] = await Promise.all([
      import(files.js),
      fetch(packFile).then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(`${packFile}: ${r.status}`)))),
    ]);
    await glue.default({ module_or_path: files.wasm });
    const hash = location.hash;
    const bytes = new Uint8Array(pack);
    let voices = localVoices();
    const root = firstElement(glue.render(hash, lang, bytes, voices));
    if (!root || appStarted) return false;
    // Beside the boot screen, not inside it (whose styles would reach it): the boot screen hides
    // and comes back only to say the app failed to load.
    boot.classList.remove('prepaint');
    boot.classList.add('first');
    boot.after(root);
    firstRoot = root;
    firstHash = hash;
    // The address the app writes: the screen and language, not her answers (the app gets them back
    // from firstHash when it starts).
    firstAddress = glue.address(hash);
    try { history.replaceState(history.state, '', firstAddress); } catch (_) { /* file:// */ }
    document.documentElement.lang = lang;
    const h1 = root.querySelector('main h1');
    if (h1) document.title = `${h1.textContent.replace(/[\u2068\u2069]/g, '').trim()} · Ruta`;
    clearTimeout(stall); // nothing is loading now: the app loads when she does something
    wireFirst(root);
    // The phone's voices arrived after our screen: draw it again with its Listen controls (as the
    // app does: they come after the numbers, so no number moves).
    if (window.speechSynthesis && window.speechSynthesis.addEventListener) {
      window.speechSynthesis.addEventListener('voiceschanged', () => {
        const now = localVoices();
        // Not once she has started the app: what she did is placed on this screen as it is.
        if (!firstRoot || appStarted || now === voices) return;
        voices = now;
        const next = firstElement(glue.render(firstHash, lang, bytes, voices));
        if (!next || !firstRoot) return;
        firstRoot.replaceWith(next);
        firstRoot = next;
        wireFirst(next);
      });
    }
    wireWake();
    return true;
  } catch (err) {
    console.warn('Ruta: the first paint did not run; the app loads now.', err);
    return false;
  }
}
/** Her first touch, key or change of address starts the app. */
function wireWake() {
  const wake = () => startApp();
  for (const t of ['pointerdown', 'touchstart', 'keydown']) window.addEventListener(t, wake, { capture: true, passive: true, once: true });
  window.addEventListener('hashchange', wake, { once: true });
}
function wireFirst(root) {
  root.addEventListener('click', (ev) => {
    const el = ev.target instanceof Element ? ev.target.closest('a, button') : null;
    if (!el || !root.contains(el) || el.matches('a[href^="tel:"]')) return; // a number dials at once
    ev.preventDefault();
    if (el.matches('.exit')) { quickExit(ev); return; }
    if (el.matches('a.skip')) { const m = root.querySelector('main'); if (m) m.focus(); return; }
    firstSteps.push(['click', placeOf(el, root)]);
    startApp();
  }, true);
  root.addEventListener('submit', (ev) => {
    ev.preventDefault();
    firstSteps.push(['submit', placeOf(ev.target, root)]);
    startApp();
  }, true);
  root.addEventListener('change', (ev) => {
    if (!(ev.target instanceof HTMLSelectElement)) return;
    firstSteps.push(['change', placeOf(ev.target, root), ev.target.value]);
    startApp();
  }, true);
}
/** The app has mounted its own screen (still beside ours): carry over what she did, then ours goes. */
function handOver() {
  const from = firstRoot;
  firstRoot = null;
  const to = [...document.body.children].find((e) => e !== from && e.classList.contains('ruta-root'));
  if (!to) return;
  const focused = document.activeElement && from.contains(document.activeElement) ? atPlace(placeOf(document.activeElement, from), to) : null;
  const opened = [...from.querySelectorAll('details[open]')].map((d) => atPlace(placeOf(d, from), to));
  const typed = from.querySelector('input[type=search]');
  const words = typed ? typed.value : '';
  const steps = firstSteps.splice(0).map(([kind, at, value]) => [kind, atPlace(at, to), value]);
  // Words and focus first, in this same task, so a key she presses now lands in the app's field.
  const input = words && to.querySelector('input[type=search]');
  if (input) { input.value = words; input.dispatchEvent(new Event('input', { bubbles: true })); }
  if (focused && typeof focused.focus === 'function') focused.focus({ preventScroll: true });
  // In the same task as the app's mount: no frame ever shows both screens, or neither.
  from.remove();
  requestAnimationFrame(() => {
    for (const d of opened) if (d) d.open = true;
    for (const [kind, el, value] of steps) {
      if (!el) continue;
      if (kind === 'click') el.click();
      else if (kind === 'submit') { if (el.requestSubmit) el.requestSubmit(); }
      else if (kind === 'change') { el.value = value; el.dispatchEvent(new Event('change', { bubbles: true })); }
    }
  });
}

let rutaWasm = null;
let appStarted = null;
/** Start the app (once): at once, or at her first touch after the first paint. */
function startApp() {
  if (appStarted) return appStarted;
  // The app reads her answers from the address: give it back the link she opened.
  if (firstHash && location.hash === firstAddress) {
    try { history.replaceState(history.state, '', firstHash); } catch (_) { /* file:// */ }
  }
  if (firstHash) {
    clearTimeout(stall);
    stall = setTimeout(() => { if (!mounted) showRecovery('stalled'); }, STALL_MS);
  }
  appStarted = (async () => {
    try {
      rutaWasm = await load();
    } catch (err) {
      showRecovery(crashed(err) ? 'crash' : 'load', err);
    }
  })();
  return appStarted;
}
async function load() {
/*__RUTA_START__*/
  preloadPack();
  const glue = await import(JS);
  return glue.default({ module_or_path: WASM });
/*__RUTA_END__*/
}
const firstShown = await firstPaint();
if (!firstShown) await startApp();
// For the benchmark's memory figure (tools/bench.mjs).
window.rutaWasmMemoryBytes = () => (rutaWasm && rutaWasm.memory ? rutaWasm.memory.buffer.byteLength : null);

if (framed && hostOrigin) {
  // Tell the host our height so the frame never scrolls inside a scroll: on every size change and
  // every change of content (coalesced to one message per task) — to the host's origin only.
  // A timer, not requestAnimationFrame: Chromium stops rendering a cross-origin frame that is
  // below the fold, so a frame-timed message would wait until she scrolled to it (and the page
  // would jump then); reading the height forces layout anyway.
  let queued = false;
  const post = () => {
    if (queued) return;
    queued = true;
    setTimeout(() => {
      queued = false;
      // The content's own height (not the document's, which never drops below the frame's
      // current height), so the frame can shrink as well as grow.
      const cs = getComputedStyle(document.body);
      const h = document.body.getBoundingClientRect().height + parseFloat(cs.marginTop) + parseFloat(cs.marginBottom);
      toHost({ type: 'ruta-height', height: Math.ceil(h) });
    });
  };
  new ResizeObserver(post).observe(document.body);
  new MutationObserver(post).observe(document.body, { childList: true, subtree: true, characterData: true });
  window.addEventListener('resize', post);
  rutaFramePost = post;
  post();
  toHost({ type: 'ruta-ready' });
}

// ---- Offline -------------------------------------------------------------------------------------
function offlineNotReady() {
  // Only on a first visit (no version controls this page yet): say that offline use is not ready.
  if (navigator.serviceWorker && navigator.serviceWorker.controller) return;
  const p = block && block.querySelector('.offline-fail');
  if (!p || document.getElementById('offline-note')) return;
  const note = p.cloneNode(true);
  note.id = 'offline-note';
  note.setAttribute('role', 'status');
  note.lang = lang;
  document.body.append(note);
}
window.rutaOfflineNotReady = offlineNotReady;

function registerOffline() {
  navigator.serviceWorker.register('./sw.js').then((reg) => {
    const announce = (worker) => {
      window.rutaApplyUpdate = () => worker.postMessage('ruta-skip-waiting');
      window.dispatchEvent(new CustomEvent('ruta-update-ready'));
    };
    if (reg.waiting && navigator.serviceWorker.controller) announce(reg.waiting);
    const watch = (w) => w && w.addEventListener('statechange', () => {
      if (w.state === 'installed' && navigator.serviceWorker.controller) announce(w);
      // A first visit whose offline copy could not be made (sw.js removed the partial cache).
      if (w.state === 'redundant' && !reg.active) offlineNotReady();
    });
    watch(reg.installing);
    reg.addEventListener('updatefound', () => watch(reg.installing));
    // The install may already have failed before we could watch it.
    if (!reg.installing && !reg.waiting && !reg.active) offlineNotReady();
  }).catch(() => offlineNotReady());
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (!reloading && window.rutaUpdateRequested) { reloading = true; location.reload(); }
  });
  // A newer version took over from another tab while this one still runs the old files. They stay
  // in the old version's cache (sw.js keeps the previous version), so this tab keeps working; it
  // is told a new version is ready, and "use it now" just reloads.
  navigator.serviceWorker.addEventListener('message', (e) => {
    if (!e.data || e.data.type !== 'ruta-activated' || reloading || window.rutaUpdateRequested) return;
    // The same boot file: this tab already runs the new version (first visit, claimed).
    if (typeof e.data.boot !== 'string' || new URL(e.data.boot, location.href).href === import.meta.url) return;
    window.rutaApplyUpdate = () => { reloading = true; location.reload(); };
    window.dispatchEvent(new CustomEvent('ruta-update-ready'));
  });
  if (navigator.storage && navigator.storage.persist) navigator.storage.persist().catch(() => {});
}
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  if (!firstShown) registerOffline();
  else {
    // After the first paint, the offline copy is made once the page has settled, so it never
    // competes with what she is reading (a first visit still leaves Ruta ready without signal).
    const later = () => setTimeout(registerOffline, 1500);
    if (document.readyState === 'complete') later();
    else window.addEventListener('load', later, { once: true });
  }
}
