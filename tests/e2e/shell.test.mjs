// The foundation works end to end: the final optimised wasm loads in real browsers, the
// element renders its two labelled regions and shows values computed by the core, two
// elements are independent, and bad input from JS is an Error with a code that leaves the
// module answering.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, openPage, assertNoProblems, waitFor, screenshot, useBrowser } from './lib/harness.mjs';

for (const name of BROWSERS) {
  describe(`shell in ${name}`, () => {
    const env = useBrowser(name);

    test('renders two labelled regions and a value computed by wasm', async () => {
      const page = await openPage(env.browser);
      await page.goto(env.server.url);
      // The calculator's calcium line: the target comes from the core's reference intakes.
      const text = await waitFor(page, () =>
        document.querySelector('osteo-plan')?.shadowRoot?.querySelector('.calc [data-testid=value-calcium]')?.textContent);
      assert.equal(text, '0 mg of 1,200 mg a day (0 %)');
      const regions = await page.evaluate(() => {
        const root = document.querySelector('osteo-plan').shadowRoot;
        return [...root.querySelectorAll('section[aria-labelledby]')]
          .map((s) => root.getElementById(s.getAttribute('aria-labelledby')).textContent);
      });
      assert.deepEqual(regions, ['About you', 'Today', 'Weekly schedule', 'Food calculator', 'Your data']);
      if (name === 'chromium') await screenshot(page, 'shell-desktop-en');
      assertNoProblems(page);
      await page.close();
    });

    test('two elements on one page are independent', async () => {
      const page = await openPage(env.browser);
      await page.goto(`${env.server.url}fixtures/two.html`);
      const sel = '.calc [data-testid=value-calcium]';
      await waitFor(page, (s) => [...document.querySelectorAll('osteo-plan')].every((e) => e.shadowRoot?.querySelector(s)), sel);
      // A 500 mg calcium supplement in the first element only.
      await page.evaluate(() => {
        const form = document.querySelector('#a').shadowRoot.querySelector('.calc form.supplement');
        form.querySelector('input[type=number]').value = '500';
        form.requestSubmit();
      });
      const [a, b] = await page.evaluate((s) => [...document.querySelectorAll('osteo-plan')]
        .map((e) => e.shadowRoot.querySelector(s).textContent), sel);
      assert.equal(a, '500 mg of 1,200 mg a day (42 %)');
      assert.equal(b, '0 mg de 1,200 mg al día (0%)');
      assertNoProblems(page);
      await page.close();
    });

    test('bad input throws an Error with a stable code and the module keeps answering', async () => {
      const page = await openPage(env.browser);
      await page.goto(env.server.url);
      await waitFor(page, () => document.querySelector('osteo-plan')?.shadowRoot?.querySelector('.calc input'));
      const result = await page.evaluate(async () => {
        const { loadCore } = await import('/pkg/osteo-plan.js');
        const core = await loadCore();
        const caught = [];
        for (const bad of ['15', NaN, -1, Infinity, undefined, {}]) {
          try {
            core.vitaminDToIu(bad);
            caught.push('no error');
          } catch (e) {
            caught.push({ isError: e instanceof Error, code: e.code, message: e.message });
          }
        }
        return { caught, after: core.vitaminDToIu(20) };
      });
      for (const c of result.caught) {
        assert.equal(c.isError, true);
        assert.equal(c.code, 'INVALID_INPUT');
        assert.match(c.message, /ug/);
      }
      assert.equal(result.after, 800);
      assertNoProblems(page);
      await page.close();
    });
  });
}
