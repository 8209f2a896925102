// Ruta widget loader — a host page adds (docs/EMBED.md):
//   <script type="module" src="https://YOUR-RUTA-HOST/embed.js"></script>
//   <div data-ruta data-view="results" data-lang="es" data-country="MX" data-audience="woman" data-phase="transit"
//        data-accent="#0b6e4f" data-overlay="/my-contacts.json" data-exit-url="https://www.google.com/"></div>
// Ruta mounts inside that element, in a shadow root (its styles stay in, the host's stay out).
// tools/post_build.py fills in this build's file names.
//
// The host's own contacts (data-overlay, or an inline <script type="application/json"
// data-ruta-overlay>) are handed to Ruta as TEXT: Ruta checks size and nesting before anything
// parses it, then validates each entry (crates/engine/src/overlay.rs). A file that cannot be
// loaded is reported with its HTTP status. `data-preview` shows the host's problems on the page.
const base = new URL('./', import.meta.url).href;
window.__rutaWidget = true;
window.__rutaBase = base;

/** Every widget element of this page (mounted, or showing that Ruta could not load). */
const widgets = [];

// When Ruta's files cannot load (offline without the host's service worker, a blocked request),
// each widget says so in the visitor's language, with "try again", a link to Ruta's own page
// (which works offline after one visit there) and the quick exit — never an empty box. Plain DOM,
// Ruta's colours.
const FAILED = {
  es: ['Ruta no pudo cargarse. Puede que no haya conexión.', 'Reintentar', 'Abrir Ruta en su propia página', 'Salir rápido'],
  en: ['Ruta could not load. There may be no connection.', 'Try again', 'Open Ruta on its own page', 'Quick exit'],
  fr: ['Ruta n’a pas pu se charger. Il n’y a peut-être pas de connexion.', 'Réessayer', 'Ouvrir Ruta sur sa propre page', 'Sortir vite'],
  ht: ['Ruta pa t ka chaje. Petèt pa gen koneksyon.', 'Eseye ankò', 'Louvri Ruta sou pwòp paj li', 'Soti vit'],
  pt: ['Não foi possível carregar a Ruta. Talvez não haja conexão.', 'Tentar de novo', 'Abrir a Ruta na sua própria página', 'Sair rápido'],
};
function failLang(el) {
  for (const l of [el.dataset.lang, ...(navigator.languages || [navigator.language])]) {
    const t = String(l || '').toLowerCase();
    if (t === 'fr-ht') return 'ht';
    if (FAILED[t.split('-')[0]]) return t.split('-')[0];
  }
  return 'es';
}
function showFailed(el, err) {
  if (el.__rutaFailed) return;
  el.__rutaFailed = true;
  console.error('Ruta widget: could not load Ruta\'s files from ' + base, err);
  const lang = failLang(el);
  const [what, retry, own, exit] = FAILED[lang];
  if (!widgets.includes(el)) widgets.push(el);
  const root = el.shadowRoot || el.attachShadow({ mode: 'open' });
  const box = document.createElement('div');
  box.setAttribute('role', 'alert');
  box.lang = lang;
  box.className = 'ruta-failed';
  const s = box.style;
  s.font = '16px/1.5 system-ui, sans-serif'; s.color = '#1d1b20'; s.background = '#fff';
  s.border = '2px solid #b3261e'; s.borderRadius = '8px'; s.padding = '12px 16px';
  const p = document.createElement('p');
  p.textContent = what;
  p.style.margin = '0 0 8px';
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = retry;
  b.style.font = 'inherit'; b.style.minHeight = '44px'; b.style.marginRight = '12px';
  b.addEventListener('click', () => location.reload());
  const a = document.createElement('a');
  a.href = base;
  a.textContent = own;
  a.style.color = '#0b57d0';
  const x = document.createElement('button');
  x.type = 'button';
  x.className = 'exit';
  x.textContent = exit;
  const xs = x.style;
  xs.font = 'bold 16px/1.2 system-ui, sans-serif'; xs.minHeight = '44px'; xs.padding = '10px 16px'; xs.marginTop = '8px';
  xs.display = 'block'; xs.border = '0'; xs.borderRadius = '999px'; xs.background = '#b3261e'; xs.color = '#fff';
  x.addEventListener('click', () => window.rutaQuickExit());
  box.append(p, b, a, x);
  root.replaceChildren(box);
}
const pending = () => Array.from(document.querySelectorAll('[data-ruta]')).filter((el) => !el.__ruta);

