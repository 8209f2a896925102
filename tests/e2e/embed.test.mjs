// Embedding: the example host page (examples/host) on one origin, Ruta's files on another. The
// widget and the iframe render, themed; a hostile host stylesheet does not break the widget; the
// NGO's overlay contacts appear; a malformed overlay gives one console error and an intact app;
// the quick exit leaves the host page; no request leaves the two origins.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serve, launch, openPage, shot, root, axe } from './helpers.mjs';

let ruta, host, browser;
before(async () => { ruta = await serve(); host = await serve(join(root, 'examples', 'host')); browser = await launch(); });
after(async () => { await browser?.close(); await ruta?.close(); await host?.close(); });

const EXIT = 'https://www.google.com/';
const page0 = (extra = '') => `${host.url}/index.html?ruta=${encodeURIComponent(ruta.url + '/')}${extra}`;

async function loaded(page) {
  await page.locator('#ruta-widget section.danger').waitFor({ timeout: 20000 });
  await page.frameLocator('#ruta-frame').locator('section.danger').waitFor({ timeout: 20000 });
}

for (const width of [1280, 360]) {
  test(`widget and iframe render in a themed host page at ${width}px, with the NGO's contacts`, async () => {
    const page = await openPage(browser, { width, height: 900 });
    await page.goto(page0());
    await loaded(page);
    const w = page.locator('#ruta-widget');
    assert.match(await w.locator('main h1').innerText(), /Tus derechos/);
    assert.equal(await w.locator('.rights li[data-id="R05"]').count(), 1);
    // The NGO's overlay contact, marked with its name, beside the built-in ones.
    const card = w.locator('li.card.overlay');
    await card.waitFor();
    assert.match(await card.innerText(), /Albergue de ejemplo[\s\S]*Añadido por Casa Ejemplo/);
    assert.ok(await w.locator('li.card:not(.overlay)').count() > 0, 'built-in contacts still there');
    // Themed through custom properties: the accent reaches the primary parts.
    const accent = await w.locator('header.top').evaluate((e) => getComputedStyle(e).backgroundColor);
    assert.equal(accent, 'rgb(11, 110, 79)');
    // The host page's own look is untouched by Ruta's CSS.
    assert.match(await page.locator('body > main > h1').evaluate((e) => getComputedStyle(e).fontFamily), /Georgia/);
    assert.equal(await page.evaluate(() => location.hash), '', 'the widget never writes the host URL');

    const f = page.frameLocator('#ruta-frame');
    await f.locator('li.card.overlay').waitFor();
    assert.match(await f.locator('li.card.overlay').innerText(), /Añadido por Casa Ejemplo/);
    // The frame is as tall as its content: no scroll inside a scroll.
    await page.waitForFunction(() => document.getElementById('ruta-frame').getBoundingClientRect().height > 600);
    // The frame follows its content as it grows (the overlay arrives last): give it a moment.
    const frame = page.frames().find((fr) => fr.url().includes('embed'));
    let inner = [];
    for (let i = 0; i < 50; i++) {
      inner = await frame.evaluate(() => [document.documentElement.scrollHeight, window.innerHeight]);
      if (inner[0] <= inner[1] + 2) break;
      await page.waitForTimeout(100);
    }
    assert.ok(inner[0] <= inner[1] + 2, `frame scrolls inside: ${inner}`);
    await w.locator('section.danger').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, `embed-themed-host-${width}`);
    const foreign = page.requests.filter((u) => !u.startsWith(ruta.url) && !u.startsWith(host.url));
    assert.deepEqual(foreign, [], 'requests outside the two origins');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('a hostile host stylesheet does not reach inside the widget', async () => {
  const page = await openPage(browser, { width: 1280, height: 900 });
  await page.goto(page0('&hostile'));
  await loaded(page);
  const h1 = page.locator('#ruta-widget main h1');
  const [size, color, family] = await h1.evaluate((e) => { const s = getComputedStyle(e); return [parseFloat(s.fontSize), s.color, s.fontFamily]; });
  assert.ok(size >= 25 && size <= 32, `widget h1 font-size ${size}px (1.6em or 2em of 16px)`);
  assert.notEqual(color, 'rgb(255, 105, 180)', 'not hotpink');
  assert.doesNotMatch(family, /Comic/);
  const body = await page.locator('#ruta-widget .rights li.item p').first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  assert.ok(body >= 15 && body <= 17, `widget text ${body}px`);
  await shot(page, 'embed-hostile-host-1280');
  await page.context().close();
});

test('a malformed overlay logs one clear console error and leaves Ruta intact', async () => {
  const page = await openPage(browser, { width: 1280 });
  await page.goto(page0('&overlay=bad-overlay.json'));
  await loaded(page);
  await page.waitForTimeout(500);
  const overlayErrors = page.errors.filter((e) => e.startsWith('Ruta overlay'));
  const expected = 'Ruta overlay: services[0] "demo-bad-phone": field "phones[0].number": "call us" is not a phone number';
  assert.deepEqual(overlayErrors, [expected, expected], 'one error from the widget, one from the frame');
  assert.equal(await page.locator('#ruta-widget li.card.overlay').count(), 0);
  assert.ok(await page.locator('#ruta-widget li.card').count() > 0, 'built-in contacts shown');
  assert.equal(await page.frameLocator('#ruta-frame').locator('li.card.overlay').count(), 0);
  await page.context().close();
});

test('quick exit leaves the host page, from the widget and from the iframe', async () => {
  for (const where of ['#ruta-widget', 'frame']) {
    const page = await openPage(browser, { width: 1280 });
    await page.context().route(EXIT + '**', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<title>Google</title>' }));
    await page.goto(page0());
    await loaded(page);
    const scope = where === 'frame' ? page.frameLocator('#ruta-frame') : page.locator(where);
    await Promise.all([page.waitForURL(EXIT), scope.locator('header .exit').click()]);
    assert.equal(page.url(), EXIT, `exit from ${where}`);
    await page.context().close();
  }
});
