// Export → import loses nothing: varied states built through the real engine (profiles, plans
// with workouts moved and logged, swaps and progression, intakes with portions, weights,
// per-week entries and supplements, workout preferences) plus foods and a supplement added
// through the widget's own forms are loaded,
// downloaded with "Download my data", loaded into a fresh element, and compared: `data` deep
// equal, and what a person sees the same. Seeded, so a failure names its case. Chromium and Firefox ESR.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BROWSERS, launch, openPage, assertNoProblems, waitFor, settled } from './lib/harness.mjs';
import { startPlannerServer, inRoot, waitForWidget, recordDownloads, takeDownloads } from './lib/widget.mjs';
import { importFile, addFood, addSupplement } from './lib/journey.mjs';

const SEEDS = (process.env.ROUNDTRIP_SEEDS ?? '11,23,37,41,59,73').split(',').map(Number);

/** Runs in the page: a random but valid state, built with the engine the widget uses. */
async function buildState(seed) {
  const core = await (await import('/pkg/osteo-plan.js')).loadCore();
  let s = seed;
  const rnd = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  const availableDays = DAYS.filter(() => rnd() < 0.6);
  if (availableDays.length === 0) availableDays.push(pick(DAYS));
  const profile = {
    age: 40 + Math.floor(rnd() * 50), sex: pick(['female', 'male']), weightKg: Math.round((45 + rnd() * 60) * 10) / 10,
    availableDays, minutesPerSession: pick([20, 30, 45, 60, 90]),
    equipment: ['bands', 'dumbbells', 'gym'].filter(() => rnd() < 0.5), fitnessLevel: pick(['beginner', 'intermediate', 'advanced']),
    jointPain: Math.floor(rnd() * 11),
    boneMetastases: false, vertebralFracture: rnd() < 0.2, multipleFractures: rnd() < 0.1, osteoporosis: rnd() < 0.3, fallRisk: rnd() < 0.2, lymphedema: rnd() < 0.2,
  };
  const deload = rnd() < 0.5;
  let plan = core.generatePlan(profile, deload ? { deloadEvery: 4 } : {});
  const edits = { move: 0, swap: 0, log: 0, progress: 0 };
  const refused = { move: 0, swap: 0, log: 0, progress: 0 };
  const somewhere = () => {
    const week = plan.weeks[Math.floor(rnd() * Math.min(3, plan.weeks.length))];
    const days = week.days.filter((d) => d.sessions.length);
    if (!days.length) return null;
    const day = pick(days);
    const sessionIndex = Math.floor(rnd() * day.sessions.length);
    return { week: week.index, day: day.day, sessionIndex, session: day.sessions[sessionIndex], sessions: day.sessions };
  };
  for (let i = 0, n = 2 + Math.floor(rnd() * 8); i < n; i++) {
    const at = somewhere();
    if (!at) continue;
    const op = pick(['move', 'swap', 'log', 'log', 'progress']);
    try {
      if (op === 'move') {
        // A whole workout moves (onto a training day, the two swap), as the Move button does.
        plan = core.moveWorkout(plan, { week: at.week, fromDay: at.day, toDay: pick(DAYS) });
      } else if (op === 'swap') {
        const exerciseIndex = Math.floor(rnd() * at.session.exercises.length);
        const alts = core.alternatives(profile, at.session.exercises[exerciseIndex].exerciseId);
        if (!alts.length) continue;
        plan = core.swapExercise(plan, { week: at.week, day: at.day, sessionIndex: at.sessionIndex, exerciseIndex, allWeeks: rnd() < 0.5 }, pick(alts).id);
      } else if (op === 'log') {
        // The whole workout is logged, one result per exercise, as the log form does.
        const ids = [...new Set(at.sessions.flatMap((x) => x.exercises.map((e) => e.exerciseId)))];
        plan = core.logWorkout(plan, {
          week: at.week, day: at.day, done: true,
          effort: Math.floor(rnd() * 11), pain: Math.floor(rnd() * 11),
          results: ids.map((exerciseId) => ({ exerciseId, reps: Math.floor(rnd() * 15), load: rnd() < 0.5 ? null : Math.round(rnd() * 400) / 10 })),
        });
      } else {
        plan = core.progressPlan(profile, plan);
      }
      edits[op]++;
    } catch (err) {
      // An edit the engine refuses with its own code leaves the plan as it was; anything else
      // (a crash, a wrong argument shape) fails the test.
      if (err?.code !== 'INVALID_EDIT') throw err;
      refused[op]++;
    }
  }
  plan.findings = core.checkPlan(profile, plan);

  const entries = [];
  for (const query of ['milk', 'yogurt', 'kale', 'salmon', 'tofu', 'almonds', 'bread', 'cheese', 'orange', 'beans'].filter(() => rnd() < 0.5)) {
    const hits = core.searchFoods(query, 5, 'en');
    if (!hits.length) continue;
    const food = core.getFood(pick(hits).id);
    const per = pick(['day', 'week']);
    const entry = food.portions?.length && rnd() < 0.6
      ? { foodId: food.id, portion: pick(food.portions).label, servings: pick([0.5, 1, 2, 3]), per }
      : { foodId: food.id, grams: Math.round(rnd() * 3000) / 10 + 1, per };
    try {
      core.analyzeIntake(profile, [...entries, entry], { referenceSet: 'us-dri' });
      entries.push(entry);
    } catch (err) {
      // A food row the engine refuses with its own code (none is expected); anything else fails.
      if (!['INVALID_ENTRY', 'UNKNOWN_PORTION'].includes(err?.code)) throw err;
    }
  }
  if (rnd() < 0.5) entries.push({ supplement: 'vitaminD', amount: pick([10, 25, 50]), unit: 'ug', per: pick(['day', 'week']) });
  if (rnd() < 0.5) entries.push({ supplement: 'calcium', amount: pick([250, 500]), unit: 'mg', per: 'day' });
  const intake = {
    entries,
    referenceSet: pick(['us-dri', 'bone-ai', 'efsa', 'uk']),
    filters: pick([{}, { vegan: true }, { dairyFree: true, lowSodium: true }]),
    gapNutrient: pick(['calcium', 'vitaminD', 'protein']),
  };
  const month = 1 + Math.floor(rnd() * 12);
  const startDate = rnd() < 0.8 ? `2026-${String(month).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}` : null;
  const preferences = { restSeconds: pick([30, 45, 60, 90, 120]), alert: rnd() < 0.5 };
  return {
    state: { format: 'osteoplan', version: 1, coreVersion: core.version(), profile, planOptions: { deload }, startDate, plan, intake, preferences },
    attrs: { lang: pick(['en', 'es']), units: pick(['metric', 'us']), 'week-start': pick(['mon', 'sun']) },
    edits,
    refused,
    viaForms: rnd() < 0.7,
  };
}

