#!/usr/bin/env node
// `make dist`: builds dist/, the folder a site uploads to any static host. Needs `make bundle`
// first (www/pkg/). No dependencies, no npm bundler.
//
//   dist/osteo-plan.js, dom.js, styles.js, views/, i18n/, pkg/   the element as ES modules + wasm
//   dist/index.html, demo.css, favicon.svg                         the demo page (script tag + element)
//   dist/frame.html, frame.js, frame.css                           iframe embed: frame.html?lang=es&sections=calculator
//   dist/iframe-demo.html, iframe-demo.js                          a host page using the iframe (resizes on message)
//   dist/osteoplan.html                                            one self-contained file: every module bundled
//                                                                  into one inline module, wasm inlined as base64;
//                                                                  works opened from disk (file://), no network
//
//   node tools/build-dist.mjs [--out dist]
//
// The bundler is deliberately tiny: it understands the static `import … from './x.js'` and
// `export …` forms our own modules and wasm-bindgen's glue use, wraps each module in a
// function scope, and fails loudly on anything it does not understand (dynamic import,
// bare specifiers, `export *`), so a build never silently drops code.
import { readFileSync, writeFileSync, mkdirSync, rmSync, cpSync, readdirSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO = join(here, '..');
const WWW = join(REPO, 'www');
const TEMPLATES = join(here, 'dist');

/** The element's run-time files (relative to www/) that dist/ ships, besides the demo page. */
function widgetFiles() {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const rel = relative(WWW, path).split('\\').join('/');
      if (statSync(path).isDirectory()) walk(path);
      else if (rel.startsWith('pkg/')) {
        if (rel === 'pkg/osteoplan.js' || rel === 'pkg/osteoplan_bg.wasm') out.push(rel);
      } else if (/\.(js|css|svg|html)$/.test(name)) out.push(rel);
    }
  };
  walk(WWW);
  return out;
}

// ---- the tiny module bundler ---------------------------------------------------------------

