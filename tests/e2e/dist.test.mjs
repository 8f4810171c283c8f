// `make dist`: the folder a site uploads. The tiny bundler keeps module semantics; dist/ holds
// the element, the frame page and the single self-contained osteoplan.html; that file works
// opened from disk (file://) with no network; frame.html in an iframe tells its parent its
// height; the pages run under the strict CSP. Chromium and Firefox ESR.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BROWSERS, REPO, launch, openPage, assertNoProblems, waitFor, screenshot } from './lib/harness.mjs';
import { serve } from '../../tools/serve.mjs';
import { buildDist, bundle } from '../../tools/build-dist.mjs';

const out = mkdtempSync(join(tmpdir(), 'osteoplan-dist-'));
const files = buildDist(out);
after(() => rmSync(out, { recursive: true, force: true }));

const shadow = (fn) => `(() => { const root = document.querySelector('osteo-plan')?.shadowRoot; return root ? (${fn})(root) : null; })()`;

test('bundler_keeps_default_named_aliased_namespace_and_side_effect_imports', async () => {
  const code = bundle(join(REPO, 'tests/e2e/fixtures/calc-bundle/entry.js'));
  const mod = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)).default;
  assert.deepEqual(mod.summary, {
    defaultName: 'Shape',
    area: 6,
    around: 10,
    namespaceKeys: ['area', 'counter', 'default', 'label', 'perimeter'],
    greeting: 'hi from strings',
    sideEffect: true,
    liveCounter: 1,
  });
  assert.equal(mod.default(), '6/10');
});

test('bundler_refuses_what_it_cannot_bundle', () => {
  assert.throws(() => bundle(join(REPO, 'tests/e2e/fixtures/calc-bundle/missing.js')), /ENOENT/);
  assert.throws(() => bundle(join(REPO, 'tools/serve.mjs')), /only relative imports/);
});

test('dist_holds_the_element_wasm_demo_frame_and_single_file', () => {
  for (const f of ['index.html', 'osteo-plan.js', 'views/calculator.js', 'views/schedule.js', 'i18n/en.js', 'i18n/es.js',
    'pkg/osteoplan.js', 'pkg/osteoplan_bg.wasm', 'frame.html', 'frame.js', 'iframe-demo.html', 'osteoplan.html']) {
    assert.ok(files.includes(f), `dist/${f} missing`);
  }
  assert.ok(!files.some((f) => f.endsWith('.d.ts')), 'type declarations are not shipped');
  assert.deepEqual(readFileSync(join(out, 'pkg/osteoplan_bg.wasm')), readFileSync(join(REPO, 'www/pkg/osteoplan_bg.wasm')));
});

test('single_file_refers_to_nothing_outside_itself_and_carries_the_same_wasm', () => {
  const html = readFileSync(join(out, 'osteoplan.html'), 'utf8');
  const refs = [...html.matchAll(/\b(?:src|href)\s*=\s*"([^"]*)"/g)].map((m) => m[1]);
  assert.deepEqual(refs.filter((r) => !r.startsWith('data:') && !r.startsWith('#')), []);
  assert.doesNotMatch(html, /<script[^>]+src=/);
  const base64 = html.match(/const __wasmBase64 = "([A-Za-z0-9+/=]+)";/)?.[1];
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

