// `make dist`: the folder a site uploads. dist/ holds the minified element (tools/build.mjs),
// the frame page and the single self-contained osteoplan.html; that file works
// opened from disk (file://) with no network; frame.html in an iframe tells its parent its
// height; the pages run under the strict CSP. Chromium and Firefox ESR.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { BROWSERS, REPO, launch, openPage, assertNoProblems, waitFor, screenshot } from './lib/harness.mjs';
import { serve } from '../../tools/serve.mjs';
import { buildDist } from '../../tools/build-dist.mjs';

const out = mkdtempSync(join(tmpdir(), 'osteoplan-dist-'));
const files = await buildDist(out);
after(() => rmSync(out, { recursive: true, force: true }));

const shadow = (fn) => `(() => { const root = document.querySelector('osteo-plan')?.shadowRoot; return root ? (${fn})(root) : null; })()`;

const ELEMENT = ['osteo-plan.js', 'osteoplan_bg.wasm', 'foods.tsv', 'strings-en.js', 'strings-es.js'];
const names = JSON.parse(readFileSync(join(out, 'files.json'), 'utf8'));
const entryFile = names['osteo-plan.js'].file;

test('dist_holds_the_hashed_element_wasm_food_table_demo_frame_single_file_and_package', () => {
  const hashed = ELEMENT.map((f) => names[f].file);
  assert.deepEqual(files, ['demo.css', 'embed.html', 'favicon.svg', 'files.json', 'frame.css', 'frame.html', 'frame.js',
    'iframe-demo.css', 'iframe-demo.html', 'iframe-demo.js', 'index.html', 'npm/', 'osteoplan.html',
    ...hashed.flatMap((f) => [f, `${f}.br`, `${f}.gz`])].sort());
  for (const name of ELEMENT) {
    const { file, integrity } = names[name];
    const bytes = readFileSync(join(out, file));
    // The name carries the first 10 hex digits of the SHA-256 of what the file holds.
    assert.equal(file, `${name.slice(0, name.indexOf('.'))}.${createHash('sha256').update(bytes).digest('hex').slice(0, 10)}${name.slice(name.indexOf('.'))}`);
    assert.equal(integrity, `sha384-${createHash('sha384').update(bytes).digest('base64')}`);
    assert.deepEqual(gunzipSync(readFileSync(join(out, `${file}.gz`))), bytes, `dist/${file}.gz holds the same bytes`);
    assert.deepEqual(brotliDecompressSync(readFileSync(join(out, `${file}.br`))), bytes, `dist/${file}.br holds the same bytes`);
    // Everything but the element is the build's file as it is.
    if (name !== 'osteo-plan.js') assert.deepEqual(bytes, readFileSync(join(REPO, 'www/pkg', name)), name);
  }
  // The element refers to the others by their hashed names, and to nothing by a plain name.
  const entry = readFileSync(join(out, entryFile), 'utf8');
  for (const name of ELEMENT.slice(1)) {
    assert.ok(entry.includes(names[name].file), `the element loads ${names[name].file}`);
    assert.ok(!entry.includes(`"${name}"`) && !entry.includes(`"./${name}"`), `no plain ${name} left`);
  }
  for (const page of ['index.html', 'frame.html']) {
    assert.match(readFileSync(join(out, page), 'utf8'), new RegExp(`<script type="module" src="${entryFile.replaceAll('.', '\\.')}"></script>`), page);
  }
  assert.equal(readFileSync(join(out, 'embed.html'), 'utf8').match(/<script[^>]*>/)[0],
    `<script type="module" src="${entryFile}" integrity="${names['osteo-plan.js'].integrity}" crossorigin="anonymous">`);
  assert.deepEqual(readFileSync(join(out, 'npm', 'foods.tsv')), readFileSync(join(REPO, 'www/pkg/foods.tsv')));
});

test('single_file_refers_to_nothing_outside_itself_and_carries_the_same_wasm', () => {
  const html = readFileSync(join(out, 'osteoplan.html'), 'utf8');
  const refs = [...html.matchAll(/\b(?:src|href)\s*=\s*"([^"]*)"/g)].map((m) => m[1]);
  assert.deepEqual(refs.filter((r) => !r.startsWith('data:') && !r.startsWith('#')), []);
  assert.doesNotMatch(html, /<script[^>]+src=/);
  const base64 = html.match(/atob\("([A-Za-z0-9+/=]+)"\)/)?.[1];
  assert.ok(base64, 'inlined wasm not found');
  assert.deepEqual(Buffer.from(base64, 'base64'), readFileSync(join(REPO, 'www/pkg/osteoplan_bg.wasm')));
});