/**
 * What a person sees: the profile's one-line summary, then every form value in the widget with
 * the profile opened for editing (as "Edit" shows it), the shown week, Today, the list and the results.
 */
function seen(page) {
  return inRoot(page, (root) => {
    const summary = root.querySelector('[data-testid=profile-summary]')?.textContent ?? null;
    root.querySelector('[data-focus=p-edit]')?.click();
    const out = {
      summary,
      inputs: [...root.querySelectorAll('input, select')].filter((x) => x.type !== 'file' && !x.closest('[role=combobox], form.add-food, form.supplement'))
        .map((x) => `${x.name || x.id}=${x.type === 'checkbox' || x.type === 'radio' ? x.checked : x.value}`),
      week: root.querySelector('[data-testid=week-heading]')?.textContent ?? null,
      days: [...root.querySelectorAll('li.day')].map((d) => d.textContent),
      today: root.querySelector('[part~=today]').textContent,
      entries: [...root.querySelectorAll('.entries > li .entry-name')].map((e) => e.textContent),
      values: [...root.querySelectorAll('[data-testid^=value-]')].map((e) => e.textContent),
    };
    root.querySelector('[data-focus=p-done]')?.click();
    return out;
  });
}

for (const name of BROWSERS) {
  describe(`export → import round trip in ${name}`, () => {
    let server, browser, dir;
    before(async () => {
      server = await startPlannerServer();
      browser = await launch(name);
      dir = mkdtempSync(join(tmpdir(), 'osteoplan-roundtrip-'));
    });
    after(async () => {
      await browser?.close();
      await server?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    async function widget(attrs) {
      const page = await openPage(browser);
      await page.goto(server.url);
      await waitForWidget(page);
      await page.evaluate((a) => {
        const el = document.querySelector('osteo-plan');
        for (const [k, v] of Object.entries(a)) el.setAttribute(k, v);
      }, attrs);
      await recordDownloads(page);
      return page;
    }
    const data = (page) => page.evaluate(() => document.querySelector('osteo-plan').data);
    const loaded = async (page) => {
      await waitFor(page, () => /loaded from the file|cargaron desde el archivo/.test(document.querySelector('osteo-plan').shadowRoot.querySelector('[data-testid=data-status]').textContent));
      await settled(page);
    };
    async function exportFile(page) {
      await inRoot(page, (root) => root.querySelector('[data-focus=export]').click());
      const [file] = await takeDownloads(page);
      assert.match(file.name, /^osteoplan-\d{4}-\d{2}-\d{2}\.json$/);
      return file.text;
    }

    for (const seed of SEEDS) {
      test(`seed ${seed}: a built state survives import, forms, export and import into a fresh element`, async () => {
        const first = await widget({});
        const { state, attrs, edits, refused, viaForms } = await first.evaluate(buildState, seed);
        await first.evaluate((a) => {
          const el = document.querySelector('osteo-plan');
          for (const [k, v] of Object.entries(a)) el.setAttribute(k, v);
        }, attrs);
        const label = `seed ${seed} (${JSON.stringify({ attrs, edits, refused, entries: state.intake.entries.length, viaForms })})`;

        await importFile(first, dir, JSON.stringify(state));
        await loaded(first);
        assert.deepEqual(await data(first), state, `${label}: importing a hand-built state is lossless`);

        if (viaForms) {
          await addFood(first, { query: 'milk', portion: seed % 3, amount: 2, per: seed % 2 ? 'week' : 'day' });
          await addFood(first, { query: attrs.lang === 'es' ? 'queso' : 'cheese', pick: 1, portion: 'weight', amount: 30 + (seed % 50) });
          await addSupplement(first, { nutrient: 'vitaminD', amount: 15 + (seed % 10), per: 'week' });
        }
        const before = await data(first);
        const file = await exportFile(first);
        assert.deepEqual(JSON.parse(file), before, `${label}: the file is the element's data`);
        const shownBefore = await seen(first);
        assert.equal(shownBefore.entries.length, before.intake.entries.length, `${label}: every entry is listed`);
        assert.equal(shownBefore.days.length, 7, `${label}: the plan's week is shown`);
        assert.ok(shownBefore.summary, `${label}: the profile shows as its summary`);
        assert.ok(shownBefore.inputs.some((x) => x.startsWith(`age=${before.profile.age}`)), `${label}: Edit shows the profile's answers`);
        assert.ok(shownBefore.values.length > 0, `${label}: nutrient results are shown`);

        const second = await widget(attrs);
        await importFile(second, dir, file);
        await loaded(second);
        assert.deepEqual(await data(second), before, `${label}: data deep-equal after the round trip`);
        assert.deepEqual(await seen(second), shownBefore, `${label}: the same values are shown`);
        assert.equal(await exportFile(second), file, `${label}: exporting again gives the same file`);
        assertNoProblems(first);
        assertNoProblems(second);
        await first.close();
        await second.close();
      });
    }
  });
}
