#!/usr/bin/env bash
# Upstream benchmark: what `squatwatch crawl --upstream` costs when the upstream lists 1,000,000 projects (pypi.org's
# order of size), served by nginx on 127.0.0.1. References, measured in the same run: the crawl of the private index
# alone, and a plain crawl of the upstream asking for one project (what reading that listing costs any crawl).
#   bench/upstream-bench.sh [NAMES] [PRIVATE_PROJECTS]
# The private index (read from disk) holds PRIVATE_PROJECTS generated projects; the upstream holds the same projects
# (so every one collides and is fetched: page and JSON API) under a listing padded to NAMES names.
set -euo pipefail
cd "$(dirname "$0")/.."
NAMES=${1:-1000000}
PRIVATE=${2:-1000}
OUT=${BENCH_OUT:-$PWD/bench-out/upstream}
BIN=.build/release
. bench/nginx-mirror.sh

echo "== upstream: $PRIVATE generated projects under a $NAMES-name listing, served by nginx"
serve_generated_mirror "$OUT" "$PRIVATE-$NAMES" --projects "$PRIVATE" --seed 5 --no-distributions
SIMPLE="$OUT/mirror/web/simple"
if [ ! -f "$SIMPLE/.listing-$NAMES" ]; then
  python3 - "$SIMPLE" "$NAMES" <<'PY'
import json, os, random, sys
simple, total = sys.argv[1], int(sys.argv[2])
real = json.load(open(f"{simple}/index.v1_json"))
entries = real["projects"]
words = ["data", "py", "django", "flask", "client", "tools", "api", "sdk", "utils", "cli", "aws", "azure", "ml",
         "torch", "async", "json", "http", "test", "plugin", "core", "lib", "graph", "auth", "cloud", "stream"]
rng = random.Random(5)
serial = 20_000_000
index = 0
while len(entries) < total:
    index += 1
    serial += 1
    name = f"{rng.choice(words)}-{rng.choice(words)}-{index:x}"
    entries.append({"name": name, "_last-serial": serial})
rng.shuffle(entries)
listing = {"meta": {"api-version": "1.1", "_last-serial": serial}, "projects": entries}
with open(f"{simple}/index.v1_json", "w") as out:
    json.dump(listing, out, separators=(",", ":"))
with open(f"{simple}/index.html", "w") as out:
    out.write('<!DOCTYPE html>\n<html><head><meta name="pypi:repository-version" content="1.0">'
              "<title>Simple index</title></head><body>\n")
    for entry in entries:
        out.write(f'<a href="/simple/{entry["name"]}/">{entry["name"]}</a>\n')
    out.write("</body></html>\n")
PY
  touch "$SIMPLE/.listing-$NAMES"
fi
cp "$SIMPLE/index.v1_json" "$OUT/index.v1_json.keep"
trap 'kill $NGINX_PIDS 2>/dev/null || true; cp "$OUT/index.v1_json.keep" "$SIMPLE/index.v1_json"' EXIT
UPSTREAM="http://127.0.0.1:$PORT/simple/"

if [ ! -f "$OUT/private/.made-$PRIVATE" ]; then
  rm -rf "$OUT/private"
  # No serials: no private project is an unchanged copy of the upstream's, so every one collides.
  "$BIN/squatwatch-fixtures" registry --output "$OUT/private" --projects "$PRIVATE" --seed 5 --no-distributions \
    --no-serials
  touch "$OUT/private/.made-$PRIVATE"
fi

measure() { # label, command...: wall seconds and peak RSS (KiB) from GNU time
  local label=$1; shift
  sync
  /usr/bin/time -f "%e %M" -o "$OUT/$label.time" "$@" > "$OUT/$label.out" 2> "$OUT/$label.err"
  read -r SECONDS_TAKEN RSS_KB < "$OUT/$label.time"
}
upstream_requests() { grep -o '[0-9]* requests' "$OUT/$1.err" | tail -1 | cut -d' ' -f1; }
CRAWL=("$BIN/squatwatch" crawl --mirror-dir "$OUT/private" --cache-dir "$OUT/cache" --no-inspect)

