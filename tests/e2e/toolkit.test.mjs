// The officials' toolkit (issue 17): search precision in five languages, the referral slip's
// printed page, every training scenario answered right and wrong, a follow-up matrix export →
// import round trip and a malformed import. Screenshots at 360 px in two languages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, openPage, ready, axe, shot, text, assertNoRawIds, assertOnlyOrigin, root, shots } from './helpers.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// A fixed list of queries per language and the items that must come first (ids, in order).
const PRECISION = {
  es: [['trata', ['right:R07', 'right:R21']], ['trafico', ['instrument:SOM']], ['asilo', ['right:R02', 'action:A11']], ['consulado', ['right:R12']], ['no devolucion', ['principle:P4']]],
  en: [['trafficking', ['right:R07', 'right:R21']], ['asylum', ['right:R02', 'action:A11']], ['consulate', ['right:R12']], ['non-refoulement', ['principle:P4']]],
  fr: [['traite', ['right:R07', 'right:R21']], ['asile', ['right:R02', 'action:A11']], ['consulat', ['right:R12']]],
  ht: [['azil', ['right:R02', 'action:A11']], ['trafik', ['right:R07', 'right:R21']], ['enfomasyon azil', ['action:A11']]],
  pt: [['trafico', ['right:R07', 'right:R21']], ['asilo', ['right:R02', 'action:A11']], ['detencao', ['right:R13', 'action:A13']]],
};

async function search(page, q) {
  await page.fill('#search-q', q);
  await page.waitForFunction(() => document.querySelector('.search-results .hit, .search-results .search-none'));
  return page.locator('.search-results li.hit').evaluateAll((els) => els.map((e) => e.dataset.id));
}

test('search: a fixed list of queries finds the right items first in every language, matches marked', async () => {
  for (const [lang, list] of Object.entries(PRECISION)) {
    const page = await openPage(browser, { width: 360 });
    await page.goto(`${server.url}/#/search?lang=${lang}`);
    await ready(page);
    for (const [q, want] of list) {
      const ids = await search(page, q);
      assert.deepEqual(ids.slice(0, want.length), want, `${lang} ${q}: ${ids.slice(0, 6)}`);
      const marks = await page.locator('.search-results li.hit').first().locator('mark').allInnerTexts();
      assert.ok(marks.length > 0, `${lang} ${q}: the match is marked`);
    }
    // Accents and case do not matter; nothing found is said plainly.
    if (lang === 'es') {
      assert.deepEqual(await search(page, 'TRÁFICO'), await search(page, 'trafico'));
      await page.fill('#search-q', 'zzqxw');
      await page.waitForSelector('.search-results .search-none');
      await assertNoRawIds(page);
      await search(page, 'asilo');
      await axe(page, 'search es');
      await shot(page, 'toolkit-search-es-360');
    }
    if (lang === 'ht') {
      await search(page, 'azil');
      await shot(page, 'toolkit-search-ht-360');
    }
    // A hit is a link to the item.
    const href = await page.locator('.search-results li.hit a').first().getAttribute('href');
    assert.match(href, /#\/(right|action|principle|theme|guidelines)/);
    assertOnlyOrigin(page, server.url);
    assert.ok(!page.url().includes('q='), 'the words typed are not in the address');
    await page.context().close();
  }
});

test('referral slip: detect → care → refer with actors and basis, services, no personal-data field, printable, QR', async () => {
  const page = await openPage(browser, { width: 360 });
  await page.goto(`${server.url}/#/slip?lang=es&who=official&c=MX&p=transit&s=pregnant,detention`);
  await ready(page);
  await page.waitForSelector('article.slip');
  for (const step of ['detect', 'care', 'refer']) {
    assert.ok(await page.locator(`.slip-step[data-step=${step}] li`).count() >= 1, step);
  }
  assert.ok(await page.locator('.slip-step li .who').count() >= 3, 'responsible actor per step');
  assert.ok(await page.locator('.slip-step li .basis-line').count() >= 3, 'legal basis per step');
  assert.ok(await page.locator('.slip-services li[data-id="mx-ombudsperson-1"]').count() === 1, 'services from the contacts');
  assert.match(await text(page, '.slip-sources'), /\d{4}/);
  assert.doesNotMatch(await text(page, '.slip-sources'), /\d{4}-\d{2}/, 'a date in words, not ISO');
  assert.equal(await page.locator('main input, main textarea, main select, main [contenteditable]').count(), 0, 'no field for her name or any personal data');
  assert.equal(await page.locator('.slip-qr svg path').count(), 1, 'QR of the same screen');
  await assertNoRawIds(page);
  await axe(page, 'slip');
  await shot(page, 'toolkit-slip-es-360');
  // The printed page: print media shows the slip and hides the buttons; a PDF is produced.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.slip .share-bar').isVisible(), false, 'buttons not printed');
  assert.ok(await page.locator('.slip-step[data-step=refer]').isVisible());
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 5000 && pdf.subarray(0, 4).toString() === '%PDF');
  await mkdir(shots, { recursive: true });
  await writeFile(join(shots, 'toolkit-slip-es.pdf'), pdf);
  await page.emulateMedia({ media: 'screen' });
  // Without a case, a plain note instead of an empty slip.
  await page.goto(`${server.url}/#/slip?lang=en`);
  await page.reload();
  await ready(page);
  await page.waitForSelector('.slip-missing');
  await page.context().close();
});

