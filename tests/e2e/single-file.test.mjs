// The single-file edition (out/ruta.html, made by tools/single-file.sh) opens at a file:// address
// with networking blocked, and the whole flow works in every language. RUTA_SINGLE=<file> tests
// another copy (a helper's private build).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, openPage, ready, shot, text, assertNoRawIds, axe, root, answer } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('ruta.html works from file:// with no network, in every language', async () => {
  const file = pathToFileURL(process.env.RUTA_SINGLE ?? join(root, 'out', 'ruta.html')).href;
  const page = await openPage(browser, { locale: 'fr-CA' });
  const network = [];
  await page.context().route(/^(https?|wss?):/, (route) => { network.push(route.request().url()); return route.abort(); });
  await page.goto(file);
  await ready(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'fr', 'navigator.languages negotiated offline');
  await shot(page, 'single-file-start-fr-360');

  // The full flow by clicking, in French (one question per screen).
  await answer(page, { country: 'Guatemala', phase: /^Destination/, situations: [/^Travail/] });
  // Sections open on demand: open them all from the jump links.
  for (const a of await page.locator('nav.jump a').all()) await a.click();
  await page.waitForSelector('.rights li[data-id="R17"]');
  assert.equal(await page.locator('.rights li[data-id="R17"]').count(), 1, 'labour rights');
  assert.match(await text(page, 'section.danger'), /110/);
  await axe(page, 'single file results (fr)');
  await shot(page, 'single-file-results-fr-360');

  const langs = [...(await readFile(join(root, 'content', 'languages.toml'), 'utf8')).matchAll(/code = "([a-z]{2})"/g)].map((m) => m[1]);
  for (const lang of langs) {
    await page.locator('header select').selectOption(lang);
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    await page.waitForSelector('section.danger');
    await assertNoRawIds(page);
    assert.ok((await page.locator('section.rights').count()) > 0, lang);
  }
  await page.evaluate(() => { location.hash = '#/guidelines'; });
  await page.waitForSelector('dl.definitions');
  assert.deepEqual(network, [], 'no network request at all');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
