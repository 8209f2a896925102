// Offline first: after one visit every route works with no network, in every language; a newer
// build is taken atomically, announced calmly, on the next start or on a tap.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, readFile, writeFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, openPage, ready, shot, text, assertNoRawIds, root, distDir } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller, null, { timeout: 20000 });
}

test('after one visit, every phase, country, language and several situation sets work offline', async () => {
  const server = await serve();
  const page = await openPage(browser, { locale: 'es-MX' });
  const failed = [];
  page.on('requestfailed', (r) => failed.push(r.url()));
  await page.goto(server.url + '/');
  await ready(page);
  await controlled(page);
  const cached = await page.evaluate(async () => {
    const keys = await caches.keys();
    const c = await caches.open(keys.find((k) => k.startsWith('ruta-')));
    return (await c.keys()).map((r) => new URL(r.url).pathname);
  });
  // Both packs of every language: the first and the later one (locales/more/, issue 14). Not the
  // first paint's (locales/first/, firstpaint-*): it serves a first visit over the network only,
  // and offline the app itself is there.
  const all = (await readdir(join(distDir, 'locales'), { recursive: true })).filter((f) => f.endsWith('.bin'));
  const dist = all.filter((f) => !f.startsWith('first/'));
  assert.ok(dist.some((f) => f.startsWith('more/')), 'later packs are in the build');
  assert.ok(all.some((f) => f.startsWith('first/')), 'the first paint\'s packs are in the build');
  for (const f of dist) assert.ok(cached.includes('/locales/' + f), `precached ${f}`);
  assert.ok(cached.some((p) => /\/ruta-[0-9a-f]+_bg\.wasm$/.test(p)), 'the app is precached');
  assert.ok(!cached.some((p) => p.startsWith('/locales/first/') || p.includes('/firstpaint-')), 'the first paint is not');

  await page.context().setOffline(true);
  const before = server.served.count;
  await page.reload();
  await ready(page);
  await shot(page, 'offline-start-es-360');

  const langs = (await readFile(join(root, 'content', 'languages.toml'), 'utf8')).match(/^code = "([a-z]{2})"/gm).map((l) => l.slice(8, 10));
  const countries = ['BZ', 'CA', 'CR', 'DO', 'SV', 'GT', 'HN', 'MX', 'NI', 'PA', 'US'];
  const phases = ['origin', 'transit', 'destination', 'return'];
  const sets = ['violence', 'trafficking,work', 'pregnant,children', 'unaccompanied', 'asylum,lgbti', 'no-documents,detention', 'health,disability,older', 'indigenous-language,returned'];
  let i = 0;
  for (const lang of langs) {
    for (const c of countries) {
      const p = phases[i % phases.length];
      const s = sets[i % sets.length];
      i += 1;
      await page.evaluate((h) => { location.hash = h; }, `#/results?lang=${lang}&c=${c}&p=${p}&s=${s}`);
      await page.waitForFunction((l) => document.documentElement.lang === l && document.querySelector('section.danger'), lang);
      await page.waitForFunction((c) => document.querySelector('section.contacts') && !document.querySelector('.problems'), c);
      // Sections open on demand: the rights section and its jump link must be there.
      assert.ok((await page.locator('section.rights').count()) > 0 && (await page.locator('nav.jump a').count()) > 0, `${lang} ${c} ${p} ${s}`);
    }
    await assertNoRawIds(page);
    await shot(page, `offline-results-${lang}-360`);
  }
  // The two-country comparison (issue 15) works with no network too.
  await page.evaluate(() => { location.hash = '#/compare?lang=es'; });
  await page.waitForSelector('select#compare-a');
  await page.selectOption('select#compare-a', 'GT');
  await page.selectOption('select#compare-b', 'MX');
  await page.waitForSelector('.compare-col >> nth=1');
  const cols = await page.$$eval('.compare-col', (c) => c.map((x) => x.textContent));
  assert.equal(cols.length, 2, 'two countries side by side offline');
  assert.ok(await page.locator('.compare-col a[href^="tel:"]').count() >= 2, 'emergency lines on both sides, offline');
  await shot(page, 'offline-compare-es-360');
  // Screens whose messages come in the later pack (issue 14), in languages whose later pack was
  // never fetched online: the service worker serves it, and the screens render in full.
  for (const lang of ['ht', 'pt']) {
    for (const [route, sel] of [['guidelines', 'dl.definitions'], ['training', 'main h1'], ['matrix', 'form.matrix-form'], ['search', '#search-q']]) {
      await page.evaluate((h) => { location.hash = h; }, `#/${route}?lang=${lang}`);
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      await page.waitForSelector(sel);
      assert.equal(await page.locator('.later-failed').count(), 0, `${lang} ${route}: the later pack loaded offline`);
      await assertNoRawIds(page);
    }
    // The search index travels in the later pack: it finds trafficking's right offline.
    await page.fill('#search-q', lang === 'ht' ? 'trafik' : 'trafico');
    await page.waitForSelector('.search-results li.hit[data-id="right:R07"]');
  }
  assert.equal(server.served.count, before, 'nothing reached the server while offline');
  assert.deepEqual(failed, [], 'no failed request');
  assert.deepEqual(page.errors, []);
  await page.context().close();
  await server.close();
});

