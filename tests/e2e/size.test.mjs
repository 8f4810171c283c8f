// What the widget loads, proven in a browser: a whole visit (a plan made, a food searched and
// added) in English, and one in Spanish, fetches exactly the files lib/size.mjs counts for
// that language (the element, that language's strings, the wasm, the food table) and nothing
// else of the widget's; the other language's strings are never fetched (a schedule-only page
// never fetches the food table: food-loading.test.mjs). Chromium and Firefox ESR.
// Each kind of visit must stay under its size ceiling (a regression guard); `make bench`
// prints the figures.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, openPage, assertNoProblems, useBrowser } from './lib/harness.mjs';
import { startPlannerServer, waitForWidget, makePlan } from './lib/widget.mjs';
import { addFood } from './lib/journey.mjs';
import { CEILING_GZIP_BYTES, LANGS, VISITS, visitFiles, visitSize, kb } from './lib/size.mjs';

for (const kind of VISITS) {
  test(`a ${kind} visit stays under its size ceiling (gzip)`, () => {
    const worst = Math.max(...LANGS.map((lang) => visitSize(lang, kind).total.gzip));
    console.log(`  ${kind} visit, larger language: ${kb(worst)} gzip; ceiling ${kb(CEILING_GZIP_BYTES[kind])}`);
    assert.ok(worst <= CEILING_GZIP_BYTES[kind], `a ${kind} visit loads ${kb(worst)} gzip, over the ${kb(CEILING_GZIP_BYTES[kind])} ceiling`);
  });
}

for (const name of BROWSERS) {
  describe(`what the widget loads in ${name}`, () => {
    const env = useBrowser(name, startPlannerServer);

    for (const [lang, path, own] of [['en', 'fixtures/journey.html', ['/fixtures/journey.html', '/favicon.svg']], ['es', 'fixtures/visit-es.html', ['/fixtures/visit-es.html', '/favicon.svg']]]) {
      test(`a whole visit in ${lang} loads the element, the ${lang} strings and the wasm, once each`, async () => {
        const page = await openPage(env.browser);
        const paths = [];
        page.on('request', (req) => {
          if (!/^(data|blob):/.test(req.url())) paths.push(new URL(req.url()).pathname);
        });
        await page.goto(`${env.server.url}${path}`);
        await waitForWidget(page);
        await makePlan(page);
        await addFood(page, { query: lang === 'es' ? 'leche' : 'milk' });
        await new Promise((r) => setTimeout(r, 300));

        const widget = paths.filter((p) => !own.includes(p));
        assert.deepEqual(widget.sort(), visitFiles(lang).map((f) => `/pkg/${f}`).sort());
        const { total } = visitSize(lang);
        console.log(`  ${name}, ${lang}: ${widget.length} files, ${kb(total.raw)} raw, ${kb(total.gzip)} gzip, ${kb(total.brotli)} Brotli`);
        assertNoProblems(page);
        await page.close();
      });
    }
  });
}
