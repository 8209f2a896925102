// Search everywhere it must work (issue 17): the header box on wide screens (keyboard, label in
// the language in use, the words handed to the search screen in memory and never put in the
// address), the search screen on phones, kiosk mode with no network, and the single-file
// edition opened from file:// — each in at least two languages. Screenshots of the header at
// 1280 px and of the search screen at 360 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir, access } from 'node:fs/promises';
import { brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve, launch, openPage, ready, axe, shot, assertNoRawIds, assertOnlyOrigin, root, shots, distDir } from './helpers.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// A query per language and the item that must come first (as in toolkit.test.mjs).
const FIRST = { es: ['asilo', 'right:R02'], en: ['asylum', 'right:R02'], fr: ['asile', 'right:R02'], ht: ['azil', 'right:R02'], pt: ['detencao', 'right:R13'] };

/** The message `id` of ui.ftl (or another file of the locale) in `lang` (a one-line message). */
async function message(lang, id, file = 'ui') {
  const ftl = await readFile(join(root, 'locales', lang, `${file}.ftl`), 'utf8');
  const m = ftl.match(new RegExp(`^${id} = (.*)$`, 'm'));
  assert.ok(m, `${lang}: ${id}`);
  return m[1].trim();
}

async function firstHit(page) {
  await page.waitForSelector('.search-results li.hit');
  return page.locator('.search-results li.hit').first().getAttribute('data-id');
}

/** Type into the header box with the keyboard and press Enter; the search screen shows the hits. */
async function searchFromHeader(page, lang) {
  const [q, want] = FIRST[lang];
  const box = page.getByRole('search').getByRole('searchbox', { name: await message(lang, 'search-label') });
  assert.ok(await box.isVisible(), `${lang}: the header box is shown on a wide screen`);
  assert.equal(await page.locator('header .search-box button[type=submit]').innerText(), await message(lang, 'search-button'));
  // Keyboard: from the name, Tab reaches the field.
  await page.locator('header .brand').focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-box-q');
  await page.keyboard.type(q);
  await page.keyboard.press('Enter');
  await page.waitForSelector('#search-q');
  assert.equal(await page.inputValue('#search-q'), q, `${lang}: the search screen starts from the words typed`);
  assert.equal(await firstHit(page), want, `${lang} ${q}`);
  assert.ok(!decodeURIComponent(page.url()).includes(q), `${lang}: the words are not in the address (${page.url()})`);
  assert.equal(await page.locator('#search-box-q').count(), 0, 'one search field on the search screen');
  return q;
}