rm -rf "$OUT/cache"
echo "== the private index alone (cold, then the reference: warm)"
"${CRAWL[@]}" > /dev/null 2>&1
measure alone "${CRAWL[@]}"
ALONE_S=$SECONDS_TAKEN; ALONE_RSS=$RSS_KB

echo "== a plain crawl of the upstream for one project: the listing's own cost"
FIRST=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["projects"][0]["name"])' "$OUT/private/web/simple/index.v1_json")
rm -rf "$OUT/plain-cache"
measure plain "$BIN/squatwatch" crawl --index-url "$UPSTREAM" --projects "$FIRST" --no-inspect --cache-dir "$OUT/plain-cache"
PLAIN_S=$SECONDS_TAKEN; PLAIN_RSS=$RSS_KB

echo "== with --upstream, PEP 691 JSON listing: cold, then unchanged"
measure json-cold "${CRAWL[@]}" --upstream "$UPSTREAM"
JSON_S=$SECONDS_TAKEN; JSON_RSS=$RSS_KB; JSON_REQ=$(upstream_requests json-cold)
measure json-warm "${CRAWL[@]}" --upstream "$UPSTREAM"
JSONW_S=$SECONDS_TAKEN; JSONW_RSS=$RSS_KB; JSONW_REQ=$(upstream_requests json-warm)

echo "== with --upstream, PEP 503 HTML listing (no serials: collisions revalidated)"
rm "$SIMPLE/index.v1_json"
measure html "${CRAWL[@]}" --upstream "$UPSTREAM"
HTML_S=$SECONDS_TAKEN; HTML_RSS=$RSS_KB; HTML_REQ=$(upstream_requests html)

JSON_BYTES=$(stat -c %s "$OUT/index.v1_json.keep")
HTML_BYTES=$(stat -c %s "$SIMPLE/index.html")
python3 - "$NAMES" "$PRIVATE" "$JSON_BYTES" "$HTML_BYTES" "$ALONE_S" "$ALONE_RSS" "$PLAIN_S" "$PLAIN_RSS" \
  "$JSON_S" "$JSON_RSS" "$JSON_REQ" "$JSONW_S" "$JSONW_RSS" "$JSONW_REQ" "$HTML_S" "$HTML_RSS" "$HTML_REQ" <<'PY' \
  | tee "$OUT/results.md"
import sys
names, private, jb, hb = map(int, sys.argv[1:5])
alone_s, alone_rss, plain_s, plain_rss = float(sys.argv[5]), int(sys.argv[6]), float(sys.argv[7]), int(sys.argv[8])
rows = [("PEP 691 JSON listing, cold", 9), ("PEP 691 JSON listing, unchanged (304)", 12), ("PEP 503 HTML listing", 15)]
print(f"Upstream benchmark: a {names:,}-name upstream listing (JSON {jb / 2**20:.0f} MiB, HTML {hb / 2**20:.0f} MiB) "
      f"served by nginx on 127.0.0.1; {private:,} private projects, all colliding\n")
print(f"References in the same run: the private index alone (warm) {alone_s:.1f} s, {alone_rss / 1024:.0f} MB; a plain "
      f"crawl of the upstream for one project (JSON listing) {plain_s:.1f} s, {plain_rss / 1024:.0f} MB.\n")
print("| `crawl --upstream` run | time | upstream requests | peak RSS | ratio to the plain crawl | target |")
print("|---|---|---|---|---|---|")
for label, at in rows:
    seconds, rss, requests = float(sys.argv[at]), int(sys.argv[at + 1]), int(sys.argv[at + 2])
    print(f"| {label} | {seconds:.1f} s | {requests:,} (bound {1 + 2 * private:,}) | {rss / 1024:.0f} MB | "
          f"{rss / plain_rss:.2f} | <= 300 MB |")
PY
