// The widget in WebKit under the strict CSP the README gives hosts: 0 violations, and the check
// is shown to catch one; only its own origin is contacted and no cookie is set; hostile host CSS
// does not reach inside it. Same fixtures as ../security.test.mjs (Chromium, Firefox ESR).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { waitFor } from '../lib/harness.mjs';
import { useWebKit, skipReason, assertNoProblems, SUITE_TIMEOUT } from './lib/webkit.mjs';

const rendered = () => {
  const els = [...document.querySelectorAll('osteo-plan')];
  return els.length > 0 && els.every((e) => e.shadowRoot?.querySelector('section[aria-labelledby]'));
};

describe('security and isolation in WebKit', { skip: skipReason(), timeout: SUITE_TIMEOUT }, () => {
  const env = useWebKit();

  test('runs under the strict CSP with no violation (both languages on one page)', async () => {
    const { page } = env;
    const res = await fetch(`${env.server.url}fixtures/csp/index.html`);
    assert.match(res.headers.get('content-security-policy'), /script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/);
    await page.goto(`${env.server.url}fixtures/csp/index.html`);
    await waitFor(page, rendered);
    assert.equal(await page.evaluate(() => document.querySelectorAll('osteo-plan').length), 2);
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    await assertNoProblems(page);
  });

  test('the CSP check can fail: an inline style on that page is caught as a violation', async () => {
    const { page } = env;
    await page.goto(`${env.server.url}fixtures/csp/index.html`);
    await waitFor(page, rendered);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.setAttribute('style', 'color: red');
      document.body.append(p);
    });
    const violations = await waitFor(page, () => window.cspViolations.length > 0 && window.cspViolations);
    assert.match(violations[0], /style-src/);
    await assert.rejects(assertNoProblems(page), /CSP violation/);
  });

  test('loads only its own assets and sets no cookies', async () => {
    const { page } = env;
    await page.goto(env.server.url);
    await waitFor(page, rendered);
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
    const urls = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    assert.ok(urls.some((u) => u.endsWith('/pkg/osteoplan_bg.wasm')), `the wasm is among the loads: ${urls.join(', ')}`);
    assert.deepEqual(urls.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')), []);
    assert.equal(await page.evaluate(() => document.cookie), '');
    await assertNoProblems(page);
  });

  test('hostile host CSS does not break the widget', async () => {
    const { page } = env;
    await page.goto(`${env.server.url}fixtures/hostile.html`);
    await waitFor(page, rendered);
    const look = await page.evaluate(() => {
      const heading = document.querySelector('osteo-plan').shadowRoot.querySelector('h2');
      const style = getComputedStyle(heading);
      const box = heading.getBoundingClientRect();
      return { fontSize: parseFloat(style.fontSize), color: style.color, visible: box.width > 0 && box.height > 0 };
    });
    assert.ok(look.visible, 'widget headings are visible');
    assert.ok(look.fontSize < 32, `heading font-size ${look.fontSize}px must not be blown up by the host`);
    assert.notEqual(look.color, 'rgb(255, 0, 255)', 'host !important colour must not reach the widget');
    // The host's `* { all: unset }` and `section { display: block }` do not undo the tabs: the
    // tab bar shows, and exactly one tab panel (the selected tab's) is on screen.
    const tabs = await page.evaluate(() => {
      const root = document.querySelector('osteo-plan').shadowRoot;
      const shown = (el) => el.getClientRects().length > 0;
      return {
        bar: shown(root.querySelector('[role=tablist]')),
        selected: root.querySelector('[role=tab][aria-selected=true]')?.getAttribute('aria-controls'),
        panels: [...root.querySelectorAll('[role=tabpanel]')].filter(shown).map((p) => p.id),
      };
    });
    assert.ok(tabs.bar, 'the tab bar is on screen');
    assert.deepEqual(tabs.panels, [tabs.selected], 'one tab panel on screen, the selected one');
    await assertNoProblems(page);
  });
});
