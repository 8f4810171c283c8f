// The npm package (`make dist` → dist/npm/, tools/package.mjs), tested as a web team would use
// it, offline: `npm pack`, install the tarball into a throwaway project, type-check a consumer
// file with `tsc --noEmit` (and check that a wrong use fails to type-check), validate
// custom-elements.json against the Custom Elements Manifest schema, and load the installed
// element in a browser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO, launch, openPage, waitFor, assertNoProblems } from './lib/harness.mjs';
import { buildPackage, crateVersion, PACKAGE_FILES } from '../../tools/package.mjs';
import { serve } from '../../tools/serve.mjs';

const require = createRequire(import.meta.url);
const work = mkdtempSync(join(tmpdir(), 'osteoplan-npm-'));
const pkgDir = join(work, 'package');
const consumer = join(work, 'consumer');
let files;
after(() => rmSync(work, { recursive: true, force: true }));

before(() => {
  files = buildPackage(pkgDir);
  const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' } });
  const tarball = npm(['pack', '--pack-destination', work, '--silent'], pkgDir).trim().split('\n').at(-1);
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  npm(['install', '--offline', '--ignore-scripts', '--no-package-lock', join(work, tarball)], consumer);
});

const TSCONFIG = {
  compilerOptions: {
    target: 'es2022', module: 'esnext', moduleResolution: 'bundler', lib: ['es2022', 'dom'],
    strict: true, noEmit: true, skipLibCheck: false, noUnusedLocals: false,
  },
};

