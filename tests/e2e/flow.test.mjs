// End-to-end: the whole flow over the release build in Debian's Chromium, with axe on each screen.
// Start: one question per screen; results: danger box, what to do now, key contacts, then sections.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, ready, axe, shot, text, assertNoRawIds, assertOnlyOrigin, next, assertNoAnswersIn } from './helpers.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

for (const width of [360, 1280]) {
  test(`full flow in Spanish at ${width}px: one question per screen, results at a glance, back/forward, English`, async () => {
    const page = await openPage(browser, { locale: 'es-MX', width });
    await page.goto(server.url + '/');
    await ready(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'es');
    assert.match(await text(page, 'main h1'), /Encuentra tus derechos/);
    assert.match(await text(page, '.progress'), /Pregunta 1 de 4/);
    assert.match(await page.title(), /Ruta/);
    await axe(page, 'start q1 (es)');
    await shot(page, `start-1-es-${width}`);
    // Only the chosen language is downloaded at first visit.
    const packs = () => page.requests.filter((u) => /\/locales\/[a-z]{2}\.[0-9a-f]+\.bin$/.test(u)).map((u) => u.match(/locales\/([a-z]{2})/)[1]);
    assert.deepEqual(packs(), ['es']);

    await next(page); // "who" skipped: the woman's view stays
    assert.match(await text(page, '.progress'), /Pregunta 2 de 4/);
    assert.match(await text(page, 'main h1'), /¿En qué país estás ahora\?/);
    assert.equal(await page.title(), `${await text(page, 'main h1')} · Ruta`, 'each screen its own title');
    await page.getByLabel('México').check();
    await shot(page, `start-2-es-${width}`);
    await next(page);
    await page.getByRole('radio', { name: /^Tránsito/ }).check();
    await shot(page, `start-3-es-${width}`);
    await next(page);
    await page.getByRole('checkbox', { name: /^Violencia/ }).check();
    await page.getByRole('checkbox', { name: /^Embarazo/ }).check();
    await axe(page, 'start q4 (es)');
    await shot(page, `start-4-es-${width}`);
    await page.getByRole('button', { name: 'Ver mis derechos y contactos' }).click();
    await page.waitForSelector('section.danger');
    assert.ok(await page.evaluate(() => document.activeElement?.matches('main h1')), 'focus on the new screen\'s h1');
    assert.equal(await page.evaluate(() => window.scrollY), 0, 'the new screen starts at the top');
    assertNoAnswersIn(page.url());
    assert.match(page.url(), /#\/results$/);

    // Order: danger, what to do now, key contacts, then the sections.
    const order = await page.$$eval('main section', (s) => s.map((x) => x.className));
    assert.deepEqual(order, ['danger', 'now', 'rights', 'actions', 'contacts'], 'no key contacts beyond the danger box here');
    assert.ok(await page.locator('.danger a[href="tel:911"]').count() > 0, '911 as a tel: link');
    const steps = await page.$$eval('.now-list > li', (l) => l.map((x) => x.dataset.id));
    assert.deepEqual(steps, ['ask:A07', 'ask:A01', 'ask:A03'], 'what to do now, ranked by the engine');
    assert.equal(await page.locator('.danger a[href="tel:079"]').count(), 1, 'the women\'s 24-hour line 079 in the danger box');
    // Sections with counts and jump links; closed at first.
    // The jump list is one short line; the counts are on the sections themselves.
    assert.equal((await text(page, 'nav.jump')).replace(/\s+/g, ' ').trim(), 'Derechos Qué pedir Contactos');
    // The count shows as a bare number; screen readers hear the phrase instead of the number.
    const [, shown, heard] = (await text(page, 'section.rights h2')).match(/Tus derechos\s+(\d+)\s+\((\d+) derechos\)/);
    assert.equal(shown, heard, 'the number shown is the number heard');
    assert.equal(await page.locator('section.rights h2').getByRole('button', { name: `Tus derechos (${heard} derechos)`, exact: true }).count(), 1, 'accessible name without the bare number');
    assert.equal(await page.locator('.rights li.item').count(), 0, 'rights closed at first');
    await page.locator('nav.jump').getByRole('link', { name: 'Derechos' }).click();
    await page.waitForSelector('.rights li[data-id="R05"]');
    assert.ok(await page.evaluate(() => document.activeElement?.id === 'rights-h'), 'the jump link focuses the section');
    assert.equal(await page.locator('.rights li[data-id="R09"]').count(), 1, 'sexual and reproductive health');
    // One disclosure per item, named after it; the legal basis opens on a tap.
    const summary = await text(page, '.rights li[data-id="R05"] summary');
    assert.match(summary, /^Más y base legal: /);
    assert.ok(summary.includes(await text(page, '.rights li[data-id="R05"] h3')));
    const summaries = await page.$$eval('.rights summary', (s) => s.map((x) => x.textContent));
    assert.equal(new Set(summaries).size, summaries.length, 'no two disclosures have the same name');
    await page.locator('.rights li[data-id="R05"] summary').click();
    assert.match(await text(page, '.rights li[data-id="R05"] .basis'), /art\. 9/);
    await page.locator('.contacts button.toggle').click();
    const contacts = await text(page, 'section.contacts');
    assert.match(contacts, /079/, 'Mexico women\'s line 079');
    assert.match(contacts, /Fuente (con fecha|más reciente:) (\d+ de [a-z]+ de )?\d{4}/, 'verified-on date shown');
    await assertNoRawIds(page);
    await axe(page, 'results (es)');
    await shot(page, `results-es-${width}`);

    // Back goes to the last question, her answers still there (in memory, not in the address).
    await page.goBack();
    await page.waitForSelector('form.start[data-question="4"]');
    assertNoAnswersIn(page.url());
    assert.equal(await page.getByRole('checkbox', { name: /^Embarazo/ }).isChecked(), true, 'answers kept on Back');
    await page.getByRole('link', { name: 'Atrás' }).click();
    await page.waitForSelector('form.start[data-question="3"]');
    assert.equal(await page.getByRole('radio', { name: /^Tránsito/ }).isChecked(), true);
    await page.getByRole('button', { name: /Ver mi respuesta/ }).click();
    await page.waitForSelector('section.danger');
    assert.ok(await page.locator('.danger a[href="tel:079"]').count() === 1, '"Show my answer" from any question');

    await page.locator('header select').selectOption('en');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.deepEqual([...new Set(packs())], ['es', 'en'], 'English fetched on demand');
    assert.match(await text(page, 'main h1'), /Your rights and whom to call/);
    assert.match(page.url(), /lang=en/);
    assertNoAnswersIn(page.url());
    assert.match(await text(page, 'section.danger'), /Emergency[\s\S]*911/);
    await page.waitForFunction(() => /Language: English/.test(document.querySelector('[aria-live=polite]')?.textContent ?? ''));
    await assertNoRawIds(page);
    await axe(page, 'results (en)');
    await shot(page, `results-en-${width}`);
    assert.deepEqual(page.errors, []);
    assertOnlyOrigin(page, server.url);
    await page.context().close();
  });
}

test('a link with answers opens the results directly, then the address forgets them', async () => {
  const page = await openPage(browser);
  await page.goto(server.url + '/#/results?c=MX&p=transit&s=violence,pregnant');
  await page.waitForSelector('section.danger');
  assert.equal(await page.locator('.danger a[href="tel:079"]').count(), 1);
  assert.match(page.url(), /#\/results$/);
  // A polite live region announces the results.
  assert.match(await page.locator('[aria-live=polite]').first().innerText(), /Resultados: \d+ derechos, \d+ puntos, \d+ contactos/);
  await page.context().close();
});

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

test('official view: referral path detect → care → refer, with who is responsible; open all', async () => {
  const page = await openPage(browser, { width: 1280 });
  await page.goto(server.url + '/#/results?who=official&c=GT&p=transit&s=trafficking,unaccompanied');
  await page.waitForSelector('section.danger');
  // The jump list names the officials' section as it is titled, not with her "what to ask for".
  assert.deepEqual(await page.locator('nav.jump li a').allInnerTexts(), ['Derechos', 'Qué deben hacer', 'Contactos']);
  await page.getByRole('button', { name: 'Abrir todo' }).click();
  await page.waitForSelector('section.actions h3.step');
  const steps = await page.$$eval('section.actions h3.step', (h) => h.map((x) => x.textContent));
  assert.deepEqual(steps, ['1. Detectar', '2. Atención inmediata', '3. Referir y dar seguimiento']);
  assert.match(await text(page, 'section.actions'), /Responsable:/);
  const closed = await page.locator('main section.rights details:not([open]), main section.actions details:not([open])').count();
  assert.equal(closed, 0, 'open all opens every item');
  assert.ok(await page.locator('.rights .basis').count() > 0, 'legal bases built when opened');
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
  await page.locator('.rights button.toggle').click();
  assert.equal(await page.locator('.rights li[data-id="R05"]').count(), 1, 'the valid situation is kept');
  await axe(page, 'bad link');
  await shot(page, 'bad-link-es-360');

  // (A hash navigation in the same page: the address drops the answers at once, so no reload.)
  await page.goto(server.url + '/#/results?lang=en&c=%E0%A4');
  await page.waitForFunction(() => /The link is damaged or incomplete/.test(document.querySelector('.problems')?.innerText ?? ''));
  await page.goto(server.url + '/#/nowhere?lang=en');
  await page.reload();
  await page.waitForFunction(() => /There is no page [^a-z]*nowhere/.test(document.querySelector('.problems')?.innerText ?? ''));
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
  // Honest dates: the sources' date range, and that nobody called the numbers (never 'checked as of').
  assert.match(body, /public sources dated \d{4} to \w+ \d+, \d{4}\. Nobody called them/);
  assert.doesNotMatch(body, /checked as of/);
  assert.match(body, /Español: reviewed on November 25, 2026/);
  await axe(page, 'about');
  await page.context().close();
});

test('results keep her open sections when she changes language or comes Back from an item', async () => {
  const page = await openPage(browser);
  await page.goto(server.url + '/#/results?lang=es&c=MX&p=transit&s=violence');
  await page.waitForSelector('section.danger');
  await page.locator('section.rights button.toggle').click();
  await page.locator('section.contacts button.toggle').click();
  await page.waitForSelector('section.contacts .card');
  await page.locator('header select').selectOption('en');
  await page.waitForFunction(() => /Your rights/.test(document.querySelector('main h1').textContent));
  const open = () => page.$$eval('section button.toggle', (b) => b.map((x) => x.getAttribute('aria-expanded')));
  assert.deepEqual(await open(), ['true', 'false', 'true'], 'the same sections open in English');
  assert.ok(await page.locator('section.rights li.item').count() > 0);
  // An item, then Back: still open.
  await page.evaluate(() => { location.hash = '#/right/R05?lang=en'; });
  await page.waitForFunction(() => location.hash.includes('/right/'));
  await page.goBack();
  await page.waitForSelector('section.danger');
  assert.deepEqual(await open(), ['true', 'false', 'true'], 'and after Back');
  // A new query starts closed.
  await page.evaluate(() => { location.hash = '#/results?lang=en&c=GT&p=origin&s=trafficking'; });
  await page.waitForSelector('main h1[data-q="woman|GT|origin|trafficking"]');
  assert.deepEqual(await open(), ['false', 'false', 'false']);
  await page.context().close();
});
