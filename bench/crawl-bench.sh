#!/usr/bin/env bash
# Crawl benchmark: squatwatch against nginx on 127.0.0.1, with curl --parallel on the same URLs as the ceiling.
#   bench/crawl-bench.sh [PROJECTS] [CONCURRENCY]
set -euo pipefail
cd "$(dirname "$0")/.."
PROJECTS=${1:-100000}
N=${2:-8}
OUT=${BENCH_OUT:-$PWD/bench-out/crawl}
BIN=.build/release
. bench/nginx-mirror.sh

echo "== a $PROJECTS-project metadata mirror served by nginx"
serve_generated_mirror "$OUT" "$PROJECTS" --projects "$PROJECTS" --seed 1 --no-distributions
INDEX="http://127.0.0.1:$PORT/simple/"

measure() { # label, command...: wall seconds and peak RSS (KiB) from GNU time
  local label=$1; shift
  # The cache of one run is several hundred MB: flush it first, so its writeback does not land in the next timing.
  sync
  /usr/bin/time -f "%e %M" -o "$OUT/$label.time" "$@" > "$OUT/$label.out" 2> "$OUT/$label.err"
  read -r SECONDS_TAKEN RSS_KB < "$OUT/$label.time"
}
requests_of() { grep -o '[0-9]* requests' "$OUT/$1.err" | tail -1 | cut -d' ' -f1; }

echo "== squatwatch cold crawl (concurrency $N)"
rm -rf "$OUT/cache"
measure cold "$BIN/squatwatch" crawl --index-url "$INDEX" --cache-dir "$OUT/cache" --concurrency "$N" --no-inspect
COLD_S=$SECONDS_TAKEN; COLD_RSS=$RSS_KB; COLD_REQ=$(requests_of cold)

echo "== squatwatch unchanged re-crawl"
measure warm "$BIN/squatwatch" crawl --index-url "$INDEX" --cache-dir "$OUT/cache" --concurrency "$N" --no-inspect
WARM_S=$SECONDS_TAKEN; WARM_RSS=$RSS_KB; WARM_REQ=$(requests_of warm)

echo "== curl --parallel --parallel-max $N over the same URLs"
python3 - "$OUT/mirror/web" "$INDEX" "http://127.0.0.1:$PORT" > "$OUT/urls.cfg" <<'PY'
import os, sys
web, index, origin = sys.argv[1:]
print(f'url = "{index}"\noutput = "/dev/null"')
for name in sorted(os.listdir(f"{web}/simple")):
    if os.path.isdir(f"{web}/simple/{name}"):
        print(f'url = "{index}{name}/"\noutput = "/dev/null"')
        if os.path.exists(f"{web}/pypi/{name}/json"):
            print(f'url = "{origin}/pypi/{name}/json"\noutput = "/dev/null"')
PY
CURL_REQ=$(grep -c '^url' "$OUT/urls.cfg")
measure curl curl --parallel --parallel-max "$N" --silent \
  -H "Accept: application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.1, text/html;q=0.01" \
  --config "$OUT/urls.cfg"
CURL_S=$SECONDS_TAKEN

python3 - "$PROJECTS" "$N" "$COLD_S" "$COLD_REQ" "$COLD_RSS" "$WARM_S" "$WARM_REQ" "$WARM_RSS" "$CURL_S" "$CURL_REQ" <<'PY' | tee "$OUT/results.md"
import sys
p, n, cs, cr, crss, ws, wr, wrss, us, ur = sys.argv[1:]
p, n, cr, wr, ur = int(p), int(n), int(cr), int(wr), int(ur)
cs, ws, us, crss, wrss = float(cs), float(ws), float(us), int(crss), int(wrss)
sw_rate, curl_rate = cr / cs, ur / us
print(f"Crawl benchmark: {p:,} projects, nginx on 127.0.0.1, concurrency {n}\n")
print("| measure | squatwatch | reference | ratio | target |")
print("|---|---|---|---|---|")
print(f"| cold crawl requests/s | {sw_rate:,.0f} | curl --parallel {curl_rate:,.0f} | {sw_rate / curl_rate:.2f} | >= 0.50 |")
print(f"| cold crawl projects/s | {p / cs:,.0f} | | | |")
print(f"| cold crawl time, requests | {cs:.1f} s, {cr:,} | curl {us:.1f} s, {ur:,} | | |")
print(f"| unchanged re-crawl time, requests | {ws:.1f} s, {wr:,} | cold {cs:.1f} s | {cs / ws:.0f}x faster | >= 20x |")
print(f"| peak RSS cold / re-crawl | {crss / 1024:.0f} MB / {wrss / 1024:.0f} MB | | | <= 300 MB |")
PY
