// The clinical corrections of issue #12 as a person sees them, in English and Spanish, in
// Chromium and Firefox ESR: a fall-risk plan walks at a comfortable pace and says why; the
// calculator says "below the adequate intake" for potassium and vitamin K without alarm,
// carries the potassium caveat beside the target, the supplement and the suggestions, names the
// ESCEO set for what it covers and says when the DRI is shown instead, and tells that PRAL
// leaves supplements out.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, openPage, assertNoProblems, waitFor, useBrowser } from './lib/harness.mjs';
import { startPlannerServer, inRoot, waitForWidget, readFindings, makePlan } from './lib/widget.mjs';

const TEXT = {
  en: {
    submit: /^Make/,
    g3: /comfortable pace/,
    walk: 'Walk at a comfortable pace',
    belowAi: 'Below the adequate intake',
    belowTarget: 'Below target',
    kidney: /kidneys do not work well/,
    refset: 'Bone health after menopause (ESCEO 2014)',
    notCovered: /women after menopause/,
    pral: /PRAL counts foods only, not supplements/,
    reason: /not for everyone/,
    towel: /in front of you to your upper chest/,
  },
  es: {
    submit: /^Crear/,
    g3: /paso cómodo/,
    walk: 'Caminata a paso cómodo',
    belowAi: 'Por debajo de la ingesta adecuada',
    belowTarget: 'Por debajo del objetivo',
    kidney: /sus riñones no funcionan bien/,
    refset: 'Salud ósea después de la menopausia (ESCEO 2014)',
    notCovered: /mujeres después de la menopausia/,
    pral: /El PRAL solo cuenta los alimentos/,
    reason: /no es para todas las personas/,
    towel: /por delante hasta la parte alta del pecho/,
  },
};

/** Runs `fn(root, arg)` with the calculator fixture's shadow root. */
function inCalc(page, fn, arg) {
  // eslint-disable-next-line no-new-func
  return page.evaluate(new Function('arg', `return (${fn})(document.getElementById('host').shadowRoot, arg);`), arg);
}

async function openCalc(env, lang, profile, intake) {
  const page = await openPage(env.browser, { width: 1280, height: 900 });
  const params = new URLSearchParams({ lang, profile: JSON.stringify(profile), intake: JSON.stringify(intake) });
  await page.goto(`${env.server.url}fixtures/calc-view.html?${params}`);
  await waitFor(page, () => window.calcReady === true);
  return page;
}

