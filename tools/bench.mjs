#!/usr/bin/env node
// Ruta's performance benchmark: prints one table of figures (not a pass/fail test).
// Run through tools/bench.sh, which builds the release site first.
//   sizes (first visit, offline pack) raw/gzip/brotli · the floor (same screen as static HTML) ·
//   Lighthouse mobile (median of 5) · re-query latency at 4× CPU throttle · memory · wasm breakdown
import { createServer } from 'node:http';
import { readFileSync, readdirSync, statSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, extname, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { execFileSync, execFile } from 'node:child_process';
import { promisify } from 'node:util';
const run = promisify(execFile);
import { chromium } from 'playwright-core';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const out = join(root, 'target', 'bench');
mkdirSync(out, { recursive: true });
const RUNS = Number(process.env.LH_RUNS ?? 5);
const QUERY = '#/results?lang=es&c=MX&p=transit&s=violence';
const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

const sizes = (buf) => [buf.length, gzipSync(buf, { level: 9 }).length, brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length];
const sum = (list) => list.reduce((a, b) => a.map((x, i) => x + b[i]), [0, 0, 0]);
const kb = (n) => (n / 1024).toFixed(1);
const files = readdirSync(dist);
const pick = (re) => files.find((f) => re.test(f));

// ---- sizes -------------------------------------------------------------------------------------
const firstVisit = ['index.html', pick(/^boot-.*\.js$/), pick(/^ruta-.*\.js$/), pick(/^ruta-.*_bg\.wasm$/), pick(/^style-.*\.css$/),
  'locales/' + readdirSync(join(dist, 'locales')).find((f) => f.startsWith('es.'))];
const fv = Object.fromEntries(firstVisit.map((f) => [f, sizes(readFileSync(join(dist, f)))]));
const fvTotal = sum(Object.values(fv));
const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
const precache = JSON.parse(sw.match(/const FILES = (\[[\s\S]*?\]);/)[1]).filter((u) => u !== './').map((u) => u.slice(2));
const packTotal = sum([...precache.map((f) => sizes(readFileSync(join(dist, f)))), sizes(Buffer.from(sw))]);

// ---- the floor: the same screen as one static page, from the same engine and messages ---------
const floorHtml = execFileSync('cargo', ['run', '-q', '--release', '-p', 'ruta-engine', '--example', 'floor', '--', QUERY], { cwd: root, maxBuffer: 1 << 24 });
mkdirSync(join(out, 'floor'), { recursive: true });
writeFileSync(join(out, 'floor', 'index.html'), floorHtml);
const floor = sizes(floorHtml);

// ---- a compressing static server (brotli, as a real host would) --------------------------------
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.bin': 'application/octet-stream' };
const cache = new Map();
function server(dir) {
  const s = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/\.\.+/g, '');
    const file = join(dir, path.endsWith('/') ? path + 'index.html' : path);
    if (!existsSync(file) || statSync(file).isDirectory()) { res.writeHead(404); return res.end(); }
    const br = /\bbr\b/.test(req.headers['accept-encoding'] ?? '');
    const key = file + br;
    if (!cache.has(key)) {
      const raw = readFileSync(file);
      cache.set(key, br ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : raw);
    }
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': /-[0-9a-f]{8,}/.test(file) ? 'max-age=31536000, immutable' : 'no-cache' };
    if (br) headers['content-encoding'] = 'br';
    res.writeHead(200, headers);
    res.end(cache.get(key));
  });
  return new Promise((r) => s.listen(0, '127.0.0.1', () => r({ url: `http://127.0.0.1:${s.address().port}`, close: () => s.close() })));
}
const app = await server(dist);
const flo = await server(join(out, 'floor'));

