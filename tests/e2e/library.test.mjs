// The Guidelines library: principles ⇄ rights/actions linked both ways, themes, definitions.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, ready, axe, shot, text, assertNoRawIds } from './helpers.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('library: principle → right → back to the principle, themes and definitions, all labelled as ours', async () => {
  const page = await openPage(browser, { width: 360 });
  await page.goto(server.url + '/#/guidelines?lang=es');
  await ready(page);
  assert.equal(await page.locator('main ol.library > li').count(), 10, '10 principles');
  assert.equal(await page.locator('main dl.definitions dt').count(), 27, '27 definitions');
  const body = await text(page, 'main');
  assert.match(body, /Solo pudimos leer sus títulos/);
  assert.match(body, /Nuestra explicación:/);
  await assertNoRawIds(page);
  await axe(page, 'library');
  await shot(page, 'library-es-360');

  await page.getByRole('link', { name: 'No re-victimización' }).click();
  await page.waitForURL(/#\/principle\/P3/);
  // The address changes before the screen does: wait for the principle's own heading, so the link
  // read below and the link clicked are the same one (a locator resolves again on each use).
  await page.waitForFunction(() => /re-victimizaci/i.test(document.querySelector('main h1')?.textContent ?? ''));
  const rightLink = page.locator('main ul.library a[href*="#/right/"]').first();
  const title = await rightLink.innerText();
  await rightLink.click();
  await page.waitForURL(/#\/right\/R\d\d/);
  await page.waitForFunction((t) => document.querySelector('main h1')?.textContent === t, title.replace(/[\u2068\u2069]/g, ''));
  assert.match(await text(page, 'main'), /En palabras simples[\s\S]*Para servicios y autoridades[\s\S]*Base legal/);
  // …and the right links back to the principle it rests on.
  assert.ok(await page.locator('main .principles a[href*="#/principle/P3"]').count() >= 1);
  await axe(page, 'right page');

  await page.goto(server.url + '/#/theme/violence?lang=en');
  await page.reload();
  await ready(page);
  assert.match(await text(page, 'main h1'), /Violence against women/);
  assert.ok(await page.locator('main a[href*="#/right/R05"]').count() === 1);
  await axe(page, 'theme page');

  await page.goto(server.url + '/#/right/R99?lang=en');
  await page.reload();
  await page.waitForSelector('.problems');
  assert.match(await text(page, '.problems'), /We could not find "R99" in the library/);
  assert.match(await text(page, 'main h1'), /The Guidelines library/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
