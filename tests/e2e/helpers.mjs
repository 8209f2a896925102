// Shared set-up for the end-to-end tests: a static server over dist/ on a free port, Debian's
// Chromium through playwright-core, axe-core, screenshots and a log of every request.
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { extname, join, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';

const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, '..', '..');
/** The built site under test: dist/, or another build (RUTA_DIST) so parallel work does not share one. */
export const distDir = process.env.RUTA_DIST ?? join(root, 'dist');
export const shots = join(here, 'screenshots');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.ftl': 'text/plain; charset=utf-8',
};

/** Serve `dir` on 127.0.0.1 at a free port. */
export async function serve(dir = distDir) {
  const server = createServer(async (req, res) => {
    served.count += 1;
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path.endsWith('/') ? path + 'index.html' : path);
    try {
      const body = await readFile(file);
      // CORS so a page on another origin can embed Ruta (widget: module script, wasm, packs).
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache', 'access-control-allow-origin': '*' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  const served = { count: 0 };
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    /** Serve another folder from now on (a newer build). */
    setDir: (d) => { dir = d; },
    close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(r); }),
  };
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export function launch() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** A page that records every request and every console error. The app starts at once, as on
 *  any screen but a results link's first visit; `firstPaint: true` keeps the first paint (issue 14:
 *  a results link drawn by crates/firstpaint, the app loaded at her first touch — tested in
 *  firstpaint.test.mjs). */
export async function openPage(browser, { locale = 'es-MX', width = 360, height = 780, firstPaint = false } = {}) {
  const context = await browser.newContext({ locale, viewport: { width, height } });
  if (!firstPaint) await context.addInitScript(() => { window.rutaNoFirstPaint = true; });
  const page = await context.newPage();
  page.requests = [];
  page.errors = [];
  page.on('request', (r) => page.requests.push(r.url()));
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  return page;
}

/** Wait until the app has rendered its main heading. */
export async function ready(page) {
  await page.waitForSelector('main h1', { timeout: 20000 });
}

export async function axe(page, label) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
  assert.deepEqual(summary, [], `axe violations on ${label}`);
}

export async function shot(page, name) {
  await mkdir(shots, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

/** Text a user sees, with Fluent's bidi isolation marks removed. */
export async function text(page, selector = 'body') {
  return (await page.locator(selector).first().innerText()).replace(/[\u2068\u2069]/g, '');
}

/** No message id ever reaches the screen. */
export async function assertNoRawIds(page) {
  const body = await text(page);
  const raw = body.match(/\b(?:right|action|contact|situation|phase|country|principle|source|actor|kind|problem|step)-[A-Za-z0-9]+(?:-[a-z0-9]+)*\b/g) ?? [];
  assert.deepEqual(raw, [], 'raw message ids on screen');
}

export function assertOnlyOrigin(page, origin) {
  const foreign = page.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(foreign, [], 'requests to other origins');
}

/** Start flow (one question per screen): press the main button ("Next", or the results button on
 *  the last question) and wait for the next screen's h1 to take focus. */
export async function next(page) {
  const before = await page.evaluate(() => location.hash);
  await page.locator('form.start button[type=submit]').click();
  await page.waitForFunction((h) => location.hash !== h && document.activeElement?.matches('main h1'), before);
}

/** Answer the four questions by label (any may be null = skipped) and open the results. */
export async function answer(page, { who = null, country = null, phase = null, situations = [] } = {}) {
  await page.waitForSelector('form.start[data-question="1"]');
  if (who) await page.getByRole('radio', { name: who }).check();
  await next(page);
  if (country) await page.getByLabel(country, { exact: true }).check();
  await next(page);
  if (phase) await page.getByRole('radio', { name: phase }).check();
  await next(page);
  for (const s of situations) await page.getByRole('checkbox', { name: s }).check();
  await next(page);
  await page.waitForSelector('section.danger');
}

/** The hash must never carry her answers (country, phase, situations, audience). */
export function assertNoAnswersIn(url, label = url) {
  const q = (url.split('#')[1] ?? '').split('?')[1] ?? '';
  const keys = q.split('&').filter(Boolean).map((kv) => kv.split('=')[0]);
  assert.deepEqual(keys.filter((k) => ['c', 'p', 's', 'who'].includes(k)), [], `answers in the address: ${label}`);
}
