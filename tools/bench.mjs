#!/usr/bin/env node
// Ruta's performance benchmark: prints ONE table — every budget of issue 14 with today's figure,
// the previous run's and the 2026-11-25 figures beside it. It prints figures; it never fails.
// Run through tools/bench.sh (it builds the release site and the single file first), or directly:
//   node tools/bench.mjs [dist-dir]        (BENCH_RUNS=5, BENCH_SINGLE=out/ruta.html)
//
// How each figure is taken (all in Debian's Chromium, headless):
//  · first visit: the files the page itself fetches on a cold visit to a results link (until the
//    network is idle; the service worker's offline precache is not counted), sized brotli q11.
//  · danger box painted: cold visit on simulated slow 4G (Lighthouse's devtools values: 562.5 ms
//    request latency, 1.47 Mbit/s down, 0.66 up) + 4× CPU throttle; the time of the first
//    animation frame in which a visible tel: link of a danger box exists — the app's
//    `section.danger` or the pre-wasm box of index.html (`#boot .blc`). Median of RUNS. Same runs:
//    her whole results screen painted (the first paint's, crates/firstpaint), and the price of the
//    first paint — her first tap ("your rights") until the list is on screen, the app fetched and
//    started in between.
//  · Lighthouse mobile (simulated throttling), median of RUNS, against a local server that
//    compresses like a static host: brotli when asked, else gzip, with Vary: Accept-Encoding.
//  · selection change → next frame: a trusted click on a situation checkbox at 4× CPU, from the
//    event's timestamp to the first task after the next animation frame (so style, layout and
//    paint of the change are inside). Re-query: a new results link in the address, same clock.
//  · wasm memory: linear memory after a full walk (every screen × language × country), then the
//    growth over 500 further navigations (flat = 0.00 MB).
//  · offline pack: every file in the service worker's precache list + sw.js, brotli q11.
//  · single file: out/ruta.html (tools/single-file.sh), brotli q11.
//  · search (issue 17): taken by tools/bench-search.mjs (run first by tools/bench.sh; how, at its
//    top) and read from target/bench/search.json when it measured the same dist: the worst
//    language's p95 answer to a key (input event → results in the DOM) and key → next frame at
//    4× CPU, the bare-input floor's key → next frame, and the largest index (KB brotli).
import { createServer } from 'node:http';
import { readFileSync, readdirSync, statSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, extname, resolve } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { execFileSync, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
const run = promisify(execFile);

const root = new URL('..', import.meta.url).pathname;
const dist = process.argv[2] ? resolve(process.argv[2]) : join(root, 'dist');
const out = join(root, 'target', 'bench');
mkdirSync(out, { recursive: true });
const RUNS = Number(process.env.BENCH_RUNS ?? process.env.LH_RUNS ?? 5);
const SINGLE = process.env.BENCH_SINGLE ?? join(root, 'out', 'ruta.html');
const QUERY = '#/results?lang=es&c=MX&p=transit&s=violence';
const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];
const t0 = Date.now();
const log = (m) => console.error(`bench ${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s: ${m}`);

const br = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
const sizes = (buf) => [buf.length, gzipSync(buf, { level: 9 }).length, br(buf).length];
const sum = (list) => list.reduce((a, b) => a.map((x, i) => x + b[i]), [0, 0, 0]);
const kb = (n) => (n / 1024).toFixed(1);
const median = (v) => { const s = v.filter((x) => x != null && !Number.isNaN(x)).sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)] : null; };
const pct = (v, q) => { const s = [...v].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : null; };
const files = readdirSync(dist);
const pick = (re) => files.find((f) => re.test(f));

