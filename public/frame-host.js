// For pages that embed Ruta in an iframe:
//   <iframe data-ruta-frame src="https://YOUR-RUTA-HOST/index.html?embed&lang=es&c=MX" title="Ruta"></iframe>
//   <script src="https://YOUR-RUTA-HOST/frame-host.js" defer></script>
// It sizes the frame to its content (no scroll inside a scroll), lets Ruta's quick exit leave the
// whole page, and hands the frame the host's own contacts (data-overlay="url" on the iframe, or an
// inline <script type="application/json" data-ruta-overlay> right after it).
(function () {
  var rutaOrigin = new URL(document.currentScript.src).origin;
  function frameOf(source) {
    return Array.prototype.find.call(document.querySelectorAll('iframe[data-ruta-frame]'), function (f) { return f.contentWindow === source; });
  }
  function overlayFor(frame) {
    var next = frame.nextElementSibling;
    if (next && next.matches('script[type="application/json"][data-ruta-overlay]')) {
      return Promise.resolve().then(function () { return JSON.parse(next.textContent); });
    }
    if (frame.dataset.overlay) return fetch(frame.dataset.overlay).then(function (r) { return r.json(); });
    return Promise.resolve(null);
  }
  // Frames that started before this script: ask them to report again.
  Array.prototype.forEach.call(document.querySelectorAll('iframe[data-ruta-frame]'), function (f) {
    var hello = function () { try { f.contentWindow.postMessage({ type: 'ruta-host-ready' }, rutaOrigin); } catch (_) { /* not loaded */ } };
    hello();
    f.addEventListener('load', hello);
  });
  window.addEventListener('message', function (e) {
    if (e.origin !== rutaOrigin || !e.data || typeof e.data !== 'object') return;
    var frame = frameOf(e.source);
    if (!frame) return;
    if (e.data.type === 'ruta-height' && e.data.height > 0) frame.style.height = Math.ceil(e.data.height) + 'px';
    if (e.data.type === 'ruta-exit' && /^https?:\/\//.test(e.data.url)) location.replace(e.data.url);
    if (e.data.type === 'ruta-ready' && !frame.__rutaOverlaySent) {
      frame.__rutaOverlaySent = true;
      overlayFor(frame).then(function (dir) {
        if (dir) frame.contentWindow.postMessage({ type: 'ruta-overlay', directory: dir }, rutaOrigin);
      }, function (err) { console.error('Ruta overlay: the file could not be read as JSON (' + err.message + ').'); });
    }
  });
})();
