// Accessibility and fit of the whole widget (profile, schedule, data; the calculator as it is):
// axe-core finds no WCAG 2.2 AA violation in English and Spanish, light and dark, with a plan,
// an open session and open alternatives; no horizontal scroll at 320 px or at 200 % zoom;
// focus is visible. Screenshots (phone 360 px and desktop 1280 px, en and es, one with
// keyboard focus) go to tests/e2e/artifacts/. Chromium and Firefox ESR.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, openPage, assertNoProblems, waitFor, screenshot, useBrowser } from './lib/harness.mjs';
import { startPlannerServer, inRoot, waitForWidget, makePlan, axe, formatViolations, overflowing, tabUntil } from './lib/widget.mjs';

/** Opens a workout and the alternatives of its first exercise. */
async function openEverything(page) {
  await inRoot(page, (root) => {
    const card = root.querySelector('li.session[data-kind=resistance]')?.closest('.workout') ?? root.querySelector('.workout');
    card.querySelector('.open').click();
  });
  await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('.detail'));
  await inRoot(page, (root) => root.querySelector('.detail [data-focus^=swap-]')?.click());
  await inRoot(page, (root) => root.querySelector('details')?.setAttribute('open', ''));
}

for (const name of BROWSERS) {
  describe(`accessibility and fit in ${name}`, () => {
    const env = useBrowser(name, startPlannerServer);

    for (const lang of ['en', 'es']) {
      test(`axe finds no WCAG 2.2 AA violation (${lang}) before and after making a plan`, async () => {
        const page = await openPage(env.browser);
        await page.goto(env.server.url);
        await page.evaluate((l) => document.querySelector('osteo-plan').setAttribute('lang', l), lang);
        await waitFor(page, (l) => document.querySelector('osteo-plan').shadowRoot?.querySelector('form button[type=submit]')
          ?.textContent.startsWith(l === 'es' ? 'Crear' : 'Make'), lang);
        let violations = await axe(page);
        assert.equal(violations.length, 0, formatViolations(violations));
        await makePlan(page);
        await openEverything(page);
        violations = await axe(page);
        assert.equal(violations.length, 0, formatViolations(violations));
        if (name === 'chromium') await screenshot(page, `widget-desktop-${lang}`);
        assertNoProblems(page);
        await page.close();
      });
    }

    if (name === 'chromium') {
      test('axe finds no violation in dark mode, and dark mode really is dark', async () => {
        const page = await openPage(env.browser);
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }, { name: 'prefers-reduced-motion', value: 'reduce' }]);
        await page.goto(env.server.url);
        await waitForWidget(page);
        await makePlan(page);
        await openEverything(page);
        const bg = await inRoot(page, (root) => getComputedStyle(root.querySelector('.wrap')).backgroundColor);
        assert.equal(bg, 'rgb(20, 24, 29)');
        const violations = await axe(page);
        assert.equal(violations.length, 0, formatViolations(violations));
        await screenshot(page, 'widget-desktop-dark');
        assertNoProblems(page);
        await page.close();
      });
    }

    for (const [width, label] of [[320, '320 px'], [640, '200 % zoom of a 1280 px window']]) {
      test(`no horizontal scroll at ${label}, with a plan and an open session`, async () => {
        const page = await openPage(env.browser, { width, height: 800 });
        await page.goto(env.server.url);
        await waitForWidget(page);
        assert.deepEqual(await overflowing(page), []);
        await makePlan(page);
        await openEverything(page);
        assert.deepEqual(await overflowing(page), []);
        assertNoProblems(page);
        await page.close();
      });
    }

    test('keyboard focus is clearly visible (3 px outline) on buttons and inputs', async () => {
      const page = await openPage(env.browser, { width: 360, height: 780 });
      await page.goto(env.server.url);
      await page.evaluate(() => document.querySelector('osteo-plan').setAttribute('lang', 'es'));
      await waitForWidget(page);
      await makePlan(page);
      await page.focus('body');
      const f = await tabUntil(page, (x) => x.key?.startsWith('move-'));
      assert.match(f.text, /^Mover/);
      const ring = await inRoot(page, (root) => {
        const s = getComputedStyle(root.activeElement);
        return { style: s.outlineStyle, width: s.outlineWidth };
      });
      assert.equal(ring.style, 'solid');
      assert.equal(ring.width, '3px');
      if (name === 'chromium') {
        await inRoot(page, (root) => root.activeElement.scrollIntoView({ block: 'center' }));
        await page.screenshot({ path: new URL('./artifacts/widget-phone-es-focus.png', import.meta.url).pathname });
      }
      assertNoProblems(page);
      await page.close();
    });

    if (name === 'chromium') {
      test('phone screenshots (360 px) in English and Spanish', async () => {
        for (const lang of ['en', 'es']) {
          const page = await openPage(env.browser, { width: 360, height: 780 });
          await page.goto(env.server.url);
          await page.evaluate((l) => document.querySelector('osteo-plan').setAttribute('lang', l), lang);
          await waitForWidget(page);
          await makePlan(page);
          await openEverything(page);
          assert.deepEqual(await overflowing(page), []);
          await screenshot(page, `widget-phone-${lang}`);
          assertNoProblems(page);
          await page.close();
        }
      });
    }
  });
}
