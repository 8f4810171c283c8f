// `make bench`: prints bundle size (raw, gzip, Brotli; per file and per visit, lib/size.mjs) and runs every
// `*.bench.mjs` module beside this file. Each module default-exports `async (ctx) => void`
// and prints its own figures; ctx.core is the final wasm loaded in Node, ctx.report(label,
// value) prints an aligned line. Timings are reported, not asserted.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { BEFORE, BUDGET_GZIP_BYTES, LANGS, fileSize, visitSize, visitSizeBefore, kb } from '../lib/size.mjs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..', '..');
const www = join(repo, 'www');

const sizes = (s) => `${kb(s.raw).padStart(9)} raw ${kb(s.gzip).padStart(9)} gzip ${kb(s.brotli).padStart(9)} br`;
const report = (label, value) => console.log(`  ${label.padEnd(52)} ${value}`);

async function main() {
  console.log('Bundle size (www/pkg/, what <osteo-plan> loads; budget counts gzip):');
  const visits = LANGS.map(visitSize);
  const files = [...new Set(visits.flatMap((v) => v.files.map((f) => f.file)))].sort();
  for (const file of files) {
    report(file, sizes(fileSize(file)));
    if (BEFORE.files[file]) report(`  ${BEFORE.label}`, sizes(BEFORE.files[file]));
  }
  for (const v of visits) {
    report(`one visit in ${v.lang}: osteo-plan.js, strings-${v.lang}.js, wasm`, sizes(v.total));
    report(`  ${BEFORE.label}`, sizes(visitSizeBefore(v.lang).total));
  }
  const worst = Math.max(...visits.map((v) => v.total.gzip));
  const over = worst - BUDGET_GZIP_BYTES;
  report(`budget ${kb(BUDGET_GZIP_BYTES)} gzip (larger visit)`, over > 0 ? `OVER by ${kb(over)}` : `within (${kb(-over)} to spare)`);
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
