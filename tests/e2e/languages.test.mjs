// Every language, end to end: start → results → library → about, with no raw message id, no
// untranslated Spanish, <html lang> right, axe clean; the switch names each language in itself.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, openPage, ready, axe, shot, text, assertNoRawIds, root } from './helpers.mjs';

let server, browser, langs;
before(async () => {
  server = await serve();
  browser = await launch();
  const toml = await readFile(join(root, 'content', 'languages.toml'), 'utf8');
  langs = [...toml.matchAll(/code = "([a-z]{2})"\nname = "([^"]+)"/g)].map((m) => ({ code: m[1], name: m[2] }));
});
after(async () => { await browser?.close(); await server?.close(); });

/** Paragraph/heading texts of the main area, without contact names and source titles (proper names). */
async function prose(page) {
  return page.$$eval('main h1, main h2, main p, main li.item h3', (els) => els
    .filter((e) => !e.closest('.card') && !e.closest('.call') && !e.closest('.basis'))
    .map((e) => e.textContent.replace(/[\u2068\u2069]/g, '').trim())
    .filter((t) => t.length > 25));
}

test('the walk works in every language', async () => {
  assert.ok(langs.length >= 5, 'es, en, fr, ht, pt');
  const route = '#/results?c=HN&p=transit&s=violence,children';
  const page = await openPage(browser, { width: 360 });
  await page.goto(server.url + '/' + route + '&lang=es');
  await page.waitForSelector('section.danger');
  const spanish = new Set(await prose(page));
  const options = await page.$$eval('header select option', (o) => o.map((x) => [x.value, x.textContent.trim(), x.lang]));
  assert.deepEqual(options, langs.map((l) => [l.code, l.name, l.code]), 'each language in its own name');

  for (const { code } of langs) {
    for (const r of [`#/?lang=${code}`, `${route}&lang=${code}`, `#/guidelines?lang=${code}`, `#/about?lang=${code}`]) {
      await page.evaluate((h) => { location.hash = h; }, r);
      await page.waitForFunction((l) => document.documentElement.lang === l, code);
      await ready(page);
      await page.waitForTimeout(50);
      await assertNoRawIds(page);
      assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
      if (code !== 'es') {
        const same = (await prose(page)).filter((t) => spanish.has(t));
        assert.deepEqual(same, [], `${code} ${r}: Spanish text shown untranslated`);
      }
      if (r.startsWith('#/results')) {
        await axe(page, `results (${code})`);
        await shot(page, `results-${code}-360`);
      }
    }
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
