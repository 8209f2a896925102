// Ruta's loader (an external file, so the Content-Security-Policy needs no 'unsafe-inline').
// tools/post_build.py fills in the hashed names of this build. It:
//  1. wires the quick exit that works before the app has loaded (button + Shift pressed 3 times),
//  2. starts the wasm app,
//  3. registers the service worker (offline) and asks for persistent storage.
const JS = '__RUTA_JS__';
const WASM = '__RUTA_WASM__';

function exitUrl() {
  const m = document.querySelector('meta[name="ruta-exit-url"]');
  const u = m && m.getAttribute('content');
  return u && /^https?:\/\//.test(u) ? u : 'https://www.google.com/';
}

// Inside an iframe (index.html?embed…): theme from the address, height and exit to the host page.
const params = new URLSearchParams(location.search);
const framed = params.has('embed') && window.parent !== window;
if (params.has('embed')) {
  for (const [k, v] of [['accent', '--ruta-accent'], ['font', '--ruta-font'], ['radius', '--ruta-radius'], ['bg', '--ruta-bg'], ['fg', '--ruta-fg']]) {
    if (params.get(k)) document.documentElement.style.setProperty(v, params.get(k));
  }
  document.documentElement.classList.add('embedded');
}

let rutaFramePost = null;
if (framed) {
  window.addEventListener('message', (e) => {
    if (e.source !== window.parent || !e.data) return;
    if (e.data.type === 'ruta-host-ready') {
      if (rutaFramePost) rutaFramePost();
      window.parent.postMessage({ type: 'ruta-ready' }, '*');
    }
    if (e.data.type === 'ruta-overlay') {
      window.__rutaOverlay = e.data.directory;
      window.dispatchEvent(new CustomEvent('ruta-overlay'));
    }
  });
}

// GOV.UK "Exit this page": replace the history entry so Back does not return here.
function quickExit() {
  // In a kiosk there is nowhere to go: clear the screen for the next visitor instead.
  if (typeof window.rutaKioskWipe === 'function') return window.rutaKioskWipe();
  try { document.body.innerHTML = ''; } catch (_) { /* nothing to keep */ }
  try { localStorage.removeItem('ruta-remember'); sessionStorage.clear(); } catch (_) { /* storage off */ }
  try { history.replaceState(null, '', location.pathname + location.search); } catch (_) { /* file:// */ }
  if (framed) {
    // Leave the host page, not just the frame: the host's frame-host.js does it; where the host
    // has no frame-host.js, try to move the top page directly (browsers allow it after a tap).
    window.parent.postMessage({ type: 'ruta-exit', url: exitUrl() }, '*');
    setTimeout(() => {
      try { window.top.location.replace(exitUrl()); } catch (_) { /* blocked: cross-origin */ }
      location.replace('about:blank');
    }, 300);
    return;
  }
  location.replace(exitUrl());
}
window.rutaQuickExit = quickExit;

const early = document.getElementById('early-exit');
if (early) early.addEventListener('click', quickExit);

// Shift pressed three times within two seconds: exit (works on every screen, before and after load).
let shifts = [];
document.addEventListener('keydown', (e) => {
  if (e.key !== 'Shift' || e.repeat) return;
  const now = Date.now();
  shifts = shifts.filter((t) => now - t < 2000).concat(now);
  if (shifts.length >= 3) quickExit();
});

/*__RUTA_START__*/
const glue = await import(JS);
const rutaWasm = await glue.default({ module_or_path: WASM });
/*__RUTA_END__*/
// For the benchmark's memory figure (tools/bench.mjs).
window.rutaWasmMemoryBytes = () => (rutaWasm && rutaWasm.memory ? rutaWasm.memory.buffer.byteLength : null);

if (framed) {
  // Tell the host our height so the frame never scrolls inside a scroll: on every size change and
  // every change of content (coalesced to one message per frame).
  let queued = false;
  const post = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      window.parent.postMessage({ type: 'ruta-height', height: document.documentElement.scrollHeight }, '*');
    });
  };
  new ResizeObserver(post).observe(document.body);
  new MutationObserver(post).observe(document.body, { childList: true, subtree: true, characterData: true });
  window.addEventListener('resize', post);
  rutaFramePost = post;
  post();
  window.parent.postMessage({ type: 'ruta-ready' }, '*');
}

if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  navigator.serviceWorker.register('./sw.js').then((reg) => {
    const announce = (worker) => {
      window.rutaApplyUpdate = () => worker.postMessage('ruta-skip-waiting');
      window.dispatchEvent(new CustomEvent('ruta-update-ready'));
    };
    if (reg.waiting && navigator.serviceWorker.controller) announce(reg.waiting);
    reg.addEventListener('updatefound', () => {
      const w = reg.installing;
      w && w.addEventListener('statechange', () => {
        if (w.state === 'installed' && navigator.serviceWorker.controller) announce(w);
      });
    });
  }).catch(() => { /* offline use just won't be available */ });
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (!reloading && window.rutaUpdateRequested) { reloading = true; location.reload(); }
  });
  if (navigator.storage && navigator.storage.persist) navigator.storage.persist().catch(() => {});
}