const IMPORT_RE = /^[ \t]*import\s+(?:([\w$*{}\s,]+?)\s+from\s+)?(['"])([^'"]+)\2\s*;?[ \t]*$/gm;

function parseImportClause(clause, ns) {
  const lines = [];
  let rest = clause.trim();
  const named = rest.match(/\{([^}]*)\}/);
  if (named) {
    const parts = named[1].split(',').map((s) => s.trim()).filter(Boolean).map((s) => {
      const [name, alias] = s.split(/\s+as\s+/);
      return alias ? `${name}: ${alias}` : name;
    });
    if (parts.length) lines.push(`const { ${parts.join(', ')} } = ${ns};`);
    rest = rest.replace(named[0], '');
  }
  const star = rest.match(/\*\s+as\s+([\w$]+)/);
  if (star) {
    lines.push(`const ${star[1]} = ${ns};`);
    rest = rest.replace(star[0], '');
  }
  const def = rest.replace(/,/g, ' ').trim();
  if (def) {
    if (!/^[\w$]+$/.test(def)) throw new Error(`cannot bundle import clause "${clause}"`);
    lines.push(`const ${def} = ${ns}.default;`);
  }
  return lines.join(' ');
}

/** Rewrites one ES module into a function body that returns its namespace object. */
function transformModule(source, file, nsOf) {
  if (/\bimport\s*\(/.test(source.replace(/\/\/.*$/gm, ''))) throw new Error(`${file}: dynamic import() cannot be bundled`);
  if (/^\s*export\s*\*/m.test(source)) throw new Error(`${file}: export * cannot be bundled`);
  const exported = [];
  let body = source.replace(IMPORT_RE, (_, clause, _q, spec) => {
    const ns = nsOf(spec);
    return clause ? parseImportClause(clause, ns) : '';
  });
  body = body.replace(/^export\s+default\s+(async\s+function|function|class)\s+([\w$]+)/gm, (_, kind, name) => {
    exported.push(['default', name]);
    return `${kind} ${name}`;
  });
  body = body.replace(/^export\s+default\s+/gm, () => {
    exported.push(['default', '__default']);
    return 'const __default = ';
  });
  body = body.replace(/^export\s+((?:async\s+)?function\*?|class|const|let|var)\s+([\w$]+)/gm, (_, kind, name) => {
    exported.push([name, name]);
    return `${kind} ${name}`;
  });
  body = body.replace(/^export\s*\{([^}]*)\}\s*;?/gm, (_, list) => {
    for (const part of list.split(',').map((s) => s.trim()).filter(Boolean)) {
      const [local, as] = part.split(/\s+as\s+/);
      exported.push([as ?? local, local]);
    }
    return '';
  });
  if (/^\s*(import|export)\s/m.test(body)) throw new Error(`${file}: an import/export form the bundler does not know is left`);
  const members = exported.map(([name, local]) => `get ${JSON.stringify(name)}() { return ${local}; }`);
  return `${body}\nreturn Object.freeze({ __proto__: null, ${members.join(', ')} });`;
}

/**
 * Bundles `entry` (a path) and every module it imports statically into one module source.
 * `rewrite(relPath, source)` may change a module's source first (the wasm hook).
 */
export function bundle(entry, rewrite = (_, s) => s) {
  const order = [];
  const ids = new Map();
  const visiting = new Set();
  const visit = (path) => {
    if (ids.has(path)) return ids.get(path);
    if (visiting.has(path)) throw new Error(`import cycle through ${relative(REPO, path)}`);
    visiting.add(path);
    const rel = relative(REPO, path).split('\\').join('/');
    const source = rewrite(rel, readFileSync(path, 'utf8'));
    const deps = new Map();
    for (const m of source.matchAll(IMPORT_RE)) {
      const spec = m[3];
      if (!spec.startsWith('./') && !spec.startsWith('../')) throw new Error(`${rel}: only relative imports can be bundled, not "${spec}"`);
      deps.set(spec, visit(resolve(dirname(path), spec)));
    }
    visiting.delete(path);
    const id = order.length;
    order.push({ rel, code: transformModule(source, rel, (spec) => `__m${deps.get(spec)}`) });
    ids.set(path, id);
    return id;
  };
  const top = visit(resolve(entry));
  const parts = order.map(({ rel, code }, i) => `// ---- ${rel}\nconst __m${i} = (() => {\n${code}\n})();`);
  return `${parts.join('\n\n')}\nexport default __m${top};\n`;
}

// ---- dist/ ------------------------------------------------------------------------------------

const WASM_URL_RE = /new URL\((['"])\.\/pkg\/osteoplan_bg\.wasm\1,\s*import\.meta\.url\)/g;

/** The single self-contained page: demo markup, inline CSS, one inline module with the wasm. */
export function singleFileHtml() {
  const wasm = readFileSync(join(WWW, 'pkg', 'osteoplan_bg.wasm'));
  const code = bundle(join(WWW, 'osteo-plan.js'), (rel, source) => {
    if (rel !== 'www/osteo-plan.js') return source;
    const hits = source.match(WASM_URL_RE)?.length ?? 0;
    if (hits !== 1) throw new Error(`www/osteo-plan.js: expected one new URL('./pkg/osteoplan_bg.wasm', import.meta.url), found ${hits}`);
    return source.replace(WASM_URL_RE, '__inlineWasm()');
  });
  const prelude = [
    '// osteoplan single-file build: every module below is bundled by tools/build-dist.mjs;',
    '// the wasm is inlined as base64, so this page needs no network and works from file://.',
    `const __wasmBase64 = "${wasm.toString('base64')}";`,
    'function __inlineWasm() {',
    '  const text = atob(__wasmBase64);',
    '  const bytes = new Uint8Array(text.length);',
    '  for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);',
    '  return bytes;',
    '}',
  ].join('\n');
  let page = readFileSync(join(WWW, 'index.html'), 'utf8');
  const replaceOnce = (re, replacement, what) => {
    if (!re.test(page)) throw new Error(`www/index.html: ${what} not found`);
    page = page.replace(re, () => replacement);
  };
  const favicon = `data:image/svg+xml;base64,${readFileSync(join(WWW, 'favicon.svg')).toString('base64')}`;
  const css = readFileSync(join(WWW, 'demo.css'), 'utf8');
  replaceOnce(/<script type="module" src="(\.\/)?osteo-plan\.js"><\/script>/, `<script type="module">\n${prelude}\n${code.replace(/<\/script/gi, '<\\/script')}</script>`, 'the module script tag');
  replaceOnce(/<link rel="stylesheet" href="(\.\/)?demo\.css">/, `<style>\n${css}</style>`, 'the demo.css link');
  replaceOnce(/<link rel="icon" href="(\.\/)?favicon\.svg"[^>]*>/, `<link rel="icon" href="${favicon}" type="image/svg+xml">`, 'the favicon link');
  return page;
}

/** Builds dist/ (or `out`) from www/ and tools/dist/. Returns the list of files written. */
export function buildDist(out = join(REPO, 'dist')) {
  if (!existsSync(join(WWW, 'pkg', 'osteoplan_bg.wasm'))) throw new Error('www/pkg/ is missing: run `make bundle` first');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const written = [];
  for (const rel of widgetFiles()) {
    mkdirSync(dirname(join(out, rel)), { recursive: true });
    cpSync(join(WWW, rel), join(out, rel));
    written.push(rel);
  }
  for (const name of readdirSync(TEMPLATES).sort()) {
    cpSync(join(TEMPLATES, name), join(out, name));
    written.push(name);
  }
  writeFileSync(join(out, 'osteoplan.html'), singleFileHtml());
  written.push('osteoplan.html');
  return written.sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--out');
  const out = i >= 0 ? resolve(args[i + 1]) : join(REPO, 'dist');
  const files = buildDist(out);
  const size = (f) => statSync(join(out, f)).size;
  for (const f of files) console.log(`  ${posix.join(relative(REPO, out) || '.', f).padEnd(40)} ${(size(f) / 1024).toFixed(1).padStart(8)} KB`);
  console.log(`dist: ${files.length} files in ${relative(REPO, out) || out}`);
}
