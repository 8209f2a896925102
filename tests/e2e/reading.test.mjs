// Issue 16 — for women who do not read easily: read aloud with on-device voices only (a stubbed
// speechSynthesis records what is spoken, with which voice, and every cancel), pictograms beside
// their words, and the Words screen in five languages. No wasm-bindgen-test needed: the built site.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, openPage, ready, axe, shots, text } from './helpers.mjs';

/** A full-page screenshot at the page's size, under RUTA_SHOTS (or tests/e2e/screenshots). */
async function shot(page, name) {
  const dir = process.env.RUTA_SHOTS ?? shots;
  await mkdir(dir, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const EXIT = 'https://www.google.com/';
const LANGS = ['es', 'en', 'fr', 'ht', 'pt'];

// A stand-in for the browser's speechSynthesis: `voices` as given; every speak, pause, resume and
// cancel is recorded on window.__speech and, for cancels, in the console (seen even after the page
// has left).
function stubSpeech(voices) {
  const log = (window.__speech = { spoken: [], cancels: 0, pauses: 0, resumes: 0 });
  // The utterances themselves too, so a test can end one (`onend`); the voices can change later
  // (set window.__voices, then call speechSynthesis.onvoiceschanged), as on a real phone.
  window.__utterances = [];
  window.__voices = voices;
  const synth = {
    speaking: false, paused: false, pending: false, onvoiceschanged: null,
    getVoices: () => window.__voices,
    speak(u) { log.spoken.push({ text: u.text, voice: u.voice ? u.voice.name : null, lang: u.lang }); window.__utterances.push(u); },
    cancel() { log.cancels += 1; console.log('ruta-speech:cancel'); },
    pause() { log.pauses += 1; },
    resume() { log.resumes += 1; },
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  window.SpeechSynthesisUtterance = class { constructor(t) { this.text = t; this.voice = null; this.lang = ''; } };
}

const LOCAL_ES = { name: 'Local es', lang: 'es-MX', localService: true, default: false, voiceURI: 'local-es' };
const REMOTE_ES = { name: 'Cloud es', lang: 'es-US', localService: false, default: true, voiceURI: 'cloud-es' };
const LOCAL_FR = { name: 'Local fr', lang: 'fr-FR', localService: true, default: false, voiceURI: 'local-fr' };
const REMOTE_HT = { name: 'Cloud ht', lang: 'ht', localService: false, default: false, voiceURI: 'cloud-ht' };

async function speechPage(voices, opts) {
  const page = await openPage(browser, opts);
  page.cancels = 0;
  page.on('console', (m) => { if (m.text() === 'ruta-speech:cancel') page.cancels += 1; });
  await page.addInitScript(stubSpeech, voices);
  return page;
}
const spoken = (page) => page.evaluate(() => window.__speech.spoken);

test('Listen reads the start question with the local voice, never the cloud one; pause, continue, stop; a new screen stops it', async () => {
  const page = await speechPage([REMOTE_ES, LOCAL_ES, LOCAL_FR, REMOTE_HT]);
  await page.goto(server.url + '/#/?lang=es');
  await ready(page);
  const listen = page.locator('.listen-play');
  assert.equal(await listen.count(), 1);
  assert.match(await listen.innerText(), /Escuchar/);
  assert.equal(await page.locator('.listen-play svg.pic[aria-hidden=true]').count(), 1);
  await axe(page, 'start with Listen');
  await listen.click();
  const said = await spoken(page);
  assert.ok(said.length >= 1, 'something is spoken');
  assert.ok(said.every((u) => u.voice === 'Local es' && u.lang === 'es-MX'), `only the on-device Spanish voice: ${JSON.stringify(said)}`);
  const all = said.map((u) => u.text).join(' ');
  const legend = (await text(page, 'form.start legend')).trim();
  assert.ok(all.includes(legend), `the question is read: ${all}`);
  for (const label of await page.locator('form.start .choice .label').allInnerTexts()) {
    assert.ok(all.includes(label.replace(/[\u2068\u2069]/g, '').trim()), `choice "${label}" is read`);
  }
  assert.doesNotMatch(all, /Siguiente|Saltar|Escuchar/, 'buttons and the control itself are not read');

  await axe(page, 'start while speaking (Pause, Stop)');
  await page.locator('.listen-pause').click();
  assert.equal(await page.evaluate(() => window.__speech.pauses), 1);
  const resumes = await page.evaluate(() => window.__speech.resumes);
  await page.locator('.listen-resume').click();
  assert.equal(await page.evaluate(() => window.__speech.resumes), resumes + 1);
  await page.locator('.listen-stop').click();
  await page.waitForSelector('.listen-play');
  const afterStop = await page.evaluate(() => window.__speech.cancels);
  assert.ok(afterStop >= 2, 'Listen cancels what was queued, Stop cancels again');

  // Another screen: speech stops.
  await listen.click();
  await page.locator('form.start button[type=submit]').click();
  await page.waitForSelector('form.start[data-question="2"]');
  assert.ok(await page.evaluate(() => window.__speech.cancels) > afterStop + 1, 'the screen change cancelled speech');
  assert.equal(await page.locator('.listen-stop:visible').count(), 0, 'Stop is gone');
  await page.context().close();
});

test('no local voice for her language: one plain line and the nearest language that has one; remote voices refused', async () => {
  // Haitian Creole has only a cloud voice; French has a local one.
  const page = await speechPage([REMOTE_HT, LOCAL_FR, REMOTE_ES]);
  await page.goto(server.url + '/#/?lang=ht');
  await ready(page);
  assert.equal(await page.locator('.listen-play').count(), 0, 'no button that would use the cloud voice');
  assert.match(await text(page, '.listen.no-voice .note'), /Telefòn sa a pa gen yon vwa ki li kreyòl/);
  const other = page.locator('.listen-other');
  assert.match(await other.innerText(), /Koute an français/);
  await other.click();
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
  await page.locator('.listen-play').click();
  const said = await spoken(page);
  assert.ok(said.length > 0 && said.every((u) => u.voice === 'Local fr'), JSON.stringify(said));

  // Spanish with only a cloud voice: nothing to press, the line says so, nothing is spoken.
  const es = await speechPage([REMOTE_ES]);
  await es.goto(server.url + '/#/?lang=es');
  await ready(es);
  assert.equal(await es.locator('.listen-play, .listen-other').count(), 0);
  assert.match(await text(es, '.listen.no-voice'), /no tiene una voz que lea en español sin internet/);
  assert.deepEqual(await spoken(es), []);
  await axe(es, 'no-voice line');
  await es.context().close();
  await page.context().close();
});

test('phone numbers are read digit by digit', async () => {
  const page = await speechPage([LOCAL_ES]);
  await page.goto(server.url + '/#/words?lang=es');
  await ready(page);
  // The reader turns any tel: link inside what it reads into digits (the danger box's numbers).
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.innerHTML = '<a href="tel:8009112000"><span class="what">Línea de ayuda</span> <span class="number">800 911-2000</span></a>';
    document.getElementById('words-list').prepend(p);
  });
  await page.locator('.listen-play').click();
  const all = (await spoken(page)).map((u) => u.text).join(' ');
  assert.match(all, /Línea de ayuda 8 0 0, 9 1 1, 2 0 0 0/);
  await page.context().close();
});

test('the quick exit and the kiosk wipe stop speech', async () => {
  const page = await speechPage([LOCAL_ES]);
  await page.context().route(EXIT + '**', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<p>neutral</p>' }));
  await page.goto(server.url + '/#/?lang=es');
  await ready(page);
  await page.locator('.listen-play').click();
  const before = page.cancels;
  await Promise.all([page.waitForURL(EXIT), page.getByRole('button', { name: 'Salir rápido' }).click()]);
  assert.ok(page.cancels > before, 'speech cancelled before leaving');
  await page.context().close();

  const kiosk = await speechPage([LOCAL_ES]);
  await kiosk.goto(server.url + '/?kiosk#/?lang=es');
  await ready(kiosk);
  await kiosk.locator('.listen-play').click();
  const n = await kiosk.evaluate(() => window.__speech.cancels);
  await kiosk.getByRole('button', { name: 'Salir rápido' }).click();
  await kiosk.waitForURL(/#\/welcome/);
  assert.ok(await kiosk.evaluate(() => window.__speech.cancels) > n, 'the wipe cancelled speech');
  await kiosk.context().close();
});

test('pictograms beside their words on the start questions, hidden from screen readers', async () => {
  const page = await openPage(browser);
  for (const lang of ['es', 'ht']) {
    await page.goto(server.url + `/#/?lang=${lang}&q=3`);
    await page.waitForSelector('form.start[data-question="3"]');
    const phases = page.locator('.choice.phase');
    assert.equal(await phases.count(), 4);
    for (let i = 0; i < 4; i++) {
      const c = phases.nth(i);
      assert.equal(await c.locator('svg.pic[aria-hidden=true] path, svg.pic[aria-hidden=true] circle').count() > 0, true, 'a drawn icon');
      assert.ok((await c.locator('.label').innerText()).trim().length > 2, 'with its words');
    }
    await shot(page, `reading-phases-${lang}-360`);
    await page.goto(server.url + `/#/?lang=${lang}&q=4`);
    await page.waitForSelector('form.start[data-question="4"]');
    const sits = page.locator('fieldset.situations .choice.check');
    const n = await sits.count();
    assert.ok(n >= 15);
    assert.equal(await page.locator('fieldset.situations .choice.check > svg.pic[aria-hidden=true]').count(), n, 'every situation has its pictogram');
    assert.equal(await page.locator('.choice.check > svg.pic:not(:has(*))').count(), 0, 'no empty icon');
    await axe(page, `situations ${lang}`);
    await shot(page, `reading-situations-${lang}-360`);
  }
  await page.context().close();
});

test('Words screen in five languages, linked from the texts that use a word', async () => {
  const page = await openPage(browser);
  for (const lang of LANGS) {
    await page.goto(server.url + `/#/words?lang=${lang}`);
    await ready(page);
    const words = page.locator('dl.words .word');
    assert.equal(await words.count(), 12);
    for (let i = 0; i < 12; i++) {
      const w = words.nth(i);
      assert.equal(await w.locator('dt svg.pic[aria-hidden=true]').count(), 1);
      assert.ok((await w.locator('dt').innerText()).trim().length > 2);
      assert.ok((await w.locator('dd').innerText()).trim().length > 20);
    }
    assert.doesNotMatch(await text(page, 'main'), /\bwords?-[a-z]/, 'no raw message id');
    await axe(page, `words ${lang}`);
    if (lang === 'es' || lang === 'ht') await shot(page, `reading-words-${lang}-360`);
  }
  // The asylum right uses the word "asylum": its page links to the Words screen.
  await page.goto(server.url + '/#/right/R02?lang=en');
  await ready(page);
  const link = page.locator('.words-here a[data-word=asylum]');
  assert.equal(await link.innerText(), 'Asylum');
  // Each word keeps its comma: "Asylum, Interpreter", never "Asylum , Interpreter".
  const line = await text(page, '.words-here');
  assert.doesNotMatch(line, / ,/, line);
  if ((await page.locator('.words-here a').count()) > 1) assert.match(line, /\w,\s/, line);
  await link.click();
  await page.waitForFunction(() => location.hash.startsWith('#/words'));
  await ready(page);
  assert.match(await text(page, 'main h1'), /Words explained/);
  // It opens at the word she tapped: in view, with the focus on it.
  await page.waitForFunction(() => document.activeElement?.id === 'word-asylum');
  assert.ok(await page.locator('#word-asylum').isVisible());
  const box = await page.locator('#word-asylum').boundingBox();
  assert.ok(box && box.y >= 0 && box.y < 780, `the word is on screen (${box?.y})`);
  await page.context().close();
});

test('results: pictograms beside the danger box, do-now, contacts and each section; Listen on the danger box reads numbers digit by digit; Listen to all', async () => {
  for (const lang of ['es', 'ht']) {
    const page = await speechPage([LOCAL_ES, LOCAL_FR]);
    await page.goto(server.url + `/#/results?lang=${lang}&c=MX&p=transit&s=violence,asylum`);
    // The app's results (not the danger box painted before the wasm).
    await page.waitForSelector('main h1[data-q]');
    for (const sel of ['#danger-h', '#now-h', '#rights-h', '#actions-h', '#contacts-h']) {
      const h = page.locator(sel);
      assert.equal(await h.locator('svg.pic[aria-hidden=true]').count(), 1, `${sel} has its pictogram`);
      assert.ok((await h.innerText()).trim().length > 3, `${sel} keeps its words`);
    }
    // A "call" step of what to do now (when there is one) has its phone.
    assert.equal(await page.locator('.now-list li:has(a.tel) > svg.pic[aria-hidden=true]').count(), await page.locator('.now-list li:has(a.tel)').count());
    if (lang === 'es') {
      // A Spanish voice on the phone: the danger box reads its lines, numbers digit by digit.
      await page.locator('[data-listen=danger-box] .listen-play').click();
      const said = (await spoken(page)).map((u) => u.text).join(' ');
      assert.match(said, /9 1 1/, said);
      assert.doesNotMatch(said, /911/, 'no number read as a whole');
      assert.equal(await page.locator('[data-listen=main] .listen-play').count(), 1, 'one Listen to all');
      assert.match(await page.locator('[data-listen=main] .listen-play').innerText(), /Escuchar todo/);
      // Open the rights: each right has its own Listen.
      await page.locator('#rights-h button').click();
      const rights = await page.locator('#rights-list li.item').count();
      assert.equal(await page.locator('#rights-list li.item .listen-play').count(), rights);
    } else {
      // Kreyòl has no voice here: one line (with French offered), no dead buttons in the boxes.
      assert.equal(await page.locator('.listen-play').count(), 0);
      assert.equal(await page.locator('.listen.no-voice').count(), 1);
    }
    await axe(page, `results ${lang}`);
    await shot(page, `reading-results-${lang}-360`);
    await page.context().close();
  }
});

test('on results: controls appear when the voices arrive late; one control reads at a time; the end of speech returns it to Listen', async () => {
  const page = await speechPage([]);
  await page.goto(server.url + '/#/results?lang=es&c=MX&p=transit&s=violence');
  await ready(page);
  const danger = page.locator('[data-listen="danger-box"]');
  const now = page.locator('[data-listen="now-box"]');
  assert.equal(await page.locator('.listen-play').count(), 0, 'no voice yet: no Listen button');
  assert.equal(await page.locator('.listen.no-voice').count(), 1, 'only the main control says so');
  // The phone's voices arrive after the page, as they often do: the controls appear, and the
  // danger box's numbers do not move (its control sits after them), so no number shifts under her
  // finger. (What follows the box moves down by the control's height.)
  const tops = () => page.evaluate(() => [...document.querySelectorAll('.danger a.tel')].map((e) => Math.round(e.getBoundingClientRect().top)));
  const before = await tops();
  await page.evaluate((v) => { window.__voices = [v]; window.speechSynthesis.onvoiceschanged?.(); }, LOCAL_ES);
  await danger.locator('.listen-play').waitFor();
  await now.locator('.listen-play').waitFor();
  assert.ok(before.length >= 2, 'the danger numbers measured');
  assert.deepEqual(await tops(), before, 'the danger numbers did not move');
  assert.equal(await page.locator('.listen.no-voice').count(), 0, 'the no-voice line is gone');
  await danger.locator('.listen-play').click();
  await danger.locator('.listen-pause').waitFor();
  // Another control starts: the first goes back to Listen, the new one shows Pause.
  await now.locator('.listen-play').click();
  await now.locator('.listen-pause').waitFor();
  await danger.locator('.listen-play').waitFor();
  assert.equal(await page.locator('.listen-pause').count(), 1, 'one control reads at a time');
  const said = await spoken(page);
  assert.ok(said.some((u) => /911/.test(u.text) || /9 1 1/.test(u.text)), 'the danger box was read');
  // The last utterance ends: the control is back to Listen, with no Stop left.
  await page.evaluate(() => window.__utterances.at(-1).onend?.());
  await now.locator('.listen-play').waitFor();
  assert.equal(await page.locator('.listen-pause, .listen-resume, .listen-stop').count(), 0);
  await page.close();
});