for (const name of BROWSERS) {
  describe(`clinical wording in ${name}`, () => {
    const env = useBrowser(name, startPlannerServer);

    for (const lang of ['en', 'es']) {
      const T = TEXT[lang];

      test(`${lang}: a fall-risk plan walks at a comfortable pace and the G3 finding says so`, async () => {
        const page = await openPage(env.browser);
        await page.goto(env.server.url);
        await waitForWidget(page);
        await page.evaluate((l) => document.querySelector('osteo-plan').setAttribute('lang', l), lang);
        await waitFor(page, (re) => new RegExp(re).test(document.querySelector('osteo-plan').shadowRoot
          .querySelector('form button[type=submit]').textContent), T.submit.source);
        await inRoot(page, (root) => {
          const box = root.querySelector('input[name=flag][value=fallRisk]');
          box.checked = true;
          box.dispatchEvent(new Event('change', { bubbles: true }));
        });
        await makePlan(page);
        const g3 = (await readFindings(page)).filter((f) => f.rule === 'G3');
        assert.ok(g3.some((f) => T.g3.test(f.text)), g3.map((f) => f.text).join(' | '));
        // Open a workout with an aerobic part: the walk is the comfortable-pace one, named in the language.
        await inRoot(page, (root) => root.querySelector('li.session[data-kind=aerobic]').closest('.workout').querySelector('.open').click());
        await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('li.exercise'));
        const walk = await inRoot(page, (root) => root.querySelector('li.exercise[data-exercise=comfortable-walk]')?.textContent
          ?? [...root.querySelectorAll('li.exercise')].map((e) => e.dataset.exercise).join(','));
        assert.ok(walk.includes(T.walk), walk);
        assert.equal(await inRoot(page, (root) => root.querySelector('li.exercise[data-exercise=brisk-walk]') !== null), false);
        assertNoProblems(page);
        await page.close();
      });

      test(`${lang}: the towel pull-down cue brings the towel down in front`, async () => {
        // The calculator fixture loads the core the way the shell does; the cue comes from it.
        const page = await openCalc(env, lang, { age: 62, sex: 'female', weightKg: 68 }, { entries: [] });
        const cue = await page.evaluate(async (l) => {
          const core = await import('/pkg/osteoplan.js');
          const ex = core.getExercise('towel-pulldown');
          return l === 'es' ? ex.cueEs : ex.cueEn;
        }, lang);
        assert.match(cue, T.towel);
        await page.close();
      });

      test(`${lang}: adequate intakes read "below the adequate intake", with the potassium caveat everywhere it applies`, async () => {
        const page = await openCalc(env, lang, { age: 62, sex: 'female', weightKg: 68 }, {
          entries: [{ supplement: 'potassium', amount: 99, unit: 'mg', per: 'day' }],
          referenceSet: 'us-dri',
          gapNutrient: 'potassium',
        });
        await waitFor(page, () => document.getElementById('host').shadowRoot.querySelector('[data-testid=status-potassium]'));
        const shown = await inCalc(page, (root) => ({
          potassium: root.querySelector('[data-testid=status-potassium]')?.textContent,
          potassiumClass: root.querySelector('[data-testid=status-potassium]')?.className,
          vitaminK: root.querySelector('[data-testid=status-vitaminK]')?.textContent,
          calcium: root.querySelector('[data-testid=status-calcium]')?.textContent,
          potassiumRow: root.querySelector('li.nutrient[data-nutrient=potassium]')?.textContent,
          supplementNote: root.querySelector('[data-testid=potassium-supplement-note]')?.textContent,
          pral: root.querySelector('[data-testid=pral-supplements]')?.textContent,
          refset: [...root.querySelectorAll('option')].find((o) => o.value === 'bone-ai')?.textContent,
        }));
        assert.equal(shown.potassium, T.belowAi);
        assert.equal(shown.potassiumClass, 'status below-ai');
        assert.equal(shown.vitaminK, T.belowAi);
        assert.equal(shown.calcium, T.belowTarget, 'an RDA keeps "below target"');
        assert.match(shown.potassiumRow, T.kidney);
        assert.match(shown.supplementNote ?? '', T.kidney);
        assert.match(shown.pral ?? '', T.pral);
        assert.equal(shown.refset, T.refset);
        // Beside potassium suggestions.
        await waitFor(page, () => document.getElementById('host').shadowRoot.querySelector('.suggestions > li'));
        const reasons = await inCalc(page, (root) => [...root.querySelectorAll('.suggestions > li')].map((li) => li.textContent));
        assert.ok(reasons.length > 0 && reasons.every((r) => T.reason.test(r)), reasons.join(' | '));
        // In the supplement form, when potassium is picked.
        const form = await inCalc(page, (root) => {
          const select = root.querySelector('select[name=supplement]');
          const note = root.querySelector('[data-testid=potassium-supplement-form-note]');
          select.value = 'calcium';
          select.dispatchEvent(new Event('change'));
          const hiddenForCalcium = note.hidden;
          select.value = 'potassium';
          select.dispatchEvent(new Event('change'));
          return { hiddenForCalcium, shownForPotassium: !note.hidden, text: note.textContent };
        });
        assert.deepEqual([form.hiddenForCalcium, form.shownForPotassium], [true, true]);
        assert.match(form.text, T.kidney);
        assertNoProblems(page);
        await page.close();
      });

      test(`${lang}: the ESCEO set says when it shows the DRI instead`, async () => {
        const young = await openCalc(env, lang, { age: 40, sex: 'female', weightKg: 60 }, { entries: [], referenceSet: 'bone-ai' });
        await waitFor(young, () => document.getElementById('host').shadowRoot.querySelector('li.nutrient'));
        const note = await inCalc(young, (root) => root.querySelector('[data-testid=esceo-not-covered]')?.textContent ?? '');
        assert.match(note, T.notCovered);
        await young.close();
        const covered = await openCalc(env, lang, { age: 62, sex: 'female', weightKg: 60 }, { entries: [], referenceSet: 'bone-ai' });
        await waitFor(covered, () => document.getElementById('host').shadowRoot.querySelector('li.nutrient'));
        assert.equal(await inCalc(covered, (root) => root.querySelector('[data-testid=esceo-not-covered]')), null);
        assertNoProblems(covered);
        await covered.close();
      });
    }
  });
}
