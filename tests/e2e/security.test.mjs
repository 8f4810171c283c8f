// The widget inside other organisations' pages: it runs under the strict CSP the README
// gives hosts, talks to nobody but its own origin, sets no cookies, survives hostile host
// CSS and leaks no styles into the host. Chromium and Firefox ESR.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, openPage, assertNoProblems, waitFor, useBrowser } from './lib/harness.mjs';

const rendered = () => {
  const els = [...document.querySelectorAll('osteo-plan')];
  return els.length > 0 && els.every((e) => e.shadowRoot?.querySelector('section[aria-labelledby]'));
};

for (const name of BROWSERS) {
  describe(`security and isolation in ${name}`, () => {
    const env = useBrowser(name);

    test('runs under the strict CSP with no violation', async () => {
      const page = await openPage(env.browser);
      const response = await page.goto(`${env.server.url}fixtures/csp/index.html`);
      assert.match(response.headers()['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval'/);
      await waitFor(page, rendered);
      // Let the widget settle (late styles, images) before reading the record.
      await new Promise((r) => setTimeout(r, 300));
      const violations = await page.evaluate(() => window.cspViolations);
      assert.deepEqual(violations, []);
      assertNoProblems(page);
      await page.close();
    });

    test('requests only its own assets, none after load, and sets no cookies', async () => {
      const page = await openPage(env.browser);
      const requests = [];
      page.on('request', (req) => requests.push(req.url()));
      await page.goto(env.server.url);
      await waitFor(page, rendered);
      // Loading includes the food table, fetched once the calculator shows.
      await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('.calc [role=combobox]'));
      const afterLoad = requests.length;
      // Use the widget: type into every input, then wait.
      await page.evaluate(() => {
        for (const el of document.querySelectorAll('osteo-plan')) {
          for (const input of el.shadowRoot.querySelectorAll('input')) {
            input.value = input.type === 'number' ? '12' : 'milk';
            input.dispatchEvent(new Event('input', { bubbles: true }));
          }
        }
      });
      await new Promise((r) => setTimeout(r, 500));
      const origin = new URL(env.server.url).origin;
      const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'));
      assert.deepEqual(foreign, [], 'no request may leave the page origin');
      assert.equal(requests.length, afterLoad, `no request after load, got: ${requests.slice(afterLoad).join(', ')}`);
      assert.equal(await page.evaluate(() => document.cookie), '');
      assertNoProblems(page);
      await page.close();
    });

    test('hostile host CSS does not break the widget', async () => {
      const page = await openPage(env.browser, { width: 800, height: 900 });
      await page.goto(`${env.server.url}fixtures/hostile.html`);
      await waitFor(page, rendered);
      // Every heading, paragraph, label, button and field the widget shows, not only the first
      // heading, on every tab.
      const looks = [];
      for (const tab of ['today', 'week', 'food', 'data']) looks.push(...await page.evaluate(async (name) => {
        const root = document.querySelector('osteo-plan').shadowRoot;
        root.querySelector(`[role=tab][data-tab=${name}]`).click();
        await new Promise((resolve) => { setTimeout(resolve, 50); });
        return [...root.querySelectorAll('h2, h3, p, label, button, input, select, legend')]
          .filter((el) => !el.closest('[hidden], .visually-hidden') && el.type !== 'hidden')
          .map((el) => {
            const style = getComputedStyle(el);
            const box = el.getBoundingClientRect();
            return {
              what: `${el.tagName.toLowerCase()} "${(el.textContent || el.name || '').trim().slice(0, 30)}"`,
              heading: /^H[23]$/.test(el.tagName),
              fontSize: parseFloat(style.fontSize), color: style.color, letterSpacing: style.letterSpacing,
              fontFamily: style.fontFamily, visible: box.width > 0 && box.height > 0,
            };
          });
      }, tab));
      assert.ok(looks.filter((l) => l.heading).length >= 4, `headings found: ${looks.filter((l) => l.heading).length}`);
      assert.ok(looks.length >= 20, `only ${looks.length} elements checked`);
      for (const look of looks) {
        if (look.heading) assert.ok(look.visible, `${look.what} is visible`);
        assert.ok(look.fontSize < 32, `${look.what}: font-size ${look.fontSize}px must not be blown up by the host`);
        assert.notEqual(look.color, 'rgb(255, 0, 255)', `${look.what}: host !important colour must not reach the widget`);
        assert.notEqual(look.letterSpacing, '6px', `${look.what}: host letter-spacing must not reach the widget`);
        assert.ok(!/comic sans/i.test(look.fontFamily), `${look.what}: host font must not reach the widget`);
      }
      assertNoProblems(page);
      await page.close();
    });

    test('widget styles do not leak into the host page', async () => {
      const page = await openPage(env.browser);
      await page.goto(`${env.server.url}fixtures/isolation.html`);
      await waitFor(page, rendered);
      const snapshot = () => page.evaluate(() => {
        const props = ['font-size', 'font-family', 'color', 'background-color', 'border-top-width', 'padding-top', 'margin-top', 'outline-style', 'display'];
        const out = { sheets: document.styleSheets.length, adopted: document.adoptedStyleSheets.length };
        for (const id of ['host-section', 'host-heading', 'host-text', 'host-input']) {
          const s = getComputedStyle(document.getElementById(id));
          out[id] = props.map((p) => s.getPropertyValue(p)).join('|');
        }
        return out;
      });
      const withWidget = await snapshot();
      await page.evaluate(() => document.querySelector('osteo-plan').remove());
      const withoutWidget = await snapshot();
      assert.deepEqual(withWidget, withoutWidget);
      assert.equal(withWidget.adopted, 0, 'the widget adopts no stylesheet into the document');
      assertNoProblems(page);
      await page.close();
    });
  });
}
