#!/usr/bin/env node
// `make dist`: builds dist/, the folder a site uploads to any static host. Needs `make bundle`
// first (www/pkg/: the minified element from tools/build.mjs and the wasm).
//
//   dist/osteo-plan.<hash>.js, strings-en.<hash>.js,               the element (load osteo-plan.<hash>.js; it
//   strings-es.<hash>.js, osteoplan_bg.<hash>.wasm, foods.<hash>.tsv   fetches the rest beside itself). Content-
//                                                                  hashed names (10 hex digits of SHA-256): a
//                                                                  host can cache them for a year as immutable
//   dist/embed.html                                                the script tag to paste, with its SRI
//                                                                  `integrity` value; dist/files.json maps each
//                                                                  plain name to its hashed name and integrity
//   dist/npm/                                                      the npm package (tools/package.mjs)
//   dist/index.html, demo.css, favicon.svg                         the demo page (script tag + element)
//   dist/frame.html, frame.js, frame.css                           iframe embed: frame.html?lang=es&sections=calculator
//   dist/iframe-demo.html, iframe-demo.js, iframe-demo.css         a host page using the iframe (resizes on message)
//   dist/osteoplan.html                                            one self-contained file: the element, both
//                                                                  languages and the wasm (base64) in one inline
//                                                                  module; works opened from disk (file://), no network
//   dist/*.br, dist/*.gz                                           the element's five files precompressed (Brotli
//                                                                  quality 11, gzip level 9) for hosts that serve
//                                                                  them (nginx brotli_static / gzip_static)
//
//   node tools/build-dist.mjs [--out dist]
import { readFileSync, writeFileSync, mkdirSync, rmSync, cpSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { createHash } from 'node:crypto';
import { REPO, WWW, PKG, singleFileModule } from './build.mjs';
import { buildPackage } from './package.mjs';

const here = join(REPO, 'tools');
const TEMPLATES = join(here, 'dist');

/** What the element loads, from www/pkg/ (the build), and the demo page's own files, from www/. */
const ELEMENT = ['osteo-plan.js', 'osteoplan_bg.wasm', 'foods.tsv'];
const DEMO = ['index.html', 'demo.css', 'favicon.svg'];

/** `bytes` as a host would best send them: gzip level 9 and Brotli quality 11 (the `.gz`/`.br` twins). */
export function precompress(bytes) {
  return {
    gzip: gzipSync(bytes, { level: 9 }),
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }),
  };
}

function elementFiles() {
  const strings = readdirSync(PKG).filter((f) => /^strings-[a-z]{2}\.js$/.test(f)).sort();
  return [...ELEMENT, ...strings];
}

/** `osteo-plan.js` → `osteo-plan.<10 hex of SHA-256>.js`. */
export function hashedName(name, bytes) {
  const dot = name.indexOf('.');
  return `${name.slice(0, dot)}.${createHash('sha256').update(bytes).digest('hex').slice(0, 10)}${name.slice(dot)}`;
}