for (const name of BROWSERS) {
  describe(`dist in ${name}`, () => {
    let server, browser;
    before(async () => {
      server = await serve(out, { mounts: { '/csp/': out } });
      browser = await launch(name);
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    test('single file opened from disk renders, computes with wasm and makes no network request', async () => {
      const page = await openPage(browser);
      const requests = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(pathToFileURL(join(out, 'osteoplan.html')).href);
      await waitFor(page, shadow((root) => root.querySelector('.calc [role=combobox]')));
      // A food search runs in the wasm core: the answer proves the inlined module initialised.
      await page.evaluate(shadow((root) => {
        const input = root.querySelector('.calc [role=combobox]');
        input.value = 'milk';
        input.dispatchEvent(new Event('input'));
      }));
      const options = await waitFor(page, shadow((root) => {
        const opts = [...root.querySelectorAll('.calc [role=option]')].map((o) => o.textContent);
        return opts.length ? opts : null;
      }));
      assert.match(options[0], /milk/i);
      // Pick it and add one portion: the calcium line moves off zero (analyzeIntake ran).
      const before = await page.evaluate(shadow((root) => root.querySelector('.calc [data-testid=value-calcium]').textContent));
      await page.evaluate(shadow((root) => root.querySelector('.calc [role=option]').click()));
      await page.evaluate(shadow((root) => root.querySelector('.calc form.add-food').requestSubmit()));
      const after = await waitFor(page, shadow((root) => {
        const text = root.querySelector('.calc [data-testid=value-calcium]').textContent;
        return root.querySelectorAll('.calc .entries > li').length === 1 ? text : null;
      }));
      assert.notEqual(after, before);
      assert.match(after, /^\d[\d,]* mg of 1,200 mg a day/);
      assert.deepEqual(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:')), []);
      if (name === 'chromium') await screenshot(page, 'dist-single-file');
      assertNoProblems(page);
      await page.close();
    });

    test('frame page in an iframe reports its height and the host sizes the iframe', async () => {
      const page = await openPage(browser, { width: 1024, height: 800 });
      await page.evaluateOnNewDocument(() => {
        window.heightMessages = [];
        window.addEventListener('message', (e) => {
          if (e.data?.type === 'osteoplan:height') window.heightMessages.push(e.data.height);
        });
      });
      await page.goto(`${server.url}iframe-demo.html`);
      await waitFor(page, () => document.getElementById('osteoplan-frame').dataset.sized === 'true');
      const frame = await (await page.$('#osteoplan-frame')).contentFrame();
      await waitFor(frame, () => document.querySelector('osteo-plan')?.shadowRoot?.querySelector('.calc'));
      const inner = await frame.evaluate(() => ({
        lang: document.documentElement.lang,
        attrLang: document.querySelector('osteo-plan').getAttribute('lang'),
        sections: document.querySelector('osteo-plan').getAttribute('sections'),
        text: document.querySelector('osteo-plan').shadowRoot.textContent,
      }));
      assert.equal(inner.lang, 'es');
      assert.equal(inner.attrLang, 'es');
      assert.equal(inner.sections, 'calculator');
      assert.match(inner.text, /Calculadora de alimentos/);
      // The last message matches the frame's content height, and the host applied it.
      await new Promise((r) => setTimeout(r, 300));
      const { messages, iframeHeight } = await page.evaluate(() => ({
        messages: window.heightMessages,
        iframeHeight: Number(document.getElementById('osteoplan-frame').height),
      }));
      const bodyHeight = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
      assert.ok(messages.length >= 1, 'no height message received');
      assert.ok(messages.every((hgt) => Number.isInteger(hgt) && hgt > 0));
      assert.equal(messages.at(-1), bodyHeight);
      assert.equal(iframeHeight, bodyHeight);
      assert.ok(bodyHeight > 300, `the calculator should be taller than 300 px, got ${bodyHeight}`);
      if (name === 'chromium') await screenshot(page, 'dist-iframe-demo');
      assertNoProblems(page);
      await page.close();
    });

    test('a host serving the precompressed files: the browser gets Brotli and the widget runs from it', async () => {
      const page = await openPage(browser);
      const encodings = {};
      const plain = Object.fromEntries(Object.entries(names).map(([name, { file }]) => [file, name]));
      page.on('response', (r) => {
        const path = new URL(r.url()).pathname.slice(1);
        if (plain[path]) encodings[plain[path]] = r.headers()['content-encoding'] ?? 'none';
      });
      await page.goto(`${server.url}index.html`);
      await waitFor(page, shadow((root) => root.querySelector('.calc [role=combobox]')));
      assert.deepEqual(encodings, { 'osteo-plan.js': 'br', 'osteoplan_bg.wasm': 'br', 'strings-en.js': 'br', 'foods.tsv': 'br' });
      assertNoProblems(page);
      await page.close();
    });

    test('embed.html: the script tag with its integrity value loads the element (and a wrong value is refused)', async () => {
      const page = await openPage(browser);
      const missing = [];
      page.on('response', (r) => { if (r.status() === 404) missing.push(new URL(r.url()).pathname); });
      await page.goto(`${server.url}embed.html`);
      await waitFor(page, shadow((root) => root.querySelector('section[part=schedule]')));
      // embed.html is the snippet alone: Chromium asks for a favicon it does not name.
      assert.deepEqual(missing.filter((p) => p !== '/favicon.ico'), []);
      assertNoProblems(page, missing.length ? [/status of 404/] : []);
      // The same tag with another hash: the browser must refuse to run the script.
      const wrong = readFileSync(join(out, 'embed.html'), 'utf8').replace(/integrity="sha384-[^"]+"/, `integrity="sha384-${'A'.repeat(64)}"`);
      writeFileSync(join(out, 'embed-wrong.html'), wrong);
      const refused = await openPage(browser);
      await refused.goto(`${server.url}embed-wrong.html`);
      await new Promise((r) => setTimeout(r, 500));
      assert.equal(await refused.evaluate(() => customElements.get('osteo-plan') === undefined), true);
      rmSync(join(out, 'embed-wrong.html'));
      await refused.close();
      await page.close();
    });

    for (const path of ['index.html', 'frame.html?lang=es', 'iframe-demo.html']) {
      test(`${path} runs under the strict CSP with no violation`, async () => {
        const page = await openPage(browser);
        await page.evaluateOnNewDocument(() => {
          window.cspViolations = [];
          document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
        });
        const response = await page.goto(`${server.url}csp/${path}`);
        assert.match(response.headers()['content-security-policy'], /style-src 'self'/);
        await waitFor(page, () => document.querySelector('osteo-plan, iframe'));
        if (!path.startsWith('iframe')) await waitFor(page, shadow((root) => root.querySelector('.calc')));
        await new Promise((r) => setTimeout(r, 300));
        assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
        assertNoProblems(page);
        await page.close();
      });
    }
  });
}

