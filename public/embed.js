// Ruta widget loader — a host page adds:
//   <script type="module" src="https://YOUR-RUTA-HOST/embed.js"></script>
//   <div data-ruta data-view="results" data-lang="es" data-country="MX" data-audience="woman" data-phase="transit"
//        data-accent="#0b6e4f" data-overlay="/my-contacts.json"></div>
// Ruta mounts inside that element, in a shadow root (its styles stay in, the host's stay out).
// tools/post_build.py fills in this build's file names.
const base = new URL('./', import.meta.url).href;
window.__rutaWidget = true;
window.__rutaBase = base;
const glue = await import(new URL('__RUTA_JS__', base).href);
await glue.default({ module_or_path: new URL('__RUTA_WASM__', base) });
const css = new URL('__RUTA_WIDGET_CSS__', base).href;

async function readOverlay(el) {
  const inline = el.querySelector('script[type="application/json"][data-ruta-overlay]');
  try {
    if (inline) return JSON.parse(inline.textContent);
    if (el.dataset.overlay) {
      const r = await fetch(el.dataset.overlay);
      if (!r.ok) throw new Error(`HTTP ${r.status} for ${el.dataset.overlay}`);
      return await r.json();
    }
  } catch (e) {
    console.error(`Ruta overlay: the file could not be read as JSON (${e.message}); showing Ruta's own contacts only.`);
  }
  return null;
}

for (const el of document.querySelectorAll('[data-ruta]')) {
  if (el.__ruta) continue;
  el.__ruta = true;
  for (const [k, v] of Object.entries({ accent: '--ruta-accent', font: '--ruta-font', radius: '--ruta-radius', bg: '--ruta-bg', fg: '--ruta-fg' })) {
    if (el.dataset[k]) el.style.setProperty(v, el.dataset[k]);
  }
  const d = el.dataset;
  glue.mount_widget(el, { view: d.view, lang: d.lang, country: d.country, audience: d.audience, phase: d.phase, situations: d.situations, css }, await readOverlay(el));
}
