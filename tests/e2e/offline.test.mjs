// Offline first: after one visit every route works with no network, in every language; a newer
// build is taken atomically, announced calmly, on the next start or on a tap.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, readFile, writeFile, mkdtemp, readdir } from 'node:fs/promises';
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
  const dist = await readdir(join(distDir, 'locales'));
  for (const f of dist) assert.ok(cached.includes('/locales/' + f), `precached ${f}`);
  assert.ok(cached.some((p) => p.endsWith('_bg.wasm')));

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
      assert.ok((await page.locator('.rights li.item').count()) > 0, `${lang} ${c} ${p} ${s}`);
    }
    await assertNoRawIds(page);
    await shot(page, `offline-results-${lang}-360`);
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
  const keys = await page.evaluate(() => caches.keys());
  assert.equal(keys.filter((k) => k.startsWith('ruta-')).length, 1, 'old cache removed');
  assert.deepEqual(page.errors, []);
  await page.context().close();
  await server.close();
});