// ---- a static server that compresses as a real host does ---------------------------------------
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.bin': 'application/octet-stream' };
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.svg', '.json', '.webmanifest', '.bin']);
const cache = new Map();
const servedBy = { br: 0, gzip: 0, identity: 0 };
function server(dir) {
  const s = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/\.\.+/g, '');
    const file = join(dir, path.endsWith('/') ? path + 'index.html' : path);
    if (!existsSync(file) || statSync(file).isDirectory()) { res.writeHead(404); return res.end(); }
    const accept = req.headers['accept-encoding'] ?? '';
    const enc = !COMPRESSIBLE.has(extname(file)) ? 'identity' : /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : 'identity';
    const key = file + '|' + enc;
    if (!cache.has(key)) {
      const raw = readFileSync(file);
      cache.set(key, enc === 'br' ? br(raw) : enc === 'gzip' ? gzipSync(raw, { level: 9 }) : raw);
    }
    const body = cache.get(key);
    servedBy[enc] += body.length;
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': body.length, vary: 'accept-encoding', 'cache-control': /-[0-9a-f]{8,}|\.[0-9a-f]{12,}\./.test(file) ? 'max-age=31536000, immutable' : 'no-cache' };
    if (enc !== 'identity') headers['content-encoding'] = enc;
    res.writeHead(200, headers);
    res.end(body);
  });
  return new Promise((r) => s.listen(0, '127.0.0.1', () => r({ url: `http://127.0.0.1:${s.address().port}`, close: () => { s.closeAllConnections?.(); s.close(); } })));
}

// ---- the floor: the same screen as one static page, from the same engine and messages ---------
log('floor page…');
let floorHtml = null;
if (!process.env.BENCH_NO_FLOOR) try {
  floorHtml = execFileSync('cargo', ['run', '-q', '--release', '-p', 'ruta-engine', '--example', 'floor', '--', QUERY], { cwd: root, maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'pipe'] });
  mkdirSync(join(out, 'floor'), { recursive: true });
  writeFileSync(join(out, 'floor', 'index.html'), floorHtml);
} catch (e) {
  log('floor example failed: ' + String(e.stderr ?? e.message).split('\n').slice(-3).join(' '));
}

const app = await server(dist);
const flo = floorHtml ? await server(join(out, 'floor')) : null;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROME_ARGS });

// ---- first visit: what the page fetches on a cold visit to a results link ----------------------
log('first visit…');
async function firstVisit() {
  const ctx = await browser.newContext({ locale: 'es-MX', viewport: { width: 360, height: 780 }, serviceWorkers: 'block' });
  const page = await ctx.newPage();
  const urls = new Set();
  page.on('requestfinished', (r) => urls.add(new URL(r.url()).pathname));
  await page.goto(app.url + '/' + QUERY, { waitUntil: 'networkidle' });
  await page.waitForSelector('main section.danger', { timeout: 30000 }).catch(() => {});
  await page.waitForLoadState('networkidle');
  await ctx.close();
  const list = [...urls].map((p) => (p === '/' ? 'index.html' : p.slice(1))).filter((f) => existsSync(join(dist, f)) && statSync(join(dist, f)).isFile());
  return Object.fromEntries(list.map((f) => [f, sizes(readFileSync(join(dist, f)))]));
}
const fv = await firstVisit();
const fvTotal = sum(Object.values(fv));
const fvWasm = sum(Object.entries(fv).filter(([f]) => f.endsWith('.wasm')).map(([, s]) => s));
const fvPack = sum(Object.entries(fv).filter(([f]) => f.endsWith('.bin')).map(([, s]) => s));