/** The scenarios file, read the simple way (one `key = [...]` per line). */
async function scenarios() {
  const src = await readFile(join(root, 'content', 'scenarios.toml'), 'utf8');
  return src.split(/^\[\[scenario\]\]$/m).slice(1).map((block) => {
    const get = (k) => {
      const m = block.match(new RegExp(`^${k} = (.*)$`, 'm'));
      return m ? JSON.parse(m[1].replace(/#.*$/, '').trim()) : null;
    };
    return {
      id: get('id'),
      detect: [get('situations'), get('detect_distractors')],
      rights: [get('rights'), get('rights_distractors')],
      'first-steps': [get('first_steps'), get('steps_distractors')],
      refer: [get('refer'), get('refer_distractors')],
    };
  });
}

async function answerCase(page, sc, right) {
  for (const q of ['detect', 'rights', 'first-steps', 'refer']) {
    const sel = `article.case[data-scenario=${sc.id}][data-question=${q}]`;
    await page.waitForSelector(sel);
    const [good, bad] = sc[q];
    for (const id of right ? good : bad) await page.locator(`${sel} li[data-id="${id}"] input`).check();
    await page.locator(`${sel} button[type=submit]`).click();
    await page.waitForSelector(`${sel} .feedback`);
    // The check button is disabled once pressed: the focus goes to the answer, not to the page.
    await page.waitForFunction(() => document.activeElement?.id === 'training-feedback');
    const cls = await page.locator(`${sel} .feedback`).getAttribute('class');
    assert.match(cls, right ? /\bright\b/ : /\bwrong\b/, `${sc.id} ${q}`);
    const fb = await text(page, `${sel} .feedback`);
    if (q === 'rights' || q === 'first-steps') assert.match(fb, /Base:|Basis:/, `${sc.id} ${q}: feedback cites the basis`);
    if (!right) assert.ok(await page.locator(`${sel} li.choice.wrong`).count() >= 1);
    await page.locator(`${sel} button.next`).click();
  }
}

for (const right of [true, false]) {
  test(`training: every scenario answered ${right ? 'right' : 'wrong'}, feedback from the engine, record without names`, async () => {
    const list = await scenarios();
    assert.ok(list.length >= 12);
    const lang = right ? 'es' : 'en';
    const page = await openPage(browser, { width: 360 });
    await page.goto(`${server.url}/#/training?lang=${lang}`);
    await ready(page);
    for (const sc of list) {
      await answerCase(page, sc, right);
      if (sc.id === 'S01') {
        await assertNoRawIds(page);
        await shot(page, `toolkit-training-${lang}-360`);
      }
    }
    const record = await text(page, 'section.record');
    const n = list.length * 4;
    assert.match(record, right ? new RegExp(`${n} (de|of) ${n}`) : new RegExp(`0 (de|of) ${n}`));
    assert.equal(await page.locator('section.record li').count(), list.length);
    await axe(page, 'training');
    // Progress is in memory only: nothing stored.
    assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length]), [0, 0]);
    await page.context().close();
  });
}

async function fillEntry(page, e) {
  await page.selectOption('#mx-country', e.country);
  await page.selectOption('#mx-area', e.area);
  await page.selectOption('#mx-kind', e.kind);
  await page.fill('#mx-title', e.title);
  await page.fill('#mx-description', e.description);
  await page.fill('#mx-date', e.date);
  await page.fill('#mx-institution', e.institution);
  await page.fill('#mx-link', e.link ?? '');
  await page.locator('form.matrix-form button[type=submit]').click();
}