test('header search on wide screens: labelled, keyboard, localized, words in memory only; hidden on phones', async () => {
  for (const lang of ['es', 'en']) {
    const page = await openPage(browser, { width: 1280, height: 800 });
    await page.goto(`${server.url}/#/guidelines?lang=${lang}`);
    await ready(page);
    await axe(page, `header search box ${lang} 1280`);
    await page.locator('header.top').screenshot({ path: join(shots, `toolkit-search-header-${lang}-1280.png`) });
    await searchFromHeader(page, lang);
    await axe(page, `search screen from the header ${lang} 1280`);
    await shot(page, `toolkit-search-from-header-${lang}-1280`);
    // On to a hit and Back: the words are still on the search screen; the header box is back, empty.
    await page.locator('.search-results li.hit a').first().click();
    await page.waitForFunction(() => !location.hash.startsWith('#/search'));
    assert.equal(await page.inputValue('#search-box-q'), '');
    await page.goBack();
    await page.waitForSelector('#search-q');
    assert.equal(await page.inputValue('#search-q'), FIRST[lang][0]);
    // A phone: no box in the header (the search screen has its own field).
    await page.setViewportSize({ width: 360, height: 780 });
    await page.evaluate(() => { location.hash = '#/guidelines'; });
    await page.waitForSelector('dl.definitions');
    assert.equal(await page.locator('#search-box-q').isVisible(), false, 'no header box at 360 px');
    await assertNoRawIds(page);
    assertOnlyOrigin(page, server.url);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

test('search screen at 360 px in two languages: field, hits, marks', async () => {
  for (const lang of ['fr', 'pt']) {
    const page = await openPage(browser, { width: 360 });
    await page.goto(`${server.url}/#/search?lang=${lang}`);
    await ready(page);
    const [q, want] = FIRST[lang];
    await page.getByRole('searchbox', { name: await message(lang, 'search-label') }).fill(q);
    assert.equal(await firstHit(page), want, `${lang} ${q}`);
    assert.ok((await page.locator('.search-results li.hit').first().locator('mark').count()) > 0);
    await assertNoRawIds(page);
    await shot(page, `toolkit-search-${lang}-360`);
    // A short prefix matches many items: the first 15 are shown, the count says how many in
    // all, and "Show more" adds the next ones.
    await page.fill('#search-q', 'a');
    await page.waitForSelector('.search-results button.search-more');
    assert.equal(await page.locator('.search-results li.hit').count(), 15);
    const total = Number((await page.locator('.search-results .search-count').innerText()).match(/\d+/)[0]);
    assert.ok(total > 15, `${lang}: ${total}`);
    await page.locator('.search-results button.search-more').click();
    await page.waitForFunction(() => document.querySelectorAll('.search-results li.hit').length > 15);
    assert.equal(await page.locator('.search-results li.hit').count(), Math.min(30, total));
    await page.context().close();
  }
});

test('kiosk with no network: search from the header and the search screen in two languages; a wipe forgets the words', async () => {
  const page = await openPage(browser, { width: 1280, height: 800 });
  await page.goto(`${server.url}/?kiosk#/search?lang=es`);
  await ready(page);
  await page.waitForFunction(() => navigator.serviceWorker?.controller, null, { timeout: 20000 });
  await page.context().setOffline(true);
  await page.reload();
  await ready(page);
  for (const lang of ['es', 'ht']) {
    await page.evaluate((l) => { location.hash = `#/guidelines?lang=${l}`; }, lang);
    await page.waitForFunction((l) => document.documentElement.lang === l && document.querySelector('#search-box-q'), lang);
    await searchFromHeader(page, lang);
  }
  // The kiosk's exit clears the screen: back to the greeting, and the words are gone too.
  await page.locator('header button.exit').click();
  await page.waitForSelector('.welcome');
  await page.evaluate(() => { location.hash = '#/search?lang=ht'; });
  await page.waitForSelector('#search-q');
  assert.equal(await page.inputValue('#search-q'), '', 'the previous visitor\'s words are gone');
  await page.fill('#search-q', FIRST.ht[0]);
  assert.equal(await firstHit(page), FIRST.ht[1], 'the search screen itself works offline');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('single file from file:// with no network: header box and search screen in two languages', async () => {
  const file = process.env.RUTA_SINGLE ?? join(root, 'out', 'ruta.html');
  await access(file); // built by tools/single-file.sh (tools/test.sh builds it before the e2e tests)
  const page = await openPage(browser, { width: 1280, height: 800 });
  const network = [];
  await page.context().route(/^(https?|wss?):/, (route) => { network.push(route.request().url()); return route.abort(); });
  await page.goto(`${pathToFileURL(file).href}#/guidelines?lang=fr`);
  await ready(page);
  await searchFromHeader(page, 'fr');
  await page.evaluate(() => { location.hash = '#/search?lang=pt'; });
  await page.waitForFunction(() => document.documentElement.lang === 'pt' && document.querySelector('#search-q'));
  await page.fill('#search-q', FIRST.pt[0]);
  assert.equal(await firstHit(page), FIRST.pt[1]);
  await page.setViewportSize({ width: 360, height: 780 });
  await shot(page, 'toolkit-search-single-pt-360');
  assert.deepEqual(network, [], 'no network request at all');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the search index of every language costs at most 12 KB brotli (issue 17 budget)', async () => {
  // The index is the text message `-search-index` of one pack per language, stored as a u32 LE
  // length and the text (crates/contentc/src/pack.rs); tools/bench-search.mjs prints the figures.
  const files = (await readdir(join(distDir, 'locales'), { recursive: true })).filter((f) => f.endsWith('.bin'));
  const found = {};
  for (const f of files) {
    const pack = await readFile(join(distDir, 'locales', f));
    const at = pack.indexOf('RUTASEARCH1');
    if (at < 4) continue;
    const index = pack.subarray(at, at + pack.readUInt32LE(at - 4));
    found[f.split('/').pop().split('.')[0]] = brotliCompressSync(index, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  assert.deepEqual(Object.keys(found).sort(), ['en', 'es', 'fr', 'ht', 'pt'], 'one index per language');
  for (const [lang, n] of Object.entries(found)) assert.ok(n <= 12 * 1024, `${lang}: search index ${(n / 1024).toFixed(1)} KB brotli > 12 KB`);
});

test('hits as she types: labelled by kind, contacts dial, a key that adds no word leaves the list as it was', async () => {
  const page = await openPage(browser, { width: 360 });
  await page.goto(`${server.url}/#/search?lang=es`);
  await ready(page);
  await page.locator('#search-q').pressSequentially('mexico mujeres');
  await page.waitForSelector('.search-results li.hit[data-id^="contact:"]');
  // Each hit says what it is, in the language in use.
  const kinds = await page.locator('.search-results li.hit').evaluateAll((els) => els.map((e) => [e.dataset.id.split(':')[0], e.querySelector('.badge')?.textContent]));
  for (const [kind, badge] of kinds) assert.equal(badge, await message('es', `search-kind-${kind}`, 'toolkit'), kind);
  // A contact's title dials it (or is plain text when it has no number to dial): never another kind of link.
  const contactLinks = await page.locator('.search-results li.hit[data-id^="contact:"] .hit-title').evaluateAll((els) => els.map((e) => (e.tagName === 'A' ? e.getAttribute('href') : null)));
  assert.ok(contactLinks.some((h) => h?.startsWith('tel:+') || /^tel:\d+$/.test(h ?? '')), `a contact hit dials: ${contactLinks}`);
  for (const h of contactLinks) assert.ok(h == null || h.startsWith('tel:'), h);
  // A space, or a letter that only repeats a word already typed, finds the same items: the
  // list is the same elements, not rebuilt (nothing for her screen reader or her eyes to re-read).
  await page.evaluate(() => { document.querySelector('.search-results li.hit').__kept = true; });
  const before = await page.locator('.search-results li.hit').evaluateAll((els) => els.map((e) => e.dataset.id));
  await page.keyboard.press('Space');
  await page.keyboard.type('mexico');
  assert.equal(await page.inputValue('#search-q'), 'mexico mujeres mexico');
  assert.deepEqual(await page.locator('.search-results li.hit').evaluateAll((els) => els.map((e) => e.dataset.id)), before);
  assert.equal(await page.evaluate(() => document.querySelector('.search-results li.hit').__kept), true, 'the same elements');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
