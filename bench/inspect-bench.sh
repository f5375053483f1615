#!/usr/bin/env bash
# Inspection benchmark, against nginx on 127.0.0.1: bytes sent per inspected wheel, counted by nginx.
#   bench/inspect-bench.sh [PROJECTS] [PAD_KIB]
# 1. Real wheels: popular projects' wheels over 1 MiB, downloaded once with pip into .build/real-wheels, served
#    as a PEP 691 index with a JSON API under /real/ and crawled; each inspection is compared with a full read of
#    the same wheel (scripts, import names, code verdict).
# 2. Generated wheels: a PROJECTS-project registry whose popular projects carry PAD_KIB KiB of modules; the
#    reference is downloading those wheels whole with curl.
set -euo pipefail
cd "$(dirname "$0")/.."
PROJECTS=${1:-300}
PAD_KIB=${2:-2048}
OUT=${BENCH_OUT:-$PWD/bench-out/inspect}
BIN=.build/release
WHEELS=.build/real-wheels
. bench/nginx-mirror.sh

# Pinned, so every run reads the same bytes: CPython 3.11 on x86-64 Linux, whatever the machine runs.
REAL_WHEELS="aiohttp==3.14.5 ansible_core==2.19.14 babel==2.19.0 black==26.10.1 botocore==1.44.8
  cryptography==50.0.2 debugpy==1.8.22 django==5.2.19 faker==40.63.0 fonttools==4.68.0 grpcio==1.85.3
  jedi==0.20.1 kiwisolver==1.5.1 lxml==6.2.0 matplotlib==3.11.2 mkdocs_material==9.8.2 mypy==2.4.1
  networkx==3.6.1 nltk==3.10.4 numba==0.68.1 numpy==2.4.6 openai==3.60.0 pandas==3.1.1 pillow==13.0.0
  pip==26.3 plotly==7.1.0 psycopg2_binary==2.9.13 pydantic_core==2.50.5 pygments==2.21.0 ruff==0.17.6
  scikit_learn==1.9.1 scipy==1.17.1 selenium==4.53.0 sphinx==9.0.4 sqlalchemy==2.1.9 sympy==1.14.0
  tokenizers==0.23.3 transformers==5.25.0 virtualenv==21.15.14 yt_dlp==2026.11.23 zstandard==0.25.0"
mkdir -p "$WHEELS" "$OUT"
missing=""
for pin in $REAL_WHEELS; do
  ls "$WHEELS/${pin%%==*}-${pin##*==}-"*.whl >/dev/null 2>&1 || missing="$missing $pin"
done
if [ -n "$missing" ]; then
  echo "== downloading real wheels into $WHEELS:$missing"
  ${PIP:-python3 -m pip} download --quiet --no-deps --only-binary=:all: --python-version 3.11 --implementation cp \
    --abi cp311 --abi abi3 --abi none --platform manylinux_2_34_x86_64 --platform manylinux_2_28_x86_64 \
    --platform manylinux_2_27_x86_64 --platform manylinux_2_26_x86_64 --platform manylinux_2_24_x86_64 \
    --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 --platform any -d "$WHEELS" $missing
fi

echo "== $PROJECTS generated projects, popular ones padded with $PAD_KIB KiB of modules, and the real wheels"
serve_generated_mirror "$OUT" "$PROJECTS-$PAD_KIB" --projects "$PROJECTS" --seed 3 --pad-popular-kib "$PAD_KIB"
rotate_access_log "$OUT" startup
python3 - "$OUT/mirror/web/real" "$WHEELS" $REAL_WHEELS <<'PY'
# A PEP 691 index (and JSON API) of the real wheels, one project each, as a mirror of pypi.org would list them.
import hashlib, json, os, shutil, sys
root, wheels, pins = sys.argv[1], sys.argv[2], sys.argv[3:]
shutil.rmtree(root, ignore_errors=True)
listing = []
for pin in pins:
    stem, version = pin.split("==")
    filename = next(f for f in os.listdir(wheels) if f.startswith(f"{stem}-{version}-") and f.endswith(".whl"))
    name = stem.replace("_", "-").lower()
    data = open(os.path.join(wheels, filename), "rb").read()
    digest = hashlib.sha256(data).hexdigest()
    os.makedirs(f"{root}/packages", exist_ok=True)
    os.symlink(os.path.abspath(os.path.join(wheels, filename)), f"{root}/packages/{filename}")
    url = f"../../packages/{filename}"
    page = {"meta": {"api-version": "1.1"}, "name": name, "versions": [version],
            "files": [{"filename": filename, "url": url, "hashes": {"sha256": digest}, "size": len(data),
                       "upload-time": "2025-07-01T00:00:00Z", "core-metadata": False}]}
    os.makedirs(f"{root}/simple/{name}", exist_ok=True)
    json.dump(page, open(f"{root}/simple/{name}/index.v1_json", "w"))
    os.makedirs(f"{root}/pypi/{name}", exist_ok=True)
    release = [{"filename": filename, "upload_time_iso_8601": "2025-07-01T00:00:00Z", "yanked": False}]
    json.dump({"info": {"name": name, "version": version, "summary": ""}, "releases": {version: release}},
              open(f"{root}/pypi/{name}/json", "w"))
    listing.append({"name": name})
