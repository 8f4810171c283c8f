// Exercise figures in the browser: every exercise's SVG (animated and still, English and
// Spanish) parses as SVG; the figures show in the session detail, the swap alternatives and the
// printed week; reduced motion shows the key poses side by side; at 320 px the figure stays at
// least 120 px tall; under the strict CSP an open session with figures causes no violation;
// the guided Today workout shows each exercise's figure, under the CSP too; bad options throw
// stable codes. Chromium and Firefox ESR.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, openPage, assertNoProblems, waitFor, screenshot, useBrowser } from './lib/harness.mjs';
import { startPlannerServer, inRoot, waitForWidget, makePlan } from './lib/widget.mjs';

/** Opens the first workout with a strength part (else the first) and the alternatives of its first exercise. */
async function openSession(page) {
  await inRoot(page, (root) => {
    const card = root.querySelector('li.session[data-kind=resistance]')?.closest('.workout') ?? root.querySelector('.workout');
    card.querySelector('.open').click();
  });
  await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('.detail li.exercise'));
  await inRoot(page, (root) => root.querySelector('.detail [data-focus^=swap-]')?.click());
}

/** What the figures on screen look like. */
function readFigures(page) {
  return inRoot(page, (root) => {
    const look = (svg) => svg && ({
      height: svg.getBoundingClientRect().height,
      animated: svg.querySelectorAll('animateTransform').length,
      poses: svg.querySelectorAll('.fig-body').length,
      title: svg.querySelector('title')?.textContent ?? null,
      hidden: svg.getAttribute('aria-hidden'),
    });
    return {
      detail: [...root.querySelectorAll('.detail li.exercise')].map((li) => ({ name: li.querySelector('h5').textContent, figure: look(li.querySelector('svg.figure')) })),
      alternatives: [...root.querySelectorAll('.detail .alternatives button')].map((b) => ({ text: b.textContent, figure: look(b.querySelector('svg.figure-small')) })),
      print: [...root.querySelectorAll('.print-sheet tbody tr')].filter((tr) => tr.cells.length > 2).map((tr) => look(tr.querySelector('svg.figure-print'))),
    };
  });
}

