// Her danger box before anything else has loaded (issue 14: ≤ 1.3 s after navigation on slow 4G).
// tools/post_build.py inlines this file into index.html right after the static boxes (allowed by
// its sha256 hash in the Content-Security-Policy), so the box is marked while the page is still
// being parsed and the first paint needs nothing but index.html (its CSS is inline too). It only
// reads the link and marks what applies; boot.js (loaded in parallel) does everything else and
// takes `window.rutaPrepaint` from here.
(() => {
  const boot = document.getElementById('boot');
  const langs = document.getElementById('boot-langs');
  // What the link asks for, read cheaply: only the first 4 KB, like the engine.
  const h = location.hash.slice(0, 4096).replace(/^#\/?/, '');
  const q = h.indexOf('?');
  let p;
  try { p = new URLSearchParams(q < 0 ? '' : h.slice(q + 1)); } catch (_) { p = new URLSearchParams(); }
  const link = {
    view: (q < 0 ? h : h.slice(0, q)).split('/')[0],
    lang: (p.get('lang') || '').toLowerCase(),
    c: (p.get('c') || '').trim().toUpperCase(),
    s: (p.get('s') || '').toLowerCase().split(',').map((x) => x.trim()).filter(Boolean),
  };
  // Her language for the static texts: the link's, else the browser's (as i18n::negotiate), else es.
  const have = langs ? Array.from(langs.children, (e) => e.lang) : ['es'];
  const want = [link.lang, new URLSearchParams(location.search).get('lang') || '', ...(navigator.languages || [navigator.language || ''])];
  let lang = 'es';
  for (const w of want) {
    const t = String(w).toLowerCase().replace('_', '-');
    if (t === 'fr-ht' && have.includes('ht')) { lang = 'ht'; break; }
    const primary = t.split('-')[0];
    if (have.includes(primary)) { lang = primary; break; }
  }
  // Which start this link gets (issue 14): the first paint — a small wasm (crates/firstpaint) that
  // draws a results link with her answers, the app following at her first touch — or the app at
  // once. Decided here, while the page is parsed, so the files it needs start loading now.
  // tools/post_build.py fills in this build's names; boot.js follows the decision.
  // (The single file, which fetches nothing, has both set to null by tools/single_file.py.)
  const FIRST = __RUTA_FP__;
  const APP = __RUTA_APP__;
  const search = new URLSearchParams(location.search);
  const answers = ['c', 'p', 's', 'who'].some((k) => p.has(k));
  const first = !!(FIRST && FIRST.packs[lang] && link.view === 'results' && answers && p.get('who') !== 'official'
    && !(link.c && link.s.includes('asylum')) && !['kiosk', 'embed', 'lang'].some((k) => search.has(k))
    && !(navigator.serviceWorker && navigator.serviceWorker.controller) && typeof WebAssembly === 'object' && !window.rutaNoFirstPaint);
  const preload = (href, script) => {
    const l = document.createElement('link');
    l.rel = script ? 'modulepreload' : 'preload';
    if (!script) l.as = 'fetch';
    l.crossOrigin = 'anonymous';
    l.href = href;
    document.head.appendChild(l);
  };
  if (first) { preload(FIRST.js, true); preload(FIRST.wasm); preload(FIRST.packs[lang]); } else if (APP) { preload(APP.js, true); preload(APP.wasm); }
  window.rutaPrepaint = { link, lang, first: first ? FIRST : null };
  if (!boot || !langs) return;
  boot.dataset.lang = lang;
  const block = langs.querySelector(`.bl[lang="${lang}"]`);
  if (block) block.classList.add('here');
  const early = document.getElementById('early-exit');
  if (early && block && block.dataset.exit) early.textContent = block.dataset.exit;
  // A results link with a known country: that country's lines in her language, the situation
  // lines only for her situations (data-s lists the situations that bring a line; the build
  // checked that this filter gives exactly the engine's danger box).
  const country = link.c && block && block.querySelector(`.blc[data-c="${link.c}"]`) ? link.c : '';
  if (!country) return;
  boot.dataset.c = country;
  for (const c of langs.querySelectorAll(`.blc[data-c="${country}"]`)) c.classList.add('here');
  for (const li of langs.querySelectorAll(`.blc[data-c="${country}"] li[data-s]`)) {
    if (li.dataset.s.split(' ').some((t) => t && link.s.includes(t))) li.classList.add('on');
  }
  if (link.view === 'results') boot.classList.add('prepaint');
})();
