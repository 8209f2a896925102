// Embedding: the example host page (examples/host) on one origin, Ruta's files on another. The
// widget and the iframe render, themed; a hostile host stylesheet does not break the widget; the
// NGO's contacts (standard HSDS 3.0) appear as complete cards, in their own section, marked as the
// NGO's; one bad entry is skipped alone with one console line; hostile overlays (a number that
// dials another, 7,000 levels of nesting) are refused without breaking Ruta; a missing file says
// HTTP 404; preview shows the problems on the page; the quick exit (button and Shift × 3, in the
// widget and inside the frame) leaves the host page for the address it sets; a strict host CSP with
// the documented directives works; no request leaves the two origins; after "show my rights" the
// first results screen starts at Ruta's top (widget and iframe) and the host's contacts arriving
// late move nothing; the widget works offline under the host's own service worker (the docs'
// recipe) and says so in her language when its files cannot load.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join, extname } from 'node:path';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { serve, launch, openPage, shot, root } from './helpers.mjs';

let ruta, host, browser;
before(async () => { ruta = await serve(); host = await serve(join(root, 'examples', 'host')); browser = await launch(); });
after(async () => { await browser?.close(); await ruta?.close(); await host?.close(); });

const EXIT = 'https://www.google.com/';
const page0 = (extra = '') => `${host.url}/index.html?ruta=${encodeURIComponent(ruta.url + '/')}${extra}`;
const W = '#ruta-widget';

async function loaded(page) {
  await page.locator(`${W} section.danger`).waitFor({ timeout: 20000 });
  await page.frameLocator('#ruta-frame').locator('section.danger').waitFor({ timeout: 20000 });
}

/** A host page whose overlay file is `body` (fixtures from tests/hsds/overlays, or made here). */
async function withOverlay(page, name, body) {
  await page.context().route(`${host.url}/fixtures/${name}`, (r) => r.fulfill({ status: 200, contentType: 'application/json', body }));
  return `&overlay=${encodeURIComponent(`/fixtures/${name}`)}`;
}
const fixture = (f) => readFile(join(root, 'tests', 'hsds', 'overlays', f), 'utf8');
/** Results sections are closed until opened (issue 14): open one in the widget or the frame. */
async function open(scope, name = 'contacts') {
  const b = scope.locator(`section.${name} > h2 button.toggle`);
  if ((await b.getAttribute('aria-expanded')) !== 'true') await b.click();
}
const widget = (page) => page.locator(W);
const frameOf = (page) => page.frameLocator('#ruta-frame');
async function openBoth(page) {
  await open(widget(page));
  await open(frameOf(page));
}
/** Wait for `selector` inside the opened contacts section; the frame's screen is rebuilt once when
 *  the host's contacts arrive, which closes the section again, so re-open while waiting. */
async function cardsIn(scope, selector = 'li.card.overlay', n = 1) {
  const page = scope.page ? scope.page() : scope.owner().page();
  for (let i = 0; i < 1200; i++) {
    await open(scope);
    if ((await scope.locator(selector).count()) >= n) return;
    await frameTick(page);
  }
  assert.fail(`${selector} ×${n} never appeared`);
}
const overlayErrors = (page) => page.errors.filter((e) => e.startsWith('Ruta overlay'));
/** Wait one painted frame of the host page (not a timer: polls advance with rendering). */
const frameTick = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
/** Poll, frame by frame, until `n` overlay console lines have been logged (or give up). */
async function overlayErrorsN(page, n) {
  for (let i = 0; i < 1200 && overlayErrors(page).length < n; i++) await frameTick(page);
  return overlayErrors(page);
}