for (const name of BROWSERS) {
  describe(`exercise figures in ${name}`, () => {
    const env = useBrowser(name, startPlannerServer);

    test('every exercise\'s figure parses as SVG, animated and still, in English and Spanish', async () => {
      const page = await openPage(env.browser);
      await page.goto(env.server.url);
      await waitForWidget(page);
      const result = await page.evaluate(async () => {
        const core = await (await import('/pkg/osteo-plan.js')).loadCore();
        const bad = [];
        let count = 0;
        for (const { id, nameEs } of core.listExercises()) {
          for (const [lang, animate] of [['en', true], ['es', false]]) {
            const doc = new DOMParser().parseFromString(core.exerciseFigure(id, { lang, animate }), 'image/svg+xml');
            const svg = doc.documentElement;
            const ok = !doc.getElementsByTagName('parsererror').length && svg.localName === 'svg'
              && svg.namespaceURI === 'http://www.w3.org/2000/svg' && svg.viewBox.baseVal.height > 0
              && (lang === 'en' || svg.querySelector('title').textContent === nameEs)
              && svg.querySelectorAll('.fig-body').length === (animate ? 1 : svg.querySelectorAll('.fig-body').length)
              && (animate ? svg.querySelectorAll('animateTransform').length > 0 : svg.querySelectorAll('.fig-body').length >= 2);
            if (!ok) bad.push(`${id} ${lang}`);
            count++;
          }
        }
        return { bad, count };
      });
      assert.deepEqual(result.bad, []);
      assert.ok(result.count >= 90, `${result.count} figures`);
      assertNoProblems(page);
      await page.close();
    });

    test('bad ids and options throw stable codes', async () => {
      const page = await openPage(env.browser);
      await page.goto(env.server.url);
      await waitForWidget(page);
      const codes = await page.evaluate(async () => {
        const core = await (await import('/pkg/osteo-plan.js')).loadCore();
        const code = (fn) => { try { fn(); return 'no error'; } catch (e) { return `${e.name}:${e.code}`; } };
        return [
          code(() => core.exerciseFigure('no-such-exercise')),
          code(() => core.exerciseFigure('plank', { lang: 'fr' })),
          code(() => core.exerciseFigure('plank', { animate: 'yes' })),
          code(() => core.exerciseFigure('plank', { speed: 2 })),
          code(() => core.exerciseFigure('plank', [])),
          code(() => core.exerciseFigure(42)),
          code(() => core.exerciseFigure('plank', null)),
        ];
      });
      const messages = await page.evaluate(async () => {
        const core = await (await import('/pkg/osteo-plan.js')).loadCore();
        const message = (options) => { try { core.exerciseFigure('plank', options); } catch (e) { return e.message; } return 'no error'; };
        return [message({ animate: 'yes' }), message({ lang: 'fr' })];
      });
      const both = '\\(`lang`: "en" or "es"; `animate`: true or false\\)\\.$';
      assert.match(messages[0], new RegExp(`^These options cannot be used: invalid type: string "yes", expected a boolean ${both}`));
      assert.match(messages[1], new RegExp(`^These options cannot be used: unknown language ${both}`));
      assert.deepEqual(codes, [
        'OsteoplanError:UNKNOWN_EXERCISE', 'OsteoplanError:INVALID_OPTIONS', 'OsteoplanError:INVALID_OPTIONS',
        'OsteoplanError:INVALID_OPTIONS', 'OsteoplanError:INVALID_OPTIONS', 'OsteoplanError:INVALID_INPUT', 'no error',
      ]);
      assertNoProblems(page);
      await page.close();
    });

    test('figures show in the session detail, the swap alternatives (small) and the printed week (still)', async () => {
      const page = await openPage(env.browser);
      await page.goto(env.server.url);
      await waitForWidget(page);
      await makePlan(page);
      await openSession(page);
      const look = await readFigures(page);
      assert.ok(look.detail.length >= 1);
      for (const ex of look.detail) {
        assert.ok(ex.figure, `${ex.name} has a figure`);
        assert.equal(ex.figure.title, ex.name, 'the figure is named after the exercise');
        assert.ok(ex.figure.animated > 0 && ex.figure.poses === 1, 'animated, one scene');
        assert.ok(ex.figure.height >= 120, `${ex.figure.height} px tall`);
      }
      assert.ok(look.alternatives.length >= 1, 'the first exercise has alternatives');
      for (const alt of look.alternatives) {
        assert.ok(alt.figure, `${alt.text} has a small figure`);
        assert.equal(alt.figure.hidden, 'true', 'decorative: the button says the name');
        assert.ok(alt.figure.height >= 40 && alt.figure.height < 120, `${alt.figure.height} px`);
        assert.match(alt.text, /\S/);
        assert.ok(!alt.text.includes(alt.figure.title ?? '\u0000'), 'no figure text in the button');
      }
      // The printed week is drawn when the page is about to print, not on every edit.
      assert.equal(look.print.length, 0, 'no print sheet drawn before printing');
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      look.print = (await readFigures(page)).print;
      assert.ok(look.print.length >= 3);
      for (const fig of look.print) assert.ok(fig && fig.animated === 0 && fig.poses >= 2, 'still, key poses side by side');
      if (name === 'chromium') await screenshot(page, 'figures-detail');
      assertNoProblems(page);
      await page.close();
    });

    test('at 320 px the detail figure stays at least 120 px tall and nothing scrolls sideways', async () => {
      const page = await openPage(env.browser, { width: 320, height: 800 });
      await page.goto(env.server.url);
      await waitForWidget(page);
      await makePlan(page);
      await openSession(page);
      const look = await readFigures(page);
      for (const ex of look.detail) assert.ok(ex.figure.height >= 120, `${ex.name}: ${ex.figure.height} px`);
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(scroll <= 0, `scrolls ${scroll} px sideways`);
      if (name === 'chromium') await screenshot(page, 'figures-320');
      assertNoProblems(page);
      await page.close();
    });

    if (name === 'chromium') {
      test('prefers-reduced-motion: no animation, the key poses side by side', async () => {
        const page = await openPage(env.browser);
        await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
        await page.goto(env.server.url);
        await waitForWidget(page);
        await makePlan(page);
        await openSession(page);
        const look = await readFigures(page);
        for (const ex of [...look.detail, ...look.alternatives]) {
          assert.ok(ex.figure.animated === 0 && ex.figure.poses >= 2, JSON.stringify(ex));
        }
        assertNoProblems(page);
        await page.close();
      });
    }

    test('under the strict CSP an open session with figures and alternatives causes no violation', async () => {
      const page = await openPage(env.browser);
      await page.goto(`${env.server.url}fixtures/csp/index.html`);
      await waitForWidget(page);
      await makePlan(page);
      await openSession(page);
      const look = await readFigures(page);
      assert.ok(look.detail.every((ex) => ex.figure?.animated > 0), 'figures drawn under the CSP');
      await new Promise((r) => setTimeout(r, 300));
      assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
      assertNoProblems(page);
      await page.close();
    });

    test('the guided Today workout shows each exercise\'s figure, animated, under the strict CSP', async () => {
      const page = await openPage(env.browser, { width: 360, height: 800 });
      await page.goto(`${env.server.url}fixtures/csp/index.html`);
      await waitForWidget(page);
      await makePlan(page);
      await inRoot(page, (root) => root.querySelector('[role=tab][data-tab=today]').click());
      await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('[data-focus=start-workout]'));
      await inRoot(page, (root) => root.querySelector('[data-focus=start-workout]').click());
      const seen = [];
      for (let i = 0; i < 3; i++) {
        seen.push(await inRoot(page, (root) => {
          const box = root.querySelector('[data-testid=guided]');
          const svg = box.querySelector('svg.figure');
          return { id: box.dataset.exercise, animated: svg?.querySelectorAll('animateTransform').length ?? 0, height: svg?.getBoundingClientRect().height ?? 0, title: svg?.querySelector('title')?.textContent ?? null };
        }));
        await inRoot(page, (root) => root.querySelector('[data-focus=g-next]').click());
      }
      assert.equal(new Set(seen.map((x) => x.id)).size, 3, 'three different exercises');
      for (const f of seen) {
        assert.ok(f.animated > 0, `${f.id}: an animated figure`);
        assert.ok(f.height >= 120, `${f.id}: ${f.height} px tall at 360 px`);
        assert.equal(f.title, null, `${f.id}: the name is the heading, the figure is decorative`);
      }
      await new Promise((r) => setTimeout(r, 300));
      assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
      assertNoProblems(page);
      await page.close();
    });
  });
}
