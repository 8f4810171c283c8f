// The TypeScript declarations wasm-bindgen writes from the Rust types (tsify): no `any` in any
// exported function, and a consumer that calls every function type-checks with `tsc --noEmit`
// (TypeScript pinned in package.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO } from './lib/harness.mjs';

const DTS = join(REPO, 'www', 'pkg', 'osteoplan.d.ts');
const here = join(REPO, 'tests', 'e2e');

/** `export function name(args): result;` lines of the module's own API (not the init glue). */
function exportedFunctions(text) {
  return [...text.matchAll(/^export function (\w+)\((.*)\): (.*);$/gm)]
    .filter(([, name]) => !['initSync', '__wbg_init'].includes(name))
    .map(([line, name]) => ({ line, name }));
}

test('no exported function of osteoplan.d.ts takes or returns any', () => {
  const fns = exportedFunctions(readFileSync(DTS, 'utf8'));
  assert.ok(fns.length >= 25, `found ${fns.length} exported functions`);
  const loose = fns.filter((f) => /\bany\b|\bunknown\b/.test(f.line)).map((f) => f.line);
  assert.deepEqual(loose, []);
});

test('a consumer calling every exported function type-checks', () => {
  const consumer = readFileSync(join(here, 'fixtures', 'types', 'consumer.ts'), 'utf8');
  const missing = exportedFunctions(readFileSync(DTS, 'utf8'))
    .map((f) => f.name)
    .filter((name) => !consumer.includes(`osteoplan.${name}(`));
  assert.deepEqual(missing, [], 'the consumer must call every exported function');
  const tsc = join(here, 'node_modules', 'typescript', 'bin', 'tsc');
  try {
    execFileSync(process.execPath, [tsc, '--noEmit', '-p', join(here, 'fixtures', 'types', 'tsconfig.json')], { encoding: 'utf8' });
  } catch (e) {
    assert.fail(`tsc --noEmit failed:\n${e.stdout}${e.stderr}`);
  }
});
