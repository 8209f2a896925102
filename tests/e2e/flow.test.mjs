// End-to-end: the whole flow over the release build in Debian's Chromium, with axe on each screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, ready, axe, shot, text, assertNoRawIds, assertOnlyOrigin } from './helpers.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

for (const width of [360, 1280]) {
  test(`full flow in Spanish at ${width}px: choose, see results, reload, back/forward, switch to English`, async () => {
    const page = await openPage(browser, { locale: 'es-MX', width });
    await page.goto(server.url + '/');
    await ready(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'es');
    assert.match(await text(page, 'main h1'), /Encuentra tus derechos/);
    await axe(page, 'start (es)');
    await shot(page, `start-es-${width}`);
    // Only the chosen language is downloaded at first visit.
    const packs = () => page.requests.filter((u) => /\/locales\/[a-z]{2}\.[0-9a-f]+\.bin$/.test(u)).map((u) => u.match(/locales\/([a-z]{2})/)[1]);
    assert.deepEqual(packs(), ['es']);

    await page.getByLabel('México').check();
    await page.getByRole('radio', { name: /^Tránsito/ }).check();
    await page.getByRole('checkbox', { name: /^Violencia/ }).check();
    await page.getByRole('checkbox', { name: /^Embarazo/ }).check();
    await page.getByRole('button', { name: 'Ver mis derechos y contactos' }).click();
    await page.waitForSelector('section.danger');
    const url = page.url();
    assert.match(url, /#\/results\?c=MX&p=transit&s=violence,pregnant$/);

    // Order: danger, rights, what she can ask for, contacts.
    const order = await page.$$eval('main section', (s) => s.map((x) => x.className));
    assert.deepEqual(order, ['danger', 'rights', 'actions', 'contacts']);
    assert.equal(await page.locator('.danger a[href="tel:911"]').count() > 0, true, '911 as a tel: link');
    assert.equal(await page.locator('.rights li[data-id="R05"]').count(), 1, 'right to live free from violence');
    assert.equal(await page.locator('.rights li[data-id="R09"]').count(), 1, 'sexual and reproductive health');
    const contacts = await text(page, 'section.contacts');
    assert.match(contacts, /079/, 'Mexico women\'s line 079');
    assert.match(contacts, /Fuente con fecha (\d+ de [a-z]+ de )?\d{4}/, 'verified-on date shown');
    // The legal basis opens.
    await page.locator('.rights li[data-id="R05"] summary').click();
    assert.match(await text(page, '.rights li[data-id="R05"] .basis'), /art\. 9/);
    await assertNoRawIds(page);
    await axe(page, 'results (es)');
    await shot(page, `results-es-${width}`);

    await page.reload();
    await page.waitForSelector('section.danger');
    assert.equal(page.url(), url, 'reload keeps the link');
    assert.equal(await page.locator('.rights li[data-id="R05"]').count(), 1, 'reload restores the screen');

    await page.goBack();
    await page.waitForSelector('form.start');
    assert.equal(await page.getByLabel('México').isChecked(), true, 'answers kept on Back');
    assert.equal(await page.getByRole('checkbox', { name: /^Embarazo/ }).isChecked(), true);
    await page.goForward();
    await page.waitForSelector('section.danger');

    await page.locator('header select').selectOption('en');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.deepEqual([...new Set(packs())], ['es', 'en'], 'English fetched on demand');
    assert.match(await text(page, 'main h1'), /Your rights and whom to call/);
    assert.match(page.url(), /lang=en/);
    assert.match(await text(page, 'section.danger'), /Call 911/);
    await assertNoRawIds(page);
    await axe(page, 'results (en)');
    await shot(page, `results-en-${width}`);
    assert.deepEqual(page.errors, []);
    assertOnlyOrigin(page, server.url);
    await page.context().close();
  });
}

test('the first language follows navigator.languages, with Spanish as the fallback', async () => {
  for (const [locale, lang, heading] of [['en-US', 'en', /Find your rights/], ['de-DE', 'es', /Encuentra tus derechos/], ['es-GT', 'es', /Encuentra/]]) {
    const page = await openPage(browser, { locale });
    await page.goto(server.url + '/');
    await ready(page);
    assert.equal(await page.getAttribute('html', 'lang'), lang, locale);
    assert.match(await text(page, 'main h1'), heading);
    await page.context().close();
  }
});

test('official view: referral path detect → care → refer, with who is responsible', async () => {
  const page = await openPage(browser, { width: 1280 });
  await page.goto(server.url + '/#/results?who=official&c=GT&p=transit&s=trafficking,unaccompanied');
  await page.waitForSelector('section.actions h3.step');
  const steps = await page.$$eval('section.actions h3.step', (h) => h.map((x) => x.textContent));
  assert.deepEqual(steps, ['1. Detectar', '2. Atención inmediata', '3. Referir y dar seguimiento']);
  assert.match(await text(page, 'section.actions'), /Responsable:/);
  await assertNoRawIds(page);
  await axe(page, 'official results');
  await shot(page, 'results-official-es-1280');
  await page.context().close();
});

test('bad links give a clear localized note and a usable screen, keeping what was valid', async () => {
  const page = await openPage(browser);
  await page.goto(server.url + '/#/results?lang=qq&c=ZZ&p=moon&s=violence,flying');
  await page.waitForSelector('.problems');
  const note = await text(page, '.problems');
  for (const m of ['No tenemos el idioma «qq»', '«ZZ» no es uno de los 11 países', '«moon» no es una etapa', '«flying» no es una situación']) {
    assert.ok(note.includes(m), `${m} in ${note}`);
  }
  assert.equal(await page.locator('.rights li[data-id="R05"]').count(), 1, 'the valid situation is kept');
  await axe(page, 'bad link');
  await shot(page, 'bad-link-es-360');

  await page.goto(server.url + '/#/results?lang=en&c=%E0%A4');
  await page.reload();
  await page.waitForSelector('.problems');
  assert.match(await text(page, '.problems'), /The link is damaged or incomplete/);
  await page.goto(server.url + '/#/nowhere?lang=en');
  await page.reload();
  await page.waitForSelector('.problems');
  assert.match(await text(page, '.problems'), /There is no page "nowhere"/);
  assert.ok(await page.locator('form.start').isVisible(), 'the start screen is usable');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('about screen states what the information rests on and its date', async () => {
  const page = await openPage(browser);
  await page.goto(server.url + '/#/about?lang=en');
  await ready(page);
  const body = await text(page, 'main');
  assert.match(body, /could not read their full text/);
  assert.match(body, /as of November 25, 2026/);
  assert.match(body, /Español: reviewed on November 25, 2026/);
  await axe(page, 'about');
  await page.context().close();
});
