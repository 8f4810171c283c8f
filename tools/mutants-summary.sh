#!/usr/bin/env bash
# Summarises a cargo-mutants run (`make mutants`): caught / missed / unviable / timeout per
# file and in total, the score, and every missed mutant. Score = caught / (caught + missed):
# unviable mutants do not build, and a timeout (a mutant that made a test hang) is shown apart.
#   bash tools/mutants-summary.sh [mutants.out]
set -uo pipefail
out=${1:-mutants.out}
[ -d "$out" ] || { echo "no $out/: run make mutants first" >&2; exit 1; }
for k in caught missed unviable timeout; do touch "$out/$k.txt"; done
awk '
  FNR == 1 { split(FILENAME, parts, "/"); kind = parts[length(parts)]; sub(/\.txt$/, "", kind) }
  NF { split($0, loc, ":"); file = loc[1]; n[file, kind]++; total[kind]++; files[file] = 1 }
  END {
    printf "%-34s %7s %7s %9s %8s %7s\n", "file", "caught", "missed", "unviable", "timeout", "score"
    for (f in files) {
      c = n[f, "caught"] + 0; m = n[f, "missed"] + 0
      printf "%-34s %7d %7d %9d %8d %6s\n", f, c, m, n[f, "unviable"] + 0, n[f, "timeout"] + 0, (c + m) ? sprintf("%.1f%%", 100 * c / (c + m)) : "-"
    }
    c = total["caught"] + 0; m = total["missed"] + 0
    printf "%-34s %7d %7d %9d %8d %6s\n", "total", c, m, total["unviable"] + 0, total["timeout"] + 0, (c + m) ? sprintf("%.1f%%", 100 * c / (c + m)) : "-"
  }' "$out/caught.txt" "$out/missed.txt" "$out/unviable.txt" "$out/timeout.txt" | { read -r head; echo "$head"; sort; }
echo
echo "missed mutants ($(grep -c . "$out/missed.txt")):"
sed 's/^/  /' "$out/missed.txt"
