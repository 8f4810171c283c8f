#!/usr/bin/env node
// The widget's production build (`make bundle` runs it after wasm-bindgen and wasm-opt).
// esbuild (npm, pinned in tests/e2e/package.json) bundles and minifies the readable modules in
// www/ into what a page loads:
//
//   www/pkg/osteo-plan.js          the element: shell, views, styles and the wasm-bindgen glue
//   www/pkg/strings-en.js          the English strings, fetched only when the element shows English
//   www/pkg/strings-es.js          the Spanish strings, likewise
//   www/pkg/osteoplan_bg.wasm      (written by wasm-bindgen + wasm-opt; the glue finds it beside itself)
//   www/pkg/foods.tsv              the food table (a copy of src/foods/table.tsv), fetched only when
//                                  the calculator shows; the core refuses any other text
//
// `singleFileModule()` is the same code as one module with every string table, the food table
// and the wasm (base64) inside, for dist/osteoplan.html, which works opened from disk.
//
//   node tools/build.mjs
import { createRequire } from 'node:module';
import { copyFileSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO = join(here, '..');
export const WWW = join(REPO, 'www');
export const PKG = join(WWW, 'pkg');
const ENTRY = join(WWW, 'osteo-plan.js');
const GLUE = join(PKG, 'osteoplan.js');
const WASM = join(PKG, 'osteoplan_bg.wasm');
const FOOD_TABLE = join(REPO, 'src', 'foods', 'table.tsv');
const FOOD_MODULE = /[\\/]www[\\/]food-table\.js$/;

/** Rewrites food-table.js's one `'./pkg/foods.tsv'`: the built element sits beside foods.tsv. */
const foodTableBeside = {
  name: 'food-table-beside',
  setup(build) {
    build.onLoad({ filter: FOOD_MODULE }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const hits = source.split("'./pkg/foods.tsv'").length - 1;
      if (hits !== 1) throw new Error(`${args.path}: expected one './pkg/foods.tsv', found ${hits}`);
      return { contents: source.replace("'./pkg/foods.tsv'", "'./foods.tsv'"), loader: 'js' };
    });
  },
};

/** For the single file: food-table.js becomes a module that hands over the table inlined. */
const foodTableInline = {
  name: 'food-table-inline',
  setup(build) {
    build.onLoad({ filter: FOOD_MODULE }, () => ({
      contents: `export async function fetchFoodTable() { return ${JSON.stringify(readFileSync(FOOD_TABLE, 'utf8'))}; }\n`,
      loader: 'js',
    }));
  },
};

const esbuild = createRequire(join(REPO, 'tests', 'e2e', 'package.json'))('esbuild');

const BANNER = '/*! osteoplan <osteo-plan> | MIT OR Apache-2.0 | health education, not medical advice */';

/** Options both builds share: modern browsers as they are (no down-levelling), minified. */
const COMMON = {
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  banner: { js: BANNER },
  charset: 'utf8',
  logLevel: 'silent',
};

/**
 * Minifies the element's stylesheets, which live in JS as `export const css = \`…\`` (an
 * adopted stylesheet needs no extra request and passes a strict CSP). A sheet with a `${…}`
 * in it is refused rather than guessed at.
 */
const minifyCss = {
  name: 'minify-css',
  setup(build) {
    build.onLoad({ filter: /[\\/]www[\\/](styles|views[\\/]\w+)\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const re = /^export const css = `([^`]*)`;$/m;
      const sheet = source.match(re)?.[1];
      if (sheet === undefined) return undefined;
      if (sheet.includes('${') || sheet.includes('\\')) throw new Error(`${args.path}: css with \${…} or a backslash cannot be minified safely`);
      const { code } = esbuild.transformSync(sheet, { loader: 'css', minify: true, target: ['chrome100', 'firefox115', 'safari15.4'] });
      return { contents: source.replace(re, () => `export const css = ${JSON.stringify(code.trim())};`), loader: 'js' };
    });
  },
};

/** What finishGlue adds to the glue: a fresh instance of the module already compiled (see loadCore in www/osteo-plan.js). */
const REINSTANTIATE = `
// Added by tools/build.mjs: a fresh instance of the compiled module, with fresh memory, for
// after a trap (www/osteo-plan.js). Nothing may call the trapped instance again.
export function reinstantiate() {
    return __wbg_finalize_init(new WebAssembly.Instance(wasmModule, __wbg_get_imports()), wasmModule);
}
`;

/**
 * Finishes wasm-bindgen's glue in place (so the unbundled element loads the same code): drops
 * its JSDoc copies of the Rust docs (-1.9 KB gzip; they stay in osteoplan.d.ts) and adds
 * `reinstantiate()`. Running it again changes nothing.
 */
function finishGlue() {
  const source = readFileSync(GLUE, 'utf8');
  let glue = source.replace(/^ *\/\*\*[^]*?\*\/\n/gm, '');
  if (!glue.includes('export function reinstantiate()')) {
    for (const needed of ['let wasmModule, wasmInstance, wasm;', 'function __wbg_finalize_init(instance, module)', 'function __wbg_get_imports()']) {
      if (!glue.includes(needed)) throw new Error(`www/pkg/osteoplan.js: no \`${needed}\` (another wasm-bindgen version?)`);
    }
    glue += REINSTANTIATE;
  }
  if (glue !== source) writeFileSync(GLUE, glue);
}

