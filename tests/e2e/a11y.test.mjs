// Accessibility (WCAG 2.2, issue 12): axe over every screen × 5 languages × both views × 360 and
// 1280 px in one browser; a keyboard-only walk in which no focused element hides behind the
// header; the slim header; titles; the language switch that waits for an explicit choice.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, ready, axe, text } from './helpers.mjs';

const LANGS = ['es', 'en', 'fr', 'ht', 'pt'];
let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const SCREENS = [
  ['start 1', '#/'], ['start 2', '#/?q=2'], ['start 3', '#/?q=3'], ['start 4', '#/?q=4'],
  ['results', '#/results?c=MX&p=transit&s=violence,pregnant'],
  ['results official', '#/results?who=official&c=GT&p=transit&s=trafficking,unaccompanied'],
  ['start 4 official', '#/?who=official&q=4'],
  ['library', '#/guidelines'], ['principle', '#/principle/P3'], ['theme', '#/theme/children'],
  ['right', '#/right/R05'], ['action', '#/action/A07'], ['about', '#/about'], ['safety', '#/safety'],
];

for (const width of [360, 1280]) {
  test(`axe: every screen × 5 languages × both views at ${width}px, every section and item open`, async () => {
    const page = await openPage(browser, { width });
    await page.goto(server.url + '/#/about');
    await ready(page);
    const titles = new Map();
    for (const lang of LANGS) {
      for (const [name, h] of SCREENS) {
        const hash = h + (h.includes('?') ? '&' : '?') + 'lang=' + lang;
        await page.evaluate((x) => { location.hash = x; }, hash);
        await page.waitForFunction((l) => document.documentElement.lang === l && document.querySelector('main h1'), lang);
        await page.waitForTimeout(40);
        if (name.startsWith('results')) {
          // Open everything: the sections, then every item's disclosure.
          const closed = page.locator('section button.toggle[aria-expanded=false]');
          while (await closed.count()) await closed.first().click();
          await page.$$eval('main details', (d) => d.forEach((x) => { x.open = true; }));
          await page.waitForTimeout(40);
        }
        await axe(page, `${name} (${lang}, ${width}px)`);
        const title = await page.title();
        assert.ok(title.length > 5, `${name} has a title`);
        titles.set(`${lang} ${name}`, title);
        // The slim header: one row, at most 56 px, the language names never clipped.
        const header = await page.locator('header.top').boundingBox();
        assert.ok(header.height <= 56, `${name} (${lang}): header ${header.height}px`);
        const sel = await page.$eval('header select', (s) => [s.scrollWidth, s.clientWidth]);
        assert.ok(sel[0] <= sel[1] + 1, `${lang}: the language name is clipped (${sel})`);
      }
    }
    // Each screen its own title (within a language).
    for (const lang of LANGS) {
      const t = [...titles].filter(([k]) => k.startsWith(lang + ' ') && !/start [234]|official/.test(k)).map(([, v]) => v);
      assert.equal(new Set(t).size, t.length, `${lang}: titles repeat: ${t.join(' | ')}`);
    }
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('kiosk greeting and prompt pass axe in a kiosk at 360 and 1280 px', async () => {
  for (const width of [360, 1280]) {
    const page = await openPage(browser, { width });
    await page.goto(server.url + '/?kiosk');
    await page.waitForSelector('.welcome');
    await axe(page, `kiosk welcome ${width}`);
    await page.context().close();
  }
});

/** Press Tab until the focused element matches `selector`; every focused element must be fully
 *  visible — not hidden behind the sticky header (WCAG 2.4.11). */
async function tabTo(page, selector, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const r = await page.evaluate((sel) => {
      const a = document.activeElement;
      if (!a || a === document.body) return { hit: false };
      const box = a.getBoundingClientRect();
      const inHeader = a.closest('header');
      const x = Math.min(Math.max(box.left + box.width / 2, 1), innerWidth - 1);
      const y = Math.min(Math.max(box.top + Math.min(box.height, 20) / 2, 1), innerHeight - 1);
      const at = document.elementFromPoint(x, y);
      const obscured = !inHeader && !(at && (a.contains(at) || at.contains(a) || a.closest('label')?.contains(at)));
      return { hit: a.matches(sel), obscured, what: a.outerHTML.slice(0, 80) };
    }, selector);
    assert.ok(!r.obscured, `focused element obscured: ${r.what}`);
    if (r.hit) return;
  }
  assert.fail(`Tab never reached ${selector}`);
}

test('keyboard only: answer every question, open the results, a section and a legal basis', async () => {
  for (const width of [360, 1280]) {
    const page = await openPage(browser, { width, height: 640 });
    await page.goto(server.url + '/#/?lang=en');
    await ready(page);
    await tabTo(page, 'input[name=who]');
    await page.keyboard.press('ArrowDown'); // arrows move within a radio group: the official's view
    assert.ok(await page.isChecked('input[name=who][value=official]'));
    await tabTo(page, 'form.start button[type=submit]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('form.start[data-question="2"]');
    assert.ok(await page.evaluate(() => document.activeElement.matches('main h1')), 'focus on the question');
    await tabTo(page, 'input[name=country]');
    await page.keyboard.press('Space'); // the first country
    await tabTo(page, 'form.start button[type=submit]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('form.start[data-question="3"]');
    await tabTo(page, 'input[name=phase]');
    await page.keyboard.press('Space');
    await tabTo(page, 'form.start button[type=submit]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('form.start[data-question="4"]');
    await tabTo(page, 'input[name=s][value=violence]');
    await page.keyboard.press('Space');
    await tabTo(page, 'form.start button[type=submit]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('section.danger');
    assert.ok(await page.evaluate(() => document.activeElement.matches('main h1')), 'focus on the results heading');
    await tabTo(page, 'section.rights button.toggle');
    await page.keyboard.press('Enter');
    await tabTo(page, 'section.rights summary');
    await page.keyboard.press('Enter');
    await page.waitForSelector('section.rights details[open] .basis');
    await tabTo(page, 'button.open-all');
    await page.keyboard.press('Enter');
    await page.waitForSelector('section.actions h3.step');
    // The language switch changes nothing on arrow keys alone; Enter confirms.
    await page.focus('header select');
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(300);
    assert.equal(await page.getAttribute('html', 'lang'), 'en', 'an arrow key alone does not switch');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.documentElement.lang !== 'en');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

test('the sticky header leaves room: scroll-padding-top ≥ header height, ≤ 56 px at 320 × 256', async () => {
  const page = await openPage(browser, { width: 320, height: 256 });
  await page.goto(server.url + '/#/results?lang=ht&c=MX&s=violence');
  await page.waitForSelector('section.danger');
  const h = (await page.locator('header.top').boundingBox()).height;
  const pad = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop));
  assert.ok(h <= 56, `header ${h}px`);
  assert.ok(pad >= h, `scroll-padding-top ${pad} < header ${h}`);
  await page.context().close();
});

// Focus ring contrast (WCAG 2.2, 1.4.11 / 2.4.13): Tab through the start question, the results
// (sections open) and the header; for every focused element, the ring colour against the colour
// it is drawn on (the nearest painted background around the element) is at least 3:1. The ring is
// a dark outline with a light halo (or the reverse in the header): either ring passing counts.
test('focus ring contrast ≥ 3:1 against the background it sits on, on every focusable element', async () => {
  const page = await openPage(browser, { width: 360, height: 640 });
  const worst = [];
  let checked = 0;
  for (const h of ['#/?q=2&lang=es', '#/results?c=MX&p=transit&s=violence,asylum&lang=en', '#/results?who=official&c=GT&p=transit&s=trafficking&lang=fr']) {
    await page.goto(server.url + '/' + h);
    await page.waitForSelector('main h1');
    const closed = page.locator('section button.toggle[aria-expanded=false]');
    while (await closed.count()) await closed.first().click();
    await page.evaluate(() => document.activeElement?.blur());
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const r = await page.evaluate(() => {
        const a = document.activeElement;
        if (!a || a === document.body) return null;
        const rgb = (c) => { const m = c.match(/[\d.]+/g); return m ? m.slice(0, 4).map(Number) : null; };
        const lum = ([r, g, b]) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
        const ratio = (x, y) => { const [l1, l2] = [lum(x), lum(y)].sort((p, q) => q - p); return (l1 + 0.05) / (l2 + 0.05); };
        // The painted background the ring sits on: the nearest ancestor (not the element itself,
        // since the ring is drawn outside it) with an opaque background colour.
        let bg = [255, 255, 255];
        for (let e = a.parentElement; e; e = e.parentElement) {
          const c = rgb(getComputedStyle(e).backgroundColor);
          if (c && (c.length < 4 || c[3] > 0.5)) { bg = c.slice(0, 3); break; }
        }
        const s = getComputedStyle(a);
        if (s.outlineStyle === 'none' || parseFloat(s.outlineWidth) < 2) return { what: a.outerHTML.slice(0, 70), best: 0, none: true };
        const rings = [rgb(s.outlineColor)];
        const halo = s.boxShadow.match(/rgba?\([^)]*\)/);
        if (halo) rings.push(rgb(halo[0]));
        const best = Math.max(...rings.filter(Boolean).map((c) => ratio(c.slice(0, 3), bg)));
        return { what: a.outerHTML.slice(0, 70), best };
      });
      if (!r) continue;
      checked += 1;
      if (r.best < 3) worst.push(`${h}: ${r.none ? 'no visible ring' : r.best.toFixed(2) + ':1'} on ${r.what}`);
    }
  }
  console.log(`# focus rings checked: ${checked}`);
  assert.ok(checked > 60, `${checked} focused elements checked`);
  assert.deepEqual(worst, [], 'focus rings under 3:1');
  await page.context().close();
});
