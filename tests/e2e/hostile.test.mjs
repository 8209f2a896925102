// Hostile links, hosts and failed loads (issue 13; issue 14's first budget). Each test here failed
// on the landed build (1fe8be2) and passes now; figures are printed, never asserted as timings.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, openPage, ready, shot, text, distDir } from './helpers.mjs';

let browser;
let server;
// Host pages on another local server: http://127.0.0.1:<port> and http://localhost:<port> are two
// different origins (Chromium blocks public pages from framing a local server, so no fake hosts).
let hosts;
const hostPages = new Map();
before(async () => {
  browser = await launch();
  server = await serve();
  hosts = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(hostPages.get(new URL(req.url, 'http://x').pathname) ?? 'none');
  });
  await new Promise((r) => hosts.listen(0, '127.0.0.1', r));
});
after(async () => { hosts?.close(); await server?.close(); await browser?.close(); });
const hostUrl = (name, path) => `http://${name}:${hosts.address().port}${path}`;

/** A page at `origin` (127.0.0.1 or localhost) that frames Ruta with `query` and records messages. */
function hostPage(path, frameQuery) {
  hostPages.set(path, `<!doctype html><script>window.got=[];addEventListener('message',e=>got.push({origin:e.origin,type:e.data&&e.data.type}))</script><iframe style="width:360px;height:600px" src="${server.url}/index.html?embed&${frameQuery}"></iframe>`);
}

const COUNTRIES = ['BZ', 'CA', 'CR', 'DO', 'SV', 'GT', 'HN', 'MX', 'NI', 'PA', 'US'];
const EXIT = 'https://www.google.com/';

