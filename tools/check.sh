#!/usr/bin/env bash
# Runs every check `make test` promises, keeps going after a failure, and ends with one
# summary line ("make-test: N passed, N failed") and a non-zero exit if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
export CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}
passed=0; failed=0; failures=()

step() {
  local name=$1; shift
  echo "::: $name"
  local t0=$SECONDS
  if "$@"; then
    passed=$((passed + 1)); echo "::: $name ok ($((SECONDS - t0)) s)"
  else
    failed=$((failed + 1)); failures+=("$name"); echo "::: $name FAILED ($((SECONDS - t0)) s)"
  fi
}

step "rustfmt" cargo fmt --all --check
step "clippy (native)" cargo clippy --workspace --all-targets --quiet -- -D warnings
step "clippy (wasm32)" cargo clippy -p osteoplan --target wasm32-unknown-unknown --all-targets --quiet -- -D warnings
step "native tests" cargo test --workspace --quiet
step "wasm-bindgen tests (headless Chromium)" cargo test -p osteoplan --target wasm32-unknown-unknown
step "release bundle" make --no-print-directory bundle
step "end-to-end (Chromium, Firefox ESR)" bash -c 'cd tests/e2e && node --test --test-concurrency=1 --test-reporter=spec'
step "end-to-end (WebKit)" bash -c 'cd tests/e2e && node --test --test-concurrency=1 --test-reporter=spec webkit/*.webkit.mjs'

echo
[ ${#failures[@]} -gt 0 ] && printf 'failed: %s\n' "${failures[@]}"
echo "make-test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
