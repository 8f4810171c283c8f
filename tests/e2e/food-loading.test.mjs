// The food table is a file of its own (foods.tsv beside the wasm), fetched only for a widget that
// shows the calculator, after the first paint: a schedule-only page never downloads it, the
// schedule is usable while it is on its way, and a failed or damaged download is a message in the
// calculator alone, with "Try again", while the schedule keeps working. Chromium and Firefox ESR,
// against a server that can hold back, break or damage foods.tsv on purpose.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { BROWSERS, REPO, launch, openPage, assertNoProblems, waitFor } from './lib/harness.mjs';
import { inRoot, makePlan, waitForWidget } from './lib/widget.mjs';
import { typeSearch } from './lib/journey.mjs';

const PKG = join(REPO, 'www', 'pkg');
const TABLE = readFileSync(join(PKG, 'foods.tsv'));
const TYPES = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.tsv': 'text/tab-separated-values', '.html': 'text/html' };
const page = (attrs, lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>foods</title>
<link rel="icon" href="data:,"><script type="module" src="osteo-plan.js"></script></head><body><osteo-plan ${attrs}></osteo-plan></body></html>`;
const PAGES = {
  '/schedule.html': page('sections="schedule"'),
  '/full.html': page(''),
  '/es.html': page('', 'es'),
};

/**
 * A server for www/pkg whose foods.tsv answers as `control.mode` says: 'ok', 'hold' (until
 * `control.release()`), 'corrupt' (one byte changed) or '404'. `control.requests` logs paths.
 */
async function foodServer() {
  const control = { mode: 'ok', requests: [], held: [] };
  control.release = () => control.held.splice(0).forEach((send) => send());
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    control.requests.push(path);
    const send = (status, body, type) => res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    if (PAGES[path]) return send(200, PAGES[path], TYPES['.html']);
    if (path === '/foods.tsv') {
      if (control.mode === '404') return send(404, 'not found', 'text/plain');
      if (control.mode === 'corrupt') {
        const bad = Buffer.from(TABLE);
        bad[bad.length >> 1] ^= 1;
        return send(200, bad, TYPES['.tsv']);
      }
      if (control.mode === 'hold') return control.held.push(() => send(200, TABLE, TYPES['.tsv']));
    }
    try {
      send(200, readFileSync(join(PKG, path.slice(1))), TYPES[extname(path)] ?? 'application/octet-stream');
    } catch {
      send(404, 'not found', 'text/plain');
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  control.url = `http://127.0.0.1:${server.address().port}/`;
  control.close = () => new Promise((r) => { control.release(); server.closeAllConnections?.(); server.close(r); });
  return control;
}

const foodStatus = (p) => inRoot(p, (root) => {
  const box = root.querySelector('[data-testid=food-status]');
  return box?.isConnected ? { text: box.textContent, alert: Boolean(box.querySelector('[role=alert]')) } : null;
});
const calculatorReady = (p) => waitFor(p, () => document.querySelector('osteo-plan').shadowRoot.querySelector('.calc [role=combobox]'));
// A failed download is reported by the browser itself (a 404 line) and by the element (a warning).
const EXPECTED = [/404|Not Found|Failed to load resource/i];

for (const name of BROWSERS) {
  describe(`food table loading in ${name}`, () => {
    let server, browser;
    before(async () => {
      server = await foodServer();
      browser = await launch(name);
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    test('a schedule-only page never downloads the food table, even after a plan is made and the browser idles', async () => {
      server.mode = 'ok';
      server.requests.length = 0;
      const p = await openPage(browser);
      await p.goto(`${server.url}schedule.html`);
      await waitForWidget(p, 0, { foods: false });
      await makePlan(p);
      await new Promise((r) => setTimeout(r, 2000));
      assert.ok(server.requests.includes('/osteoplan_bg.wasm'));
      assert.ok(!server.requests.includes('/foods.tsv'), `requests: ${server.requests.join(' ')}`);
      assert.equal(await inRoot(p, (root) => root.querySelector('section[part=calculator]').hidden), true);
      assertNoProblems(p);
      await p.close();
    });

    test('the schedule works before the food table arrives; the calculator says it is loading, then works', async () => {
      server.mode = 'hold';
      server.requests.length = 0;
      const p = await openPage(browser);
      await p.goto(`${server.url}full.html`);
      await waitForWidget(p, 0, { foods: false });
      await waitFor(p, () => document.querySelector('osteo-plan').shadowRoot.querySelector('[data-testid=food-status] [role=status]'));
      assert.deepEqual(await foodStatus(p), { text: 'Loading the food table…', alert: false });
      // The whole schedule journey runs while foods.tsv is still held back.
      await makePlan(p);
      assert.ok(server.held.length >= 1, 'foods.tsv was asked for and is still pending');
      assert.equal(await inRoot(p, (root) => root.querySelector('.calc [role=combobox]')), null);
      server.release();
      server.mode = 'ok';
      await calculatorReady(p);
      assert.equal(await foodStatus(p), null);
      await typeSearch(p, 'milk');
      const first = await waitFor(p, () => document.querySelector('osteo-plan').shadowRoot.querySelector('.calc [role=option]')?.textContent);
      assert.match(first, /milk/i);
      assert.equal(server.requests.filter((r) => r === '/foods.tsv').length, 1);
      assertNoProblems(p);
      await p.close();
    });

    for (const [mode, lang, message] of [
      ['corrupt', 'en', 'The food table could not be loaded, so the calculator cannot work right now. Your exercise schedule is not affected. Check your connection and try again.'],
      ['404', 'es', 'No se pudo cargar la tabla de alimentos, así que la calculadora no funciona en este momento. Su plan de ejercicios no se ve afectado. Revise su conexión e inténtelo de nuevo.'],
    ]) {
      test(`a ${mode} food table: a message in the calculator only (${lang}), the schedule works, "Try again" recovers`, async () => {
        server.mode = mode;
        server.requests.length = 0;
        const p = await openPage(browser);
        await p.goto(`${server.url}${lang === 'es' ? 'es' : 'full'}.html`);
        await waitForWidget(p, 0, { foods: false });
        const status = await waitFor(p, () => {
          const box = document.querySelector('osteo-plan').shadowRoot.querySelector('[data-testid=food-status] [role=alert]');
          return box && box.textContent;
        });
        assert.equal(status.startsWith(message), true, status);
        assert.equal(await inRoot(p, (root) => root.querySelectorAll('p.error[role=alert]').length), 0, 'no whole-widget failure');
        await makePlan(p);
        server.mode = 'ok';
        await inRoot(p, (root) => root.querySelector('[data-focus=foods-retry]').click());
        await calculatorReady(p);
        assert.equal(await foodStatus(p), null);
        assert.equal(server.requests.filter((r) => r === '/foods.tsv').length, 2);
        assertNoProblems(p, EXPECTED);
        await p.close();
      });
    }
  });
}