// ---- offline pack and single file ---------------------------------------------------------------
let packTotal = null, packCount = 0;
try {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const list = JSON.parse(sw.match(/(\[\s*"\.\/"[\s\S]*?\])/)[1]).filter((u) => u !== './').map((u) => u.replace(/^\.\//, ''));
  packCount = list.length + 1;
  packTotal = sum([...list.map((f) => sizes(readFileSync(join(dist, f)))), sizes(Buffer.from(sw))]);
} catch (e) {
  log('offline pack: could not read the precache list from sw.js — ' + e.message);
}
const single = existsSync(SINGLE) ? sizes(readFileSync(SINGLE)) : null;

// ---- danger box painted on slow 4G + 4× CPU ------------------------------------------------------
// Lighthouse's "devtools" throttling values for slow 4G (its mobileSlow4G preset × its multipliers).
const SLOW4G = { offline: false, latency: 150 * 3.75, downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8, uploadThroughput: (750 * 1024 * 0.9) / 8 };
const PAINT_PROBE = `(() => {
  const seen = (sel) => [...document.querySelectorAll(sel)].some((a) => a.getClientRects().length && getComputedStyle(a).visibility !== 'hidden');
  window.__bench = { danger: null, app: null };
  const tick = (ts) => {
    // The app's box (section.danger) or the one painted before the wasm (#boot .blc, index.html).
    if (window.__bench.danger == null && seen('.danger a[href^="tel:"], #boot .blc a[href^="tel:"]')) window.__bench.danger = ts;
    // Her whole first screen: the first paint's (crates/firstpaint) or, for other links, the app's.
    if (window.__bench.app == null && seen('main section.danger a[href^="tel:"]')) window.__bench.app = ts;
    if (window.__bench.danger == null || window.__bench.app == null) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;
async function dangerRun() {
  const ctx = await browser.newContext({ locale: 'es-MX', viewport: { width: 360, height: 780 }, serviceWorkers: 'block' });
  const page = await ctx.newPage();
  await page.addInitScript(PAINT_PROBE);
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(app.url + '/' + QUERY);
  await page.waitForFunction(() => window.__bench && window.__bench.danger != null && window.__bench.app != null, null, { timeout: 60000, polling: 200 }).catch(() => {});
  const r = await page.evaluate(() => ({ ...window.__bench, fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null }));
  // The price of the first paint: her first tap (open "your rights") → the list on screen, which
  // with the first paint includes fetching and starting the app.
  try {
    const t = Date.now();
    await page.locator('section.rights button.toggle').click({ timeout: 10000 });
    await page.waitForSelector('section.rights li.item', { timeout: 60000 });
    r.tap = Date.now() - t;
  } catch { r.tap = null; }
  await ctx.close();
  return r;
}
log('danger box on slow 4G + 4× CPU…');
const dangerRuns = [];
for (let i = 0; i < RUNS; i++) dangerRuns.push(await dangerRun());
const danger = { danger: median(dangerRuns.map((r) => r.danger)), app: median(dangerRuns.map((r) => r.app)), fcp: median(dangerRuns.map((r) => r.fcp)), tap: median(dangerRuns.map((r) => r.tap).filter((x) => x != null)) };

// ---- selection change and re-query → next frame at 4× CPU ----------------------------------------
log('selection change and re-query latency…');
const page = await browser.newPage({ viewport: { width: 360, height: 780 }, locale: 'es-MX' });
await page.goto(app.url + '/#/?lang=es');
await page.waitForSelector('main h1', { timeout: 30000 });
// Reach the situations: on a one-question-per-screen start, answer (first choice) and go on.
for (let i = 0; i < 6; i++) {
  if (await page.locator('main input[type=checkbox]').count() >= 3) break;
  const radio = page.locator('main input[type=radio]:not(:checked)');
  if (await page.locator('main input[type=radio]:checked').count() === 0 && await radio.count() > 0) await radio.first().check({ force: true }).catch(() => {});
  const nextBtn = page.locator('form.start button[type=submit]');
  if (await nextBtn.count() === 0) break;
  await nextBtn.first().click();
  await page.waitForTimeout(300);
}
await page.evaluate(() => {
  window.__lat = [];
  document.addEventListener('click', (e) => {
    if (!(e.target instanceof HTMLInputElement) || e.target.type !== 'checkbox') return;
    const start = e.timeStamp;
    requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = () => window.__lat.push(performance.now() - start); ch.port2.postMessage(0); });
  }, true);
});
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
const boxes = page.locator('main input[type=checkbox]');
const nBoxes = Math.min(await boxes.count(), 6);
let selection = [];
if (nBoxes > 0) {
  for (let i = 0; i < 44; i++) {
    await boxes.nth(i % nBoxes).click({ force: true, timeout: 5000 }).catch(() => {});
    await page.waitForTimeout(120);
  }
  selection = (await page.evaluate(() => window.__lat)).slice(4); // the first clicks warm up
}
const sets = ['violence,pregnant', 'trafficking', 'trafficking,work', 'children', 'asylum,lgbti', 'no-documents', 'detention', 'health,disability', 'older,returned'];
const requery = (await page.evaluate(async (sets) => {
  const out = [];
  for (let i = 0; i < 50; i++) {
    const changed = new Promise((r) => {
      const o = new MutationObserver(() => { o.disconnect(); r(); });
      o.observe(document.querySelector('main') ?? document.body, { childList: true, subtree: true, characterData: true });
      setTimeout(() => { o.disconnect(); r(); }, 2000);
    });
    const start = performance.now();
    location.hash = `#/results?lang=es&c=MX&p=transit&s=${sets[i % sets.length]}`;
    await changed;
    await new Promise((r) => requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = r; ch.port2.postMessage(0); }));
    out.push(performance.now() - start);
    await new Promise((r) => setTimeout(r, 50));
  }
  return out;
}, sets)).slice(10);
// The browser's own floor for both, on this machine, with no app code: (1) a click on a bare
// checkbox in a page of 14 labels; (2) the results markup the app just drew for these same links,
// set as one string into the same page (its app code cut off by replacing <main> with a copy).
// Budgets below a floor cannot be met here by any change to Ruta.
let markup = [];
try {
  for (const s of sets) {
    await page.evaluate(async (h) => { location.hash = h; await new Promise((r) => setTimeout(r, 400)); }, `#/results?lang=es&c=MX&p=transit&s=${s}`);
    markup.push(await page.evaluate(() => document.querySelector('main')?.innerHTML ?? ''));
  }
} catch (e) {
  log('re-query floor: markup not captured: ' + String(e.message).split('\n')[0]);
  markup = [];
}
let requeryFloor = [];
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
let selectionFloor = [];
{
  const bare = await browser.newPage({ viewport: { width: 360, height: 780 } });
  await bare.setContent(`<main>${Array.from({ length: 14 }, (_, i) => `<label style="display:block;padding:12px"><input type=checkbox> ${i}</label>`).join('')}</main>`);
  await bare.evaluate(() => {
    window.__lat = [];
    document.addEventListener('click', (e) => {
      if (!(e.target instanceof HTMLInputElement)) return;
      const start = e.timeStamp;
      requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = () => window.__lat.push(performance.now() - start); ch.port2.postMessage(0); });
    }, true);
  });
  const bcdp = await bare.context().newCDPSession(bare);
  await bcdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const bb = bare.locator('main input');
  for (let i = 0; i < 44; i++) { await bb.nth(i % 6).click({ force: true, timeout: 5000 }).catch(() => {}); await bare.waitForTimeout(120); }
  selectionFloor = (await bare.evaluate(() => window.__lat)).slice(4);
  await bare.close();
}

