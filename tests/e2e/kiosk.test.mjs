// Kiosk mode with a controlled clock: idle → "are you still there?" → full wipe with no trace of
// the previous visitor; a tap during the countdown keeps her screen; big targets; no way out.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, ready, axe, shot, text, answer } from './helpers.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function visitorWalk(page) {
  await page.getByRole('button', { name: 'Empezar en español' }).click();
  // The same one-question-per-screen flow as on a phone, with large targets.
  await answer(page, { country: 'Guatemala', phase: /^Tránsito/, situations: [/trata/] });
  await page.locator('.rights button.toggle').click();
  await page.locator('.rights li.item summary').first().click();
  // Scrolling counts as activity: start the idle period from the top so screenshots don't scroll.
  await page.evaluate(() => window.scrollTo(0, 0));
}

// Stop the page's clock and touch a key at a known instant, so idle time is exactly what the test
// runs and cannot drift with the machine's load (a late scroll event or a slow step used to move
// the start of the idle period). Shift is a key press with no other effect.
async function idleFromNow(page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
  await page.keyboard.press('Shift');
}

test('kiosk: greeting in every language, QR of the query, 48 px targets, no external links', async () => {
  const page = await openPage(browser, { width: 1280, height: 900 });
  await page.goto(server.url + '/?kiosk');
  await page.waitForSelector('.welcome');
  const greetings = await page.$$eval('.welcome .greet', (g) => g.map((x) => x.textContent));
  assert.deepEqual(greetings, ['Bienvenida', 'Welcome', 'Bienvenue', 'Byenveni', 'Bem-vinda']);
  // One line per language saying what Ruta is.
  const what = await page.$$eval('.welcome .what', (g) => g.map((x) => x.textContent.trim()));
  assert.equal(what.length, 5);
  assert.ok(what.every((w) => w.length > 10), what.join(' | '));
  assert.equal(new Set(what).size, 5, 'each in its own language');
  await axe(page, 'kiosk welcome');
  await shot(page, 'kiosk-welcome-1280');
  await visitorWalk(page);
  assert.equal(await page.locator('svg.qr').count(), 1, 'QR code on the results screen');
  await page.locator('section.share').scrollIntoViewIfNeeded();
  await shot(page, 'kiosk-qr-1280');
  assert.equal(await page.locator('main a[href^="http"]').count(), 0, 'no link to another site');
  assert.equal(await page.locator('a[target]').count(), 0, 'nothing opens a new window');
  const small = await page.$$eval('a, button, summary, select, label.choice', (els) => els
    .filter((e) => e.offsetParent !== null)
    .map((e) => [e.textContent.trim().slice(0, 30), e.getBoundingClientRect()])
    .filter(([, r]) => r.width < 48 || r.height < 48)
    .map(([t, r]) => `${t} ${Math.round(r.width)}x${Math.round(r.height)}`));
  assert.deepEqual(small, [], 'touch targets under 48 × 48');
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).userSelect), 'none');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('kiosk idle: prompt with countdown, then a wipe that leaves no trace', async () => {
  const page = await openPage(browser, { width: 360 });
  await page.clock.install();
  await page.goto(server.url + '/?kiosk');
  await page.waitForSelector('.welcome');
  const len = await page.evaluate(() => history.length);
  await visitorWalk(page);
  assert.equal(await page.evaluate(() => history.length), len, 'the kiosk never adds history entries');

  await idleFromNow(page);
  await page.clock.runFor(85_000);
  assert.equal(await page.locator('.kiosk-prompt').count(), 0, 'no prompt before 90 s');
  await page.clock.runFor(6_000);
  await page.waitForSelector('.kiosk-prompt');
  assert.match(await text(page, '.kiosk-prompt'), /¿Sigues ahí\?[\s\S]*se borrará en 19 segundos/);
  // The prompt takes focus, keeps Tab inside, and its countdown is announced.
  assert.ok(await page.evaluate(() => document.querySelector('.kiosk-prompt').contains(document.activeElement)), 'focus in the prompt');
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press(i % 2 ? 'Shift+Tab' : 'Tab');
    assert.ok(await page.evaluate(() => document.querySelector('.kiosk-prompt').contains(document.activeElement)), 'Tab stays in the prompt');
  }
  assert.match(await page.locator('.kiosk-prompt [aria-live]').innerText(), /segundos/);
  // axe-core schedules its own timers: let the clock flow while it runs (a second or two of a
  // 20-second countdown), then stop it again.
  await page.clock.resume();
  await axe(page, 'kiosk prompt');
  await shot(page, 'kiosk-prompt-es-360');
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 100));

  await page.clock.runFor(21_000);
  await page.waitForSelector('.welcome');
  const body = await text(page);
  for (const trace of ['Guatemala', 'Tránsito', 'explotación', 'Qué hacer ahora', '110']) assert.ok(!body.includes(trace), `trace "${trace}" left`);
  assert.match(page.url(), /\?kiosk#\/welcome$/);
  assert.equal(await page.evaluate(() => history.length), len, 'history length unchanged');
  assert.equal(await page.evaluate(() => window.scrollY), 0);
  assert.ok(await page.evaluate(() => document.activeElement?.matches('main h1')), 'after the wipe, focus on the greeting heading');
  assert.equal(await page.locator('details[open], .kiosk-prompt, svg.qr').count(), 0);
  assert.deepEqual(await page.evaluate(() => [Object.keys(localStorage), Object.keys(sessionStorage), document.cookie]), [[], [], '']);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('kiosk idle: a tap during the countdown keeps her screen as it was', async () => {
  const page = await openPage(browser, { width: 360 });
  await page.clock.install();
  await page.goto(server.url + '/?kiosk');
  await page.waitForSelector('.welcome');
  await visitorWalk(page);
  const url = page.url();
  await idleFromNow(page);
  await page.clock.runFor(95_000);
  await page.waitForSelector('.kiosk-prompt');
  await page.getByRole('button', { name: 'Sigo aquí' }).click();
  await page.clock.runFor(30_000);
  assert.equal(await page.locator('.kiosk-prompt').count(), 0);
  assert.equal(page.url(), url);
  assert.equal(await page.locator('.rights li.item details[open]').count(), 1, 'even the open detail is kept');
  assert.match(await text(page, 'main h1'), /Tus derechos/);
  await page.context().close();
});
