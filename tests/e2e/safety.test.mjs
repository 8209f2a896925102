// Safety and privacy: quick exit (button, before load, Shift × 3), no request to another origin,
// nothing stored unless she asks, the strict CSP holds.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, ready, axe, shot, text, answer, assertNoAnswersIn } from './helpers.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const EXIT = 'https://www.google.com/';

async function neutral(page) {
  // Stand-in for the neutral page (the machine has no internet).
  await page.context().route(EXIT + '**', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<title>Google</title><p>neutral</p>' }));
}

async function storage(page) {
  return page.evaluate(async () => ({
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
    cookies: document.cookie,
    idb: indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [],
  }));
}

test('quick exit replaces the current entry with a neutral page and leaves nothing stored', async () => {
  const page = await openPage(browser);
  await neutral(page);
  await page.goto(server.url + '/#/results?c=SV&p=transit&s=violence');
  await page.waitForSelector('section.danger');
  await shot(page, 'exit-button-es-360');
  const len = await page.evaluate(() => history.length);
  await Promise.all([page.waitForURL(EXIT), page.getByRole('button', { name: 'Salir rápido' }).click()]);
  assert.equal(page.url(), EXIT);
  assert.equal(await page.evaluate(() => history.length), len, 'replaced, not pushed');
  await page.goto(server.url + '/#/about');
  await ready(page);
  assert.deepEqual(await storage(page), { local: [], session: [], cookies: '', idb: [] });
  await page.context().close();
});

test('quick exit works before the app has loaded, and with Shift pressed three times', async () => {
  const page = await openPage(browser);
  await neutral(page);
  // Hold the wasm back: the static exit button must still work.
  await page.route(/_bg\.wasm$/, () => { /* never answer */ });
  await page.goto(server.url + '/');
  await page.waitForSelector('#early-exit');
  assert.match(await text(page, '#early-exit'), /Salir/);
  await Promise.all([page.waitForURL(EXIT), page.click('#early-exit')]);
  await page.unroute(/_bg\.wasm$/);

  await page.goto(server.url + '/#/results?c=MX&s=trafficking');
  await page.waitForSelector('section.danger');
  await Promise.all([page.waitForURL(EXIT), (async () => {
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  })()]);
  await page.context().close();
});

test('after the quick exit, Back never shows her answers', async () => {
  const page = await openPage(browser);
  await neutral(page);
  await page.goto(server.url + '/');
  await answer(page, { country: 'Honduras', phase: /^Tránsito/, situations: [/^Violencia/, /trata/] });
  // A detour through another screen, as she might have taken.
  await page.getByRole('link', { name: 'Seguridad en este teléfono' }).click();
  await page.waitForSelector('main h1');
  await Promise.all([page.waitForURL(EXIT), page.getByRole('button', { name: 'Salir rápido' }).click()]);
  // Walk back through every entry: none may show (or hold) her answers.
  const traces = ['Honduras', 'Tránsito', 'Violencia', 'trata', '114'];
  for (let i = 0; i < 7; i++) {
    try { await page.goBack({ timeout: 3000 }); } catch { break; }
    if (!page.url().startsWith(server.url)) continue;
    await ready(page);
    assertNoAnswersIn(page.url(), `entry ${i}`);
    // The start questions list every country and situation as choices: there, nothing may be ticked.
    if (!(await page.locator('form.start').count())) {
      const body = await text(page);
      for (const t of traces) assert.ok(!body.includes(t), `"${t}" shown after Back (entry ${i}: ${page.url()})`);
    }
    assert.equal(await page.locator('input:checked').count() <= 1, true, 'no answer ticked');
    const checked = await page.$$eval('input:checked', (l) => l.map((x) => x.value));
    assert.ok(checked.every((v) => v === '' || v === 'woman'), `answers ticked: ${checked}`);
  }
  await page.context().close();
});

test('three Shift+Tab presses do not exit; Shift × 3 says how many presses are left', async () => {
  const page = await openPage(browser);
  await neutral(page);
  await page.goto(server.url + '/#/results?c=MX&s=trafficking');
  await page.waitForSelector('section.danger');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Tab');
  await page.waitForTimeout(300);
  assert.ok(page.url().startsWith(server.url), 'still on Ruta after Shift+Tab × 3');
  await page.keyboard.press('Shift');
  await page.waitForFunction(() => /Mayús 2 veces más/.test(document.querySelector('[aria-live=polite]')?.textContent ?? ''));
  await page.keyboard.press('Shift');
  await page.waitForFunction(() => /Mayús una vez más/.test(document.querySelector('[aria-live=polite]')?.textContent ?? ''));
  await Promise.all([page.waitForURL(EXIT), page.keyboard.press('Shift')]);
  await page.context().close();
});

test('a walk through every screen requests nothing from another origin and stores nothing', async () => {
  const page = await openPage(browser, { width: 1280 });
  const violations = [];
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => { window.__csp = (window.__csp || []).concat(e.violatedDirective + ' ' + e.blockedURI); }));
  await page.goto(server.url + '/');
  await ready(page);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.ok(!/unsafe-inline|unsafe-eval'/.test(csp.replace("'wasm-unsafe-eval'", '')), csp);
  for (const h of ['#/', '#/results?c=CR&p=destination&s=asylum,lgbti', '#/results?who=official&c=PA&p=transit&s=unaccompanied',
    '#/guidelines', '#/principle/P4', '#/theme/children', '#/right/R03', '#/action/A12', '#/about', '#/safety']) {
    for (const lang of ['es', 'en']) {
      await page.evaluate((x) => { location.hash = x; }, h + (h.includes('?') ? '&' : '?') + 'lang=' + lang);
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      await ready(page);
    }
  }
  await page.getByRole('link', { name: 'Staying safe on this device' }).click();
  await page.waitForSelector('main h1');
  assert.match(await text(page, 'main'), /private or incognito window/);
  await axe(page, 'safety page');
  await shot(page, 'safety-en-1280');
  violations.push(...(await page.evaluate(() => window.__csp || [])));
  assert.deepEqual(violations, [], 'CSP violations');
  const foreign = page.requests.filter((u) => !u.startsWith(server.url));
  assert.deepEqual(foreign, [], 'requests to other origins');
  assert.deepEqual(await storage(page), { local: [], session: [], cookies: '', idb: [] });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('"remember on this device" is off by default, restores when on, and forget/exit erase it', async () => {
  const page = await openPage(browser);
  await neutral(page);
  await page.goto(server.url + '/#/?q=2');
  await ready(page);
  await page.getByLabel('Honduras').check();
  assert.deepEqual((await storage(page)).local, [], 'nothing stored by default');
  await page.goto(server.url + '/#/?q=4');
  await page.reload();
  await ready(page);
  await page.getByRole('checkbox', { name: /Recordar mis respuestas/ }).check();
  await page.getByRole('checkbox', { name: /^Violencia/ }).check();
  assert.deepEqual((await storage(page)).local, ['ruta-remember']);
  await page.goto(server.url + '/');
  await page.reload();
  await ready(page);
  await page.evaluate(() => { location.hash = '#/?q=4'; });
  await page.waitForSelector('form.start[data-question="4"]');
  assert.equal(await page.getByRole('checkbox', { name: /^Violencia/ }).isChecked(), true, 'answers restored');
  assertNoAnswersIn(page.url());
  await page.getByRole('button', { name: 'Olvidar mis respuestas' }).click();
  assert.deepEqual((await storage(page)).local, []);
  assert.match(await text(page, 'form.start'), /ya no están guardadas/);
  await page.getByRole('checkbox', { name: /Recordar mis respuestas/ }).check();
  assert.deepEqual((await storage(page)).local, ['ruta-remember']);
  await Promise.all([page.waitForURL(EXIT), page.getByRole('button', { name: 'Salir rápido' }).click()]);
  await page.goto(server.url + '/#/about');
  await ready(page);
  assert.deepEqual((await storage(page)).local, [], 'quick exit erased it');
  await page.context().close();
});