// ---- Lighthouse mobile, median of RUNS --------------------------------------------------------
const median = (v) => { const s = [...v].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
// Async: the static servers live in this process, so a blocking call would starve them.
async function lighthouse(url, name) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const path = join(out, `lh-${name}-${i}.json`);
    await run(join(root, 'node_modules', '.bin', 'lighthouse'), [url, '--quiet', '--output=json', `--output-path=${path}`, '--only-categories=performance',
      `--chrome-flags=--headless=new ${CHROME_ARGS.join(' ')}`], { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, timeout: 180000, maxBuffer: 1 << 26 });
    const j = JSON.parse(readFileSync(path, 'utf8'));
    runs.push({ score: j.categories.performance.score * 100, lcp: j.audits['largest-contentful-paint'].numericValue, tbt: j.audits['total-blocking-time'].numericValue, cls: j.audits['cumulative-layout-shift'].numericValue });
  }
  return Object.fromEntries(['score', 'lcp', 'tbt', 'cls'].map((k) => [k, median(runs.map((r) => r[k]))]));
}
console.error('bench: lighthouse…');
const lhApp = await lighthouse(app.url + '/' + QUERY, 'ruta');
const lhFloor = await lighthouse(flo.url + '/', 'floor');

// ---- re-query latency and memory (Playwright + CDP) --------------------------------------------
console.error('bench: latency and memory…');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROME_ARGS });
const page = await browser.newPage({ viewport: { width: 360, height: 780 } });
await page.goto(app.url + '/' + QUERY);
await page.waitForSelector('section.danger');
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
const sets = ['violence,pregnant', 'trafficking', 'trafficking,work', 'children', 'asylum,lgbti', 'no-documents', 'detention', 'health,disability', 'older,returned'];
const lat = await page.evaluate(async (sets) => {
  const out = [];
  for (let i = 0; i < 60; i++) {
    const s = sets[i % sets.length];
    const changed = new Promise((r) => {
      const o = new MutationObserver(() => { o.disconnect(); r(); });
      o.observe(document.querySelector('main'), { childList: true, subtree: true, characterData: true });
      setTimeout(() => { o.disconnect(); r(); }, 2000);
    });
    const t0 = performance.now();
    location.hash = `#/results?lang=es&c=MX&p=transit&s=${s}`;
    await changed;
    await new Promise((r) => requestAnimationFrame(() => r()));
    out.push(performance.now() - t0);
  }
  return out.slice(10); // the first changes warm up
}, sets);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
lat.sort((a, b) => a - b);
const p = (q) => lat[Math.min(lat.length - 1, Math.floor(q * lat.length))];
// A full walk: every screen, every language, every country.
for (const lang of ['es', 'en', 'fr', 'ht', 'pt']) {
  for (const h of ['#/', QUERY.replace('lang=es', 'lang=' + lang), '#/guidelines', '#/about', '#/safety', '#/right/R05', '#/theme/children']) {
    await page.evaluate((x) => { location.hash = x; }, h.includes('lang=') ? h : h + '?lang=' + lang);
    await page.waitForTimeout(30);
  }
  for (const c of ['BZ', 'CA', 'CR', 'DO', 'SV', 'GT', 'HN', 'MX', 'NI', 'PA', 'US']) {
    await page.evaluate((x) => { location.hash = x; }, `#/results?lang=${lang}&who=official&c=${c}&s=violence,trafficking,children`);
    await page.waitForTimeout(30);
  }
}
await cdp.send('HeapProfiler.collectGarbage');
const heap = await cdp.send('Runtime.getHeapUsage');
const wasmMem = await page.evaluate(() => window.rutaWasmMemoryBytes?.());
await browser.close();
app.close(); flo.close();