/** Runs tsc once over `sources` ({ fileName: text }) in the consumer project; returns { ok, output }. */
function typeCheck(sources) {
  for (const [name, text] of Object.entries(sources)) writeFileSync(join(consumer, name), text);
  writeFileSync(join(consumer, 'tsconfig.json'), JSON.stringify({ ...TSCONFIG, files: Object.keys(sources) }));
  const tsc = require.resolve('typescript/bin/tsc');
  const run = spawnSync(process.execPath, [tsc, '-p', consumer], { encoding: 'utf8' });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

test('the tarball installs and holds the element, its files, types, manifest and licences', () => {
  const installed = join(consumer, 'node_modules', 'osteoplan');
  const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  assert.equal(pkg.name, 'osteoplan');
  assert.equal(pkg.version, crateVersion());
  assert.equal(pkg.license, 'MIT OR Apache-2.0');
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.equal(pkg.types, './osteo-plan.d.ts');
  assert.deepEqual(pkg.exports['.'], { types: './osteo-plan.d.ts', default: './osteo-plan.js' });
  assert.deepEqual(readdirSync(installed).sort(), files);
  for (const f of PACKAGE_FILES) assert.deepEqual(readFileSync(join(installed, f)), readFileSync(join(REPO, 'www', 'pkg', f)), f);
});

test('a consumer file that creates the element, listens to osteoplan-change and calls the core type-checks', () => {
  const { ok, output } = typeCheck({ 'consumer.ts': `
import { loadCore, loadFoods, OsteoPlan, type OsteoPlanChangeDetail } from 'osteoplan';

const el = document.createElement('osteo-plan');
const sameClass: OsteoPlan = el;
el.setAttribute('lang', 'es');
el.setAttribute('units', 'us');
el.setAttribute('week-start', 'sun');
el.setAttribute('sections', 'schedule calculator');
el.setAttribute('storage', 'local');
document.body.append(sameClass);

el.addEventListener('osteoplan-change', (event) => {
  const detail: OsteoPlanChangeDetail = event.detail;
  switch (detail.what) {
    case 'plan': {
      const weeks: number = detail.value?.weeks.length ?? 0;
      console.log(weeks);
      break;
    }
    case 'startDate': {
      const date: string | null = detail.value;
      console.log(date);
      break;
    }
    case 'all': {
      const format: 'osteoplan' = detail.value.format;
      console.log(format, el.data.version);
      break;
    }
    default:
      console.log(detail.what);
  }
});
document.addEventListener('osteoplan-change', (event) => console.log(event.detail.what));

const core = await loadCore();
const plan = core.generatePlan({ age: 62, sex: 'female', availableDays: ['mon', 'wed', 'fri'], minutesPerSession: 40,
  equipment: ['bands'], fitnessLevel: 'beginner', jointPain: 0 }, { weeks: 12 });
const findings = core.checkPlan({ age: 62, availableDays: ['mon'], minutesPerSession: 30, equipment: [], fitnessLevel: 'beginner' }, plan);
console.log(findings.map((f) => f.ruleId), core.planningRules().length);
const withFoods = await loadFoods();
const milk: string = withFoods.searchFoods('milk', 5, 'en')[0].name;
console.log(milk, withFoods.getFood('01077').per100g.calcium);
` });
  assert.ok(ok, output);
});

test('the types are real: wrong attribute values, event details and core calls do not type-check', () => {
  const wrong = [
    ["document.createElement('osteo-plan').setAttribute('units', 'imperial');", 'an attribute value outside its union'],
    ["document.createElement('osteo-plan').addEventListener('osteoplan-change', (e) => { const n: number = e.detail.what; });", 'detail.what as a number'],
    ["const d: string = document.createElement('osteo-plan').data.plan;", 'data.plan as a string'],
    ["import { loadCore } from 'osteoplan'; const c = await loadCore(); c.searchFoods(42, 5, 'en');", 'a number as the search query'],
    ["import { loadCore } from 'osteoplan'; const c = await loadCore(); c.initSync({ module: new Uint8Array() });", 'the glue\'s own init, which loadCore does not give'],
  ];
  const sources = Object.fromEntries(wrong.map(([source], i) => [`wrong-${i}.ts`, `import 'osteoplan';\n${source}\nexport {};\n`]));
  const { ok, output } = typeCheck(sources);
  assert.equal(ok, false);
  wrong.forEach(([, what], i) => assert.match(output, new RegExp(`wrong-${i}\\.ts\\(2,\\d+\\): error TS`), `${what} should not type-check`));
});

test('custom-elements.json is valid against the Custom Elements Manifest schema and describes the element', async () => {
  const Ajv = (await import('ajv')).default;
  const schema = JSON.parse(readFileSync(require.resolve('custom-elements-manifest/schema.json'), 'utf8'));
  const manifest = JSON.parse(readFileSync(join(consumer, 'node_modules', 'osteoplan', 'custom-elements.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false });
  const valid = ajv.validate(schema, manifest);
  assert.ok(valid, JSON.stringify(ajv.errors, null, 2));
  const mod = manifest.modules.find((m) => m.path === 'osteo-plan.js');
  const element = mod.declarations.find((d) => d.tagName === 'osteo-plan');
  assert.equal(element.name, 'OsteoPlan');
  assert.deepEqual(element.attributes.map((a) => a.name), ['lang', 'units', 'week-start', 'sections', 'storage']);
  assert.deepEqual(element.events.map((e) => e.name), ['osteoplan-change']);
  assert.ok(element.cssParts.some((p) => p.name === 'session'));
  assert.ok(element.cssProperties.some((p) => p.name === '--osteo-accent'));
  assert.equal(element.slots.length, 1);
  assert.ok(mod.exports.some((e) => e.kind === 'custom-element-definition' && e.name === 'osteo-plan'));
  // The element's own source lists the same attributes it observes.
  const source = readFileSync(join(REPO, 'www', 'osteo-plan.js'), 'utf8');
  const observed = JSON.parse(source.match(/static observedAttributes = (\[[^\]]*\])/)[1].replaceAll("'", '"'));
  assert.deepEqual(element.attributes.map((a) => a.name), observed);
});

test('the installed element runs in Chromium from the package folder', async () => {
  const installed = join(consumer, 'node_modules', 'osteoplan');
  writeFileSync(join(installed, 'index.html'), '<!doctype html><html lang="en"><title>npm</title><link rel="icon" href="data:,"><script type="module" src="osteo-plan.js"></script><osteo-plan sections="schedule"></osteo-plan>');
  const server = await serve(installed);
  const browser = await launch('chromium');
  try {
    const page = await openPage(browser);
    const requests = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}index.html`);
    await waitFor(page, () => document.querySelector('osteo-plan')?.shadowRoot?.querySelector('section[part=schedule]:not([hidden])'));
    assert.deepEqual(requests.sort(), ['/index.html', '/osteo-plan.js', '/osteoplan_bg.wasm', '/strings-en.js'].sort());
    assertNoProblems(page);
    await page.close();
  } finally {
    await browser.close();
    await server.close();
  }
});
