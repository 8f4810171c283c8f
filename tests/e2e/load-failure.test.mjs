// A host that uploaded only part of the widget: a missing strings file or wasm is a message a
// person can act on, in the page's language, never a blank box or a half-drawn one; a failed
// language switch keeps the widget working in the language it had; once the file is there,
// the next attempt succeeds without a reload. Chromium and Firefox ESR.
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BROWSERS, REPO, openPage, assertNoProblems, waitFor, useBrowser } from './lib/harness.mjs';
import { inRoot } from './lib/widget.mjs';
import { serve } from '../../tools/serve.mjs';
import { visitFiles } from './lib/size.mjs';

const PKG = join(REPO, 'www', 'pkg');
const root = mkdtempSync(join(tmpdir(), 'osteoplan-partial-'));
after(() => rmSync(root, { recursive: true, force: true }));

/** A folder with the built widget minus `missing`, and a page in `lang` that loads it. */
function site(name, missing) {
  const dir = join(root, name);
  for (const f of new Set([...visitFiles('en'), ...visitFiles('es')])) if (f !== missing) cpSync(join(PKG, f), join(dir, f));
  for (const lang of ['en', 'es']) {
    writeFileSync(join(dir, `${lang}.html`), `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>partial</title>
<script type="module" src="osteo-plan.js"></script></head><body><osteo-plan storage="none"></osteo-plan></body></html>`);
  }
  return dir;
}
const noSpanish = site('no-spanish', 'strings-es.js');
const noWasm = site('no-wasm', 'osteoplan_bg.wasm');

const alertText = (page) => page.evaluate(() => document.querySelector('osteo-plan').shadowRoot.querySelector('p.error[role=alert]')?.textContent ?? null);
const heading = (page) => page.evaluate(() => document.querySelector('osteo-plan').shadowRoot.querySelector('h2')?.textContent ?? null);
// The browser logs the 404 itself, and the element logs why it could not load.
const EXPECTED = [/^console.error: osteoplan could not load: /, /404|Not Found|Failed to load resource|disallowed MIME type/i];

for (const name of BROWSERS) {
  describe(`a partly uploaded widget in ${name}`, () => {
    const env = useBrowser(name, () => serve(root));

    test('missing Spanish strings: the Spanish page says so in Spanish; switching to English then works', async () => {
      const page = await openPage(env.browser);
      await page.goto(`${env.server.url}no-spanish/es.html`);
      const text = await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('p.error[role=alert]')?.textContent);
      assert.equal(text, 'El planificador no pudo cargarse. Vuelva a cargar la página.');
      await page.evaluate(() => document.querySelector('osteo-plan').setAttribute('lang', 'en'));
      await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('h2')?.textContent === 'About you');
      assert.equal(await alertText(page), null);
      assertNoProblems(page, EXPECTED);
      await page.close();
    });

    test('a failed switch to Spanish keeps the English widget working, says so, and the next switch succeeds', async () => {
      // Its own folder: this test puts strings-es.js back.
      const dir = site(`switch-later-${name}`, 'strings-es.js');
      const page = await openPage(env.browser);
      await page.goto(`${env.server.url}switch-later-${name}/en.html`);
      await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('h2')?.textContent === 'About you');
      await page.evaluate(() => document.querySelector('osteo-plan').setAttribute('lang', 'es'));
      // The widget says, in the language it has, that the switch failed.
      const notice = await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('[data-testid=switch-failed]')?.textContent);
      assert.equal(notice, 'The Spanish version could not load, so the planner stays in English. Please try again later.');
      assert.equal(await page.evaluate(() => document.querySelector('osteo-plan').shadowRoot.querySelector('[data-testid=switch-failed]').closest('[role=alert]') !== null), true);
      assert.equal(await heading(page), 'About you');
      // It still works: "Make my 12-week plan" stores the plan and draws its first week, in English.
      await inRoot(page, (root) => root.querySelector('form button[type=submit]').click());
      const week = await waitFor(page, () => {
        const root = document.querySelector('osteo-plan').shadowRoot;
        const days = root.querySelectorAll('ol.week li.day');
        return days.length === 7 ? root.querySelector('[data-testid=week-heading]')?.textContent : null;
      }, undefined, 5000);
      assert.equal(week, 'Week 1 of 12');
      assert.equal(await page.evaluate(() => document.querySelector('osteo-plan').data.plan?.weeks?.length), 12);
      assert.equal(await inRoot(page, (root) => root.querySelectorAll('ol.week li.session').length > 0), true);
      assert.equal(await inRoot(page, (root) => root.querySelector('section[part=schedule] h2').textContent), 'Weekly schedule');
      // Once the file is there, the next switch succeeds without a reload, and the plan stays.
      cpSync(join(PKG, 'strings-es.js'), join(dir, 'strings-es.js'));
      await page.evaluate(() => document.querySelector('osteo-plan').setAttribute('lang', 'en'));
      await page.evaluate(() => document.querySelector('osteo-plan').setAttribute('lang', 'es'));
      await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('h2')?.textContent === 'Sobre usted');
      assert.equal(await inRoot(page, (root) => root.querySelector('[data-testid=switch-failed]')), null);
      assert.match(await inRoot(page, (root) => root.querySelector('[data-testid=week-heading]').textContent), /^Semana 1 de 12/);
      assert.equal(await page.evaluate(() => document.querySelector('osteo-plan').data.plan?.weeks?.length), 12);
      assertNoProblems(page, EXPECTED);
      await page.close();
    });

    for (const lang of ['en', 'es']) {
      test(`missing wasm: the ${lang} page shows the load failure in ${lang}`, async () => {
        const page = await openPage(env.browser);
        await page.goto(`${env.server.url}no-wasm/${lang}.html`);
        const text = await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('p.error[role=alert]')?.textContent);
        assert.equal(text, lang === 'en' ? 'The planner could not load. Please reload the page.' : 'El planificador no pudo cargarse. Vuelva a cargar la página.');
        assert.equal(await page.evaluate(() => document.querySelector('osteo-plan').shadowRoot.querySelectorAll('section').length), 0);
        assertNoProblems(page, EXPECTED);
        await page.close();
      });
    }
  });
}
