#!/usr/bin/env bash
# Registry from real data: the real malicious distributions of ../shared/data/real-world/malicious-metadata.jsonl
# (real names, Core Metadata, member lists with harmless filler of the recorded sizes, real entry points; never
# their code) among legitimate projects under real names from the download ranking (popular projects with their real
# commands, some served as real wheels from PyPI; a long tail; real legitimate look-alikes). Served by nginx on
# 127.0.0.1 with the JSON API and as an HTML-only index, audited with and without --popular, scored per population
# next to GuardDog's name rule on the same names.
#   bench/real-registry-eval.sh [full|small]
# Environment: REAL_REGISTRY_REGENERATE=1 rebuilds the mirror (it is otherwise reused while the generator's sources,
# the data and the size are unchanged); REAL_REGISTRY_OUT (default eval-out/real-registry); EVAL_SQUATWATCH=PATH
# judges with another squatwatch binary (a build of an older commit, to compare).
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE=${1:-${REAL_REGISTRY_SIZE:-full}}
CSV=${NAMES_EVAL_CSV:-../shared/data/top-pypi-packages-2025-07.csv}
REAL=${REAL_WORLD_DIR:-../shared/data/real-world}
OUT=${REAL_REGISTRY_OUT:-$PWD/eval-out/real-registry}
WHEELS=.build/real-wheels
BIN=.build/release
SQUATWATCH=${EVAL_SQUATWATCH:-$BIN/squatwatch}
SEED=12
case "$SIZE" in
  full) SIZES=(--popular 5000 --long-tail 3000) ;;
  small) SIZES=(--popular 2000 --long-tail 1000 --malicious-limit 1500) ;;
  *) echo "real-registry-eval: size is full or small, not $SIZE" >&2; exit 2 ;;
esac

for file in "$CSV" "$REAL/malicious-metadata.jsonl" "$REAL/malicious-names.csv" "$REAL/benign-lookalikes.csv" \
  "$REAL/import-names.csv"; do
  [ -f "$file" ] || { echo "real-registry-eval: $file is missing (see ../shared/data/real-world/README.md)" >&2; exit 1; }
done
for tool in "$SQUATWATCH" "$BIN/squatwatch-fixtures"; do
  [ -x "$tool" ] || { echo "real-registry-eval: $tool is not built; run: swift build -c release --product $(basename "$tool")" >&2; exit 1; }
done
mkdir -p "$OUT"
. bench/nginx-mirror.sh
. bench/guarddog-venv.sh

# A few real wheels of popular projects, downloaded once (pinned in bench/real-wheels.txt).
wheels_key=$(sha256sum bench/real-wheels.txt | cut -c1-16)
if [ ! -f "$WHEELS/.complete-$wheels_key" ]; then
  echo "== real-registry: pip download of the real wheels in bench/real-wheels.txt into $WHEELS"
  rm -rf "$WHEELS" && mkdir -p "$WHEELS"
  "$GUARDDOG_VENV/bin/pip" download -q --no-deps --only-binary=:all: -d "$WHEELS" $(grep -v "^#" bench/real-wheels.txt)
  touch "$WHEELS/.complete-$wheels_key"
fi

key=$( { echo "$SIZE $SEED"; cat Sources/SquatwatchFixtures/*.swift; ls -l "$CSV" "$REAL" "$WHEELS"; } | sha256sum | cut -c1-16)
if [ "${REAL_REGISTRY_REGENERATE:-0}" = 1 ] || [ ! -f "$OUT/mirror/.made-$key" ]; then
  echo "== real-registry: generating the mirror ($SIZE)"
  rm -rf "$OUT/mirror"
  "$BIN/squatwatch-fixtures" real-registry --ranking "$CSV" --malicious-metadata "$REAL/malicious-metadata.jsonl" \
    --lookalikes "$REAL/benign-lookalikes.csv" --import-names "$REAL/import-names.csv" --real-wheels "$WHEELS" \
    "${SIZES[@]}" --seed "$SEED" --output "$OUT/mirror" --labels "$OUT/labels.jsonl"
  touch "$OUT/mirror/.made-$key"
else
  echo "== real-registry: reusing the mirror in $OUT/mirror (REAL_REGISTRY_REGENERATE=1 rebuilds it)"
fi
python3 bench/real-registry.py names --out "$OUT" --ranking "$CSV"

# One crawl per server kind; the --popular variant checks the same cache again.
for kind in json html; do
  mkdir -p "$OUT/$kind"
  serve_mirror "$OUT/mirror" "$OUT/$kind" $([ "$kind" = html ] && echo html-only)
  rm -rf "$OUT/$kind/cache"
  echo "== real-registry: squatwatch audit, $kind, http://127.0.0.1:$PORT/simple/"
  /usr/bin/time -f "%e %M" -o "$OUT/audit-$kind-derived.time" "$SQUATWATCH" audit \
    --index-url "http://127.0.0.1:$PORT/simple/" --cache-dir "$OUT/$kind/cache" --format json \
    --output "$OUT/report-$kind-derived.json" --fail-on never --quiet
  echo "== real-registry: squatwatch check --popular, $kind"
  /usr/bin/time -f "%e %M" -o "$OUT/audit-$kind-popular.time" "$SQUATWATCH" check \
    --cache-dir "$OUT/$kind/cache" --popular "$OUT/popular.csv" --format json \
    --output "$OUT/report-$kind-popular.json" --fail-on never --quiet
done

echo "== real-registry: GuardDog on the same names"
guarddog_names "$OUT/popular.csv" "$OUT/judge.txt" "$OUT/guarddog.json" "$OUT/guarddog-cache"

python3 bench/real-registry.py score --out "$OUT" --ranking "$CSV" --real-world "$REAL" \
  --known-commands Sources/SquatwatchKit/Resources/known-commands.json --real-wheels "$WHEELS" | tee "$OUT/results.md"
