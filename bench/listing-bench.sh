#!/usr/bin/env bash
# Listing benchmark: `squatwatch crawl --projects ONE-NAME` against a PROJECTS-project listing (pypi.org lists
# over 700,000), served by nginx on 127.0.0.1 as PEP 503 HTML (Artifactory and Nexus remotes of PyPI serve it so)
# and as PEP 691 JSON. The reference is curl fetching the same listing in the same run.
#   bench/listing-bench.sh [PROJECTS]
set -euo pipefail
cd "$(dirname "$0")/.."
PROJECTS=${1:-1000000}
OUT=${BENCH_OUT:-$PWD/bench-out/listing}
BIN=.build/release
ACCEPT="application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.1, text/html;q=0.01"
. bench/nginx-mirror.sh

for format in html json; do
  mkdir -p "$OUT/$format"
  [ -f "$OUT/$format/mirror/.made-$PROJECTS" ] || python3 - "$OUT/$format/mirror/web" "$PROJECTS" "$format" <<'PY'
# The listing, and one project (the one crawled) with its page and JSON API document.
import json, os, random, shutil, sys
web, count, form = sys.argv[1], int(sys.argv[2]), sys.argv[3]
shutil.rmtree(web, ignore_errors=True)
os.makedirs(f"{web}/simple/wanted-project")
words = ["py", "django", "flask", "client", "tools", "api", "data", "aws", "cli", "utils", "sdk", "test", "lib"]
rng = random.Random(1)
names = [f"{rng.choice(words)}-{rng.choice(words)}-{index}" for index in range(count - 1)] + ["Wanted_Project"]
rng.shuffle(names)
if form == "html":
    with open(f"{web}/simple/index.html", "w") as out:
        out.write('<!DOCTYPE html>\n<html>\n  <head>\n    <meta name="pypi:repository-version" content="1.0">\n'
                  "    <title>Simple index</title>\n  </head>\n  <body>\n")
        for name in names:
            out.write(f'    <a href="/simple/{name.lower().replace("_", "-")}/">{name}</a><br/>\n')
        out.write("  </body>\n</html>\n")
    page = ('<!DOCTYPE html><html><body><a href="../../packages/wanted_project-1.0.tar.gz#sha256=00">'
            "wanted_project-1.0.tar.gz</a></body></html>")
    open(f"{web}/simple/wanted-project/index.html", "w").write(page)
else:
    projects = [{"name": name, "_last-serial": index} for index, name in enumerate(names)]
    json.dump({"meta": {"api-version": "1.1", "_last-serial": count}, "projects": projects},
              open(f"{web}/simple/index.v1_json", "w"), separators=(",", ":"))
    serial = names.index("Wanted_Project")
    page = {"meta": {"api-version": "1.1", "_last-serial": serial}, "name": "wanted-project", "files": []}
    json.dump(page, open(f"{web}/simple/wanted-project/index.v1_json", "w"))
    os.makedirs(f"{web}/pypi/wanted-project")
    json.dump({"info": {"name": "Wanted_Project", "version": "1.0"}, "releases": {"1.0": []}},
              open(f"{web}/pypi/wanted-project/json", "w"))
open(f"{web}/../.made-{count}", "w").close()
PY
  echo "== a $PROJECTS-project $format listing served by nginx"
  serve_mirror "$OUT/$format/mirror" "$OUT/$format"
  URL="http://127.0.0.1:$PORT/simple/"
  curl --silent -H "Accept: $ACCEPT" -o /dev/null "$URL"
  /usr/bin/time -f "%e %M" -o "$OUT/$format/curl.time" curl --silent -H "Accept: $ACCEPT" -o "$OUT/$format/listing" "$URL"
  rm -rf "$OUT/$format/cache"
  /usr/bin/time -f "%e %M" -o "$OUT/$format/crawl.time" "$BIN/squatwatch" crawl --index-url "$URL" \
    --cache-dir "$OUT/$format/cache" --projects wanted-project --no-inspect --quiet
  stat -c %s "$OUT/$format/listing" > "$OUT/$format/size"
  kill "${NGINX_PIDS##* }"
  wait "${NGINX_PIDS##* }" 2>/dev/null || true
done

python3 - "$OUT" "$PROJECTS" <<'PY' | tee "$OUT/results.md"
import sys
out, projects = sys.argv[1], int(sys.argv[2])
print(f"Listing benchmark: `squatwatch crawl --projects wanted-project` against a {projects:,}-project listing, "
      "nginx on 127.0.0.1\n")
print("| listing | size | squatwatch time | peak RSS | reference: curl fetches the listing | time ratio | target |")
print("|---|---|---|---|---|---|---|")
for form, label in (("html", "PEP 503 HTML"), ("json", "PEP 691 JSON")):
    seconds, rss = map(float, open(f"{out}/{form}/crawl.time").read().split()[-2:])
    curl_s, _ = map(float, open(f"{out}/{form}/curl.time").read().split()[-2:])
    size = int(open(f"{out}/{form}/size").read())
    print(f"| {label} | {size / 2**20:.1f} MiB | {seconds:.1f} s | {rss / 1024:.0f} MB | {curl_s:.2f} s | "
          f"{seconds / max(curl_s, 0.01):.1f}x | <= 300 MB |")
PY
