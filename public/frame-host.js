// For pages that embed Ruta in an iframe (docs/EMBED.md):
//   <iframe data-ruta-frame title="Ruta" class="ruta-frame"
//           src="https://YOUR-RUTA-HOST/index.html?embed&host=https%3A%2F%2FYOUR-SITE&lang=es&c=MX"></iframe>
//   <script src="https://YOUR-RUTA-HOST/frame-host.js" defer></script>
// It talks only to Ruta's origin (this script's), and Ruta's frame only to the origin named in
// its `host=` parameter. It:
//  - sizes the frame to its content, growing and shrinking (no scroll inside a scroll), and brings
//    the frame's top into view when Ruta shows a new screen (it posts 'ruta-screen');
//  - lets Ruta's quick exit leave the whole page (to the frame's `exit=` address, or the iframe's
//    data-exit-url), and pins a copy of the quick-exit button to the viewport while the frame's own
//    is scrolled out of sight;
//  - hands the frame the host's own contacts as TEXT (data-overlay="url" on the iframe, or an inline
//    <script type="application/json" data-ruta-overlay> right after it); a file that cannot be
//    loaded is reported with its HTTP status. Ruta validates it (size, nesting, each entry).
(function () {
  var rutaOrigin = new URL(document.currentScript.src).origin;
  var MAX_CHARS = 4 * 1024 * 1024;
  var LABELS = { es: 'Salir rápido', en: 'Quick exit', fr: 'Sortir vite', ht: 'Soti vit', pt: 'Sair rápido' };
  function frames() { return Array.prototype.slice.call(document.querySelectorAll('iframe[data-ruta-frame]')); }
  function frameOf(source) { return frames().find(function (f) { return f.contentWindow === source; }); }
  function param(frame, k) {
    try { return new URL(frame.src, location.href).searchParams.get(k); } catch (_) { return null; }
  }
  function okUrl(u) { return typeof u === 'string' && /^https?:\/\/\S+$/.test(u.trim()); }
  function exitUrl(frame, fromFrame) {
    var own = frame && (frame.getAttribute('data-exit-url') || param(frame, 'exit'));
    if (okUrl(own)) return own.trim();
    return okUrl(fromFrame) ? fromFrame : 'https://www.google.com/';
  }
  function leave(frame, fromFrame) {
    var url = exitUrl(frame, fromFrame);
    try { frame.remove(); } catch (_) { /* leave anyway */ }
    location.replace(url);
  }
  function overlayFor(frame) {
    var next = frame.nextElementSibling;
    if (next && next.matches('script[type="application/json"][data-ruta-overlay]')) return Promise.resolve(next.textContent);
    var url = frame.getAttribute('data-overlay');
    if (!url) return Promise.resolve(null);
    return fetch(url, { credentials: 'same-origin' }).then(function (r) {
      if (!r.ok) return { rutaOverlayError: 'could not be loaded from ' + url + ': HTTP ' + r.status + (r.status === 404 ? ' (the file is missing)' : r.statusText ? ' (' + r.statusText + ')' : '') };
      return r.text().then(function (t) { return t.length > MAX_CHARS ? { rutaOverlayError: 'is ' + Math.round(t.length / 1024) + ' KB; the limit is 512 KB' } : t; });
    }, function (e) {
      return { rutaOverlayError: 'could not be loaded from ' + url + ' (' + e.message + ': offline, or blocked by the page\'s Content-Security-Policy connect-src?)' };
    });
  }

  // The pinned quick exit: visible only while the frame is on screen but its top (with Ruta's own
  // exit button) is scrolled out of view. Styled through the CSSOM (allowed by a strict CSP).
  function pin(frame) {
    if (frame.__rutaPin) return;
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'ruta-pinned-exit';
    var lang = (param(frame, 'lang') || document.documentElement.lang || 'es').slice(0, 2).toLowerCase();
    b.textContent = LABELS[lang] || LABELS.es;
    var s = b.style;
    s.position = 'fixed'; s.top = '8px'; s.right = '8px'; s.zIndex = '2147483647'; s.display = 'none';
    s.font = 'bold 16px/1.2 system-ui, sans-serif'; s.padding = '10px 16px'; s.minHeight = '44px';
    s.border = '2px solid #fff'; s.borderRadius = '999px'; s.background = '#b3261e'; s.color = '#fff'; s.cursor = 'pointer';
    b.addEventListener('click', function () { leave(frame); });
    document.body.appendChild(b);
    frame.__rutaPin = b;
    var update = function () {
      var r = frame.getBoundingClientRect();
      b.style.display = r.top < -40 && r.bottom > 80 ? 'block' : 'none';
    };
    window.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    frame.__rutaPinUpdate = update;
    update();
  }

  // Frames that started before this script: ask them to report again.
  frames().forEach(function (f) {
    var hello = function () { try { f.contentWindow.postMessage({ type: 'ruta-host-ready' }, rutaOrigin); } catch (_) { /* not loaded */ } };
    hello();
    f.addEventListener('load', hello);
    pin(f);
    if (!param(f, 'host')) console.error('Ruta frame: add &host=' + encodeURIComponent(location.origin) + ' to the frame\'s address (see docs/EMBED.md); without it the frame cannot size itself, leave the page or show your contacts.');
  });
  window.addEventListener('message', function (e) {
    if (e.origin !== rutaOrigin || !e.data || typeof e.data !== 'object') return;
    var frame = frameOf(e.source);
    if (!frame) return;
    if (e.data.type === 'ruta-height' && e.data.height > 0 && e.data.height < 100000) {
      frame.style.height = Math.ceil(e.data.height) + 'px';
      if (frame.__rutaPinUpdate) frame.__rutaPinUpdate();
    }
    if (e.data.type === 'ruta-exit') leave(frame, e.data.url);
    // A new screen inside the frame (she pressed something there): bring the frame's top into
    // view if it is scrolled out of sight, so she starts reading at Ruta's top (its danger box).
    if (e.data.type === 'ruta-screen') {
      var r = frame.getBoundingClientRect();
      if (r.top < 0 || r.top > window.innerHeight) frame.scrollIntoView({ block: 'start', behavior: 'instant' });
    }
    if (e.data.type === 'ruta-ready' && !frame.__rutaOverlaySent) {
      frame.__rutaOverlaySent = true;
      overlayFor(frame).then(function (dir) {
        if (dir == null) return;
        var msg = typeof dir === 'string' ? { type: 'ruta-overlay', text: dir } : { type: 'ruta-overlay', directory: dir };
        frame.contentWindow.postMessage(msg, rutaOrigin);
      });
    }
  });
})();