/** Builds www/pkg/osteo-plan.js and one strings file per language; returns the files written (relative to www/pkg). */
export async function buildWidget() {
  if (!statSync(GLUE, { throwIfNoEntry: false })) throw new Error('www/pkg/osteoplan.js is missing: run `make bundle`');
  finishGlue();
  for (const name of readdirSync(PKG)) {
    if (name === 'osteo-plan.js' || name === 'foods.tsv' || name.startsWith('strings-')) rmSync(join(PKG, name));
  }
  copyFileSync(FOOD_TABLE, join(PKG, 'foods.tsv'));
  // Each language is its own entry, and the element imports it as an external file: with
  // esbuild's code splitting instead, a third shared chunk (its namespace helper) would be one
  // more request on every load.
  const langs = readdirSync(join(WWW, 'i18n')).filter((f) => /^[a-z]{2}\.js$/.test(f)).map((f) => f.slice(0, 2));
  const stringsExternal = {
    name: 'strings-external',
    setup(build) {
      build.onResolve({ filter: /^\.\/i18n\/[a-z]{2}\.js$/ }, (args) => ({ path: `./strings-${args.path.slice(7, 9)}.js`, external: true }));
    },
  };
  const result = await esbuild.build({
    ...COMMON,
    entryPoints: [
      { in: ENTRY, out: 'osteo-plan' },
      ...langs.map((lang) => ({ in: join(WWW, 'i18n', `${lang}.js`), out: `strings-${lang}` })),
    ],
    outdir: PKG,
    // Where the element retries a strings file that failed to load (www/osteo-plan.js).
    define: { OSTEOPLAN_STRINGS: JSON.stringify(Object.fromEntries(langs.map((lang) => [lang, `./strings-${lang}.js`]))) },
    metafile: true,
    plugins: [stringsExternal, foodTableBeside, minifyCss],
  });
  const written = [...Object.keys(result.metafile.outputs).map((f) => relative(PKG, join(REPO, f))), 'foods.tsv'];
  const entry = readFileSync(join(PKG, 'osteo-plan.js'), 'utf8');
  for (const lang of langs) {
    if (!entry.includes(`import("./strings-${lang}.js")`)) throw new Error(`osteo-plan.js does not load strings-${lang}.js`);
  }
  return written.sort();
}

/**
 * The whole element as one module source for an inline <script type="module">: both string
 * tables included (esbuild inlines dynamic imports when not splitting) and the wasm inlined,
 * replacing the glue's one `new URL('osteoplan_bg.wasm', import.meta.url)`.
 */
export async function singleFileModule() {
  const wasmBase64 = readFileSync(WASM).toString('base64');
  const inlineWasm = {
    name: 'inline-wasm',
    setup(build) {
      build.onLoad({ filter: /[\\/]pkg[\\/]osteoplan\.js$/ }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        const re = /new URL\((['"])osteoplan_bg\.wasm\1,\s*import\.meta\.url\)/g;
        const hits = source.match(re)?.length ?? 0;
        if (hits !== 1) throw new Error(`${args.path}: expected one new URL('osteoplan_bg.wasm', import.meta.url), found ${hits}`);
        const bytes = `Uint8Array.from(atob(${JSON.stringify(wasmBase64)}), (c) => c.charCodeAt(0))`;
        return { contents: source.replace(re, () => bytes), loader: 'js' };
      });
    },
  };
  const result = await esbuild.build({ ...COMMON, entryPoints: [ENTRY], write: false, define: { OSTEOPLAN_STRINGS: 'false' }, plugins: [inlineWasm, foodTableInline, minifyCss] });
  const code = result.outputFiles[0].text;
  if (/\bimport\s*\(/.test(code)) throw new Error('single-file build still has a dynamic import()');
  return code;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = await buildWidget();
  for (const f of files) console.log(`  www/pkg/${f.padEnd(28)} ${(statSync(join(PKG, f)).size / 1024).toFixed(1).padStart(7)} KB`);
}