// ---- memory: a full walk, then 500 navigations ----------------------------------------------------
log('memory walk…');
const LANGS = ['es', 'en', 'fr', 'ht', 'pt'];
const COUNTRIES = ['BZ', 'CA', 'CR', 'DO', 'SV', 'GT', 'HN', 'MX', 'NI', 'PA', 'US'];
const walk = [];
for (const lang of LANGS) {
  for (const h of ['#/', '#/results?c=MX&p=transit&s=violence', '#/guidelines', '#/about', '#/safety', '#/right/R05', '#/theme/children']) walk.push(h + (h.includes('?') ? '&' : '?') + 'lang=' + lang);
  for (const c of COUNTRIES) walk.push(`#/results?lang=${lang}&who=official&c=${c}&s=violence,trafficking,children`);
}
const go = (h) => page.evaluate((x) => new Promise((r) => { location.hash = x; requestAnimationFrame(() => r()); }), h);
const NAVS = Number(process.env.BENCH_NAVS ?? 500);
let wasmAfterWalk = null, heapAfterWalk = null, wasmAt100 = null, wasmAt500 = null, heapAt500 = null;
try {
for (const h of walk) await go(h);
const gc = () => cdp.send('HeapProfiler.collectGarbage').catch(() => {});
await gc();
const mem = () => page.evaluate(() => window.rutaWasmMemoryBytes?.() ?? null);
wasmAfterWalk = await mem();
heapAfterWalk = (await cdp.send('Runtime.getHeapUsage')).usedSize;
for (let i = 0; i < NAVS; i++) {
  await go(walk[(i * 7) % walk.length]);
  if (i === 99) { await gc(); wasmAt100 = await mem(); }
}
await gc();
wasmAt500 = await mem();
heapAt500 = (await cdp.send('Runtime.getHeapUsage')).usedSize;
} catch (e) {
  log('memory walk failed: ' + String(e.message).split('\n')[0]);
}
// The re-query floor last (it cuts this page's app off from the page).
try {
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
if (markup.length) requeryFloor = (await page.evaluate(async (htmls) => {
  const m = document.querySelector('main'); const copy = m.cloneNode(false); m.replaceWith(copy);
  const out = [];
  for (let i = 0; i < 50; i++) {
    const start = performance.now();
    copy.innerHTML = htmls[i % htmls.length];
    await new Promise((r) => requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = r; ch.port2.postMessage(0); }));
    out.push(performance.now() - start);
    await new Promise((r) => setTimeout(r, 50));
  }
  return out;
}, markup)).slice(10);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
} catch (e) {
  log('re-query floor failed: ' + String(e.message).split('\n')[0]);
}
await page.close().catch(() => {});

