// Bad input from JavaScript, in real browsers, through every exported function (corpus in
// fixtures/bad-inputs.js): an Error with a stable code and a readable message every time, no
// trap, and the same module answering correctly afterwards.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, openPage, assertNoProblems, useBrowser } from './lib/harness.mjs';

for (const name of BROWSERS) {
  describe(`bad input in ${name}`, () => {
    const env = useBrowser(name);

    test('every bad input is a coded Error and the module keeps answering', async () => {
      const page = await openPage(env.browser);
      await page.goto(`${env.server.url}fixtures/two.html`);
      const report = await page.evaluate(async () => {
        const { SPEC, CODES, genericBadValues } = await import('/fixtures/bad-inputs.js');
        // The module as the widget ships it: the glue inside the minified bundle, with the
        // food table loaded as the calculator loads it.
        const core = await (await import('/pkg/osteo-plan.js')).loadFoods();
        const exported = Object.keys(core).filter((k) => typeof core[k] === 'function' && k !== 'default' && k !== 'initSync');
        const results = { cases: 0, failures: [], unspecified: exported.filter((k) => !(k in SPEC) && k !== 'version') };
        const run = (fn, args, expectCode, label) => {
          results.cases++;
          try {
            const value = core[fn](...args);
            if (expectCode !== null) results.failures.push(`${label}: returned ${JSON.stringify(value)?.slice(0, 80)} instead of throwing`);
          } catch (e) {
            if (expectCode === null) results.failures.push(`${label}: threw ${e?.code} ${e?.message}`);
            else if (!(e instanceof Error)) results.failures.push(`${label}: threw a non-Error ${String(e).slice(0, 80)}`);
            else if (!CODES.includes(e.code)) results.failures.push(`${label}: code ${e.code} (${e.message})`);
            else if (expectCode !== '*' && e.code !== expectCode) results.failures.push(`${label}: code ${e.code}, expected ${expectCode}`);
            else if (!e.message || e.message.length > 400 || /unreachable|RuntimeError|panicked/i.test(e.message)) results.failures.push(`${label}: message "${e.message.slice(0, 120)}"`);
          }
          // The module must still answer correctly after every case.
          const { args: goodArgs, check } = SPEC[fn].good;
          const good = core[fn](...goodArgs);
          if (!check(good)) results.failures.push(`${label}: good call afterwards answered ${JSON.stringify(good)?.slice(0, 80)}`);
        };
        for (const [fn, spec] of Object.entries(SPEC)) {
          for (const pos of spec.args) {
            for (const [label, bad] of genericBadValues()) {
              const args = [...spec.good.args];
              args[pos] = bad;
              const ok = spec.accepts?.[pos]?.includes(label);
              run(fn, args, ok ? null : '*', `${fn} arg ${pos} = ${label}`);
            }
          }
          for (const [args, code] of spec.specific ?? []) run(fn, args, code, `${fn}(${JSON.stringify(args).slice(0, 60)})`);
        }
        return results;
      });
      assert.deepEqual(report.failures, []);
      assert.deepEqual(report.unspecified, [], 'every exported function needs a bad-input spec');
      assert.ok(report.cases >= 20, `ran ${report.cases} cases`);
      console.log(`# ${name}: ${report.cases} bad-input cases`);
      assertNoProblems(page);
      await page.close();
    });
  });
}