/** Stand in for the exit page (no network in tests). */
async function fakeExitPage(page) {
  await page.context().route(/^https:\/\/www\.google\.com\//, (r) => r.fulfill({ contentType: 'text/html', body: '<title>exit</title><p>elsewhere</p>' }));
}

test('theme values in a top-level link are ignored; in a frame only checked colours apply', async () => {
  const page = await openPage(browser);
  const evil = encodeURIComponent('url("data:image/svg+xml,<svg xmlns=\'http://www.w3.org/2000/svg\'><text y=\'50\'>EMERGENCY +1 555 0100</text></svg>")');
  await page.goto(`${server.url}/index.html?embed&fg=transparent&bg=${evil}&accent=%23ffffff#/results?c=MX`);
  await ready(page);
  const style = await page.evaluate(() => {
    const b = getComputedStyle(document.body);
    return { color: b.color, background: b.backgroundColor, image: b.backgroundImage };
  });
  assert.deepEqual(style, { color: 'rgb(29, 27, 32)', background: 'rgb(255, 255, 255)', image: 'none' }, 'Ruta\'s own colours, no picture over Ruta');
  assert.match(await text(page, 'section.danger'), /911/);
  await page.context().close();

  // Inside a frame: a low-contrast theme falls back to Ruta's colours; a good one applies.
  const parent = await openPage(browser);
  const origin = hostUrl('127.0.0.1', '');
  let n = 0;
  const themed = async (q) => {
    const path = `/theme${n++}`;
    hostPage(path, `host=${encodeURIComponent(origin)}&view=results&c=MX&${q}`);
    await parent.goto(hostUrl('127.0.0.1', path));
    const f = parent.frames()[1];
    await f.waitForSelector('main h1', { timeout: 20000 });
    await f.waitForTimeout(300); // theme.js is loaded on demand
    return f.evaluate(() => {
      const probe = (v) => { const i = document.createElement('i'); i.style.color = `var(${v})`; document.body.append(i); const c = getComputedStyle(i).color; i.remove(); return c; };
      return { fg: probe('--ruta-fg'), bg: probe('--ruta-bg'), accent: probe('--ruta-accent'), image: getComputedStyle(document.body).backgroundImage };
    });
  };
  const ruta = { fg: 'rgb(29, 27, 32)', bg: 'rgb(255, 255, 255)', accent: 'rgb(74, 29, 110)', image: 'none' };
  assert.deepEqual(await themed('fg=%23777777&bg=%23888888'), ruta, 'low contrast refused');
  assert.deepEqual(await themed(`bg=${evil}&fg=transparent`), ruta, 'url() and transparent refused');
  assert.deepEqual(await themed('accent=%230b6e4f'), { ...ruta, accent: 'rgb(11, 110, 79)' }, 'a readable accent applies');
  await parent.context().close();
});

test('a frame talks only to the origin that embeds it, and takes overlays only from it', async () => {
  const page = await openPage(browser);
  // 127.0.0.1:<port> embeds Ruta and declares itself; localhost:<port> (another origin) frames
  // Ruta claiming to be 127.0.0.1:<port>; a third page declares nothing.
  const declared = encodeURIComponent(hostUrl('127.0.0.1', ''));
  hostPage('/parent', `host=${declared}&view=results&c=MX`);
  hostPage('/evil', `host=${declared}&view=results&c=MX`);
  hostPage('/bare', 'view=results&c=MX');
  const overlay = JSON.stringify({ publisher: 'Attacker', services: [] });
  const run = async (url) => {
    await page.goto(url);
    const f = page.frames()[1];
    await f.waitForSelector('main h1', { timeout: 20000 });
    await page.evaluate((o) => {
      const w = document.querySelector('iframe').contentWindow;
      w.postMessage({ type: 'ruta-overlay', text: o, directory: JSON.parse(o) }, '*');
      w.postMessage({ type: 'ruta-host-ready' }, '*');
    }, overlay);
    await page.waitForTimeout(500);
    const got = await page.evaluate(() => window.got);
    const overlaid = await f.evaluate(() => window.__rutaOverlay !== undefined);
    return { types: [...new Set(got.map((m) => m.type))].sort(), overlaid };
  };
  const good = await run(hostUrl('127.0.0.1', '/parent'));
  assert.ok(good.types.includes('ruta-height') && good.types.includes('ruta-ready'), `the embedding page hears the frame: ${good.types}`);
  assert.equal(good.overlaid, true, 'the embedding page\'s overlay is taken');
  assert.deepEqual(await run(hostUrl('localhost', '/evil')), { types: [], overlaid: false }, 'a page that is not the declared host hears nothing and cannot post overlays');
  assert.deepEqual(await run(hostUrl('127.0.0.1', '/bare')), { types: [], overlaid: false }, 'without a declared host the frame stays silent');
  await page.context().close();
});

test('a crafted link cannot write in Ruta\'s voice: few values, short, isolated, no bidi controls', async () => {
  const page = await openPage(browser, { locale: 'en-US' });
  const junk = Array.from({ length: 40 }, (_, i) => `bad${i}`).join(',');
  await page.goto(`${server.url}/#/results?lang=en&c=%E2%80%AEXM%E2%81%A6&p=EMERGENCY+NUMBER+IS+%2B1+555+0100+call+it+now+Ruta+verified&s=violence,${junk}`);
  await ready(page);
  const note = page.locator('.problems');
  await note.waitFor();
  const items = await note.locator('li').allInnerTexts();
  console.log('problem note items:', items.length, JSON.stringify(items));
  assert.ok(items.length <= 7, `at most a few problems shown (${items.length})`);
  const all = items.join('\n');
  assert.doesNotMatch(all, /[\u202A-\u202E\u2066\u2067\u200E\u200F]/, 'no bidi controls from the link');
  assert.doesNotMatch(all, /0100 call it now/, 'no long text from the link');
  // Every value sits in its own isolate (FSI … PDI, or a <bdi>).
  const isolated = await note.evaluate((n) => [...n.querySelectorAll('li')].every((li) => li.querySelector('bdi') || /\u2068[^\u2069]*\u2069/.test(li.textContent) || !/["“«]/.test(li.textContent)));
  assert.ok(isolated, 'each value is isolated');
  await shot(page, 'hostile-bidi-en-360');
  await page.context().close();
});

test('an 800 KB link does not freeze the page, and the quick exit still works', async () => {
  const page = await openPage(browser);
  await fakeExitPage(page);
  const huge = `#/results?c=MX&s=${'x,'.repeat(200000)}${'&%zz'.repeat(100000)}`;
  assert.ok(huge.length >= 800000);
  const t0 = Date.now();
  await page.goto(`${server.url}/${huge}`);
  await ready(page);
  const mounted = Date.now() - t0;
  const note = await text(page, '.problems');
  assert.match(note, /too long|demasiado largo/i, 'she is told the link was cut');
  // The app responds: a click is handled at once.
  const t1 = Date.now();
  await page.locator('header .exit, button.exit, a.exit').first().click();
  await page.waitForURL(EXIT, { timeout: 10000 });
  console.log(`800 KB link: app mounted after ${mounted} ms; quick exit took ${Date.now() - t1} ms`);
  await page.context().close();
});

/** The recovery screen: what happened, retry, quick exit, the 11 countries' emergency numbers. */
async function assertRecovery(page, lang, title) {
  await page.waitForSelector('#boot.failed', { timeout: 20000 });
  const rec = page.locator(`#boot .bl[lang="${lang}"]`);
  assert.match(await rec.locator('.rec h1').innerText(), title);
  assert.ok(await rec.locator('.retry').isVisible(), 'retry button');
  assert.ok(await page.locator('#early-exit').isVisible(), 'quick exit');
  for (const c of COUNTRIES) {
    const tel = rec.locator(`.blc[data-c="${c}"] a[href^="tel:"]`);
    assert.ok(await tel.first().isVisible(), `${lang}: an emergency number for ${c}`);
  }
  assert.equal(await page.locator('#boot .bl:visible').count(), 1, 'one language only');
}

test('wasm missing → recovery screen in her language with the 11 emergency numbers and a working retry', async () => {
  for (const [locale, lang, title] of [['es-MX', 'es', /Ruta no pudo abrirse/], ['en-US', 'en', /Ruta could not start/], ['fr-CA', 'fr', /Ruta n’a pas pu démarrer/]]) {
    const page = await openPage(browser, { locale });
    await fakeExitPage(page);
    let block = true;
    await page.route(/_bg\.wasm$/, (r) => (block ? r.abort() : r.continue()));
    await page.goto(`${server.url}/#/results?c=GT`);
    await assertRecovery(page, lang, title);
    await shot(page, `hostile-recovery-wasm-${lang}-360`);
    block = false;
    await page.locator(`#boot .bl[lang="${lang}"] .retry`).click();
    await ready(page);
    await page.context().close();
  }
  // The glue missing, and the wasm cut short, end the same way.
  for (const [pattern, how] of [[/\/ruta-[0-9a-f]+\.js$/, 'abort'], [/_bg\.wasm$/, 'truncate']]) {
    const page = await openPage(browser, { locale: 'pt-BR' });
    await page.route(pattern, async (r) => {
      if (how === 'abort') return r.abort();
      const resp = await r.fetch();
      const body = await resp.body();
      return r.fulfill({ response: resp, body: body.subarray(0, body.length >> 1) });
    });
    await page.goto(`${server.url}/`);
    await assertRecovery(page, 'pt', /Não foi possível abrir o Ruta/);
    await page.context().close();
  }
});

function corrupt(buf) {
  const b = Buffer.from(buf);
  const i = b.length >> 1;
  b[i] ^= 0x04;
  return b;
}

test('a damaged language pack is refused and reported as a load failure', async () => {
  // English damaged: Ruta stays usable in Spanish and says the English texts could not be loaded.
  const page = await openPage(browser, { locale: 'en-US' });
  await page.route(/\/locales\/en\.[0-9a-f]+\.bin$/, async (r) => {
    const resp = await r.fetch();
    return r.fulfill({ response: resp, body: corrupt(await resp.body()) });
  });
  await page.goto(`${server.url}/#/?lang=en`);
  await ready(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'es', 'the damaged English pack was not used');
  const note = await text(page, '.problems');
  assert.match(note, /No se pudieron cargar/, 'reported as a load failure');
  assert.doesNotMatch(note, /No tenemos el idioma/, 'not as "we do not have that language"');
  await page.context().close();

  // The default language damaged too: the recovery screen, never "Loading…" forever.
  const page2 = await openPage(browser, { locale: 'es-MX' });
  await page2.route(/\/locales\/es\.[0-9a-f]+\.bin$/, async (r) => {
    const resp = await r.fetch();
    return r.fulfill({ response: resp, body: corrupt(await resp.body()) });
  });
  await page2.goto(`${server.url}/`);
  await assertRecovery(page2, 'es', /Ruta no pudo abrirse/);
  await page2.context().close();
});

test('the danger box of a results link is painted before the wasm, and matches the app\'s', async () => {
  for (const [locale, lang] of [['es-MX', 'es'], ['en-US', 'en']]) {
    const page = await openPage(browser, { locale });
    let release;
    const held = new Promise((r) => { release = r; });
    await page.route(/_bg\.wasm$/, async (r) => { await held; return r.continue(); });
    const t0 = Date.now();
    await page.goto(`${server.url}/#/results?c=MX&s=violence`, { waitUntil: 'commit' });
    const box = page.locator('#boot.prepaint .bl.here .blc.here');
    await box.locator('a[href^="tel:"]').first().waitFor({ state: 'visible', timeout: 10000 });
    const painted = Date.now() - t0;
    const before = await box.locator('li:visible a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(before.includes('tel:911'), `${lang}: the emergency number (${before})`);
    assert.ok(before.length >= 2, `${lang}: her situation's 24-hour line too (${before})`);
    assert.match(await box.innerText(), lang === 'es' ? /Emergencias/ : /Emergency/);
    await shot(page, `hostile-prewasm-danger-${lang}-360`);
    console.log(`${lang}: danger box painted ${painted} ms after navigation, wasm still held`);
    release();
    await ready(page);
    await page.waitForSelector('section.danger a[href^="tel:"]');
    const after = await page.locator('section.danger ul.calls a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(before, after, `${lang}: the same numbers, in the same order, as the app's danger box`);
    assert.equal(await page.locator('#boot').count(), 0, 'the app took over');
    await page.context().close();
  }
});

test('before the wasm has loaded, the quick exit already leaves (a plain link, no wasm needed)', async () => {
  const page = await openPage(browser);
  await fakeExitPage(page);
  await page.route(/_bg\.wasm$/, () => new Promise(() => {})); // never answers
  await page.goto(`${server.url}/#/results?c=HN`, { waitUntil: 'commit' });
  const exit = page.locator('#early-exit');
  await exit.waitFor({ state: 'visible' });
  assert.equal(await exit.getAttribute('href'), EXIT, 'works even with no script');
  await exit.click();
  await page.waitForURL(EXIT, { timeout: 10000 });
  await page.context().close();
});

test('the static texts exist in all five languages and every number dials', async () => {
  const index = await readFile(join(distDir, 'index.html'), 'utf8');
  for (const lang of ['es', 'en', 'fr', 'ht', 'pt']) {
    assert.match(index, new RegExp(`class="bl" lang="${lang}"`), lang);
  }
  const tels = [...index.matchAll(/href="tel:([^"]+)"/g)].map((m) => m[1]);
  assert.ok(tels.length >= 11 * 5);
  for (const t of tels) assert.match(t, /^\+?[0-9*#]{3,15}$/, t);
  assert.ok((await readdir(distDir)).some((f) => /^theme-[0-9a-f]{16}\.js$/.test(f)), 'theme.js is hashed');
});
