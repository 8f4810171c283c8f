// The widget's own behaviour around the views: attributes, events, several instances,
// opt-in storage with "delete my data", JSON export and import with version checks.
// Chromium and Firefox ESR.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BROWSERS, launch, openPage, assertNoProblems, waitFor, settled } from './lib/harness.mjs';
import { startPlannerServer, inRoot, waitForWidget, makePlan, recordDownloads, takeDownloads, readWeek, showTab } from './lib/widget.mjs';

const setAge = (page, age, index = 0) => inRoot(page, (root, a) => {
  const input = root.querySelector('input[name=age]');
  input.value = String(a);
  input.dispatchEvent(new Event('change', { bubbles: true }));
}, age, index);

/**
 * The age a person sees: with a plan, the profile is a one-line summary (returned) and "Edit"
 * (pressed here) shows the form; without one, the form is there already.
 */
const shownAge = (page, index = 0) => inRoot(page, (root) => {
  const summary = root.querySelector('[data-testid=profile-summary] p')?.textContent ?? null;
  if (summary) root.querySelector('[data-focus=p-edit]').click();
  return { summary, age: root.querySelector('input[name=age]').value };
}, null, index);

const dataStatus = (page) => inRoot(page, (root) => root.querySelector('[data-testid=data-status]').textContent);

