#!/usr/bin/env bash
# Crawl benchmark: squatwatch against nginx on 127.0.0.1, with curl --parallel as the ceiling.
#   bench/crawl-bench.sh [PROJECTS] [CONCURRENCY] [ROUNDS]
# The mirror holds every distribution, so the default crawl inspects them. Each round crawls cold (inspection on),
# re-crawls unchanged, has curl replay every request the cold crawl made (same paths and Range headers, from
# nginx's log) at the same parallelism, then crawls cold with --no-inspect against curl over the pages alone.
# The machine is shared, so rounds repeat and each ratio is reported with the load average around it.
set -euo pipefail
cd "$(dirname "$0")/.."
PROJECTS=${1:-100000}
N=${2:-8}
ROUNDS=${3:-3}
OUT=${BENCH_OUT:-$PWD/bench-out/crawl}
BIN=.build/release
. bench/nginx-mirror.sh
ACCEPT="application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.1, text/html;q=0.01"

echo "== a $PROJECTS-project mirror with its distributions, served by nginx"
serve_generated_mirror "$OUT" "$PROJECTS-distributions" --projects "$PROJECTS" --seed 1
rotate_access_log "$OUT" startup
INDEX="http://127.0.0.1:$PORT/simple/"

measure() { # label, command...: wall seconds and peak RSS (KiB) from GNU time, load average before and after
  local label=$1; shift
  # A run's cache is several hundred MB: flush it first, so its writeback does not land in the next timing.
  sync
  cut -d' ' -f1 /proc/loadavg > "$OUT/$label.load"
  /usr/bin/time -f "%e %M" -o "$OUT/$label.time" "$@" > "$OUT/$label.out" 2> "$OUT/$label.err"
  cut -d' ' -f1 /proc/loadavg >> "$OUT/$label.load"
  rotate_access_log "$OUT" "$label"
}
curl_config() { # access log, configuration: one curl operation per logged request, with its Range header
  python3 - "$1" "http://127.0.0.1:$PORT" "$ACCEPT" > "$2" <<'PY'
import sys
log, origin, accept = sys.argv[1:]
for index, line in enumerate(open(log)):
    uri, byte_range, _, _ = line.rstrip("\n").split("\t")
    # `next` starts each request's own options (its Range header).
    if index > 0:
        print("next")
    print(f'url = "{origin}{uri}"\noutput = "/dev/null"\nheader = "Accept: {accept}"')
    if byte_range != "-":
        print(f'header = "Range: {byte_range}"')
PY
}
pages_config() { # configuration: the listing, every project page and JSON API document, as the crawl asks
  python3 - "$OUT/mirror/web" "$INDEX" "http://127.0.0.1:$PORT" "$ACCEPT" > "$1" <<'PY'
import os, sys
web, index, origin, accept = sys.argv[1:]
print(f'header = "Accept: {accept}"\nurl = "{index}"\noutput = "/dev/null"')
for name in sorted(os.listdir(f"{web}/simple")):
    if os.path.isdir(f"{web}/simple/{name}"):
        print(f'url = "{index}{name}/"\noutput = "/dev/null"')
        if os.path.exists(f"{web}/pypi/{name}/json"):
            print(f'url = "{origin}/pypi/{name}/json"\noutput = "/dev/null"')
PY
}

for round in $(seq "$ROUNDS"); do
  echo "== round $round: squatwatch cold crawl (concurrency $N, inspection on)"
  rm -rf "$OUT/cache"
  measure "cold-$round" "$BIN/squatwatch" crawl --index-url "$INDEX" --cache-dir "$OUT/cache" --concurrency "$N"
  echo "== round $round: squatwatch unchanged re-crawl"
  measure "warm-$round" "$BIN/squatwatch" crawl --index-url "$INDEX" --cache-dir "$OUT/cache" --concurrency "$N"
  echo "== round $round: curl --parallel --parallel-max $N replays the cold crawl's requests"
  curl_config "$OUT/cold-$round.log" "$OUT/replay-$round.cfg"
  measure "curl-$round" curl --parallel --parallel-max "$N" --silent --config "$OUT/replay-$round.cfg"
  echo "== round $round: squatwatch cold crawl --no-inspect, and curl over the same pages"
  rm -rf "$OUT/cache"
  measure "pages-$round" "$BIN/squatwatch" crawl --index-url "$INDEX" --cache-dir "$OUT/cache" --concurrency "$N" \
    --no-inspect
  pages_config "$OUT/pages.cfg"
  measure "curl-pages-$round" curl --parallel --parallel-max "$N" --silent --config "$OUT/pages.cfg"
done

python3 - "$OUT" "$PROJECTS" "$N" "$ROUNDS" <<'PY' | tee "$OUT/results.md"
import statistics, sys
out, projects, n, rounds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
def time(label):
    seconds, rss = open(f"{out}/{label}.time").read().split()[-2:]
    return float(seconds), int(rss)
def requests(label):
    return sum(1 for _ in open(f"{out}/{label}.log"))
def load(label):
    return " → ".join(open(f"{out}/{label}.load").read().split())
print(f"Crawl benchmark: {projects:,} projects with their distributions, nginx on 127.0.0.1, concurrency {n}\n")
print("| round | crawl | squatwatch requests/s | curl --parallel requests/s | ratio | load average | re-crawl | peak RSS |")
print("|---|---|---|---|---|---|---|---|")
ratios, speedups, peaks = [], [], []
for r in range(1, rounds + 1):
    cold_s, cold_rss = time(f"cold-{r}")
    warm_s, warm_rss = time(f"warm-{r}")
    curl_s, _ = time(f"curl-{r}")
    cold_req, warm_req = requests(f"cold-{r}"), requests(f"warm-{r}")
    rate, curl_rate = cold_req / cold_s, requests(f"curl-{r}") / curl_s
    ratios.append(rate / curl_rate)
    speedups.append(cold_s / warm_s)
    peaks.append(max(cold_rss, warm_rss))
    print(f"| {r} | default: {cold_req:,} requests in {cold_s:.1f} s | {rate:,.0f} | {curl_rate:,.0f} "
          f"(curl {curl_s:.1f} s) | {rate / curl_rate:.2f} | {load(f'cold-{r}')} / curl {load(f'curl-{r}')} "
          f"| {warm_s:.2f} s, {warm_req} requests: {cold_s / warm_s:.0f}x | {cold_rss / 1024:.0f} MB / "
          f"{warm_rss / 1024:.0f} MB |")
    pages_s, pages_rss = time(f"pages-{r}")
    pages_curl_s, _ = time(f"curl-pages-{r}")
    pages_req, pages_curl_req = requests(f"pages-{r}"), requests(f"curl-pages-{r}")
    print(f"| {r} | --no-inspect: {pages_req:,} requests in {pages_s:.1f} s | {pages_req / pages_s:,.0f} | "
          f"{pages_curl_req / pages_curl_s:,.0f} (curl {pages_curl_s:.1f} s) | "
          f"{(pages_req / pages_s) / (pages_curl_req / pages_curl_s):.2f} | {load(f'pages-{r}')} / curl "
          f"{load(f'curl-pages-{r}')} | | {pages_rss / 1024:.0f} MB |")
print(f"\nDefault crawl: median ratio {statistics.median(ratios):.2f} of curl's request rate (target >= 0.50), "
      f"rounds {', '.join(f'{x:.2f}' for x in ratios)}; unchanged re-crawl {min(speedups):.0f}x to "
      f"{max(speedups):.0f}x faster than cold (target >= 20x); peak RSS {max(peaks) / 1024:.0f} MB (target <= 300 MB).")
PY
