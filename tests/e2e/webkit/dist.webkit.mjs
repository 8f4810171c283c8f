// `make dist` in WebKit: the single self-contained osteoplan.html opened from disk (file://)
// renders and computes with its inlined wasm; the element, frame.html and the iframe host page run
// under the strict CSP with no violation; the iframe is sized to its content; a host serving the
// precompressed twins hands WebKit the Brotli files and the widget runs from them.
// The file:// page cannot get the error probe (no server in between): there the test reads what
// the page shows, and a page error that stopped the widget would fail it.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { waitFor } from '../lib/harness.mjs';
import { serve } from '../../../tools/serve.mjs';
import { buildDist } from '../../../tools/build-dist.mjs';
import { useWebKit, skipReason, assertNoProblems, SUITE_TIMEOUT } from './lib/webkit.mjs';

const shadow = (fn) => `(() => { const root = document.querySelector('osteo-plan')?.shadowRoot; return root ? (${fn})(root) : null; })()`;

describe('dist in WebKit', { skip: skipReason(), timeout: SUITE_TIMEOUT }, () => {
  let out;
  const env = useWebKit(async () => {
    out = mkdtempSync(join(tmpdir(), 'osteoplan-webkit-dist-'));
    await buildDist(out);
    return serve(out, { mounts: { '/csp/': out } });
  });
  after(() => out && rmSync(out, { recursive: true, force: true }));

  test('single file opened from disk renders, computes with wasm and loads nothing from the network', async () => {
    const { page } = env;
    await page.goto(pathToFileURL(join(out, 'osteoplan.html')).href);
    await waitFor(page, shadow((root) => root.querySelector('.calc [role=combobox]')));
    await page.evaluate(shadow((root) => {
      const input = root.querySelector('.calc [role=combobox]');
      input.value = 'milk';
      input.dispatchEvent(new Event('input'));
    }));
    const options = await waitFor(page, shadow((root) => {
      const opts = [...root.querySelectorAll('.calc [role=option]')].map((o) => o.textContent);
      return opts.length ? opts : null;
    }));
    assert.match(options[0], /milk/i, 'the food search ran in the inlined wasm');
    const before = await page.evaluate(shadow((root) => root.querySelector('.calc [data-testid=value-calcium]').textContent));
    await page.evaluate(shadow((root) => root.querySelector('.calc [role=option]').click()));
    await page.evaluate(shadow((root) => root.querySelector('.calc form.add-food').requestSubmit()));
    const after = await waitFor(page, shadow((root) => {
      const text = root.querySelector('.calc [data-testid=value-calcium]').textContent;
      return root.querySelectorAll('.calc .entries > li').length === 1 ? text : null;
    }));
    assert.notEqual(after, before);
    assert.match(after, /^\d[\d,]* mg of 1,200 mg a day/);
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    assert.deepEqual(loaded.filter((u) => !u.startsWith('file:') && !u.startsWith('data:') && !u.startsWith('blob:')), []);
  });

  for (const path of ['index.html', 'frame.html?lang=es']) {
    test(`${path} runs under the strict CSP with no violation`, async () => {
      const { page } = env;
      const res = await fetch(`${env.server.url}csp/${path}`);
      assert.match(res.headers.get('content-security-policy'), /script-src 'self' 'wasm-unsafe-eval'/);
      await page.goto(`${env.server.url}csp/${path}`);
      await waitFor(page, shadow((root) => root.querySelector('.calc')));
      await new Promise((r) => setTimeout(r, 300));
      await assertNoProblems(page); // CSP violations are among the problems the probe records
    });
  }

  test('frame page in an iframe: the host sizes the iframe to the frame\'s content', async () => {
    const { page, driver } = env;
    await page.goto(`${env.server.url}csp/iframe-demo.html`);
    await waitFor(page, () => document.getElementById('osteoplan-frame').dataset.sized === 'true');
    await driver.switchTo().frame(await driver.findElement({ id: 'osteoplan-frame' }));
    let inner;
    try {
      await waitFor(page, shadow((root) => root.querySelector('.calc [role=combobox]')));
      inner = await page.evaluate(() => ({
        lang: document.querySelector('osteo-plan').getAttribute('lang'),
        text: document.querySelector('osteo-plan').shadowRoot.textContent,
        height: Math.ceil(document.body.getBoundingClientRect().height),
      }));
      await assertNoProblems(page);
    } finally {
      await driver.switchTo().defaultContent();
    }
    assert.equal(inner.lang, 'es');
    assert.match(inner.text, /Calculadora de alimentos/);
    assert.ok(inner.height > 300, `the calculator should be taller than 300 px, got ${inner.height}`);
    // The frame reports its height as it changes; the host applies the last report.
    const sized = await waitFor(page, (h) => Number(document.getElementById('osteoplan-frame').height) === h, inner.height)
      .catch(() => page.evaluate(() => document.getElementById('osteoplan-frame').height));
    assert.equal(sized, true, `the iframe is ${sized} px tall, its content ${inner.height} px`);
    await assertNoProblems(page);
  });

  test('a host serving the precompressed files: WebKit gets them compressed and the widget runs', async () => {
    // Straight from the static server (the probe proxy asks for plain bodies). The transfer
    // smaller than the body shows a compressed twin was sent; WebKit asks for gzip and Brotli.
    const { page } = env;
    await page.goto(`${env.upstream.url}index.html`);
    await waitFor(page, shadow((root) => root.querySelector('.calc [role=combobox]')));
    const sizes = await page.evaluate(() => performance.getEntriesByType('resource')
      .filter((e) => /\/(osteo-plan\.[0-9a-f]{10}\.js|osteoplan_bg\.[0-9a-f]{10}\.wasm|foods\.[0-9a-f]{10}\.tsv)$/.test(e.name))
      .map((e) => ({ name: e.name.split('/').pop(), encoded: e.encodedBodySize, decoded: e.decodedBodySize })));
    // The element, the wasm and the food table, under their content-hashed names.
    assert.equal(sizes.length, 3, JSON.stringify(sizes));
    for (const s of sizes) assert.ok(s.encoded > 0 && s.encoded < s.decoded * 0.6, `${s.name} came compressed: ${JSON.stringify(s)}`);
  });
});