test('a newer build is announced and taken on a tap, never mixed with the old one', async () => {
  const a = await mkdtemp(join(tmpdir(), 'ruta-a-'));
  const b = await mkdtemp(join(tmpdir(), 'ruta-b-'));
  await cp(distDir, a, { recursive: true });
  await cp(distDir, b, { recursive: true });
  // Build B: a different version and a marker in its shell.
  const sw = await readFile(join(b, 'sw.js'), 'utf8');
  await writeFile(join(b, 'sw.js'), sw.replace(/const VERSION = '([0-9a-f]+)'/, "const VERSION = '$1-next'"));
  const index = await readFile(join(b, 'index.html'), 'utf8');
  await writeFile(join(b, 'index.html'), index.replace('<body>', '<body data-build=next>'));

  const server = await serve(a);
  const page = await openPage(browser, { locale: 'en-US' });
  await page.goto(server.url + '/#/about');
  await ready(page);
  await controlled(page);
  assert.match(await text(page, 'main'), /App version: \d+\.\d+\.\d+/);

  server.setDir(b);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await page.waitForSelector('.update', { timeout: 20000 });
  assert.match(await text(page, '.update'), /A new version of Ruta is ready/);
  await shot(page, 'update-ready-en-360');
  // Until she taps, the old version keeps serving, whole.
  await page.reload();
  await ready(page);
  assert.equal(await page.evaluate(() => document.body.dataset.build ?? null), null, 'still the old shell');

  await page.waitForSelector('.update', { timeout: 20000 });
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Use it now' }).click()]);
  await ready(page);
  assert.equal(await page.evaluate(() => document.body.dataset.build), 'next', 'the new shell after the tap');
  // The previous version's cache stays (a tab may still run it); older ones go.
  const keys = await page.evaluate(() => caches.keys());
  assert.equal(keys.filter((k) => k.startsWith('ruta-')).length, 2, 'this version and the previous one');
  assert.deepEqual(page.errors, []);
  await page.context().close();
  await server.close();
});

/** A copy of the build with another version, without `drop` (a file it no longer has). */
async function variant(name, { drop = null, marker = name } = {}) {
  const dir = await mkdtemp(join(tmpdir(), `ruta-${name}-`));
  await cp(distDir, dir, { recursive: true });
  let sw = await readFile(join(dir, 'sw.js'), 'utf8');
  sw = sw.replace(/const VERSION = '([0-9a-f]+)'/, `const VERSION = '$1-${name}'`);
  if (drop) {
    sw = sw.replace(new RegExp(`\\s*"\\./${drop.replace(/[.]/g, '\\.')}",?`), '');
    await rm(join(dir, drop));
  }
  await writeFile(join(dir, 'sw.js'), sw);
  const index = await readFile(join(dir, 'index.html'), 'utf8');
  await writeFile(join(dir, 'index.html'), index.replace('<body>', `<body data-build=${marker}>`));
  return dir;
}

test('a tab still on the old version keeps working after another tab takes the new one', async () => {
  const fr = (await readdir(join(distDir, 'locales'))).find((f) => f.startsWith('fr.'));
  const a = await variant('a');
  // Build B no longer has A's French pack (as when the French texts change).
  const b = await variant('b', { drop: `locales/${fr}` });
  const server = await serve(a);
  const old = await openPage(browser, { locale: 'es-MX' });
  await old.goto(server.url + '/#/about');
  await ready(old);
  await controlled(old);
  server.setDir(b);
  const tab2 = await old.context().newPage();
  await tab2.goto(server.url + '/#/about');
  await tab2.waitForSelector('main h1', { timeout: 20000 });
  await tab2.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await tab2.waitForSelector('.update', { timeout: 20000 });
  await Promise.all([tab2.waitForEvent('load'), tab2.locator('.update button').click()]);
  await tab2.waitForFunction(() => document.body.dataset.build === 'b');
  // The old tab is told, and meanwhile still works offline in a language it had not loaded yet.
  await old.waitForSelector('.update', { timeout: 20000 });
  await old.context().setOffline(true);
  await old.locator('header select').selectOption('fr');
  await old.waitForFunction(() => document.documentElement.lang === 'fr', null, { timeout: 10000 });
  assert.equal(await old.evaluate(() => document.body.dataset.build), 'a', 'still the old version');
  assert.deepEqual(old.errors.filter((e) => !/Failed to load resource/.test(e)), []);
  await old.context().close();
  await server.close();
});

test('a first visit whose offline install fails leaves no cache and says offline use is not ready', async () => {
  const fr = (await readdir(join(distDir, 'locales'))).find((f) => f.startsWith('fr.'));
  // The install cannot fetch one file of its list.
  const broken = await variant('broken');
  await rm(join(broken, 'locales', fr));
  const server = await serve(broken);
  const page = await openPage(browser, { locale: 'es-MX' });
  await page.goto(server.url + '/');
  await ready(page);
  await page.waitForSelector('#offline-note', { timeout: 20000 });
  assert.match(await text(page, '#offline-note'), /todavía no está lista para usarse sin internet/);
  const keys = await page.evaluate(() => caches.keys());
  assert.deepEqual(keys.filter((k) => k.startsWith('ruta-')), [], 'no half-filled cache left behind');
  await shot(page, 'offline-not-ready-es-360');
  await page.context().close();
  await server.close();
});