let glue;
try {
  glue = await import(new URL('__RUTA_JS__', base).href);
  await glue.default({ module_or_path: new URL('__RUTA_WASM__', base) });
} catch (e) {
  glue = null;
  for (const el of pending()) showFailed(el, e);
}
const css = new URL('__RUTA_WIDGET_CSS__', base).href;
let theme = null;
if (glue) try { theme = await import('./theme.js'); } catch (e) { console.error('Ruta widget theme: not applied', e); }

/** Larger than this is not even read into memory (Ruta's own limit, 512 KB, says so precisely). */
const MAX_CHARS = 4 * 1024 * 1024;

async function readOverlay(el) {
  const inline = el.querySelector('script[type="application/json"][data-ruta-overlay]');
  if (inline) return inline.textContent;
  const url = el.dataset.overlay;
  if (!url) return null;
  let r;
  try {
    r = await fetch(url, { credentials: 'same-origin' });
  } catch (e) {
    return { rutaOverlayError: `could not be loaded from ${url} (${e.message}: offline, or blocked by the page's Content-Security-Policy connect-src?)` };
  }
  if (!r.ok) return { rutaOverlayError: `could not be loaded from ${url}: HTTP ${r.status}${r.status === 404 ? ' (the file is missing)' : r.statusText ? ` (${r.statusText})` : ''}` };
  const len = Number(r.headers.get('content-length') || 0);
  if (len > MAX_CHARS) return { rutaOverlayError: `is ${Math.round(len / 1024)} KB; the limit is 512 KB` };
  const text = await r.text();
  return text.length > MAX_CHARS ? { rutaOverlayError: `is ${Math.round(text.length / 1024)} KB; the limit is 512 KB` } : text;
}

// ---- Quick exit for the widget -----------------------------------------------------------------
// The same as on Ruta's own page: the widget's exit button and Shift pressed three times (with no
// other key between, so Shift+Tab never counts) empty every widget and replace this page in the
// history by a neutral one, so Back does not return here. The address: data-exit-url on a widget
// (http/https only), else <meta name="ruta-exit-url">, else a search engine.
function exitUrl() {
  const ok = (u) => typeof u === 'string' && /^https?:\/\/[^\s]+$/.test(u.trim());
  const own = widgets.map((el) => el.dataset.exitUrl).find(ok);
  if (own) return own.trim();
  const m = document.querySelector('meta[name="ruta-exit-url"]');
  return m && ok(m.content) ? m.content.trim() : 'https://www.google.com/';
}
function quickExit() {
  try { if (typeof window.rutaBeforeExit === 'function') window.rutaBeforeExit(); } catch (_) { /* leave anyway */ }
  for (const el of widgets) { try { if (el.shadowRoot) el.shadowRoot.replaceChildren(); } catch (_) { /* leave anyway */ } }
  location.replace(exitUrl());
}
if (typeof window.rutaQuickExit !== 'function') window.rutaQuickExit = quickExit;
// Only keys meant for Ruta count: inside a widget, or with nothing focused on the host page (a
// host's own form keeps its Shift key).
const forRuta = (e) => e.target === document.body || e.target === document.documentElement || widgets.some((el) => el.contains(e.target));
let shifts = [];
let clean = false;
document.addEventListener('keydown', (e) => {
  if (e.key === 'Shift') { if (!e.repeat) clean = forRuta(e); return; }
  clean = false;
  shifts = [];
}, true);
document.addEventListener('keyup', (e) => {
  if (e.key !== 'Shift' || !clean) return;
  clean = false;
  const now = Date.now();
  shifts = shifts.filter((t) => now - t < 2000).concat(now);
  if (shifts.length >= 3) { shifts = []; quickExit(); return; }
  window.dispatchEvent(new CustomEvent('ruta-shift', { detail: { count: shifts.length } }));
}, true);

for (const el of glue ? document.querySelectorAll('[data-ruta]') : []) {
  if (el.__ruta) continue;
  el.__ruta = true;
  if (!widgets.includes(el)) widgets.push(el);
  if (theme) theme.applyTheme(el, (k) => el.dataset[k], 'Ruta widget theme');
  const d = el.dataset;
  // Only what the host set: an absent attribute is not an error.
  const options = { css };
  for (const k of ['view', 'lang', 'country', 'audience', 'phase', 'situations']) if (d[k]) options[k] = d[k];
  if (el.hasAttribute('data-preview')) options.preview = '1';
  // Ruta calls this when even its messages cannot be loaded (see above).
  options.failed = (why) => showFailed(el, why);
  // Her screen first; the host's contacts (a Promise) join it when they arrive.
  glue.mount_widget(el, options, readOverlay(el));
}