// ---- where the wasm goes (twiggy over the pre-wasm-bindgen module, which keeps names) -----------
let breakdown = '';
const raw = join(root, 'target', 'wasm32-unknown-unknown', 'release', 'ruta.wasm');
try {
  const rows = JSON.parse(execFileSync('twiggy', ['top', '-n', '100000', '--format', 'json', raw], { maxBuffer: 1 << 28 }).toString());
  const byCrate = {};
  const code = rows.filter((r) => !/^"function names"|^custom section|^"/.test(r.name) && !/^Σ|more\.$/.test(r.name));
  for (const r of code) {
    const m = r.name.match(/\b([a-z_][a-z0-9_]*)::/);
    const k = r.name.startsWith('data segment') ? 'data segments (strings, tables, content)' : m ? m[1] : 'unnamed (glue, generics)';
    byCrate[k] = (byCrate[k] ?? 0) + r.shallow_size;
  }
  const rowsTotal = code;
  const total = rowsTotal.reduce((a, r) => a + r.shallow_size, 0);
  breakdown = Object.entries(byCrate).sort((a, b) => b[1] - a[1]).slice(0, 14)
    .map(([k, v]) => `  ${k.padEnd(34)} ${kb(v).padStart(8)} KB  ${(100 * v / total).toFixed(1).padStart(5)} %`).join('\n')
    + `\n  (code and data only, shallow sizes in target/wasm32-unknown-unknown/release/ruta.wasm, before wasm-bindgen and wasm-opt: ${kb(total)} KB)`;
} catch (e) {
  breakdown = '  twiggy not available (cargo install twiggy) — ' + e.message.split('\n')[0];
}

// ---- the table -------------------------------------------------------------------------------------
const row = (k, v, budget = '') => console.log(`${k.padEnd(46)}${String(v).padStart(26)}  ${budget}`);
const triple = (t) => `${kb(t[0])} / ${kb(t[1])} / ${kb(t[2])}`;
console.log(`Ruta benchmark — ${new Date().toISOString().slice(0, 10)} — query ${QUERY}`);
console.log('measure'.padEnd(46) + 'value'.padStart(26) + '  budget');
console.log('-'.repeat(96));
for (const [f, s] of Object.entries(fv)) row('  ' + f.replace(/-[0-9a-f]{8,}/, '-<hash>').replace(/\.[0-9a-f]{12}\./, '.<hash>.'), triple(s));
row('first visit, KB raw / gzip / brotli', triple(fvTotal), `≤ 150 KB brotli: ${fvTotal[2] / 1024 <= 150 ? 'met' : 'NOT met'}`);
row('floor (static HTML), KB raw / gzip / brotli', triple(floor));
row('Ruta ÷ floor (brotli)', (fvTotal[2] / floor[2]).toFixed(1) + ' ×', `≤ 3 ×: ${fvTotal[2] / floor[2] <= 3 ? 'met' : 'NOT met'}`);
row(`offline pack (${precache.length + 1} files), KB raw/gz/br`, triple(packTotal), `≤ 400 KB brotli: ${packTotal[2] / 1024 <= 400 ? 'met' : 'NOT met'}`);
row('Lighthouse mobile performance (Ruta / floor)', `${lhApp.score.toFixed(0)} / ${lhFloor.score.toFixed(0)}`, `≥ 95: ${lhApp.score >= 95 ? 'met' : 'NOT met'}`);
row('  LCP ms (Ruta / floor)', `${lhApp.lcp.toFixed(0)} / ${lhFloor.lcp.toFixed(0)}`, `≤ 1500: ${lhApp.lcp <= 1500 ? 'met' : 'NOT met'}`);
row('  TBT ms (Ruta / floor)', `${lhApp.tbt.toFixed(0)} / ${lhFloor.tbt.toFixed(0)}`, `≤ 50: ${lhApp.tbt <= 50 ? 'met' : 'NOT met'}`);
row('  CLS (Ruta / floor)', `${lhApp.cls.toFixed(3)} / ${lhFloor.cls.toFixed(3)}`);
row(`re-query at 4× CPU throttle, ms p50 / p95 (n=${lat.length})`, `${p(0.5).toFixed(1)} / ${p(0.95).toFixed(1)}`, `p95 ≤ 16: ${p(0.95) <= 16 ? 'met' : 'NOT met'}`);
row('wasm linear memory after a full walk, MB', wasmMem ? (wasmMem / 1048576).toFixed(2) : 'n/a', `≤ 8 MB: ${wasmMem && wasmMem / 1048576 <= 8 ? 'met' : 'NOT met'}`);
row('JS heap used after a full walk, MB', (heap.usedSize / 1048576).toFixed(2));
console.log(`Lighthouse: median of ${RUNS} runs each, default mobile throttling (simulated), Chromium ${execFileSync('/usr/bin/chromium', ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim()}`);
console.log('\nwasm size by crate (twiggy):\n' + breakdown);
