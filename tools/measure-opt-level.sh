#!/usr/bin/env bash
# Measures the final wasm (after wasm-bindgen and wasm-opt -Oz) for opt-level s, z and 3,
# so the release profile's choice is a measurement, not a guess. Leaves www/pkg as it was
# built by the profile in Cargo.toml.   Usage: make measure-opt
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '%-10s %12s %12s\n' opt-level 'raw bytes' 'gzip bytes'
for level in s z 3; do
  CARGO_PROFILE_RELEASE_OPT_LEVEL=$level cargo build --quiet --release --target wasm32-unknown-unknown -p osteoplan \
    --target-dir "target/opt-$level"
  wasm-bindgen --target web --out-dir "$tmp/$level" --out-name osteoplan "target/opt-$level/wasm32-unknown-unknown/release/osteoplan.wasm"
  # shellcheck disable=SC2086 # the Makefile exports the flag list
  tests/e2e/node_modules/.bin/wasm-opt ${WASM_OPT_FLAGS:?run through make measure-opt} \
    "$tmp/$level/osteoplan_bg.wasm" -o "$tmp/$level/final.wasm"
  printf '%-10s %12d %12d\n' "$level" "$(stat -c %s "$tmp/$level/final.wasm")" "$(gzip -9 -c "$tmp/$level/final.wasm" | wc -c)"
done
