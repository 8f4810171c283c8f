#!/usr/bin/env node
// `make dist`: builds dist/, the folder a site uploads to any static host. Needs `make bundle`
// first (www/pkg/: the minified element from tools/build.mjs and the wasm).
//
//   dist/osteo-plan.js, strings-en.js, strings-es.js, osteoplan_bg.wasm   the element (load osteo-plan.js;
//                                                                  it fetches the rest beside itself)
//   dist/index.html, demo.css, favicon.svg                         the demo page (script tag + element)
//   dist/frame.html, frame.js, frame.css                           iframe embed: frame.html?lang=es&sections=calculator
//   dist/iframe-demo.html, iframe-demo.js, iframe-demo.css         a host page using the iframe (resizes on message)
//   dist/osteoplan.html                                            one self-contained file: the element, both
//                                                                  languages and the wasm (base64) in one inline
//                                                                  module; works opened from disk (file://), no network
//   dist/*.br, dist/*.gz                                           the element's four files precompressed (Brotli
//                                                                  quality 11, gzip level 9) for hosts that serve
//                                                                  them (nginx brotli_static / gzip_static)
//
//   node tools/build-dist.mjs [--out dist]
import { readFileSync, writeFileSync, mkdirSync, rmSync, cpSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { REPO, WWW, PKG, singleFileModule } from './build.mjs';

const here = join(REPO, 'tools');
const TEMPLATES = join(here, 'dist');

/** What the element loads, from www/pkg/ (the build), and the demo page's own files, from www/. */
const ELEMENT = ['osteo-plan.js', 'osteoplan_bg.wasm'];
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
  for (const name of elementFiles()) {
    const bytes = readFileSync(join(PKG, name));
    const { gzip, brotli } = precompress(bytes);
    writeFileSync(join(out, name), bytes);
    writeFileSync(join(out, `${name}.gz`), gzip);
    writeFileSync(join(out, `${name}.br`), brotli);
    written.push(name, `${name}.gz`, `${name}.br`);
  }
  for (const name of DEMO) {
    let text = readFileSync(join(WWW, name));
    if (name === 'index.html') {
      const page = text.toString('utf8');
      if (!page.includes('src="pkg/osteo-plan.js"')) throw new Error('www/index.html: the pkg/osteo-plan.js script tag not found');
      text = page.replace('src="pkg/osteo-plan.js"', 'src="osteo-plan.js"');
    }
    writeFileSync(join(out, name), text);
    written.push(name);
  }
  for (const name of readdirSync(TEMPLATES).sort()) {
    cpSync(join(TEMPLATES, name), join(out, name));
    written.push(name);
  }
  writeFileSync(join(out, 'osteoplan.html'), await singleFileHtml());
  written.push('osteoplan.html');
  return written.sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--out');
  const out = i >= 0 ? resolve(args[i + 1]) : join(REPO, 'dist');
  const files = await buildDist(out);
  const size = (f) => statSync(join(out, f)).size;
  for (const f of files) console.log(`  ${posix.join(relative(REPO, out) || '.', f).padEnd(40)} ${(size(f) / 1024).toFixed(1).padStart(8)} KB`);
  console.log(`dist: ${files.length} files in ${relative(REPO, out) || out}`);
}
