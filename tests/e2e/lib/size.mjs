// What the widget loads, and how big it is. A visit loads the element (www/pkg/osteo-plan.js,
// minified by tools/build.mjs, glue included), the strings of the language it shows and the
// wasm; a widget that shows the food calculator also loads the food table (foods.tsv), after
// the first paint. A language switch fetches that language's strings as well.
// `size.test.mjs` proves in a browser that each kind of visit loads exactly these files and
// keeps each under its ceiling; `make bench` prints the figures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './harness.mjs';
import { precompress } from '../../../tools/build-dist.mjs';

export const PKG = join(REPO, 'www', 'pkg');
export const LANGS = ['en', 'es'];

/** The kinds of visit: a page with `sections="schedule"`, and one with the calculator too. */
export const VISITS = ['schedule', 'full'];

/**
 * The regression guards `make test` enforces, gzip, for the larger language of each kind of
 * visit: as last measured plus 3 KB. Lower them when the widget shrinks; raising one needs a
 * reason in the commit message.
 */
export const CEILING_GZIP_BYTES = { schedule: 247 * 1024, full: 289 * 1024 };

/** The files (relative to www/pkg/) one visit in `lang` loads; `kind` 'full' adds the food table. */
export function visitFiles(lang, kind = 'full') {
  const files = ['osteo-plan.js', `strings-${lang}.js`, 'osteoplan_bg.wasm'];
  return kind === 'full' ? [...files, 'foods.tsv'] : files;
}

/** Raw, gzip and Brotli bytes of a www/pkg file, compressed as `make dist` ships its twins. */
export function fileSize(file) {
  const bytes = readFileSync(join(PKG, file));
  const { gzip, brotli } = precompress(bytes);
  return { file, raw: bytes.length, gzip: gzip.length, brotli: brotli.length };
}

/** Per-file sizes and the total for one visit of `kind` in `lang`. */
export function visitSize(lang, kind = 'full') {
  const files = visitFiles(lang, kind).map(fileSize);
  const total = files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { lang, kind, files, total };
}

/**
 * The size policy (issue 11, replacing issue 7's 120 KB line): one visit, food data included,
 * at most 190 KB gzip. Bytes are won by structure, never by obscuring code. `make bench`
 * prints the full visit against it.
 */
export const BUDGET_GZIP_BYTES = 190 * 1024;

/**
 * The figures before the serde boundary (commit f08dcb0, bytes), which `make bench` prints
 * beside the current ones: what the readable boundary costs.
 */
export const BEFORE = {
  label: 'before serde (f08dcb0)',
  files: {
    'osteo-plan.js': { raw: 84599, gzip: 27217, brotli: 24029 },
    'strings-en.js': { raw: 24948, gzip: 9069, brotli: 7813 },
    'strings-es.js': { raw: 27484, gzip: 9974, brotli: 8942 },
    'osteoplan_bg.wasm': { raw: 312267, gzip: 122781, brotli: 105901 },
  },
};

/** Per-file sizes and the total for one visit in `lang`, from `BEFORE`. */
export function visitSizeBefore(lang) {
  const files = visitFiles(lang, 'schedule').map((file) => ({ file, ...BEFORE.files[file] }));
  const total = files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { lang, files, total };
}

export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