for (const name of BROWSERS) {
  describe(`widget data and attributes in ${name}`, () => {
    let server, browser, dir;
    before(async () => {
      server = await startPlannerServer();
      browser = await launch(name);
      dir = mkdtempSync(join(tmpdir(), 'osteoplan-data-'));
    });
    after(async () => {
      await browser?.close();
      await server?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    async function importFile(page, contents, index = 0) {
      const path = join(dir, `import-${Math.random().toString(36).slice(2)}.json`);
      writeFileSync(path, contents);
      await inRoot(page, (root) => root.querySelector('[data-focus=import]').click(), null, index);
      const input = await page.evaluateHandle((i) => document.querySelectorAll('osteo-plan')[i].shadowRoot.querySelector('input[type=file]'), index);
      await input.asElement().uploadFile(path);
      await input.dispose();
    }

    test('nothing is stored without opt-in; with storage="local" an opt-in keeps data across reloads until "Delete my data"', async () => {
      const page = await openPage(browser);
      await page.goto(`${server.url}fixtures/storage.html`);
      await waitForWidget(page);
      await waitForWidget(page, 1);
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      await waitForWidget(page);
      await waitForWidget(page, 1);
      // storage="none" (second element) offers no opt-in at all.
      assert.equal(await inRoot(page, (root) => root.querySelector('[data-focus=remember]'), null, 1), null);
      await setAge(page, 71);
      await setAge(page, 72, 1);
      assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing stored before opting in');
      await inRoot(page, (root) => root.querySelector('[data-focus=remember]').click());
      await makePlan(page);
      const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('osteoplan:saved')));
      assert.equal(stored.format, 'osteoplan');
      assert.equal(stored.version, 1);
      assert.equal(stored.profile.age, 71);
      assert.equal(stored.plan.weeks.length, 12);
      assert.equal(await page.evaluate(() => localStorage.length), 1, 'only the opted-in element stores');

      await page.reload();
      await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot?.querySelector('ol.week li.day'));
      const back = await shownAge(page);
      assert.match(back.summary ?? '', /^71 years · /, 'the saved profile is summarised');
      assert.equal(back.age, '71');
      assert.equal(await inRoot(page, (root) => root.querySelector('[data-focus=remember]').checked), true);
      assert.deepEqual(await shownAge(page, 1), { summary: null, age: '60' }, 'the other element starts fresh');

      await inRoot(page, (root) => root.querySelector('[data-focus=delete]').click());
      await waitFor(page, () => document.querySelector('osteo-plan').data.plan === null);
      // The Week tab, opened as a person would, has no plan any more.
      await showTab(page, 'week');
      await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('[data-testid=no-plan]'));
      assert.equal(await inRoot(page, (root) => root.querySelector('ol.week')), null);
      assert.equal(await page.evaluate(() => localStorage.getItem('osteoplan:saved')), null);
      assert.match(await dataStatus(page), /deleted from this device/);
      assert.deepEqual(await shownAge(page), { summary: null, age: '60' }, 'the first-use form is back with the defaults');
      assert.equal(await inRoot(page, (root) => root.querySelector('[data-focus=remember]').checked), false);
      await page.reload();
      await waitForWidget(page);
      assert.equal(await inRoot(page, (root) => root.querySelector('ol.week')), null, 'nothing comes back after deleting');
      assertNoProblems(page);
      await page.close();
    });

    test('export then import restores profile, plan, log and intake; newer or foreign files are refused', async () => {
      const page = await openPage(browser);
      await page.goto(server.url);
      await waitForWidget(page);
      await recordDownloads(page);
      await setAge(page, 66);
      await makePlan(page);
      await inRoot(page, (root) => root.querySelector('[data-focus=week-next]').click());
      await inRoot(page, (root) => root.querySelector('[data-focus=export]').click());
      const [file] = await takeDownloads(page);
      const exported = JSON.parse(file.text);
      assert.equal(exported.profile.age, 66);
      exported.intake = { entries: [{ foodId: 'kept-opaque', grams: 100 }], supplements: [], referenceSet: 'us-dri', filters: {} };

      // A fresh page: import restores everything, and the calculator's intake comes back untouched.
      const fresh = await openPage(browser);
      await fresh.goto(server.url);
      await waitForWidget(fresh);
      const events = fresh.evaluate(() => new Promise((resolve) => {
        document.addEventListener('osteoplan-change', (e) => resolve({ what: e.detail.what, composed: e.composed, bubbles: e.bubbles }), { once: true });
      }));
      await importFile(fresh, JSON.stringify(exported));
      await waitFor(fresh, () => document.querySelector('osteo-plan').shadowRoot.querySelector('ol.week li.day'));
      assert.deepEqual(await events, { what: 'all', composed: true, bubbles: true });
      assert.match(await dataStatus(fresh), /loaded from the file/);
      const imported = await shownAge(fresh);
      assert.match(imported.summary ?? '', /^66 years · /);
      assert.equal(imported.age, '66');
      const data = await fresh.evaluate(() => document.querySelector('osteo-plan').data);
      assert.deepEqual(data.plan, exported.plan);
      assert.deepEqual(data.intake, exported.intake);

      // Refusals leave the current data alone and say why. Each refused file holds other data
      // than what is loaded (another profile, intake, start date and plan), so a half-applied
      // import would show; the whole state is compared, not only the plan.
      const before = await fresh.evaluate(() => document.querySelector('osteo-plan').data);
      const other = {
        ...exported,
        profile: { ...exported.profile, age: 41, minutesPerSession: 25 },
        startDate: '2031-03-03',
        planOptions: { deload: !exported.planOptions?.deload },
        plan: { ...exported.plan, weeks: exported.plan.weeks.slice(0, 2), log: [] },
        intake: { entries: [{ foodId: 'other-food', grams: 5 }], supplements: [], referenceSet: 'us-dri', filters: {} },
      };
      assert.notDeepEqual(other.profile, before.profile);
      await importFile(fresh, JSON.stringify({ ...other, version: 99 }));
      await waitFor(fresh, () => /newer version/.test(document.querySelector('osteo-plan').shadowRoot.querySelector('[data-testid=data-status]').textContent));
      await importFile(fresh, JSON.stringify({ hello: 'world', profile: other.profile, plan: other.plan }));
      await waitFor(fresh, () => /not an osteoplan data file/.test(document.querySelector('osteo-plan').shadowRoot.querySelector('[data-testid=data-status]').textContent));
      await importFile(fresh, 'not json at all');
      await waitFor(fresh, () => /could not be read/.test(document.querySelector('osteo-plan').shadowRoot.querySelector('[data-testid=data-status]').textContent));
      await importFile(fresh, JSON.stringify({ ...other, plan: { weeks: 'nope' } }));
      await waitFor(fresh, () => /plan in that file could not be read/.test(document.querySelector('osteo-plan').shadowRoot.querySelector('[data-testid=data-status]').textContent));
      assert.equal(await inRoot(fresh, (root) => root.querySelector('[data-testid=data-status]').getAttribute('role')), 'alert');
      assert.deepEqual(await fresh.evaluate(() => document.querySelector('osteo-plan').data), before, 'a refused file changes nothing');
      // What the person sees did not change either.
      assert.equal((await shownAge(fresh)).age, '66');
      assert.match(await inRoot(fresh, (root) => root.querySelector('[data-testid=week-heading]').textContent), /^Week 1 of 12/);
      assert.equal(await inRoot(fresh, (root) => root.querySelectorAll('ol.week li.day .workout').length),
        before.plan.weeks[0].days.filter((d) => d.sessions.length).length, 'the loaded plan\'s week is still shown');
      assertNoProblems(page);
      assertNoProblems(fresh);
      await page.close();
      await fresh.close();
    });

    test('the engine\'s warm-up while the page is idle (each planning call once, on a throwaway plan) leaves no trace', async () => {
      const page = await openPage(browser);
      await page.evaluateOnNewDocument(() => {
        window.changes = [];
        document.addEventListener('osteoplan-change', (e) => window.changes.push(e.detail.what));
      });
      await page.goto(`${server.url}fixtures/storage.html`);
      await waitForWidget(page);
      // Six idle moments, one call each; wait for well more than that.
      for (let i = 0; i < 10; i++) await settled(page);
      assert.deepEqual(await page.evaluate(() => window.changes), [], 'no change event');
      const data = await page.evaluate(() => document.querySelector('osteo-plan').data);
      assert.equal(data.plan, null, 'no plan');
      assert.equal(await inRoot(page, (root) => root.querySelector('[data-testid=no-plan]')?.textContent ?? null) !== null, true, 'the Week still says there is no plan');
      assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), [], 'nothing stored');
      assertNoProblems(page);
      await page.close();
    });

    test('osteoplan-change bubbles out of the shadow root for profile and plan changes; two widgets stay independent', async () => {
      const page = await openPage(browser);
      await page.goto(`${server.url}fixtures/two.html`);
      await waitForWidget(page);
      await waitForWidget(page, 1);
      await page.evaluate(() => {
        window.changes = [];
        document.body.addEventListener('osteoplan-change', (e) => window.changes.push({ id: e.target.id, what: e.detail.what }));
      });
      await setAge(page, 70);
      await makePlan(page);
      const changes = await page.evaluate(() => window.changes);
      assert.deepEqual(changes.filter((c) => c.what === 'plan'), [{ id: 'a', what: 'plan' }]);
      assert.ok(changes.some((c) => c.id === 'a' && c.what === 'profile'));
      assert.ok(changes.every((c) => c.id === 'a'), 'the other widget did not change');
      assert.equal(await inRoot(page, (root) => root.querySelector('ol.week'), null, 1), null);
      assert.deepEqual(await shownAge(page, 1), { summary: null, age: '60' });
      assert.match((await shownAge(page, 0)).summary ?? '', /^70 years · /);
      // Ids inside the two shadow roots never collide with labels of the other.
      const ids = await page.evaluate(() => [...document.querySelectorAll('osteo-plan')].map((e) => e.shadowRoot.querySelector('input[name=age]').id));
      assert.equal(ids.length, 2);
      assert.notEqual(ids[0], ids[1]);
      assertNoProblems(page);
      await page.close();
    });

    test('without its own lang the widget follows the page language, also when the page switches it', async () => {
      const page = await openPage(browser);
      await page.goto(server.url);
      await waitForWidget(page);
      // Every region's heading and every tab, and what shows in the open Week tab.
      const headings = () => inRoot(page, (root) => ({
        regions: [...root.querySelectorAll('h2')].map((x) => x.textContent),
        tabs: [...root.querySelectorAll('[role=tab]')].map((x) => x.textContent),
        noPlan: root.querySelector('[data-testid=no-plan]').textContent,
      }));
      const en = await headings();
      assert.deepEqual(en.regions, ['About you', 'Today', 'Weekly schedule', 'Food calculator', 'Your data']);
      assert.deepEqual(en.tabs, ['Today', 'Week', 'Food', 'Your data']);
      assert.match(en.noPlan, /^No plan yet/);
      await page.evaluate(() => document.documentElement.setAttribute('lang', 'es-MX'));
      await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('h2').textContent === 'Sobre usted');
      const es = await headings();
      assert.deepEqual(es.regions, ['Sobre usted', 'Hoy', 'Horario semanal', 'Calculadora de alimentos', 'Sus datos']);
      assert.deepEqual(es.tabs, ['Hoy', 'Semana', 'Alimentos', 'Sus datos']);
      assert.doesNotMatch(es.noPlan, /No plan yet/);
      // Its own attribute wins over the page.
      await page.evaluate(() => document.querySelector('osteo-plan').setAttribute('lang', 'en'));
      await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('h2').textContent === 'About you');
      // Its content says which language it is written in (the page says es-MX).
      assert.equal(await inRoot(page, (root) => root.querySelector('.wrap').lang), 'en');
      // A switch whose words are loaded lets the host's frame paint first: that frame still has
      // the old words and language; a later one (the next, unless the browser's next frame comes
      // before the redraw's task) the new.
      const frames = await page.evaluate(() => new Promise((resolve) => {
        const el = document.querySelector('osteo-plan');
        el.setAttribute('lang', 'es');
        const seen = [];
        const look = () => requestAnimationFrame(() => {
          seen.push([el.shadowRoot.querySelector('h2').textContent, el.shadowRoot.querySelector('.wrap').lang]);
          if (seen.at(-1)[0] === 'Sobre usted' || seen.length > 60) resolve(seen);
          else look();
        });
        look();
      }));
      assert.deepEqual(frames[0], ['About you', 'en'], 'the frame of the change has the old words and language');
      assert.deepEqual(frames.at(-1), ['Sobre usted', 'es'], 'then the new');
      // Printing cannot wait for that frame: a print right after a switch is in the new words.
      const printed = await page.evaluate(() => {
        const el = document.querySelector('osteo-plan');
        el.setAttribute('lang', 'en');
        window.dispatchEvent(new Event('beforeprint'));
        return el.shadowRoot.querySelector('h2').textContent;
      });
      assert.equal(printed, 'About you');
      assertNoProblems(page);
      await page.close();
    });

    test('units="us" asks for pounds and stores kilograms; sections="schedule" hides the calculator and the weight question', async () => {
      const page = await openPage(browser);
      await page.goto(server.url);
      await waitForWidget(page);
      await page.evaluate(() => document.querySelector('osteo-plan').setAttribute('units', 'us'));
      await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('label[for$=-weight]')?.textContent === 'Weight (lb)');
      assert.equal(await inRoot(page, (root) => root.querySelector('input[name=weight]').value), '143');
      await inRoot(page, (root) => {
        const input = root.querySelector('input[name=weight]');
        input.value = '154';
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
      const kg = await page.evaluate(() => document.querySelector('osteo-plan').data.profile.weightKg);
      assert.equal(kg, 69.9);
      // Both sections: the Food tab can be opened.
      await showTab(page, 'food');
      assert.equal(await inRoot(page, (root) => root.querySelector('[part~=calculator]').hidden), false);
      await showTab(page, 'week');
      await page.evaluate(() => document.querySelector('osteo-plan').setAttribute('sections', 'schedule'));
      await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('[role=tab][data-tab=food]').hidden);
      const shown = await inRoot(page, (root) => ({
        schedule: !root.querySelector('[part~=schedule]').hidden,
        calculator: !root.querySelector('[part~=calculator]').hidden,
        tabs: [...root.querySelectorAll('[role=tab]')].filter((x) => !x.hidden).map((x) => x.dataset.tab),
        weight: Boolean(root.querySelector('input[name=weight]')),
        safety: Boolean(root.querySelector('fieldset.safety')),
      }));
      assert.deepEqual(shown, { schedule: true, calculator: false, tabs: ['today', 'week', 'data'], weight: false, safety: true });
      // A link to the Food tab opens nothing that is not there.
      await page.evaluate(() => { location.hash = '#osteoplan-food'; });
      await new Promise((r) => setTimeout(r, 100));
      assert.equal(await inRoot(page, (root) => root.querySelector('[part~=calculator]').hidden), true);
      await makePlan(page);
      assert.equal((await readWeek(page)).heading.startsWith('Week 1 of 12'), true);
      assert.equal(await page.evaluate(() => document.querySelector('osteo-plan').data.profile.weightKg), 69.9, 'a hidden question keeps its answer');
      // Calculator only: no planning questions.
      await page.evaluate(() => document.querySelector('osteo-plan').setAttribute('sections', 'calculator'));
      // (With a plan the safety questions are folded into the summary already: wait for the Week to go.)
      await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('[role=tab][data-tab=week]').hidden);
      assert.equal(await inRoot(page, (root) => root.querySelector('fieldset.safety')), null);
      assert.equal(await inRoot(page, (root) => Boolean(root.querySelector('input[name=weight]'))), true);
      assert.equal(await inRoot(page, (root) => root.querySelector('[part~=schedule]').hidden), true);
      assert.equal(await inRoot(page, (root) => root.querySelector('[part~=today]').hidden), true);
      assert.equal(await inRoot(page, (root) => root.querySelector('[part~=calculator]').hidden), false, 'the calculator shows');
      assertNoProblems(page);
      await page.close();
    });
  });
}
