// A trap in the wasm core (a fault of the browser's wasm engine, or a bug that would panic)
// leaves that instance unusable. The element keeps the person's data in JS, so a fresh
// instance of the compiled module takes over, gets the food table again, and the call is made
// once more: the person's action happens and nothing is lost. A call that traps in the fresh
// instance too is refused with a message (code CORE_FAULT), changes nothing, and the next
// action works. Chromium and Firefox ESR.
//
// The trap is injected before any script runs: every instance the page makes is counted, and
// its exports are wrapped so that the export named in `window.trap.next` throws a
// WebAssembly.RuntimeError (what a trap throws) and, from then on, every call into that
// instance does, as after a real trap.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, openPage, assertNoProblems, waitFor, useBrowser } from './lib/harness.mjs';

/** The warning each injected trap leaves (lib/harness.mjs counts it as a problem otherwise). */
const INJECTED = [/^core trap: osteoplan: the wasm core trapped in \w+ \(injected trap\)/];
import { startPlannerServer, waitForWidget, makePlan, readWeek, readFindings, waitForFinding, inRoot, w1BreakingMove, dragWorkout, showTab } from './lib/widget.mjs';
import { addFood, typeSearch } from './lib/journey.mjs';

function injectTraps() {
  const trap = (window.trap = { next: null, instances: 0, trapped: [], calls: {} });
  const Original = WebAssembly.Instance;
  const wrap = (exports) => {
    let poisoned = false;
    const out = {};
    for (const [name, value] of Object.entries(exports)) {
      out[name] = typeof value !== 'function' ? value : (...args) => {
        trap.calls[name] = (trap.calls[name] ?? 0) + 1;
        if (!poisoned && trap.next?.name === name && trap.next.times > 0) {
          trap.next.times -= 1;
          trap.trapped.push(name);
          poisoned = true;
        }
        if (poisoned) throw new WebAssembly.RuntimeError('injected trap');
        return value(...args);
      };
    }
    return out;
  };
  class Counted extends Original {
    #exports;
    constructor(module, imports) {
      super(module, imports);
      trap.instances += 1;
      this.#exports = wrap(super.exports);
    }
    get exports() { return this.#exports; }
  }
  WebAssembly.Instance = Counted;
  const streaming = WebAssembly.instantiateStreaming;
  WebAssembly.instantiateStreaming = async (source, imports) => {
    const { module } = await streaming(source, imports);
    return { module, instance: new Counted(module, imports) };
  };
}

const plan = (page) => page.evaluate(() => document.querySelector('osteo-plan').data.plan);
const trapState = (page) => page.evaluate(() => ({ instances: window.trap.instances, trapped: window.trap.trapped }));
const idsOn = (p, day) => p.weeks[0].days.find((d) => d.day === day)?.sessions.map((s) => s.id) ?? [];

for (const name of BROWSERS) {
  describe(`a trap in the wasm core in ${name}`, () => {
    const env = useBrowser(name, startPlannerServer);

    async function open() {
      const page = await openPage(env.browser);
      await page.evaluateOnNewDocument(injectTraps);
      page.warnings = [];
      page.on('console', (msg) => { if (/^warn/.test(msg.type())) page.warnings.push(msg.text()); });
      await page.goto(env.server.url);
      await waitForWidget(page);
      // The engine's warm-up calls each planning function once while the page is idle, ending with
      // progressPlan; a trap armed before it ends could be spent there instead of on the test's call.
      await waitFor(page, () => window.trap.calls.progressPlan > 0);
      return page;
    }

    async function plannedMove(page) {
      await makePlan(page);
      const move = w1BreakingMove(await readWeek(page));
      assert.ok(move, 'the plan has two strength days to move');
      return move;
    }

    /** A planned move whose moveWorkout traps in both instances: the move, the plan before, the alert shown. */
    async function refusedMove(page) {
      const move = await plannedMove(page);
      const before = await plan(page);
      await page.evaluate(() => { window.trap.next = { name: 'moveWorkout', times: 2 }; });
      await dragWorkout(page, move);
      const alert = await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('p.error[role=alert]')?.textContent);
      return { move, before, alert };
    }

    test('a trap while moving a workout: a fresh instance makes the move, the plan and its checks carry on', async () => {
      const page = await open();
      const move = await plannedMove(page);
      const before = await plan(page);
      assert.deepEqual(await trapState(page), { instances: 1, trapped: [] });
      await page.evaluate(() => { window.trap.next = { name: 'moveWorkout', times: 1 }; });
      await dragWorkout(page, move);
      await waitFor(page, (m) => document.querySelector('osteo-plan').data.plan.weeks[0].days
        .find((d) => d.day === m.toDay)?.sessions[0]?.id === m.first, { ...move, first: idsOn(before, move.fromDay)[0] });
      assert.deepEqual(await trapState(page), { instances: 2, trapped: ['moveWorkout'] }, 'one trap, one fresh instance');
      const after = await plan(page);
      assert.deepEqual(idsOn(after, move.toDay), idsOn(before, move.fromDay), 'the workout moved');
      assert.equal(after.weeks.length, 12, 'the whole plan is kept');
      // The move's check ran in the fresh instance: the two strength days in a row are reported.
      await waitForFinding(page, 'W1');
      assert.ok((await readFindings(page)).some((f) => f.rule === 'W1' && f.scope !== 'plan'), 'the moved week is checked');
      assert.equal(await inRoot(page, (root) => root.querySelector('p.error[role=alert]')?.textContent ?? null), null, 'no error shown');
      assert.equal(page.warnings.filter((w) => /trapped in moveWorkout \(injected trap\); a fresh instance takes over/.test(w)).length, 1, page.warnings.join('\n'));
      assertNoProblems(page, INJECTED);
      await page.close();
    });

    test('a trap while adding a food: the food is added, and the fresh instance has the food table', async () => {
      const page = await open();
      await showTab(page, 'food');
      assert.equal(await addFood(page, { query: 'milk' }), 1);
      await page.evaluate(() => { window.trap.next = { name: 'analyzeIntake', times: 1 }; });
      assert.equal(await addFood(page, { query: 'kale' }), 2, 'the second food is added');
      assert.deepEqual(await trapState(page), { instances: 2, trapped: ['analyzeIntake'] });
      const entries = await page.evaluate(() => document.querySelector('osteo-plan').data.intake.entries.length);
      assert.equal(entries, 2, 'both foods are in the saved intake');
      assert.match(await inRoot(page, (root) => root.querySelector('.calc').textContent), /Calcium/, 'the results are shown');
      // A search after the trap answers: the table was handed to the fresh instance.
      await typeSearch(page, 'salmon');
      await waitFor(page, () => [...document.querySelector('osteo-plan').shadowRoot.querySelectorAll('[role=option]')].some((o) => /salmon/i.test(o.textContent)));
      assert.equal((await trapState(page)).instances, 2, 'no further trap');
      assertNoProblems(page, INJECTED);
      await page.close();
    });

    test('a trap in the fresh instance too: the move is refused with a message, nothing changes, the next try works', async () => {
      const page = await open();
      const { move, before, alert } = await refusedMove(page);
      // Said for people (the engine's own words, "injected trap", stay on the Error for developers).
      assert.equal(alert, 'That change could not be made: The calculation failed in this browser. Nothing was changed; please try again.');
      assert.deepEqual(await plan(page), before, 'the plan is unchanged');
      assert.deepEqual(await trapState(page), { instances: 3, trapped: ['moveWorkout', 'moveWorkout'] });
      await dragWorkout(page, move);
      await waitFor(page, (m) => document.querySelector('osteo-plan').data.plan.weeks[0].days
        .find((d) => d.day === m.toDay)?.sessions[0]?.id === m.first, { ...move, first: idsOn(before, move.fromDay)[0] });
      assert.equal((await trapState(page)).instances, 3);
      // A third instance stood ready after the second trap: no call found a trapped instance again.
      assert.equal(page.warnings.filter((w) => /trapped/.test(w)).length, 1, page.warnings.join('\n'));
      assertNoProblems(page, INJECTED);
      await page.close();
    });

    test('a trap in both instances while checking a moved plan: the move stands, and its announcement counts no findings it has not got', async () => {
      const page = await open();
      const move = await plannedMove(page);
      const before = await plan(page);
      // The plan checker runs right after the move is painted; both of its tries trap.
      await page.evaluate(() => { window.trap.next = { name: 'checkPlan', times: 2 }; });
      await dragWorkout(page, move);
      await waitFor(page, () => window.trap.trapped.length === 2);
      assert.deepEqual(await trapState(page), { instances: 3, trapped: ['checkPlan', 'checkPlan'] });
      const after = await plan(page);
      assert.deepEqual(idsOn(after, move.toDay), idsOn(before, move.fromDay), 'the workout moved');
      await waitFor(page, () => /^The workouts? /.test(document.querySelector('osteo-plan').shadowRoot.querySelector('.wrap > [aria-live=polite]').textContent));
      const said = await inRoot(page, (root) => root.querySelector('.wrap > [aria-live=polite]').textContent);
      assert.match(said, /^The workouts? [^.]+\.$/, `the move is announced without a count: ${said}`);
      // The redraw asks the third instance, which checks the plan.
      await waitForFinding(page, 'W1');
      assertNoProblems(page, INJECTED);
      await page.close();
    });

    test('in Spanish, a failed change is explained in Spanish, by its code (no English engine message)', async () => {
      const page = await open();
      await page.evaluate(() => document.querySelector('osteo-plan').setAttribute('lang', 'es'));
      await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('h2')?.textContent === 'Sobre usted');
      const { before, alert } = await refusedMove(page);
      assert.equal(alert, 'No se pudo hacer ese cambio: El cálculo falló en este navegador. No se cambió nada; inténtelo de nuevo.');
      assert.deepEqual(await plan(page), before, 'the plan is unchanged');
      assertNoProblems(page, INJECTED);
      await page.close();
    });
  });
}
