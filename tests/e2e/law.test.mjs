// End-to-end: where the law binds (issue 15) over the release build — status lines under legal
// bases, the asylum deadline block (date of entry kept in memory only), and the two-country
// comparison screen; axe on each screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, axe, shot, text, assertNoRawIds, assertNoAnswersIn } from './helpers.mjs';

let server, browser;
/** No law-* message id reaches the screen (the shared check does not know this prefix). */
const noLawIds = async (page) => assert.deepEqual((await text(page)).match(/\blaw-[a-z]+(?:-[A-Za-z0-9]+)*\b/g) ?? [], [], 'raw law-* ids on screen');
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('asylum in Mexico: the time limit in plain words, the office, and the last day computed on the phone — never stored', async () => {
  const page = await openPage(browser, { locale: 'en-US', width: 360 });
  await page.goto(server.url + '/#/results?lang=en&c=MX&p=destination&s=asylum');
  await page.waitForSelector('section.law-deadline');
  // The limit is on her first screens; where to ask and the calculator open from one disclosure.
  assert.match(await text(page, 'section.law-deadline'), /Mexico: you have 30 working days after you enter the country to ask for refugee status\./);
  assert.equal(await page.locator('section.law-deadline input[type=date]').count(), 0, 'calculator built only when opened');
  await page.getByText('Where to ask, and your last day').click();
  const block = await text(page, 'section.law-deadline');
  assert.match(block, /COMAR/);
  assert.match(block, /even if you are detained/);
  const input = page.locator('section.law-deadline input[type=date]');
  await input.fill('2026-01-05');
  await page.waitForSelector('section.law-deadline .law-last-day');
  // 30 working days (Mon–Fri) after Monday 5 January 2026 is Monday 16 February 2026.
  assert.match(await text(page, 'section.law-deadline'), /16 February 2026/);
  assert.match(await text(page, 'section.law-deadline'), /Public holidays are not counted/);
  // The date lives only in the screen: not in the address, not in any storage.
  assertNoAnswersIn(page.url());
  assert.ok(!page.url().includes('2026-01-05'), 'date of entry in the address');
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  assert.ok(!stored.includes('2026-01-05'), 'date of entry in storage');
  await input.fill('2099-01-01');
  await page.waitForSelector('section.law-deadline .law-entry-error');
  assert.match(await text(page, 'section.law-deadline .law-entry-error'), /in the future/);
  await assertNoRawIds(page);
  await noLawIds(page);
  await axe(page, 'deadline block (en)');
  await shot(page, 'law-deadline-mx-en-360');
  await page.context().close();
});

test('a country whose limit is not confirmed says so, and shows no computed day', async () => {
  const page = await openPage(browser, { locale: 'es-CR', width: 360 });
  await page.goto(server.url + '/#/results?lang=es&c=CR&p=destination&s=asylum');
  await page.waitForSelector('section.law-deadline');
  assert.match(await text(page, 'section.law-deadline'), /no pudimos confirmar si hay un plazo/);
  // Without a confirmed limit the disclosure is only "where to ask", with no calculator in it.
  await page.locator('section.law-deadline summary').click();
  assert.match(await text(page, 'section.law-deadline summary'), /^Dónde pedirlo$/);
  assert.equal(await page.locator('section.law-deadline input[type=date]').count(), 0);
  await page.context().close();
});

test('legal bases say where they bind: the United States has not ratified CEDAW', async () => {
  const page = await openPage(browser, { locale: 'en-US', width: 1280 });
  await page.goto(server.url + '/#/results?lang=en&who=official&c=US&p=destination&s=violence');
  await page.waitForSelector('section.danger');
  await page.getByRole('button', { name: /Open all/ }).click();
  await page.waitForSelector('.basis .law-status');
  const lines = await page.$$eval('.basis .law-status', (l) => l.map((x) => x.textContent));
  assert.ok(lines.some((l) => /United States: signed but not ratified/.test(l)), lines.join('\n'));
  assert.ok(lines.some((l) => /United States: not a party/.test(l)), 'Belém do Pará / Migrant Workers: not a party');
  assert.ok(await page.locator('.law-unaccepted').count() > 0, 'a right whose cited standards the US has not accepted says so');
  await assertNoRawIds(page);
  await noLawIds(page);
  await axe(page, 'official results with law status (en)');
  await page.context().close();
});

test('compare two countries side by side: what binds, the deadline, the emergency lines', async () => {
  const page = await openPage(browser, { locale: 'en-US', width: 1280 });
  await page.goto(server.url + '/#/compare?lang=en');
  await page.waitForSelector('select#compare-a');
  await page.selectOption('select#compare-a', 'MX');
  await page.selectOption('select#compare-b', 'US');
  await page.waitForSelector('.compare-col >> nth=1');
  const cols = await page.$$eval('.compare-col', (c) => c.map((x) => x.textContent));
  assert.equal(cols.length, 2);
  assert.match(cols[0], /Mexico: party since 1981/);
  assert.match(cols[1], /United States: signed but not ratified/);
  assert.match(cols[1], /one year after you arrive/);
  assert.ok(await page.locator('.compare-col a[href^="tel:"]').count() >= 2, 'emergency lines on both sides');
  assertNoAnswersIn(page.url());
  await assertNoRawIds(page);
  await noLawIds(page);
  await axe(page, 'compare (en)');
  await shot(page, 'law-compare-mx-us-en-1280');
  await page.context().close();
});