/** The Subresource Integrity value of `bytes` (`sha384-…`). */
export function integrity(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/**
 * The element's files under content-hashed names. The leaves (wasm, strings, food table) are
 * named first; the element's one reference to each is then rewritten, and the element is named
 * after the result, so any change anywhere gives the element a new name too.
 * Returns [{ name, file, bytes }] with `name` the plain name.
 */
function hashedElementFiles() {
  const leaves = elementFiles().filter((f) => f !== 'osteo-plan.js').map((name) => {
    const bytes = readFileSync(join(PKG, name));
    return { name, file: hashedName(name, bytes), bytes };
  });
  let entry = readFileSync(join(PKG, 'osteo-plan.js'), 'utf8');
  for (const { name, file } of leaves) {
    // The strings are named twice (the import, and the retry after a failed load).
    const ref = name.startsWith('strings-') ? `"./${name}"` : `"${name.startsWith('foods') ? './' : ''}${name}"`;
    const hits = entry.split(ref).length - 1;
    if (hits !== (name.startsWith('strings-') ? 2 : 1)) throw new Error(`osteo-plan.js: unexpected count of ${ref}: ${hits}`);
    entry = entry.replaceAll(ref, ref.replace(name, file));
  }
  const bytes = Buffer.from(entry, 'utf8');
  return [{ name: 'osteo-plan.js', file: hashedName('osteo-plan.js', bytes), bytes }, ...leaves];
}

// ---- dist/ ------------------------------------------------------------------------------------

/** The single self-contained page: demo markup, inline CSS, one inline module with the wasm. */
export async function singleFileHtml() {
  const code = await singleFileModule();
  let page = readFileSync(join(WWW, 'index.html'), 'utf8');
  const replaceOnce = (re, replacement, what) => {
    if (!re.test(page)) throw new Error(`www/index.html: ${what} not found`);
    page = page.replace(re, () => replacement);
  };
  const favicon = `data:image/svg+xml;base64,${readFileSync(join(WWW, 'favicon.svg')).toString('base64')}`;
  const css = readFileSync(join(WWW, 'demo.css'), 'utf8');
  replaceOnce(/<script type="module" src="(\.\/)?pkg\/osteo-plan\.js"><\/script>/, `<script type="module">\n${code.replace(/<\/script/gi, '<\\/script')}</script>`, 'the module script tag');
  replaceOnce(/<link rel="stylesheet" href="(\.\/)?demo\.css">/, `<style>\n${css}</style>`, 'the demo.css link');
  replaceOnce(/<link rel="icon" href="(\.\/)?favicon\.svg"[^>]*>/, `<link rel="icon" href="${favicon}" type="image/svg+xml">`, 'the favicon link');
  return page;
}

/** Builds dist/ (or `out`) from www/ and tools/dist/. Returns the list of files written. */
export async function buildDist(out = join(REPO, 'dist')) {
  if (!existsSync(join(PKG, 'osteo-plan.js'))) throw new Error('www/pkg/ is missing: run `make bundle` first');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const written = [];
  const element = hashedElementFiles();
  for (const { file, bytes } of element) {
    const { gzip, brotli } = precompress(bytes);
    writeFileSync(join(out, file), bytes);
    writeFileSync(join(out, `${file}.gz`), gzip);
    writeFileSync(join(out, `${file}.br`), brotli);
    written.push(file, `${file}.gz`, `${file}.br`);
  }
  const entry = element[0];
  const files = Object.fromEntries(element.map(({ name, file, bytes }) => [name, { file, integrity: integrity(bytes) }]));
  writeFileSync(join(out, 'files.json'), `${JSON.stringify(files, null, 2)}\n`);
  const scriptTag = `<script type="module" src="${entry.file}" integrity="${files['osteo-plan.js'].integrity}" crossorigin="anonymous"></script>`;
  writeFileSync(join(out, 'embed.html'), `<!-- osteoplan: paste into your page (the element's files stay together in one folder; adjust the src path). -->\n${scriptTag}\n<osteo-plan lang="en" sections="schedule calculator">\n  <p>This planner needs JavaScript and WebAssembly. Health education, not medical advice: check with your care team.</p>\n</osteo-plan>\n`);
  written.push('files.json', 'embed.html');
  /** Points a page's script tag at the hashed element. */
  const withEntry = (text, from, what) => {
    const tag = `src="${from}"`;
    if (!text.includes(tag)) throw new Error(`${what}: the ${from} script tag not found`);
    return text.replace(tag, `src="${entry.file}"`);
  };
  for (const name of DEMO) {
    let text = readFileSync(join(WWW, name));
    if (name === 'index.html') text = withEntry(text.toString('utf8'), 'pkg/osteo-plan.js', 'www/index.html');
    writeFileSync(join(out, name), text);
    written.push(name);
  }
  for (const name of readdirSync(TEMPLATES).sort()) {
    let text = readFileSync(join(TEMPLATES, name));
    if (name === 'frame.html') text = withEntry(text.toString('utf8'), 'osteo-plan.js', 'tools/dist/frame.html');
    writeFileSync(join(out, name), text);
    written.push(name);
  }
  writeFileSync(join(out, 'osteoplan.html'), await singleFileHtml());
  written.push('osteoplan.html');
  buildPackage(join(out, 'npm'));
  written.push('npm/');
  return written.sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--out');
  const out = i >= 0 ? resolve(args[i + 1]) : join(REPO, 'dist');
  const files = await buildDist(out);
  const size = (f) => statSync(join(out, f)).size;
  for (const f of files) {
    const shown = f.endsWith('/') ? '(npm package folder)' : `${(size(f) / 1024).toFixed(1).padStart(8)} KB`;
    console.log(`  ${posix.join(relative(REPO, out) || '.', f).padEnd(52)} ${shown}`);
  }
  console.log(`dist: ${files.length} files in ${relative(REPO, out) || out}`);
}