json.dump({"meta": {"api-version": "1.1"}, "projects": listing}, open(f"{root}/simple/index.v1_json", "w"))
PY
WHEEL_FILES=$(for pin in $REAL_WHEELS; do ls "$WHEELS/${pin%%==*}-${pin##*==}-"*.whl; done)

echo "== squatwatch crawls the real wheels' index"
rm -rf "$OUT/real-cache"
"$BIN/squatwatch" crawl --index-url "http://127.0.0.1:$PORT/real/simple/" --cache-dir "$OUT/real-cache" --quiet
rotate_access_log "$OUT" real-crawl
echo "== reference: a full read of each real wheel"
[ -s "$OUT/real-full.jsonl" ] || "$BIN/squatwatch-fixtures" inspect --full $WHEEL_FILES > "$OUT/real-full.jsonl"

echo "== squatwatch crawls the generated registry"
rm -rf "$OUT/cache"
/usr/bin/time -f "%e" -o "$OUT/crawl.time" "$BIN/squatwatch" crawl --index-url "http://127.0.0.1:$PORT/simple/" \
  --cache-dir "$OUT/cache" --quiet
rotate_access_log "$OUT" crawl

echo "== reference: curl downloads the same generated wheels whole"
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
big = [json.loads(p) for (p,) in db.execute("SELECT payload FROM inspection")]
big = [i for i in big if i["filename"].endswith(".whl") and (sizes.get(i["filename"]) or 0) > 1 << 20]
with open(f"{out}/big-wheels.cfg", "w") as cfg:
    for i in big:
        cfg.write(f'url = "{urls[i["filename"]]}"\noutput = "/dev/null"\n')
json.dump({"big": [[i["filename"], sizes[i["filename"]]] for i in big]}, open(f"{out}/big-wheels.json", "w"))
PY
/usr/bin/time -f "%e" -o "$OUT/curl.time" curl --parallel --parallel-max 8 --silent --config "$OUT/big-wheels.cfg" 2>/dev/null

python3 - "$OUT" <<'PY'
# Bytes nginx sent per wheel (every request for its file, headers included), from the access logs.
import collections, json, sys, urllib.parse
out = sys.argv[1]
for log, name in (("real-crawl", "real-sent"), ("crawl", "generated-sent")):
    sent, requests = collections.Counter(), collections.Counter()
    for line in open(f"{out}/{log}.log"):
        uri, _, _, size = line.rstrip("\n").split("\t")
        path = urllib.parse.unquote(uri.split("?")[0])
        if "/packages/" in path:
            filename = path.rsplit("/", 1)[1].removesuffix(".metadata")
            sent[filename] += int(size)
            requests[filename] += 1
    json.dump(sent, open(f"{out}/{name}.json", "w"))
    json.dump(requests, open(f"{out}/{name}-requests.json", "w"))
PY
python3 -c '
import json, sqlite3, sys
for (p,) in sqlite3.connect(sys.argv[1]).execute("SELECT payload FROM inspection"): print(p.decode() if isinstance(p, bytes) else p)
' "$OUT/real-cache/squatwatch.sqlite" > "$OUT/real-inspections.jsonl"

{
  echo "Inspection benchmark, real wheels: $(grep -c . "$OUT/real-full.jsonl") popular projects' wheels over 1 MiB"
  echo "(pip download, pinned), crawled from nginx on 127.0.0.1; bytes are what nginx sent for each wheel"
  echo "(every request, headers included); the reference is a full read of each wheel."
  echo
  python3 bench/inspect-compare.py "$OUT/real-full.jsonl" "$OUT/real-inspections.jsonl" "$OUT/real-sent.json" \
    "$OUT/real-sent-requests.json" || true
  echo
} | tee "$OUT/results.md"

python3 - "$OUT" <<'PY' | tee -a "$OUT/results.md"
import json, sqlite3, statistics, sys
out = sys.argv[1]
db = sqlite3.connect(f"{out}/cache/squatwatch.sqlite")
inspections = [json.loads(p) for (p,) in db.execute("SELECT payload FROM inspection")]
big = json.load(open(f"{out}/big-wheels.json"))["big"]
sent = json.load(open(f"{out}/generated-sent.json"))
crawl_s = float(open(f"{out}/crawl.time").read().split()[0])
curl_s = float(open(f"{out}/curl.time").read().split()[0])
transferred = [sent.get(name, 0) for name, _ in big]
full = [size for _, size in big]
errors = sum(1 for i in inspections if i.get("error"))
print(f"Inspection benchmark, generated wheels: {len(inspections)} distributions inspected, {len(big)} wheels over 1 MiB\n")
print("| measure | squatwatch | reference | ratio |")
print("|---|---|---|---|")
print(f"| median bytes sent per wheel over 1 MiB | {statistics.median(transferred):,.0f} B | whole file "
      f"{statistics.median(full):,.0f} B | {statistics.median(transferred) / statistics.median(full):.4f} |")
print(f"| total bytes for wheels over 1 MiB | {sum(transferred):,} B | curl whole files {sum(full):,} B | "
      f"{sum(transferred) / sum(full):.4f} |")
print(f"| wheels over 1 MiB per second | | curl whole files {len(big) / curl_s:,.1f}/s | |")
print(f"| inspections per second (whole crawl incl. pages) | {len(inspections) / crawl_s:,.1f}/s | | |")
print(f"| inspection errors | {errors} | | |")
PY
