#!/usr/bin/env bash
# `make fuzz`: every property-test file (tests/*prop*.rs) with PROPTEST_CASES cases per
# property (default 100000), in release mode, printing the count per entry point.
# `make test` runs the same properties with the files' small default case counts.
set -uo pipefail
cd "$(dirname "$0")/.."
cases=${PROPTEST_CASES:-100000}
export PROPTEST_CASES=$cases
status=0
for file in tests/*prop*.rs; do
  name=$(basename "$file" .rs)
  echo "::: $name ($cases cases per property)"
  out=$(cargo test --release --quiet --test "$name" -- --test-threads=2 2>&1)
  code=$?
  echo "$out" | grep -E 'test result|panicked|FAILED|minimal failing' || true
  props=$(echo "$out" | grep -oE '[0-9]+ passed' | head -1 | grep -oE '[0-9]+')
  if [ $code -eq 0 ]; then
    echo "$name: ${props:-0} properties × $cases cases = $(( ${props:-0} * cases )) cases, all passed"
  else
    echo "$name: FAILED"; status=1
  fi
done
exit $status
