#!/usr/bin/env bash
# Nightly replay: a registry under real names (the download ranking) grows day by day through a campaign shaped like
# 2025's (9, 295, 39, 119, 740, 249, 46, then 16 and 12 a week later) among at least 300 legitimate new projects a
# day. Served by nginx on 127.0.0.1; each night squatwatch re-crawls it on one cache with --baseline and
# --update-baseline, as the README's cron job does. Scored per night: the campaign projects flagged the night they
# appear, and the legitimate projects in that night's news; then the same again for a nightly `check --popular` (the
# top 5,000 of the ranking) on the same cache with its own baseline.
#   bench/replay-eval.sh [full|small]      small: fewer projects and the first 6 nights (through the 740-project day)
# Environment: REPLAY_OUT (default eval-out/replay); EVAL_SQUATWATCH=PATH judges with another squatwatch binary.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE=${1:-${REPLAY_SIZE:-full}}
CSV=${NAMES_EVAL_CSV:-../shared/data/top-pypi-packages-2025-07.csv}
OUT=${REPLAY_OUT:-$PWD/eval-out/replay}
BIN=.build/release
SQUATWATCH=${EVAL_SQUATWATCH:-$BIN/squatwatch}
case "$SIZE" in
  full) NIGHTS=16; SIZES=(--popular 3000 --long-tail 4000 --nights 16 --legitimate-per-night 320) ;;
  small) NIGHTS=6; SIZES=(--popular 1500 --long-tail 1500 --nights 6 --legitimate-per-night 300) ;;
  *) echo "replay-eval: size is full or small, not $SIZE" >&2; exit 2 ;;
esac
[ -f "$CSV" ] || { echo "replay-eval: the ranking $CSV is missing" >&2; exit 1; }
for tool in "$SQUATWATCH" "$BIN/squatwatch-fixtures"; do
  [ -x "$tool" ] || { echo "replay-eval: $tool is not built; run: swift build -c release --product $(basename "$tool")" >&2; exit 1; }
done
. bench/nginx-mirror.sh

# Every replay starts from night 0: the nights rewrite the mirror and the baseline.
rm -rf "$OUT/mirror" "$OUT/cache" "$OUT"/baseline*.json "$OUT"/night-*
mkdir -p "$OUT"
python3 -c 'import sys; sys.path.insert(0, "bench"); import near_popular as n; n.write_top(sys.argv[1], 5000, sys.argv[2])' \
  "$CSV" "$OUT/popular.csv"
for night in $(seq 0 "$NIGHTS"); do
  "$BIN/squatwatch-fixtures" replay --ranking "$CSV" "${SIZES[@]}" --night "$night" --output "$OUT/mirror" \
    --labels "$OUT/labels.jsonl"
  [ "$night" = 0 ] && serve_mirror "$OUT/mirror" "$OUT"
  /usr/bin/time -f "%e %M" -o "$OUT/night-$night.time" "$SQUATWATCH" audit \
    --index-url "http://127.0.0.1:$PORT/simple/" --cache-dir "$OUT/cache" --baseline "$OUT/baseline.json" \
    --update-baseline --format json --output "$OUT/night-$night.json" --fail-on never --quiet
  # The same night checked again with the download ranking, against its own baseline.
  /usr/bin/time -f "%e %M" -o "$OUT/night-$night-popular.time" "$SQUATWATCH" check --cache-dir "$OUT/cache" \
    --popular "$OUT/popular.csv" --baseline "$OUT/baseline-popular.json" --update-baseline --format json \
    --output "$OUT/night-$night-popular.json" --fail-on never --quiet
done
python3 bench/replay.py score --out "$OUT" --nights "$NIGHTS" | tee "$OUT/results.md"
