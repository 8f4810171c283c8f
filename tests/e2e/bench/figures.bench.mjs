// Exercise figures: the time to build one figure (exerciseFigure over every exercise, animated
// and still), and the bytes the figures add to the wasm — this build against one made without
// the `figures` Cargo feature through the same wasm-bindgen and wasm-opt steps (gzip level 9,
// as `make dist` ships it). FIGURES_SIZE=0 skips that second build. Reported, never asserted.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { precompress } from '../../../tools/build-dist.mjs';

function time(fn, minMs = 300) {
  for (let i = 0; i < 5; i++) fn();
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < minMs) { fn(); n++; }
  return ((performance.now() - t0) * 1000) / n;
}

/** The release wasm without the figures, built like `make bundle` builds the real one. */
function wasmWithoutFigures(repo) {
  const dir = join(repo, 'target', 'no-figures');
  const run = (cmd, args) => execFileSync(cmd, args, { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
  run('cargo', ['build', '--release', '--target', 'wasm32-unknown-unknown', '-p', 'osteoplan', '--no-default-features', '--target-dir', dir]);
  run('wasm-bindgen', ['--target', 'web', '--out-dir', join(dir, 'pkg'), '--out-name', 'osteoplan', join(dir, 'wasm32-unknown-unknown', 'release', 'osteoplan.wasm')]);
  const wasm = join(dir, 'pkg', 'osteoplan_bg.wasm');
  const flags = (process.env.WASM_OPT_FLAGS ?? '-Oz').split(/\s+/).filter(Boolean);
  run(join(repo, 'tests', 'e2e', 'node_modules', '.bin', 'wasm-opt'), [...flags, wasm, '-o', wasm]);
  return readFileSync(wasm);
}

export default async ({ core, repo, report, kb }) => {
  const ids = core.listExercises().map((e) => e.id);
  let i = 0;
  report(`exerciseFigure, animated (${ids.length} exercises in turn)`, `${time(() => core.exerciseFigure(ids[i++ % ids.length])).toFixed(1)} µs/call`);
  report('exerciseFigure, still (key poses side by side)', `${time(() => core.exerciseFigure(ids[i++ % ids.length], { animate: false })).toFixed(1)} µs/call`);
  const longest = Math.max(...ids.map((id) => core.exerciseFigure(id).length));
  report('largest figure (animated SVG text)', `${kb(longest)}`);
  if (process.env.FIGURES_SIZE === '0') return;
  const gzip = (bytes) => precompress(bytes).gzip.length;
  const withFigures = gzip(readFileSync(join(repo, 'www', 'pkg', 'osteoplan_bg.wasm')));
  const without = gzip(wasmWithoutFigures(repo));
  report('wasm gzip with figures / without', `${kb(withFigures)} / ${kb(without)}`);
  report('figures add to the wasm (gzip; target ≤ 6 KB)', `${kb(withFigures - without)}`);
};
