// Issue 14 — the first paint: a results link with her answers is drawn by a small wasm
// (crates/firstpaint) from the engine, without the app; the app is fetched at her first touch and
// does what she did (the same section opened, language chosen, words typed, Listen pressed).
// That its markup is the app's own is checked element by element in tests/web.rs; here, the built
// site in a real browser: what is fetched, what she sees (axe, screenshots), the hand-over, the
// quick exit, and every way it can fail.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, axe, shot, text, assertNoRawIds, assertOnlyOrigin, assertNoAnswersIn } from './helpers.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const EXIT = 'https://www.google.com/';
const LINK = '#/results?lang=es&c=MX&p=transit&s=violence';
const appWasm = (page) => page.requests.filter((u) => /\/ruta-[0-9a-f]+_bg\.wasm$/.test(u));
const firstWasm = (page) => page.requests.filter((u) => /\/firstpaint-[0-9a-f]+_bg\.wasm$/.test(u));

/** Open a results link and wait for the first paint's screen (the app not there). */
async function firstPage(link = LINK, opts = {}) {
  const page = await openPage(browser, { firstPaint: true, ...opts });
  await page.context().route(EXIT + '**', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<title>Google</title><p>neutral</p>' }));
  if (opts.init) await page.addInitScript(opts.init.fn, opts.init.arg);
  await page.goto(server.url + '/' + link);
  await page.waitForSelector('body > .ruta-root main h1', { timeout: 20000 });
  return page;
}
/** Wait until the app has taken over (it removes the boot screen when it mounts). */
const appUp = (page) => page.waitForFunction(() => !document.getElementById('boot') && document.querySelectorAll('.ruta-root').length === 1, null, { timeout: 20000 });

test('a results link is drawn before the app: her danger box, steps and sections, in her language, with nothing of the app fetched', async () => {
  const page = await firstPage();
  await page.waitForTimeout(300);
  assert.equal(await page.locator('#boot.first').count(), 1, 'the first paint drew the screen');
  assert.equal(firstWasm(page).length, 1);
  assert.deepEqual(appWasm(page), [], 'the app is not fetched before she does something');
  assert.ok(!page.requests.some((u) => /\/locales\/es\.[0-9a-f]+\.bin$/.test(u)), 'nor its message pack');
  assert.ok(page.requests.some((u) => /\/locales\/first\/es\.[0-9a-f]+\.bin$/.test(u)), 'only the first paint\'s own small pack');
  // The danger box: her country's numbers as call links, first on the screen.
  const tels = await page.locator('section.danger a.tel').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(tels.slice(0, 2), ['tel:911', 'tel:079']);
  assert.equal(await page.locator('.now-list > li').count(), 3);
  assert.equal(await page.locator('section.rights button.toggle[aria-expanded=false]').count(), 1);
  assert.match(await text(page, 'main h1'), /Tus derechos/);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  assert.match(await page.title(), /Tus derechos y a quién llamar · Ruta/);
  // No trail: the address has her screen and language, not her answers (as the app writes it).
  assertNoAnswersIn(page.url());
  await assertNoRawIds(page);
  await axe(page, 'first paint, results es 360');
  await shot(page, 'first-paint-results-es-360');
  assertOnlyOrigin(page, server.url);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('her first tap brings the app, which opens what she tapped, in place: nothing moves, nothing is lost', async () => {
  const page = await firstPage();
  await page.evaluate(() => window.scrollTo(0, 400));
  const before = await page.evaluate(() => ({ y: scrollY, danger: document.querySelector('section.danger').getBoundingClientRect().top, steps: [...document.querySelectorAll('.now-list > li')].map((l) => l.dataset.id) }));
  await page.locator('section.rights button.toggle').click();
  await appUp(page);
  await page.locator('section.rights li.item').first().waitFor();
  assert.equal(await page.locator('section.rights button.toggle').getAttribute('aria-expanded'), 'true', 'the section she tapped is open');
  assert.equal(appWasm(page).length, 1, 'the app came with her tap');
  const afterTap = await page.evaluate(() => ({ y: scrollY, danger: document.querySelector('section.danger').getBoundingClientRect().top, steps: [...document.querySelectorAll('.now-list > li')].map((l) => l.dataset.id) }));
  assert.equal(afterTap.y, before.y, 'the page did not scroll');
  assert.equal(afterTap.danger, before.danger, 'the danger box did not move');
  assert.deepEqual(afterTap.steps, before.steps, 'the same steps');
  assertNoAnswersIn(page.url());
  // The app has her answers (taken from the link she opened): "change my answers" keeps them.
  await page.locator('p.summary a').click();
  await page.waitForSelector('form.start');
  await page.goBack();
  await page.waitForSelector('main h1[data-q="woman|MX|transit|violence"]');
  await shot(page, 'first-paint-after-tap-es-360');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a language chosen in the first paint is applied by the app; words typed in its search box reach the app', async () => {
  const page = await firstPage(LINK, { width: 1280, height: 800 });
  await page.locator('header select').selectOption('fr');
  await appUp(page);
  await page.waitForFunction(() => document.documentElement.lang === 'fr' && /Tes droits/.test(document.querySelector('main h1').textContent));
  await page.context().close();

  const wide = await firstPage(LINK, { width: 1280, height: 800 });
  await shot(wide, 'first-paint-results-es-1280');
  await wide.locator('#search-box-q').pressSequentially('asilo', { delay: 30 });
  await appUp(wide);
  await wide.waitForFunction(() => document.querySelector('#search-box-q')?.value === 'asilo');
  await wide.locator('#search-box-q').press('Enter');
  await wide.waitForSelector('main input[type=search]');
  assert.equal(await wide.locator('main input[type=search]').inputValue(), 'asilo');
  assert.deepEqual(wide.errors, []);
  await wide.context().close();
});

test('the quick exit, the skip link and a call work in the first paint without waiting for the app', async () => {
  const page = await firstPage();
  // A call link is a plain tel: link (it dials; the page stays).
  assert.equal(await page.locator('section.danger a.tel').first().getAttribute('href'), 'tel:911');
  await page.keyboard.press('Tab'); // the skip link (a key also starts the app in the background)
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
  await page.context().close();

  const quick = await firstPage();
  await Promise.all([quick.waitForURL(EXIT), quick.locator('button.exit').click()]);
  assert.equal(quick.url(), EXIT);
  await quick.context().close();
});

test('with a voice on the phone the first paint has the Listen buttons; pressing one reads aloud once the app is there', async () => {
  const stub = (voices) => {
    window.__spoken = [];
    const synth = { getVoices: () => voices, speak(u) { window.__spoken.push(u.text); }, cancel() {}, pause() {}, resume() {}, addEventListener() {}, onvoiceschanged: null, speaking: false, paused: false, pending: false };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    window.SpeechSynthesisUtterance = class { constructor(t) { this.text = t; this.voice = null; this.lang = ''; } };
  };
  const page = await firstPage('#/results?lang=ht&c=MX&p=transit&s=violence', { init: { fn: stub, arg: [{ name: 'Local ht', lang: 'ht', localService: true, default: false, voiceURI: 'ht' }] } });
  assert.equal(await page.locator('#boot.first').count(), 1);
  assert.equal(await page.locator('.listen-play').count(), 3, 'danger box, steps, whole screen');
  assert.match(await text(page, '[data-listen="danger-box"] .listen-play'), /Koute/);
  await shot(page, 'first-paint-results-ht-voice-360');
  await page.locator('[data-listen="danger-box"] .listen-play').click();
  await appUp(page);
  await page.waitForFunction(() => window.__spoken.length > 0);
  assert.ok((await page.evaluate(() => window.__spoken.join(' '))).includes('9 1 1'), 'the danger box is read, numbers digit by digit');
  await page.context().close();
});

test('links the first paint does not draw start the app at once', async () => {
  for (const link of ['#/results?lang=es&who=official&c=MX&p=transit&s=violence', '#/results?lang=es&c=MX&p=transit&s=asylum', '#/results?lang=es&c=%3Cscript%3E&p=transit&s=violence', '#/?lang=es']) {
    const page = await openPage(browser, { firstPaint: true });
    await page.goto(server.url + '/' + link);
    await page.waitForSelector('main h1');
    await appUp(page);
    assert.equal(appWasm(page).length, 1, `${link}: the app`);
    assert.equal(await page.locator('.ruta-root').count(), 1);
    if (link.includes('script')) assert.equal(await page.locator('section.problems').count(), 1, 'the app says what it did not understand');
    assert.deepEqual(page.errors, [], link);
    await page.context().close();
  }
});

test('if the app cannot load after the first paint, her answer stays and the recovery screen says so; if the first paint cannot, the app loads', async () => {
  const page = await firstPage();
  await page.route(/\/ruta-[0-9a-f]+_bg\.wasm$/, (r) => r.abort());
  await page.locator('section.actions button.toggle').click();
  await page.waitForSelector('#boot.failed', { timeout: 20000 });
  assert.ok(await page.locator('#boot.failed .rec h1').first().isVisible(), 'the recovery screen is shown');
  assert.ok(await page.locator('body > .ruta-root section.danger a.tel').first().isVisible(), 'and her answer is still there');
  await page.context().close();

  const fallback = await openPage(browser, { firstPaint: true });
  await fallback.route(/\/firstpaint-[0-9a-f]+_bg\.wasm$/, (r) => r.abort());
  await fallback.goto(server.url + '/' + LINK);
  await appUp(fallback);
  await fallback.waitForSelector('main section.danger a.tel');
  assert.equal(appWasm(fallback).length, 1, 'the app drew the screen');
  await fallback.context().close();
});