test('matrix: form errors next to fields, export CSV and JSON, import both back, a malformed import loses nothing', async () => {
  const page = await openPage(browser, { width: 360 });
  await page.goto(`${server.url}/#/matrix?lang=es`);
  await ready(page);
  // Errors next to the fields.
  await fillEntry(page, { country: 'MX', area: 'P1', kind: 'event', title: '', description: 'x', date: '2024-02-30', institution: 'I', link: 'javascript:alert(1)' });
  assert.equal(await page.locator('#mx-title').getAttribute('aria-invalid'), 'true');
  assert.match(await text(page, '#mx-title-err'), /obligatorio/);
  assert.match(await text(page, '#mx-date-err'), /AAAA/);
  assert.match(await text(page, '#mx-link-err'), /https/);
  assert.equal(await page.locator('ol.entries li').count(), 0);
  await axe(page, 'matrix with errors');
  await shot(page, 'toolkit-matrix-errors-es-360');
  // Two good entries.
  await fillEntry(page, { country: 'MX', area: 'P1', kind: 'legal-novelty', title: 'Reforma, con "comillas"', description: 'Línea 1\nLínea 2, con coma', date: '2024-03', institution: 'Secretaría de las Mujeres', link: 'https://example.org/a?b=1' });
  await fillEntry(page, { country: 'GT', area: 'transit', kind: 'good-practice', title: '=1+1 no es fórmula', description: 'Albergue', date: '2023', institution: 'PGN' });
  assert.equal(await page.locator('ol.entries li').count(), 2);
  // Export both formats (downloads from Blob URLs, no network).
  const dl = async (sel) => {
    const [d] = await Promise.all([page.waitForEvent('download'), page.click(sel)]);
    return { name: d.suggestedFilename(), body: await readFile(await d.path()) };
  };
  const csv = await dl('button.export-csv');
  const json = await dl('button.export-json');
  assert.equal(csv.name, 'ruta-follow-up-matrix.csv');
  assert.deepEqual([...csv.body.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'CSV starts with a UTF-8 BOM');
  assert.match(csv.body.toString('utf8'), /"Reforma, con ""comillas"""/);
  assert.equal(JSON.parse(json.body.toString('utf8')).entries.length, 2);
  // A new session imports both files: two entries (the second file only repeats them).
  await page.reload();
  await ready(page);
  assert.equal(await page.locator('ol.entries li').count(), 0);
  await page.setInputFiles('#mx-import', [
    { name: 'mx.csv', mimeType: 'text/csv', buffer: csv.body },
    { name: 'mx.json', mimeType: 'application/json', buffer: json.body },
  ]);
  await page.waitForFunction(() => document.querySelectorAll('ol.entries li').length === 2);
  assert.match(await text(page, 'section.matrix-summary'), /México[\s\S]*P1 \(1\)/);
  assert.ok(await page.locator('.empty-areas li[data-area="origin"]').count() === 1, 'areas with no entry listed');
  // A malformed file: named with row and field; the entries stay.
  const bad = '\ufeffcountry,area,kind,title,description,date,institution,link\r\nXX,P1,event,T,D,2024,I,\r\n';
  await page.setInputFiles('#mx-import', [{ name: 'roto.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) }, { name: 'vacío.json', mimeType: 'application/json', buffer: Buffer.from('{"entries": [') }]);
  await page.waitForSelector('.import-errors li');
  const errs = await text(page, '.import-errors');
  assert.match(errs, /roto\.csv · fila 1 · País · No es uno de los países de Ruta/);
  assert.match(errs, /vacío\.json · Este archivo no se puede leer/);
  assert.equal(await page.locator('ol.entries li').count(), 2, 'nothing already entered is lost');
  await assertNoRawIds(page);
  await axe(page, 'matrix after import');
  await shot(page, 'toolkit-matrix-es-360');
  assertOnlyOrigin(page, server.url);
  await page.context().close();

  // Second language screenshot.
  const p2 = await openPage(browser, { width: 360 });
  await p2.goto(`${server.url}/#/matrix?lang=ht`);
  await ready(p2);
  await shot(p2, 'toolkit-matrix-ht-360');
  await p2.context().close();
});
