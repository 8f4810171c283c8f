#!/usr/bin/env node
// The npm package web teams install (`make dist` writes it to dist/npm/; `npm publish dist/npm`
// would publish it). What it holds:
//
//   osteo-plan.js, strings-en.js, strings-es.js,     the element and what it fetches beside itself
//   osteoplan_bg.wasm, foods.tsv                     (the built files of www/pkg/, unchanged)
//   osteo-plan.d.ts                                  the element's types: HTMLElementTagNameMap['osteo-plan'],
//                                                    the `osteoplan-change` detail, attributes, `data`
//   core.d.ts                                        the core API (`loadCore()`), generated from the Rust types
//   custom-elements.json                             the Custom Elements Manifest, generated from the element's
//                                                    JSDoc by @custom-elements-manifest/analyzer
//   package.json, README.md, LICENSE-MIT, LICENSE-APACHE
//
// File names carry no hash here: a CDN serves a package under its version
// (`/osteoplan@0.1.0/osteo-plan.js`), which is what makes those URLs safe to cache as immutable.
//
//   node tools/package.mjs [--out dist/npm]
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO, PKG } from './build.mjs';

const TEMPLATES = join(REPO, 'tools', 'package');
const E2E = join(REPO, 'tests', 'e2e');

/** Files copied from www/pkg/ as they are. */
export const PACKAGE_FILES = ['osteo-plan.js', 'strings-en.js', 'strings-es.js', 'osteoplan_bg.wasm', 'foods.tsv'];

/** The crate's version: the package and the core say the same number. */
export function crateVersion() {
  const toml = readFileSync(join(REPO, 'Cargo.toml'), 'utf8');
  const version = toml.match(/^\[package\][^[]*?^version\s*=\s*"([^"]+)"/m)?.[1];
  if (!version) throw new Error('Cargo.toml: no [package] version');
  return version;
}

/**
 * The Custom Elements Manifest of www/osteo-plan.js, by the analyzer from its JSDoc
 * (`@attr`, `@fires`, `@csspart`, `@cssproperty`, `@slot`), with module paths as the package
 * has them.
 */
export function customElementsManifest() {
  const out = mkdtempSync(join(tmpdir(), 'osteoplan-cem-'));
  try {
    const cli = join(E2E, 'node_modules', '@custom-elements-manifest', 'analyzer', 'cem.js');
    const run = spawnSync(process.execPath, [cli, 'analyze', '--globs', 'www/osteo-plan.js', '--outdir', relative(REPO, out), '--quiet'], { cwd: REPO, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`custom-elements-manifest analyzer failed: ${run.stderr || run.stdout}`);
    const text = readFileSync(join(out, 'custom-elements.json'), 'utf8').replaceAll('"www/osteo-plan.js"', '"osteo-plan.js"');
    const manifest = JSON.parse(text);
    // The module defines the tag through `OsteoPlan.define()`, a static method the analyzer does
    // not follow: record the definition it makes (the tag comes from the class's @tagname).
    for (const mod of manifest.modules) {
      for (const decl of mod.declarations ?? []) {
        if (!decl.customElement || !decl.tagName) continue;
        mod.exports ??= [];
        if (!mod.exports.some((e) => e.kind === 'custom-element-definition' && e.name === decl.tagName)) {
          mod.exports.push({ kind: 'custom-element-definition', name: decl.tagName, declaration: { name: decl.name, module: mod.path } });
        }
        // Set in the constructor on the shadow root, not a property of the element.
        decl.members = (decl.members ?? []).filter((m) => m.name !== 'adoptedStyleSheets');
      }
    }
    return manifest;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function packageJson(version) {
  return {
    name: 'osteoplan',
    version,
    description: 'Bone-health planner for people on aromatase inhibitors: an exercise schedule and a food calculator, as one web component (<osteo-plan>) that computes everything in the browser.',
    license: 'MIT OR Apache-2.0',
    type: 'module',
    main: './osteo-plan.js',
    module: './osteo-plan.js',
    types: './osteo-plan.d.ts',
    exports: {
      '.': { types: './osteo-plan.d.ts', default: './osteo-plan.js' },
      './osteo-plan.js': { types: './osteo-plan.d.ts', default: './osteo-plan.js' },
      './core': { types: './core.d.ts' },
      './custom-elements.json': './custom-elements.json',
      './package.json': './package.json',
      './*': './*',
    },
    files: [...PACKAGE_FILES, 'osteo-plan.d.ts', 'core.d.ts', 'custom-elements.json', 'README.md', 'LICENSE-MIT', 'LICENSE-APACHE'],
    customElements: 'custom-elements.json',
    sideEffects: ['./osteo-plan.js'],
    keywords: ['web-component', 'custom-element', 'osteoporosis', 'bone-health', 'exercise', 'nutrition', 'webassembly'],
  };
}

/** Writes the package folder `out` from www/pkg/ (run `make bundle` first); returns its file list. */
export function buildPackage(out = join(REPO, 'dist', 'npm')) {
  if (!existsSync(join(PKG, 'osteo-plan.js'))) throw new Error('www/pkg/ is missing: run `make bundle` first');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const version = crateVersion();
  for (const name of PACKAGE_FILES) copyFileSync(join(PKG, name), join(out, name));
  copyFileSync(join(PKG, 'osteoplan.d.ts'), join(out, 'core.d.ts'));
  copyFileSync(join(TEMPLATES, 'osteo-plan.d.ts'), join(out, 'osteo-plan.d.ts'));
  writeFileSync(join(out, 'README.md'), readFileSync(join(TEMPLATES, 'README.md'), 'utf8').replaceAll('{{version}}', version));
  for (const licence of ['LICENSE-MIT', 'LICENSE-APACHE']) copyFileSync(join(REPO, licence), join(out, licence));
  writeFileSync(join(out, 'custom-elements.json'), `${JSON.stringify(customElementsManifest(), null, 2)}\n`);
  const pkg = packageJson(version);
  writeFileSync(join(out, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  return [...pkg.files, 'package.json'].sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--out');
  const out = i >= 0 ? resolve(args[i + 1]) : join(REPO, 'dist', 'npm');
  const files = buildPackage(out);
  console.log(`npm package: ${files.length} files in ${out}`);
}