// ---- Lighthouse mobile, median of RUNS, on the compressing server -------------------------------
async function lighthouse(url, name, runs) {
  const res = [];
  for (let i = 0; i < runs; i++) {
    const path = join(out, `lh-${name}-${i}.json`);
    try {
      await run(join(root, 'node_modules', '.bin', 'lighthouse'), [url, '--quiet', '--output=json', `--output-path=${path}`, '--only-categories=performance', '--form-factor=mobile',
        `--chrome-flags=--headless=new ${CHROME_ARGS.join(' ')}`], { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, timeout: 180000, maxBuffer: 1 << 26 });
      const j = JSON.parse(readFileSync(path, 'utf8'));
      res.push({ score: j.categories.performance.score * 100, lcp: j.audits['largest-contentful-paint'].numericValue, tbt: j.audits['total-blocking-time'].numericValue, cls: j.audits['cumulative-layout-shift'].numericValue });
    } catch (e) {
      log(`lighthouse ${name} run ${i} failed: ${String(e.message).split('\n')[0]}`);
    }
  }
  return Object.fromEntries(['score', 'lcp', 'tbt', 'cls'].map((k) => [k, median(res.map((r) => r[k]))]));
}
await browser.close();
log(`lighthouse ×${RUNS}…`);
const served0 = { ...servedBy };
const lhApp = await lighthouse(app.url + '/' + QUERY, 'ruta', RUNS);
const lhEnc = Object.entries(servedBy).filter(([k, v]) => v > served0[k]).map(([k]) => k).join('+') || 'none';
// The floor is one static page: its score barely moves, one run is enough as a reference.
const lhFloor = flo ? await lighthouse(flo.url + '/', 'floor', 1) : { score: null, lcp: null, tbt: null, cls: null };
app.close(); flo?.close();

