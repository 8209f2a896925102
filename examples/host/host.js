// Demo-only glue so the tests can point one page at any Ruta address. A real page writes these as
// two fixed tags (docs/EMBED.md). Options in the address:
//   ?ruta=<address of Ruta> (default http://127.0.0.1:8080/)  ?overlay=<file>  ?hostile
//   ?preview (the NGO's own check of its contacts file)  ?exit=<url> (quick-exit address)
//   ?bare (the widget without data-lang / data-audience)
//   ?start (both open at the questions, her answers preset, instead of the results)
//   ?sw (register this page's own service worker, sw.js: the widget then works offline)
(function () {
  var q = new URLSearchParams(location.search);
  var ruta = q.get('ruta') || 'http://127.0.0.1:8080/';
  if (q.has('hostile')) document.body.classList.add('hostile');
  var overlay = q.get('overlay');
  var exit = q.get('exit');
  var w = document.getElementById('ruta-widget');
  var f = document.getElementById('ruta-frame');
  if (overlay) { w.dataset.overlay = overlay; f.dataset.overlay = overlay; }
  if (q.has('preview')) w.setAttribute('data-preview', '');
  if (exit) w.dataset.exitUrl = exit;
  if (q.has('bare')) { delete w.dataset.lang; delete w.dataset.audience; }
  var view = q.has('start') ? 'start' : 'results';
  w.dataset.view = view;
  if (q.has('sw') && navigator.serviceWorker) {
    navigator.serviceWorker.register('sw.js?ruta=' + encodeURIComponent(new URL(ruta, location.href).origin))
      .catch(function (e) { console.error('demo host: service worker not registered', e); });
  }
  var embed = document.createElement('script');
  embed.type = 'module';
  embed.src = ruta + 'embed.js';
  document.body.appendChild(embed);
  f.src = ruta + 'index.html?embed&host=' + encodeURIComponent(location.origin) + '&view=' + view + '&lang=es&c=MX&who=woman&p=transit&s=violence&accent=%230b6e4f&radius=4px' +
    (q.has('preview') ? '&preview' : '') + (exit ? '&exit=' + encodeURIComponent(exit) : '');
  var host = document.createElement('script');
  host.src = ruta + 'frame-host.js';
  document.body.appendChild(host);
})();
