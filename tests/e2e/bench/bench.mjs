// `make bench`: prints bundle size (raw and gzip, per file and total) and runs every
// `*.bench.mjs` module beside this file. Each module default-exports `async (ctx) => void`
// and prints its own figures; ctx.core is the final wasm loaded in Node, ctx.report(label,
// value) prints an aligned line. Timings are reported, not asserted.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..', '..');
const www = join(repo, 'www');

/** Everything the widget loads at run time (the demo page's own files excluded). */
export function widgetFiles() {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(js|wasm|css)$/.test(name) && !name.endsWith('.d.ts') && name !== 'demo.css') files.push(path);
    }
  };
  walk(www);
  return files;
}

/** Sizes of the widget's files: [{ file, raw, gzip }] and totals. */
export function bundleSizes() {
  const rows = widgetFiles().map((path) => {
    const bytes = readFileSync(path);
    return { file: relative(www, path), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip }), { raw: 0, gzip: 0 });
  return { rows, total };
}

/** The budget from the hardening issue: everything the widget loads, food data included. */
export const BUDGET_GZIP_BYTES = 120 * 1024;

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const report = (label, value) => console.log(`  ${label.padEnd(52)} ${value}`);

async function main() {
  console.log('Bundle size (www/, what <osteo-plan> loads):');
  const { rows, total } = bundleSizes();
  for (const r of rows) report(r.file, `${kb(r.raw).padStart(10)} raw ${kb(r.gzip).padStart(10)} gzip`);
  report('total', `${kb(total.raw).padStart(10)} raw ${kb(total.gzip).padStart(10)} gzip`);
  const over = total.gzip - BUDGET_GZIP_BYTES;
  report(`budget ${kb(BUDGET_GZIP_BYTES)} gzip`, over > 0 ? `OVER by ${kb(over)}` : `within (${kb(-over)} to spare)`);
  if (over > 0) process.exitCode = 1;

  const init = (await import(pathToFileURL(join(www, 'pkg', 'osteoplan.js')).href)).default;
  const core = await import(pathToFileURL(join(www, 'pkg', 'osteoplan.js')).href);
  await init({ module_or_path: readFileSync(join(www, 'pkg', 'osteoplan_bg.wasm')) });
  const ctx = { core, repo, report, kb };
  for (const name of readdirSync(here).filter((n) => n.endsWith('.bench.mjs')).sort()) {
    console.log(`\n${name.replace('.bench.mjs', '')}:`);
    await (await import(pathToFileURL(join(here, name)).href)).default(ctx);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
