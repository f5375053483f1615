#!/usr/bin/env bash
# Names-only quality benchmark: squatwatch's `names` command against GuardDog's own PyPI typosquatting rule,
# both offline, on the same names with the same popular list.
#   bench/names-eval.sh [TOP-PYPI-PACKAGES.csv]
# The CSV (download_count,project; e.g. ../shared/data/top-pypi-packages-2025-07.csv) is read at run time only.
set -euo pipefail
cd "$(dirname "$0")/.."
CSV=${1:-${NAMES_EVAL_CSV:-../shared/data/top-pypi-packages-2025-07.csv}}
OUT=${NAMES_EVAL_OUT:-$PWD/eval-out/names}
BIN=.build/release/squatwatch
VENV=.build/guarddog-venv
GUARDDOG_PIP='guarddog>=3,<4'

if [ ! -f "$CSV" ]; then
  echo "names-eval: the popular list $CSV is missing; give a top-pypi-packages CSV (download_count,project)" >&2
  exit 1
fi
[ -x "$BIN" ] || { echo "names-eval: $BIN is not built; run: swift build -c release --product squatwatch" >&2; exit 1; }
mkdir -p "$OUT"

echo "== building the name sets from $CSV"
python3 bench/names-corpus.py generate --csv "$CSV" --out "$OUT"
cut -f1 "$OUT/planted.tsv" >"$OUT/planted.txt"

echo "== GuardDog from PyPI in $VENV"
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
# Asked through package metadata: importing guarddog builds every rule, which may try the network.
"$VENV/bin/python" -c 'import importlib.metadata as m, sys; sys.exit(not m.version("guarddog").startswith("3."))' \
  2>/dev/null || "$VENV/bin/pip" install -q "$GUARDDOG_PIP"

for variant in 15k 5k; do
  for set in legit planted; do
    echo "== popular list $variant, $set names: squatwatch names"
    "$BIN" names --popular "$OUT/popular-$variant.csv" --names-file "$OUT/$set.txt" --format json \
      --output "$OUT/squatwatch-$variant-$set.json" --fail-on never --quiet
    echo "== popular list $variant, $set names: GuardDog"
    "$VENV/bin/python" bench/guarddog-names.py --popular "$OUT/popular-$variant.csv" --names "$OUT/$set.txt" \
      --out "$OUT/guarddog-$variant-$set.json" --cache-dir "$OUT/guarddog-cache-$variant"
  done
done

python3 bench/names-corpus.py score --out "$OUT" --examples "${NAMES_EVAL_EXAMPLES:-0}" | tee "$OUT/results.md"
