// `make bench`: prints bundle size (raw, gzip, Brotli; per file and per visit, lib/size.mjs) and runs every
// `*.bench.mjs` module beside this file. Each module default-exports `async (ctx) => void`
// and prints its own figures; ctx.core is the final wasm loaded in Node, ctx.report(label,
// value) prints an aligned line. Timings are reported, not asserted.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { BEFORE, BUDGET_GZIP_BYTES, CEILING_GZIP_BYTES, LANGS, VISITS, fileSize, visitSize, visitSizeBefore, kb } from '../lib/size.mjs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..', '..');
const www = join(repo, 'www');

const sizes = (s) => `${kb(s.raw).padStart(9)} raw ${kb(s.gzip).padStart(9)} gzip ${kb(s.brotli).padStart(9)} br`;
const report = (label, value) => console.log(`  ${label.padEnd(52)} ${value}`);

async function main() {
  console.log('Bundle size (www/pkg/, what <osteo-plan> loads; ceilings count gzip):');
  const visits = VISITS.flatMap((kind) => LANGS.map((lang) => visitSize(lang, kind)));
  const files = [...new Set(visits.flatMap((v) => v.files.map((f) => f.file)))].sort();
  for (const file of files) {
    report(file, sizes(fileSize(file)));
    if (BEFORE.files[file]) report(`  ${BEFORE.label}`, sizes(BEFORE.files[file]));
  }
  for (const v of visits) {
    const what = v.kind === 'full' ? 'schedule + calculator (+ foods.tsv)' : 'sections="schedule"';
    report(`one visit in ${v.lang}, ${what}`, sizes(v.total));
  }
  for (const lang of LANGS) report(`  ${BEFORE.label}, one visit in ${lang} (food table in the wasm)`, sizes(visitSizeBefore(lang).total));
  for (const kind of VISITS) {
    const worst = Math.max(...visits.filter((v) => v.kind === kind).map((v) => v.total.gzip));
    report(`ceiling for a ${kind} visit: ${kb(CEILING_GZIP_BYTES[kind])} gzip`, worst > CEILING_GZIP_BYTES[kind] ? `OVER by ${kb(worst - CEILING_GZIP_BYTES[kind])}` : `within (${kb(CEILING_GZIP_BYTES[kind] - worst)} to spare)`);
  }
  const full = Math.max(...visits.filter((v) => v.kind === 'full').map((v) => v.total.gzip));
  report(`size policy ${kb(BUDGET_GZIP_BYTES)} gzip (larger full visit)`, full > BUDGET_GZIP_BYTES ? `OVER by ${kb(full - BUDGET_GZIP_BYTES)}` : `within (${kb(BUDGET_GZIP_BYTES - full)} to spare)`);

  const init = (await import(pathToFileURL(join(www, 'pkg', 'osteoplan.js')).href)).default;
  const core = await import(pathToFileURL(join(www, 'pkg', 'osteoplan.js')).href);
  await init({ module_or_path: readFileSync(join(www, 'pkg', 'osteoplan_bg.wasm')) });
  core.loadFoods(readFileSync(join(www, 'pkg', 'foods.tsv'), 'utf8'));
  const ctx = { core, repo, report, kb };
  for (const name of readdirSync(here).filter((n) => n.endsWith('.bench.mjs')).sort()) {
    console.log(`\n${name.replace('.bench.mjs', '')}:`);
    await (await import(pathToFileURL(join(here, name)).href)).default(ctx);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
