// Demo-only glue: ?ruta=<address of Ruta> (default http://127.0.0.1:8080/), ?hostile, ?overlay=<file>.
(function () {
  var q = new URLSearchParams(location.search);
  var ruta = q.get('ruta') || 'http://127.0.0.1:8080/';
  if (q.has('hostile')) document.body.classList.add('hostile');
  var overlay = q.get('overlay');
  var w = document.getElementById('ruta-widget');
  var f = document.getElementById('ruta-frame');
  if (overlay) { w.dataset.overlay = overlay; f.dataset.overlay = overlay; }
  var embed = document.createElement('script');
  embed.type = 'module';
  embed.src = ruta + 'embed.js';
  document.body.appendChild(embed);
  f.src = ruta + 'index.html?embed&view=results&lang=es&c=MX&who=woman&p=transit&s=violence&accent=%230b6e4f&radius=4px';
  var host = document.createElement('script');
  host.src = ruta + 'frame-host.js';
  document.body.appendChild(host);
})();
