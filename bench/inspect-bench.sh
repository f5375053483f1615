#!/usr/bin/env bash
# Inspection cost benchmark: bytes transferred per inspected wheel and inspections per second, against nginx on
# 127.0.0.1; the reference in the same run is downloading the same wheels whole with curl.
#   bench/inspect-bench.sh [PROJECTS] [PAD_KIB]
set -euo pipefail
cd "$(dirname "$0")/.."
PROJECTS=${1:-300}
PAD_KIB=${2:-2048}
OUT=${BENCH_OUT:-$PWD/bench-out/inspect}
BIN=.build/release
. bench/nginx-mirror.sh

echo "== $PROJECTS projects, popular ones padded with $PAD_KIB KiB of modules, served by nginx"
serve_generated_mirror "$OUT" "$PROJECTS-$PAD_KIB" --projects "$PROJECTS" --seed 3 --pad-popular-kib "$PAD_KIB"

echo "== squatwatch crawl with inspection"
rm -rf "$OUT/cache"
/usr/bin/time -f "%e" -o "$OUT/crawl.time" "$BIN/squatwatch" crawl --index-url "http://127.0.0.1:$PORT/simple/" \
  --cache-dir "$OUT/cache" --quiet

echo "== reference: curl downloads the same wheels whole"
python3 - "$OUT" "$PORT" <<'PY'
import json, sqlite3, sys, urllib.parse, zlib
out, port = sys.argv[1], sys.argv[2]
db = sqlite3.connect(f"{out}/cache/squatwatch.sqlite")
sizes, urls = {}, {}
# The stored PEP 691 project pages (raw-deflated when encoding = 1), as the crawl fetched them.
for body, encoding, page_url in db.execute("SELECT body, encoding, url FROM document WHERE kind = 'simple'"):
    page = json.loads(zlib.decompress(body, -15) if encoding else body)
    for f in page.get("files", []):
        sizes[f["filename"]] = f.get("size")
        urls[f["filename"]] = urllib.parse.urljoin(page_url, f["url"])
big = []
for (payload,) in db.execute("SELECT payload FROM inspection"):
    i = json.loads(payload)
    if i["filename"].endswith(".whl") and (sizes.get(i["filename"]) or 0) > 1 << 20:
        big.append(i)
with open(f"{out}/big-wheels.cfg", "w") as cfg:
    for i in big:
        cfg.write(f'url = "{urls[i["filename"]]}"\noutput = "/dev/null"\n')
json.dump({"big": [[i["filename"], i["bytesTransferred"], sizes[i["filename"]], i.get("error")] for i in big]},
          open(f"{out}/big-wheels.json", "w"))
PY
/usr/bin/time -f "%e" -o "$OUT/curl.time" curl --parallel --parallel-max 8 --silent --config "$OUT/big-wheels.cfg" 2>/dev/null

python3 - "$OUT" <<'PY' | tee "$OUT/results.md"
import json, sqlite3, statistics, sys
out = sys.argv[1]
db = sqlite3.connect(f"{out}/cache/squatwatch.sqlite")
inspections = [json.loads(p) for (p,) in db.execute("SELECT payload FROM inspection")]
big = json.load(open(f"{out}/big-wheels.json"))["big"]
crawl_s = float(open(f"{out}/crawl.time").read().split()[0])
curl_s = float(open(f"{out}/curl.time").read().split()[0])
transferred = [b for _, b, _, _ in big]
full = [s for _, _, s, _ in big]
errors = sum(1 for i in inspections if i.get("error"))
print(f"Inspection benchmark: {len(inspections)} distributions inspected, {len(big)} wheels over 1 MiB, nginx on 127.0.0.1\n")
print("| measure | squatwatch | reference | ratio | target |")
print("|---|---|---|---|---|")
print(f"| median bytes per wheel over 1 MiB | {statistics.median(transferred):,.0f} B | whole file {statistics.median(full):,.0f} B "
      f"| {statistics.median(transferred) / statistics.median(full):.4f} | <= 16 KiB |")
print(f"| max bytes per wheel over 1 MiB | {max(transferred):,} B | | | |")
print(f"| total bytes for wheels over 1 MiB | {sum(transferred):,} B | curl whole files {sum(full):,} B | "
      f"{sum(transferred) / sum(full):.4f} | |")
print(f"| wheels over 1 MiB per second | | curl whole files {len(big) / curl_s:,.1f}/s | | |")
print(f"| inspections per second (whole crawl incl. pages) | {len(inspections) / crawl_s:,.1f}/s | | | |")
print(f"| inspection errors | {errors} | | | 0 |")
PY
