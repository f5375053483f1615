#!/usr/bin/env bash
# Check benchmark: `squatwatch check` over caches of 10,000 to 700,000 projects, time and peak RSS, with reading
# the same cached facts with sqlite3 as the reference measured in the same run.
#   bench/check-bench.sh [SOURCE_CACHE]   (default: the 100,000-project cache the crawl benchmark leaves)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${BENCH_OUT:-$PWD/bench-out/check}
SOURCE=${1:-$PWD/bench-out/crawl/cache}
BIN=.build/release
SIZES=${CHECK_SIZES:-10000 100000 300000 700000}
mkdir -p "$OUT"
[ -f "$SOURCE/squatwatch.sqlite" ] || { echo "no crawled cache at $SOURCE: run bench/crawl-bench.sh first" >&2; exit 2; }

echo "| projects | check time | peak RSS | µs per project | reference: sqlite3 reads the facts | ratio |" > "$OUT/results.md"
echo "|---|---|---|---|---|---|" >> "$OUT/results.md"
for n in $SIZES; do
  echo "== $n projects"
  python3 bench/scale-cache.py "$SOURCE" "$OUT/cache-$n" "$n"
  /usr/bin/time -f "%e %M" -o "$OUT/check-$n.time" "$BIN/squatwatch" check --cache-dir "$OUT/cache-$n" \
    --format json --output "$OUT/report-$n.json" --fail-on never --quiet
  /usr/bin/time -f "%e" -o "$OUT/read-$n.time" sqlite3 "$OUT/cache-$n/squatwatch.sqlite" \
    "SELECT payload FROM facts" > /dev/null
  read -r seconds rss < "$OUT/check-$n.time"
  read -r reference < "$OUT/read-$n.time"
  python3 - "$n" "$seconds" "$rss" "$reference" >> "$OUT/results.md" <<'PY'
import sys
n, s, rss, ref = int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
print(f"| {n:,} | {s:.1f} s | {rss / 1024:.0f} MB | {s / n * 1e6:.0f} | {ref:.1f} s | {s / max(ref, 0.01):.1f}x |")
PY
  rm -rf "$OUT/cache-$n"
done
cat "$OUT/results.md"
