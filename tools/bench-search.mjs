#!/usr/bin/env node
// Search benchmark (issue 17): for each language, the size of the search index inside its pack
// and the keystroke latency of the search screen in a real browser at 4× CPU throttling.
// It prints figures (and a JSON line for tools/bench.sh); it never fails on a timing.
//   node tools/bench-search.mjs [dist-dir]        (default dist/; build it first)
//
// How each figure is taken (Debian's Chromium through playwright-core, headless):
//  · index size: the index is the text message `-search-index` of each locale pack
//    (crates/contentc/src/search_index.rs), stored as a u32 LE length and the UTF-8 text
//    (crates/contentc/src/pack.rs). Reported brotli q11 on its own, and as the growth of the
//    brotli size of the pack that carries it compared with the same pack without it (what the
//    download costs).
//  · keystroke → next frame: the search screen of each language; each query of a fixed list is
//    typed one key at a time (trusted key events from Playwright), then cleared with Backspace
//    key by key. For every key, from the keydown event's timestamp to the first task after the
//    next animation frame (so the search, the DOM update, style, layout and paint are inside).
//    The next key is pressed only after that sample is taken. CPU throttled 4× over CDP. The
//    first key of each language is reported apart. The same keys typed into a bare input on an
//    empty page give the floor: what the browser and the machine cost per key right now (on a
//    busy machine every figure rises with it; compare the app with the floor).
import { createServer } from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
import { join, extname, resolve, normalize } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { chromium } from 'playwright-core';

const root = new URL('..', import.meta.url).pathname;
const dist = resolve(process.argv[2] ?? join(root, 'dist'));
const LANGS = ['es', 'en', 'fr', 'ht', 'pt'];
// Typical queries per language (words officials look for), typed key by key.
const QUERIES = {
  es: ['trata', 'asilo', 'embarazada', 'consulado mexico', 'no devolucion', 'salud parto'],
  en: ['trafficking', 'asylum', 'pregnant', 'consulate', 'non-refoulement', 'health birth'],
  fr: ['traite', 'asile', 'enceinte', 'consulat', 'non refoulement', 'detention'],
  ht: ['trafik', 'azil', 'ansent', 'konsila', 'vyolans', 'enfomasyon azil'],
  pt: ['trafico', 'asilo', 'gravida', 'consulado', 'detencao', 'violencia'],
};
const br = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => (n / 1024).toFixed(2);
const pct = (v, q) => { const s = [...v].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : null; };

// ---- index size per language -------------------------------------------------------------------
const sizes = {};
const packs = [];
(function walk(d) {
  for (const f of readdirSync(d, { withFileTypes: true })) {
    if (f.isDirectory()) walk(join(d, f.name));
    else if (f.name.endsWith('.bin')) packs.push(join(d, f.name));
  }
})(join(dist, 'locales'));
for (const file of packs.sort()) {
  // The index is in one pack per language (the later pack, locales/more/, once packs are split).
  const lang = file.split('/').pop().split('.')[0];
  const pack = readFileSync(file);
  const at = pack.indexOf('RUTASEARCH1');
  if (at < 4) continue;
  const len = pack.readUInt32LE(at - 4);
  const index = pack.subarray(at, at + len);
  const without = Buffer.concat([pack.subarray(0, at - 4), pack.subarray(at + len)]);
  sizes[lang] = { file: file.slice(dist.length + 1), raw: len, alone: br(index), packDelta: br(pack) - br(without), pack: br(pack) };
}

// ---- keystroke latency -------------------------------------------------------------------------
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.webmanifest': 'application/manifest+json' };
const FLOOR = '<!doctype html><meta charset=utf-8><title>floor</title><label>Search <input id=search-q type=search></label>';
const server = createServer((req, res) => {
  if (req.url === '/__floor.html') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(FLOOR);
    return;
  }
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(dist, path.endsWith('/') ? path + 'index.html' : path);
  try {
    const body = readFileSync(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'] });
const latency = {};
/** Type `queries` key by key into #search-q of `address` at 4× CPU; key → next frame samples. */
async function typing(address, queries) {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'es-MX', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(address);
  await page.waitForSelector('#search-q', { timeout: 30000 });
  await page.evaluate(() => {
    window.__lat = [];
    document.addEventListener('keydown', (e) => {
      const start = e.timeStamp;
      requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = () => window.__lat.push(performance.now() - start); ch.port2.postMessage(0); });
    }, true);
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.focus('#search-q');
  const key = async (k) => {
    const n = await page.evaluate(() => window.__lat.length);
    await page.keyboard.press(k);
    await page.waitForFunction((m) => window.__lat.length > m, n, { polling: 'raf' });
  };
  for (const q of queries) {
    for (const ch of q) await key(ch === ' ' ? 'Space' : ch);
    for (let i = 0; i < q.length; i++) await key('Backspace');
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const all = await page.evaluate(() => window.__lat);
  await context.close();
  const rest = all.slice(1);
  return { first: all[0], keys: rest.length, p50: pct(rest, 0.5), p95: pct(rest, 0.95), max: Math.max(...rest) };
}
// The floor: the same keys into a bare input on an empty page, same throttling — what the
// machine itself costs per key right now (on a busy machine every figure rises with it).
const floor = await typing(`${url}/__floor.html`, QUERIES.es);
for (const lang of LANGS) latency[lang] = await typing(`${url}/#/search?lang=${lang}`, QUERIES[lang]);
await browser.close();
server.close();

// ---- report ------------------------------------------------------------------------------------
const ms = (x) => (x == null ? '—' : x.toFixed(1));
console.log(`search index and keystroke latency (4× CPU, key → next frame) — ${dist}`);
console.log(`${'lang'.padEnd(6)}${'index raw KB'.padStart(13)}${'brotli KB'.padStart(11)}${'in pack KB'.padStart(12)}${'keys'.padStart(6)}${'p50 ms'.padStart(8)}${'p95 ms'.padStart(8)}${'max ms'.padStart(8)}${'1st key ms'.padStart(12)}`);
for (const lang of LANGS) {
  const s = sizes[lang] ?? {};
  const l = latency[lang];
  console.log(`${lang.padEnd(6)}${kb(s.raw ?? 0).padStart(13)}${kb(s.alone ?? 0).padStart(11)}${kb(s.packDelta ?? 0).padStart(12)}${String(l.keys).padStart(6)}${ms(l.p50).padStart(8)}${ms(l.p95).padStart(8)}${ms(l.max).padStart(8)}${ms(l.first).padStart(12)}`);
}
console.log(`${'floor'.padEnd(6)}${''.padStart(36)}${String(floor.keys).padStart(6)}${ms(floor.p50).padStart(8)}${ms(floor.p95).padStart(8)}${ms(floor.max).padStart(8)}   (a bare input on an empty page: this machine's own cost per key now)`);
console.log('budgets (issue 17): index ≤ 12 KB brotli per language; p95 ≤ 16 ms per keystroke at 4× CPU');
console.log(JSON.stringify({ searchIndex: sizes, searchLatency: latency, searchLatencyFloor: floor }));