for (const width of [1280, 360]) {
  test(`widget and iframe render in a themed host page at ${width}px, with the NGO's contacts`, async () => {
    const page = await openPage(browser, { width, height: 900 });
    await page.goto(page0());
    await loaded(page);
    const w = page.locator(W);
    assert.match(await w.locator('main h1').innerText(), /Tus derechos/);
    await open(w, 'rights');
    assert.equal(await w.locator('.rights li[data-id="R05"]').count(), 1);
    await openBoth(page);
    // The NGO's overlay contact: its own section after Ruta's, marked with its name.
    const card = w.locator('section.host-contacts li.card.overlay');
    await cardsIn(w);
    assert.match(await card.innerText(), /Albergue de ejemplo[\s\S]*Añadido por Casa Ejemplo/);
    assert.match(await w.locator('section.host-contacts h3').innerText(), /añadidos por Casa Ejemplo/);
    assert.equal(await w.locator('section.host-contacts .badge.ok').count(), 0, 'never a "verified" badge on a host card');
    assert.ok(await w.locator('li.card:not(.overlay)').count() > 0, 'built-in contacts still there');
    assert.equal(await w.locator('section.danger a[href="tel:5550100"]').count(), 0, 'host numbers never in the danger box');
    // Themed through custom properties: the accent reaches the primary parts.
    const accent = await w.locator('header.top').evaluate((e) => getComputedStyle(e).backgroundColor);
    assert.equal(accent, 'rgb(11, 110, 79)');
    // The host page's own look is untouched by Ruta's CSS.
    assert.match(await page.locator('body > main > h1').evaluate((e) => getComputedStyle(e).fontFamily), /Georgia/);
    assert.equal(await page.evaluate(() => location.hash), '', 'the widget never writes the host URL');

    const f = page.frameLocator('#ruta-frame');
    await cardsIn(f);
    assert.match(await f.locator('li.card.overlay').innerText(), /Añadido por Casa Ejemplo/);
    // The frame is as tall as its content: no scroll inside a scroll.
    await page.waitForFunction(() => document.getElementById('ruta-frame').getBoundingClientRect().height > 600);
    const frame = page.frames().find((fr) => fr.url().includes('embed'));
    let inner = [];
    for (let i = 0; i < 50; i++) {
      inner = await frame.evaluate(() => [document.documentElement.scrollHeight, window.innerHeight]);
      if (inner[0] <= inner[1] + 2) break;
      await frameTick(page);
    }
    assert.ok(inner[0] <= inner[1] + 2, `frame scrolls inside: ${inner}`);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, `embed-themed-host-${width}`);
    const foreign = page.requests.filter((u) => !u.startsWith(ruta.url) && !u.startsWith(host.url));
    assert.deepEqual(foreign, [], 'requests outside the two origins');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('an HSDS 3.0 list overlay gives complete cards: phone, website, email, description, hours, languages', async () => {
  const page = await openPage(browser, { width: 360, height: 900 });
  await page.goto(page0(await withOverlay(page, 'hsds-list.json', await fixture('hsds-list.json'))));
  await loaded(page);
  await openBoth(page);
  const cards = page.locator(`${W} section.host-contacts li.card.overlay`);
  await cardsIn(widget(page), 'section.host-contacts li.card.overlay', 3);
  assert.equal(await cards.count(), 3, 'a phone, an email alone and a website alone each count as a way to reach it');
  const first = cards.nth(0);
  assert.deepEqual(await first.locator('a.tel').evaluateAll((a) => a.map((x) => x.getAttribute('href'))), ['tel:5550100', 'tel:5550101']);
  assert.equal(await first.locator('.web a').getAttribute('href'), 'https://example.org/refugio');
  assert.equal(await first.locator('.email a').getAttribute('href'), 'mailto:refugio@example.org');
  const t = await first.innerText();
  for (const want of [/Refugio temporal y acompañamiento legal/, /Lunes a viernes, 9:00–18:00/, /Español, English/, /Casa Ejemplo/, /WhatsApp/]) assert.match(t, want);
  assert.equal(await cards.nth(1).locator('.email a').getAttribute('href'), 'mailto:asesoria@example.org');
  assert.equal(await cards.nth(2).locator('.web a').getAttribute('href'), 'https://example.org/info');
  // No x_ruta_publisher: marked as added by this website.
  assert.match(await page.locator(`${W} section.host-contacts h3`).innerText(), /añadidos por el sitio web/);
  await cardsIn(frameOf(page), 'li.card.overlay', 3);
  await page.locator(`${W} section.host-contacts`).scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(root, 'tests', 'e2e', 'screenshots', 'embed-hsds-cards-360.png') });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('one invalid entry among valid ones: only it is skipped, with one console line naming it', async () => {
  const page = await openPage(browser, { width: 1280 });
  await page.goto(page0(await withOverlay(page, 'one-bad.json', await fixture('hsds-one-bad-entry.json'))));
  await loaded(page);
  await openBoth(page);
  await cardsIn(widget(page), 'li.card.overlay', 3);
  await cardsIn(frameOf(page), 'li.card.overlay', 3);
  assert.equal(await page.locator(`${W} li.card.overlay`).count(), 3);
  assert.equal(await page.frameLocator('#ruta-frame').locator('li.card.overlay').count(), 3);
  const errs = overlayErrors(page);
  assert.equal(errs.length, 2, `one from the widget, one from the frame: ${errs}`);
  for (const e of errs) assert.match(e, /^Ruta overlay: contents\[1\] "[0-9a-f-]{36}": field "phones\[0\]\.number": "llámanos" is not a phone number \(this entry is skipped; the others are shown\)$/);
  assert.equal(await page.locator(`${W} .overlay-preview`).count(), 0, 'no preview box for visitors');
  await page.context().close();
});

test('a malformed overlay in preview mode shows its problems on the page (and only then)', async () => {
  const page = await openPage(browser, { width: 1280 });
  await page.goto(page0('&overlay=bad-overlay.json&preview'));
  await loaded(page);
  await openBoth(page);
  const box = page.locator(`${W} .overlay-preview`);
  await box.waitFor();
  assert.match(await box.innerText(), /1 problema[\s\S]*demo-bad-phone[\s\S]*"call us" is not a phone number/);
  await page.frameLocator('#ruta-frame').locator('.overlay-preview').waitFor();
  await cardsIn(frameOf(page), 'li.card');
  assert.equal(await page.locator(`${W} li.card.overlay`).count(), 0);
  assert.ok(await page.locator(`${W} li.card`).count() > 0, 'built-in contacts shown');
  await page.context().close();
});

test('hostile overlays: a number that dials another is refused; 7,000 levels give one clear error, no RangeError', async () => {
  const page = await openPage(browser, { width: 1280 });
  await page.goto(page0(await withOverlay(page, 'hostile.json', await fixture('hostile-tel.json'))));
  await loaded(page);
  await openBoth(page);
  await cardsIn(widget(page));
  assert.equal(await page.locator(`${W} li.card.overlay`).count(), 1, 'the other entry still shows');
  assert.equal(await page.locator(`${W} a[href*="5550100"]`).count(), 0, 'nothing dials +1 555 0100');
  assert.ok(overlayErrors(page).every((e) => /field "phones\[0\]\.x_ruta_tel": dials "\+15550100" but the number shown is "911"/.test(e)), overlayErrors(page).join('\n'));
  await page.context().close();

  const deep = await openPage(browser, { width: 1280 });
  const nested = `{"contents": ${'['.repeat(7000)}${']'.repeat(7000)}}`;
  await deep.goto(page0(await withOverlay(deep, 'deep.json', nested)));
  await loaded(deep);
  await openBoth(deep);
  const errs = await overlayErrorsN(deep, 2);
  assert.equal(errs.length, 2, errs.join('\n'));
  for (const e of errs) assert.equal(e, 'Ruta overlay: overlay: field "(file)": is nested more than 32 levels deep (no overlay contacts shown; Ruta\'s own are)');
  assert.deepEqual(deep.errors.filter((e) => /RangeError|Maximum call stack/.test(e)), []);
  assert.ok(await deep.locator(`${W} li.card`).count() > 0, 'the widget mounted with its own contacts');
  await deep.context().close();
});

test('a missing overlay file is reported as missing (HTTP 404), not as bad JSON', async () => {
  const page = await openPage(browser, { width: 1280 });
  await page.goto(page0('&overlay=no-such-file.json'));
  await loaded(page);
  const errs = await overlayErrorsN(page, 2);
  assert.equal(errs.length, 2, errs.join('\n'));
  for (const e of errs) assert.match(e, /could not be loaded from no-such-file\.json: HTTP 404 \(the file is missing\)/);
  assert.equal(page.errors.filter((e) => /read as JSON/.test(e)).length, 0);
  await page.context().close();
});

test('a widget without data-lang or data-audience logs no error', async () => {
  const page = await openPage(browser, { width: 1280 });
  await page.goto(page0('&bare'));
  await loaded(page);
  await frameTick(page);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a strict host Content-Security-Policy with the documented directives: both methods work', async () => {
  // The host page from its own server with the policy of docs/EMBED.md (plus the page's own
  // data: favicon). A routed document would lose its address space, so a real server it is.
  const csp = [
    "default-src 'self'",
    `script-src 'self' ${ruta.url} 'wasm-unsafe-eval'`,
    `connect-src 'self' ${ruta.url}`,
    `style-src 'self' ${ruta.url}`,
    `frame-src ${ruta.url}`,
    "img-src 'self' data:",
  ].join('; ');
  const dir = join(root, 'examples', 'host');
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname.replace(/^\/+/, '') || 'index.html';
    try {
      const body = await readFile(join(dir, path.replace(/\.\./g, '')));
      const type = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' }[extname(path)] ?? 'application/octet-stream';
      res.writeHead(200, { 'content-type': type, 'content-security-policy': csp }).end(body);
    } catch { res.writeHead(404).end(); }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const strictHost = `http://127.0.0.1:${server.address().port}`;
  const page = await openPage(browser, { width: 1280 });
  await page.goto(`${strictHost}/index.html?ruta=${encodeURIComponent(ruta.url + '/')}`);
  await loaded(page);
  await openBoth(page);
  await cardsIn(widget(page));
  await cardsIn(frameOf(page));
  assert.equal(await page.locator(`${W} header.top`).evaluate((e) => getComputedStyle(e).backgroundColor), 'rgb(11, 110, 79)', 'the widget stylesheet loaded');
  assert.deepEqual(page.errors, [], 'no CSP violation, no error');
  await page.context().close();
  server.closeAllConnections?.();
  await new Promise((r) => server.close(r));
});

test('the iframe shrinks as well as grows with its content', async () => {
  const page = await openPage(browser, { width: 1280, height: 900 });
  await page.goto(page0());
  await loaded(page);
  const height = () => page.evaluate(() => document.getElementById('ruta-frame').getBoundingClientRect().height);
  // The results (collapsed sections) first: the frame grows to its content. The frame starts below
  // the fold here (the widget is above it), where Chromium may stop rendering a cross-origin
  // frame: its height must reach the host all the same (boot.js posts it from a timer).
  await page.waitForFunction(() => document.getElementById('ruta-frame').getBoundingClientRect().height > 700);
  const tall = await height();
  console.log(`# frame: ${Math.round(tall)} px on the results`);
  // Back to the questions: a much shorter screen.
  await page.frameLocator('#ruta-frame').locator('p.summary a').click();
  await page.frameLocator('#ruta-frame').locator('form.start').waitFor();
  await page.waitForFunction((t) => document.getElementById('ruta-frame').getBoundingClientRect().height < t - 200, tall);
  const frame = page.frames().find((fr) => fr.url().includes('embed'));
  const [content, inner] = await frame.evaluate(() => [document.body.getBoundingClientRect().height, window.innerHeight]);
  assert.ok(inner <= content + 40, `frame ${inner}px for ${content}px of content (was ${tall}px)`);
  await page.context().close();
});

test('quick exit (button, Shift × 3) leaves the host page for the address it sets, from the widget and from inside the iframe', async () => {
  const OWN = 'https://example.org/elsewhere';
  for (const [where, how, extra, to] of [[W, 'button', '', EXIT], ['frame', 'button', '', EXIT], [W, 'button', `&exit=${encodeURIComponent(OWN)}`, OWN], ['frame', 'button', `&exit=${encodeURIComponent(OWN)}`, OWN], [W, 'shift', `&exit=${encodeURIComponent(OWN)}`, OWN], ['frame', 'shift', `&exit=${encodeURIComponent(OWN)}`, OWN]]) {
    const page = await openPage(browser, { width: 1280 });
    for (const u of [EXIT, OWN]) await page.context().route(u + '**', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<title>elsewhere</title>' }));
    // What the frame tells the host page (frame-host.js acts on it; it removes the frame at once,
    // so the frame's own fallback, moving the top page itself, never runs).
    const told = [];
    await page.exposeFunction('rutaTestSaw', (origin, data) => told.push({ origin, data }));
    await page.addInitScript(() => addEventListener('message', (e) => { if (e.data?.type === 'ruta-exit') window.rutaTestSaw(e.origin, e.data); }));
    await page.goto(page0(extra));
    await loaded(page);
    const scope = where === 'frame' ? page.frameLocator('#ruta-frame') : page.locator(where);
    if (how === 'button') {
      await Promise.all([page.waitForURL(to), scope.locator('header .exit').click()]);
    } else {
      // Shift × 3 inside the widget, or inside the frame (the keys go to the frame's document;
      // frame-host.js moves the top page): focus on one of its links.
      await scope.locator('main a').first().focus();
      await Promise.all([page.waitForURL(to), (async () => { for (let i = 0; i < 3; i++) await page.keyboard.press('Shift'); })()]);
    }
    assert.equal(page.url(), to, `exit from ${where} by ${how}`);
    if (where === 'frame') assert.deepEqual(told.map((t) => [t.origin, t.data.type]), [[ruta.url, 'ruta-exit']], 'the frame asked the host page to leave');
    await page.context().close();
  }
});

// ---- Issue 19: Ruta's own top on every new screen; Shift × 3 inside the frame; the widget offline;
// the host's contacts arriving late ------------------------------------------------------------

/** Where the widget's root and its danger box are in the host's viewport. */
const widgetBoxes = (page) => page.evaluate(() => {
  const sr = document.getElementById('ruta-widget').shadowRoot;
  const top = (el) => (el ? el.getBoundingClientRect().top : null);
  return { root: top(sr.querySelector('.ruta-root')), danger: top(sr.querySelector('main section.danger')), h: innerHeight, y: scrollY, focus: sr.activeElement?.matches('main h1') ?? false };
});

for (const method of ['widget', 'iframe']) {
  test(`${method} at 360px: after "show my rights" the first results screen starts at Ruta's top, not where she was`, async () => {
    const page = await openPage(browser, { width: 360, height: 780 });
    await page.goto(page0('&start'));
    const scope = method === 'widget' ? widget(page) : frameOf(page);
    await scope.locator('form.start[data-question="1"]').waitFor({ timeout: 20000 });
    for (let n = 1; n < 4; n++) {
      await scope.locator(`form.start[data-question="${n}"] button[type=submit]`).click();
      await scope.locator(`form.start[data-question="${n + 1}"]`).waitFor();
    }
    // The situations question is long at 360 px: she scrolls down to its button ("show my rights").
    const submit = scope.locator('form.start[data-question="4"] button[type=submit]');
    assert.match(await submit.innerText(), /Ver mis derechos/);
    await submit.scrollIntoViewIfNeeded();
    const yBefore = await page.evaluate(() => scrollY);
    await submit.click();
    await scope.locator('main section.danger').waitFor();
    let at;
    for (let i = 0; i < 600; i++) {
      if (method === 'widget') {
        const b = await widgetBoxes(page);
        at = { top: b.root, danger: b.danger, h: b.h, y: b.y, focus: b.focus };
      } else {
        const [f, d, y, h] = await Promise.all([page.locator('#ruta-frame').boundingBox(), scope.locator('main section.danger').boundingBox(), page.evaluate(() => scrollY), page.evaluate(() => innerHeight)]);
        at = { top: f?.y, danger: d?.y, h, y };
      }
      if (Math.abs(at.top) <= 1 && at.danger >= 0 && at.danger < at.h / 2) break;
      await frameTick(page);
    }
    assert.ok(yBefore > at.y, `she was further down (${yBefore}px) than Ruta's top (${at.y}px)`);
    assert.ok(Math.abs(at.top) <= 1, `Ruta's top at ${at.top}px of the viewport`);
    assert.ok(at.danger >= 0 && at.danger < at.h / 2, `the danger box at ${at.danger}px of ${at.h}px`);
    assert.ok(at.y > 100, `the host page's own top is not forced into view (scrollY ${at.y})`);
    if (method === 'widget') {
      assert.ok(at.focus, "focus on the widget's own h1");
      assert.equal(await page.evaluate(() => document.querySelector('body > main > h1').hasAttribute('tabindex')), false, "the host's h1 is never touched");
    }
    await page.screenshot({ path: `/tmp/ruta/shots-e19/top-after-results-${method}-360.png` });
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('the host contacts arriving late move nothing (no scroll, no focus); a section opened and closed stays closed with its count updated', async () => {
  const page = await openPage(browser, { width: 360, height: 780 });
  // Hold the NGO's contacts file until the test lets it go (both the widget and the frame ask for it).
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.context().route(`${host.url}/overlay.json`, async (r) => { await gate; await r.continue(); });
  await page.goto(page0());
  await loaded(page);
  const w = widget(page);
  const f = frameOf(page);
  const toggle = (scope) => scope.locator('section.contacts > h2 button.toggle');
  const count = async (scope) => Number((await toggle(scope).locator('.count').innerText()).match(/\d+/)[0]);
  const before = { w: await count(w), f: await count(f) };
  // Opened and closed again in both, before the contacts arrive.
  for (const scope of [w, f]) {
    await toggle(scope).click();
    assert.equal(await toggle(scope).getAttribute('aria-expanded'), 'true');
    await toggle(scope).click();
    assert.equal(await toggle(scope).getAttribute('aria-expanded'), 'false');
  }
  // She moves on to read the host page further down, a link of the host page focused.
  await page.evaluate(() => {
    const a = document.createElement('a');
    a.href = '#later'; a.id = 'later'; a.textContent = 'más abajo';
    document.body.append(a);
    a.focus();
    window.scrollTo(0, 1500);
  });
  const y = await page.evaluate(() => scrollY);
  assert.ok(y > 1000, `the host page scrolled (${y})`);
  release();
  for (const [scope, was] of [[w, before.w], [f, before.f]]) {
    for (let i = 0; i < 1200 && (await count(scope)) === was; i++) await frameTick(page);
    assert.equal(await count(scope), was + 1, 'the count includes the one NGO contact for this query');
  }
  await frameTick(page);
  await frameTick(page);
  assert.equal(await page.evaluate(() => scrollY), y, 'the contacts arriving did not scroll the host page');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'later', 'nor took the focus');
  for (const scope of [w, f]) {
    assert.equal(await toggle(scope).getAttribute('aria-expanded'), 'false', 'still closed');
    assert.equal(await scope.locator('section.contacts li.card').count(), 0, 'closed: its list is not shown');
    await toggle(scope).click();
    await scope.locator('section.host-contacts li.card.overlay').waitFor();
    await toggle(scope).click();
    assert.equal(await scope.locator('section.contacts li.card').count(), 0, 'it closes again');
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("the widget works offline on a host page with the docs' service-worker recipe, after one visit under it", async () => {
  const page = await openPage(browser, { width: 360, height: 780 });
  await page.goto(page0('&sw'));
  await widget(page).locator('section.danger').waitFor({ timeout: 20000 });
  await page.waitForFunction(() => navigator.serviceWorker?.controller, null, { timeout: 20000 });
  // One visit with the worker in control keeps Ruta's files as they are used…
  await page.reload();
  await widget(page).locator('section.danger').waitFor({ timeout: 20000 });
  await cardsIn(widget(page));
  const cached = await page.evaluate(async () => (await (await caches.open('ruta')).keys()).map((r) => new URL(r.url).pathname));
  for (const want of [/^\/embed\.js$/, /_bg\.wasm$/, /^\/locales\//]) assert.ok(cached.some((p) => want.test(p)), `${want} cached: ${cached}`);
  // …then with no network at all, the page opens and the widget still shows her results and contacts.
  await page.context().setOffline(true);
  const failed = [];
  page.on('requestfailed', (r) => failed.push(r.url()));
  await page.reload();
  const w = widget(page);
  await w.locator('section.danger').waitFor({ timeout: 20000 });
  assert.match(await w.locator('main h1').innerText(), /Tus derechos/);
  assert.ok(await w.locator('section.danger a[href^="tel:"]').count() > 0, 'the danger box dials');
  await cardsIn(w);
  assert.equal(await w.locator('header.top').evaluate((e) => getComputedStyle(e).backgroundColor), 'rgb(11, 110, 79)', 'its stylesheet came from the cache');
  // (The iframe below it, and frame-host.js, are not offline: see docs/EMBED.md.)
  assert.deepEqual(failed.filter((u) => u.startsWith(ruta.url) && !u.includes('index.html?embed') && !u.endsWith('/frame-host.js')), [], 'no Ruta file for the widget failed');
  await page.context().close();
});

for (const [what, files] of [['its WebAssembly', /_bg\.wasm$/], ['its messages', /\/locales\/.*\.bin$/]]) test(`when Ruta's files cannot load (${what}), the widget says so in her language (never an empty box)`, async () => {
  const page = await openPage(browser, { width: 360, height: 780 });
  await page.context().route(files, (r) => r.abort('internetdisconnected'));
  await page.goto(page0());
  const box = page.locator(`${W} .ruta-failed`);
  await box.waitFor({ timeout: 20000 });
  assert.equal(await box.getAttribute('role'), 'alert');
  assert.equal(await box.getAttribute('lang'), 'es');
  assert.match(await box.innerText(), /Ruta no pudo cargarse[\s\S]*Reintentar[\s\S]*Abrir Ruta en su propia página/);
  assert.equal(await box.locator('a').getAttribute('href'), `${ruta.url}/`);
  assert.ok(page.errors.some((e) => /Ruta widget: could not load Ruta's files from/.test(e)), page.errors.join('\n'));
  assert.equal(await page.locator(`${W} main`).count(), 0, 'no half-mounted Ruta beside it');
  // The quick exit is there too, and leaves the page.
  await page.context().route(EXIT + '**', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<title>elsewhere</title>' }));
  assert.match(await box.locator('button.exit').innerText(), /Salir rápido/);
  await Promise.all([page.waitForURL(EXIT), box.locator('button.exit').click()]);
  await page.context().close();
});
