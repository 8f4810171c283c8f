// Every calculator string exists in English and Spanish, with the same placeholders, and every
// key the view asks for (literally or as a family such as `nutrient.<id>`) is there. Runs in
// Node (no browser); loads the final wasm to get the nutrient ids the core really uses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO } from './lib/harness.mjs';

const www = join(REPO, 'www');
const load = async (rel) => (await import(pathToFileURL(join(www, rel)).href)).default;
const en = await load('i18n/en/calculator.js');
const es = await load('i18n/es/calculator.js');
// The view is www/views/calculator.js plus its section modules in www/views/calculator/.
const views = join(www, 'views');
const source = [join(views, 'calculator.js'), ...readdirSync(join(views, 'calculator')).map((f) => join(views, 'calculator', f))]
  .map((file) => readFileSync(file, 'utf8')).join('\n');
const placeholders = (s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('english_and_spanish_have_the_same_keys_and_placeholders', () => {
  assert.deepEqual(Object.keys(es).sort(), Object.keys(en).sort());
  for (const [key, text] of Object.entries(en)) {
    assert.ok(text.trim(), `en ${key} is empty`);
    assert.ok(es[key].trim(), `es ${key} is empty`);
    assert.deepEqual(placeholders(es[key]), placeholders(text), `placeholders differ for ${key}`);
  }
});

test('every_literal_key_the_view_uses_has_a_string', () => {
  const used = new Set([...source.matchAll(/'((?:calc|nutrient|unit)\.[\w.µ-]+)'/g)].map((m) => m[1]));
  assert.ok(used.size > 50, `found only ${used.size} keys: the pattern no longer matches the view`);
  const missing = [...used].filter((k) => !(k in en));
  assert.deepEqual(missing, []);
});

test('every_key_family_the_view_builds_is_complete', async () => {
  const pkg = pathToFileURL(join(www, 'pkg', 'osteoplan.js')).href;
  const core = await import(pkg);
  await core.default({ module_or_path: readFileSync(join(www, 'pkg', 'osteoplan_bg.wasm')) });
  const nutrients = core.nutrientIds();
  assert.equal(nutrients.length, 14);
  const families = {
    nutrient: nutrients.map((n) => n.id),
    unit: [...new Set(nutrients.map((n) => n.unit)), 'IU', 'oz'],
    'calc.status': ['below', 'meets', 'above'],
    'calc.refset': ['us-dri', 'bone-ai', 'efsa', 'uk'],
    'calc.filter': ['dairyFree', 'vegan', 'vegetarian', 'fishFree', 'lowSodium'],
    'calc.kind': ['RDA', 'AI', 'PRI', 'RNI', 'GUIDELINE'],
    'calc.sex': ['female', 'male'],
    // Rule ids of the nutrient engine's warnings (src/nutrients/analysis.rs).
    'calc.warning': ['calcium-above-ul-with-supplements', 'calcium-above-ul', 'vitamin-d-above-ul', 'zinc-above-ul',
      'magnesium-supplements-above-ul', 'phosphorus-above-ul', 'sodium-above-cdrr'],
  };
  for (const [family, ids] of Object.entries(families)) {
    for (const id of ids) assert.ok(`${family}.${id}` in en, `missing ${family}.${id}`);
  }
});

test('no_string_is_left_unused', () => {
  const families = ['nutrient.', 'unit.', 'calc.status.', 'calc.refset.', 'calc.filter.', 'calc.kind.', 'calc.sex.', 'calc.warning.'];
  const unused = Object.keys(en).filter((k) => k !== 'calculatorHeading'
    && !families.some((f) => k.startsWith(f)) && !source.includes(`'${k}'`));
  assert.deepEqual(unused, []);
});
