#!/usr/bin/env bash
# Runs every check `make test` promises, keeps going after a failure, and ends with one
# summary line of real test counts ("make-test: N passed, N failed, N skipped") and a non-zero
# exit if anything failed. Each step prints its own counts, read from the runners' output
# (cargo test and wasm-bindgen-test "test result:" lines, node --test's totals). A step that
# fails without a test count (a lint, a build, the set-up) counts as one failure.
set -uo pipefail
cd "$(dirname "$0")/.."
export CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}

# `make test` is the full matrix: the narrowing knobs meant for development do not apply here.
for knob in E2E_BROWSERS PROPTEST_CASES; do
  if [ -n "${!knob+set}" ]; then
    echo "!!! make test ignores $knob=${!knob}: it runs the full matrix (every browser, default proptest cases)"
    unset "$knob"
  fi
done

passed=0; failed=0; skipped=0; failures=()
log=$(mktemp); tails=$(mktemp); trap 'rm -f "$log" "$tails"' EXIT

# Test counts in a step's output: cargo/wasm-bindgen-test result lines, or node --test totals.
count() {
  local p f s
  p=$(grep -aoE 'test result: [A-Za-z]+\. [0-9]+ passed' "$log" | grep -oE '[0-9]+ passed' | awk '{s+=$1} END {print s+0}')
  f=$(grep -aoE '[0-9]+ passed; [0-9]+ failed' "$log" | awk '{s+=$3} END {print s+0}')
  s=$(grep -aoE '[0-9]+ failed; [0-9]+ ignored' "$log" | awk '{s+=$3} END {print s+0}')
  # node --test (spec reporter): "ℹ pass N", "ℹ fail N", "ℹ skipped N", "ℹ todo N", "ℹ cancelled N".
  p=$((p + $(grep -aoE '^ℹ pass [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')))
  f=$((f + $(grep -aoE '^ℹ (fail|cancelled) [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')))
  s=$((s + $(grep -aoE '^ℹ (skipped|todo) [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')))
  echo "$p $f $s"
}

step() {
  local name=$1; shift
  echo "::: $name"
  local t0=$SECONDS ok=1 p f s
  "$@" 2>&1 | tee "$log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || ok=0
  read -r p f s < <(count)
  # A failed step with no failed test (a lint, a build error) is one failure.
  [ "$ok" -eq 0 ] && [ "$f" -eq 0 ] && f=1
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
  local counts="$p passed, $f failed, $s skipped"
  if [ "$ok" -eq 1 ]; then
    echo "::: $name ok ($counts; $((SECONDS - t0)) s)"
  else
    failures+=("$name"); echo "::: $name FAILED ($counts; $((SECONDS - t0)) s)"
    # Repeated at the end, where a CI log cut to its last lines still shows why.
    { echo "--- last lines of: $name"; grep -av '^ *Compiling ' "$log" | tail -n 40; } >>"$tails"
  fi
}

step "set-up (Rust, browsers, node modules, USDA SR28 in .cache/)" make --no-print-directory setup .cache/package/data/ABBREV.txt
step "rustfmt" cargo fmt --all --check
step "clippy (native)" cargo clippy --workspace --all-targets --quiet -- -D warnings
step "clippy (wasm32)" cargo clippy -p osteoplan --target wasm32-unknown-unknown --all-targets --quiet -- -D warnings
# --include-ignored: the SR28 table tests, ignored in a plain `cargo test`, run here (set-up fetched the data).
step "native tests" cargo test --workspace --quiet -- --include-ignored
# --no-fail-fast: a failing test binary does not hide the counts of the ones after it.
step "wasm-bindgen tests (headless Chromium)" cargo test -p osteoplan --target wasm32-unknown-unknown --no-fail-fast
step "release bundle" make --no-print-directory bundle
step "end-to-end (Chromium, Firefox ESR)" bash -c 'cd tests/e2e && node --test --test-concurrency=1 --test-reporter=spec'
step "end-to-end (WebKit)" bash -c 'cd tests/e2e && node --test --test-concurrency=1 --test-reporter=spec webkit/*.webkit.mjs'

echo
cat "$tails"
[ ${#failures[@]} -gt 0 ] && printf 'failed: %s\n' "${failures[@]}"
echo "make-test: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] && [ ${#failures[@]} -eq 0 ]
