#!/usr/bin/env bash
# Names alone on real data: squatwatch's `names` command and GuardDog's own PyPI typosquatting rule, both offline,
# on the real malicious names near a popular name and the real legitimate look-alikes of ../shared/data/real-world/,
# with the same popular list (the top 5,000 of the download ranking).
#   bench/real-names-eval.sh [TOP-PYPI-PACKAGES.csv] [REAL-WORLD-DIR]
# Environment: REAL_NAMES_OUT (default eval-out/real-names); EVAL_SQUATWATCH=PATH judges with another binary.
set -euo pipefail
cd "$(dirname "$0")/.."
CSV=${1:-${NAMES_EVAL_CSV:-../shared/data/top-pypi-packages-2025-07.csv}}
REAL=${2:-${REAL_WORLD_DIR:-../shared/data/real-world}}
OUT=${REAL_NAMES_OUT:-$PWD/eval-out/real-names}
BIN=${EVAL_SQUATWATCH:-.build/release/squatwatch}

for file in "$CSV" "$REAL/malicious-names.csv" "$REAL/benign-lookalikes.csv"; do
  [ -f "$file" ] || { echo "real-names-eval: $file is missing (see ../shared/data/real-world/README.md)" >&2; exit 1; }
done
[ -x "$BIN" ] || { echo "real-names-eval: $BIN is not built; run: swift build -c release --product squatwatch" >&2; exit 1; }
mkdir -p "$OUT"
. bench/guarddog-venv.sh

echo "== real-names: building the name sets"
python3 bench/real-names.py generate --ranking "$CSV" --real-world "$REAL" --out "$OUT"
echo "== real-names: squatwatch names"
"$BIN" names --popular "$OUT/popular.csv" --names-file "$OUT/judge.txt" --format json --output "$OUT/squatwatch.json" \
  --fail-on never --quiet
echo "== real-names: GuardDog"
guarddog_names "$OUT/popular.csv" "$OUT/judge.txt" "$OUT/guarddog.json" "$OUT/guarddog-cache"
python3 bench/real-names.py score --out "$OUT" | tee "$OUT/results.md"