// ---- where the wasm goes (twiggy over the pre-wasm-bindgen module, which keeps names) -----------
let breakdown = '';
const rawWasm = join(root, 'target', 'wasm32-unknown-unknown', 'release', 'ruta.wasm');
try {
  const rows = JSON.parse(execFileSync('twiggy', ['top', '-n', '100000', '--format', 'json', rawWasm], { maxBuffer: 1 << 28 }).toString());
  const byCrate = {};
  const code = rows.filter((r) => !/^"function names"|^custom section|^"/.test(r.name) && !/^Σ|more\.$/.test(r.name));
  for (const r of code) {
    const m = r.name.match(/\b([a-z_][a-z0-9_]*)::/);
    const k = r.name.startsWith('data segment') ? 'data segments (strings, tables, content)' : m ? m[1] : 'unnamed (glue, generics)';
    byCrate[k] = (byCrate[k] ?? 0) + r.shallow_size;
  }
  const total = code.reduce((a, r) => a + r.shallow_size, 0);
  breakdown = Object.entries(byCrate).sort((a, b) => b[1] - a[1]).slice(0, 14)
    .map(([k, v]) => `  ${k.padEnd(40)} ${kb(v).padStart(8)} KB  ${(100 * v / total).toFixed(1).padStart(5)} %`).join('\n')
    + `\n  (code and data, shallow sizes in ${rawWasm.replace(root, '')}, before wasm-bindgen and wasm-opt: ${kb(total)} KB)`;
} catch (e) {
  breakdown = '  twiggy not available (tools/bench.sh installs it) — ' + String(e.message).split('\n')[0];
}

// ---- search figures from tools/bench-search.mjs (same dist only) --------------------------------
let search = null;
try {
  const s = JSON.parse(readFileSync(join(out, 'search.json'), 'utf8'));
  if (resolve(s.dist) === dist) search = s;
  else log(`target/bench/search.json measured ${s.dist}, not this dist: search rows left empty`);
} catch {
  log('no target/bench/search.json (run tools/bench-search.mjs first): search rows left empty');
}
const worst = (pick) => (search ? Math.max(...Object.values(search.searchLatency).map(pick).filter((x) => x != null)) : null);

// ---- the table: every budget, today beside the previous run and 2026-11-25 ------------------------
const now = {
  searchAnswerP50: worst((l) => l.answer.p50), searchAnswerP95: worst((l) => l.answer.p95),
  searchFrameP95: worst((l) => l.frame.p95), searchFloorFrameP95: search?.searchLatencyFloor.frame.p95 ?? null,
  searchIndex: search ? Math.max(...Object.values(search.searchIndex).map((x) => x.alone)) : null,
  firstVisit: fvTotal[2], wasm: fvWasm[2], pack: fvPack[2], floor: floorHtml ? sizes(floorHtml)[2] : null,
  danger: danger.danger, app: danger.app, fcp: danger.fcp, tap: danger.tap ?? null,
  lhScore: lhApp.score, lcp: lhApp.lcp, tbt: lhApp.tbt, cls: lhApp.cls,
  selP50: pct(selection, 0.5), selP95: pct(selection, 0.95), reqP50: pct(requery, 0.5), reqP95: pct(requery, 0.95),
  selFloorP95: pct(selectionFloor, 0.95), reqFloorP95: pct(requeryFloor, 0.95),
  wasmMem: wasmAfterWalk, wasmGrowth: wasmAt500 != null && wasmAt100 != null ? wasmAt500 - wasmAt100 : null, heap: heapAfterWalk, heapAt500,
  offline: packTotal ? packTotal[2] : null, single: single ? single[2] : null,
};
// docs/PERFORMANCE.md, 2026-11-25 (the issue 14 starting point). null = not measured then.
const NOV25 = { searchAnswerP50: null, searchAnswerP95: null, searchFrameP95: null, searchFloorFrameP95: null, searchIndex: null, firstVisit: 217.9 * 1024, wasm: 183.2 * 1024, pack: 23.5 * 1024, floor: 2.8 * 1024, danger: null, app: null, fcp: null, tap: null, lhScore: 98, lcp: 2260, tbt: 91, cls: 0.039, selP50: null, selP95: null, selFloorP95: null, reqFloorP95: null, reqP50: 48.6, reqP95: 62.8, wasmMem: 14.94 * 1048576, wasmGrowth: null, heap: 2.43 * 1048576, heapAt500: null, offline: 324.4 * 1024, single: null };
const lastPath = join(out, 'last.json');
const prev = process.env.BENCH_PREVIOUS ? JSON.parse(readFileSync(process.env.BENCH_PREVIOUS, 'utf8')) : existsSync(lastPath) ? JSON.parse(readFileSync(lastPath, 'utf8')) : null;
const stamp = new Date().toISOString().slice(0, 16).replace('T', ' ');
writeFileSync(join(out, `run-${stamp.replace(/[ :]/g, '')}.json`), JSON.stringify({ stamp, dist, ...now }, null, 1));
writeFileSync(lastPath, JSON.stringify({ stamp, dist, ...now }, null, 1));

const f = {
  kb: (v) => (v == null ? '—' : kb(v)), ms: (v) => (v == null ? '—' : v.toFixed(0)), ms1: (v) => (v == null ? '—' : v.toFixed(1)),
  mb: (v) => (v == null ? '—' : (v / 1048576).toFixed(2)), n: (v) => (v == null ? '—' : v.toFixed(0)), cls: (v) => (v == null ? '—' : v.toFixed(3)),
};
const ROWS = [
  ['first visit to a results link, KB brotli', 'firstVisit', f.kb, (v) => v <= 125 * 1024, '≤ 125'],
  ['  of which wasm, KB brotli', 'wasm', f.kb],
  ['  of which message pack(s), KB brotli', 'pack', f.kb],
  ['  floor (same screen, static HTML), KB brotli', 'floor', f.kb],
  ['danger box painted, slow 4G + 4× CPU, ms', 'danger', f.ms, (v) => v <= 1300, '≤ 1300'],
  ['  her results screen painted (first paint), ms', 'app', f.ms],
  ['  her first tap → rights open (app fetched), ms', 'tap', f.ms],
  ['  first contentful paint, ms', 'fcp', f.ms],
  ['Lighthouse mobile performance', 'lhScore', f.n, (v) => v >= 95, '≥ 95'],
  ['  LCP, ms', 'lcp', f.ms, (v) => v <= 1800, '≤ 1800'],
  ['  TBT, ms', 'tbt', f.ms, (v) => v <= 50, '≤ 50'],
  ['  CLS', 'cls', f.cls, (v) => v <= 0.02, '≤ 0.02'],
  ['selection change → next frame, 4× CPU, p50 ms', 'selP50', f.ms1],
  ['selection change → next frame, 4× CPU, p95 ms', 'selP95', f.ms1, (v) => v <= 16, '≤ 16'],
  ['  floor: bare checkbox click → next frame, p95 ms', 'selFloorP95', f.ms1],
  ['re-query (results link) → next frame, p50 ms', 'reqP50', f.ms1],
  ['re-query (results link) → next frame, p95 ms', 'reqP95', f.ms1, (v) => v <= 16, '≤ 16'],
  ['  floor: same markup set with no app code, p95 ms', 'reqFloorP95', f.ms1],
  ['wasm memory after the full walk, MB', 'wasmMem', f.mb, (v) => v <= 4 * 1048576, '≤ 4'],
  ['  growth over 500 more navigations, MB', 'wasmGrowth', f.mb, (v) => v <= 0, 'flat (0)'],
  ['  JS heap after the walk, MB', 'heap', f.mb],
  ['  JS heap after 500 more navigations, MB', 'heapAt500', f.mb],
  ['offline pack (all five languages), KB brotli', 'offline', f.kb, (v) => v <= 400 * 1024, '≤ 400'],
  ['single file out/ruta.html, KB brotli', 'single', f.kb, (v) => v <= 400 * 1024, '≤ 400'],
  ['search answer (input → DOM), 4× CPU, p50 ms', 'searchAnswerP50', f.ms1],
  ['search answer, 4× CPU, p95 ms (worst language)', 'searchAnswerP95', f.ms1, (v) => v <= 16, '≤ 16'],
  ['  search key → next frame, p95 ms (worst lang)', 'searchFrameP95', f.ms1],
  ['  bare input key → next frame (floor), p95 ms', 'searchFloorFrameP95', f.ms1],
  ['search index, largest language, KB brotli', 'searchIndex', f.kb, (v) => v <= 12 * 1024, '≤ 12'],
];
const W = [50, 10, 10, 10, 10, 8];
const line = (cells) => console.log(cells.map((c, i) => (i === 0 ? String(c).padEnd(W[i]) : String(c).padStart(W[i]))).join(' '));
console.log(`\nRuta benchmark — ${stamp} UTC — ${dist.replace(root, '')} — query ${QUERY} — median of ${RUNS} runs`);
line(['measure', 'now', prev ? 'previous' : '', '2026-11-25', 'budget', '']);
console.log('-'.repeat(W.reduce((a, b) => a + b + 1, 0)));
for (const [label, key, fmt, ok, budget] of ROWS) {
  const v = now[key];
  const verdict = ok ? (v == null ? 'n/a' : ok(v) ? 'met' : 'NOT met') : '';
  line([label, fmt(v), prev ? fmt(prev[key] ?? null) : '', fmt(NOV25[key]), budget ?? '', verdict]);
}
console.log(`\nprevious = ${prev ? `${prev.stamp} (${prev.dist?.replace(root, '') ?? '?'})` : 'none (first run)'}; files fetched on the first visit:`);
for (const [file, s] of Object.entries(fv)) console.log(`  ${file.replace(/-[0-9a-f]{8,}/, '-<hash>').replace(/\.[0-9a-f]{12,}\./, '.<hash>.').padEnd(40)} ${kb(s[0]).padStart(8)} raw ${kb(s[1]).padStart(7)} gzip ${kb(s[2]).padStart(7)} brotli`);
console.log(`  total ${kb(fvTotal[0])} raw / ${kb(fvTotal[1])} gzip / ${kb(fvTotal[2])} brotli; offline pack ${packCount} files${packTotal ? `, ${kb(packTotal[0])} raw` : ''}`);
console.log(`Lighthouse ${lhEnc === 'br' ? 'was served brotli' : `was served: ${lhEnc}`}; floor: Lighthouse ${f.n(lhFloor.score)}, LCP ${f.ms(lhFloor.lcp)} ms, TBT ${f.ms(lhFloor.tbt)} ms (1 run)`);
console.log(`danger box runs (ms): ${dangerRuns.map((r) => f.ms(r.danger)).join(', ')}; selection n=${selection.length}, re-query n=${requery.length}; wasm memory at 100 / 500 navigations: ${f.mb(wasmAt100)} / ${f.mb(wasmAt500)} MB`);
console.log(`Chromium: ${execFileSync('/usr/bin/chromium', ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim()}; bench took ${((Date.now() - t0) / 1000).toFixed(0)} s`);
console.log('\nwasm size by crate (twiggy):\n' + breakdown);
