// The size budget (issue: hardening): everything <osteo-plan> loads, food data included,
// must stay within 120 KB gzip. Reads the final files in www/ (after `make bundle`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundleSizes } from './bench/bench.mjs';

export const BUDGET_GZIP_BYTES = 120 * 1024;

test('the widget stays within 120 KB gzip, food data included', () => {
  const { rows, total } = bundleSizes();
  assert.ok(rows.some((r) => r.file === 'pkg/osteoplan_bg.wasm'), 'the final wasm must be built first (make bundle)');
  assert.ok(total.gzip <= BUDGET_GZIP_BYTES,
    `bundle is ${(total.gzip / 1024).toFixed(1)} KB gzip, budget ${BUDGET_GZIP_BYTES / 1024} KB:\n` +
    rows.map((r) => `${r.file} ${(r.gzip / 1024).toFixed(1)} KB`).join('\n'));
});
