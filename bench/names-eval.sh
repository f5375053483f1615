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

if [ ! -f "$CSV" ]; then
  echo "names-eval: the popular list $CSV is missing; give a top-pypi-packages CSV (download_count,project)" >&2
  exit 1
fi
[ -x "$BIN" ] || { echo "names-eval: $BIN is not built; run: swift build -c release --product squatwatch" >&2; exit 1; }
mkdir -p "$OUT"

echo "== building the name sets from $CSV"
python3 bench/names-corpus.py generate --csv "$CSV" --out "$OUT"
cut -f1 "$OUT/planted.tsv" >"$OUT/planted.txt"

. bench/guarddog-venv.sh

# Each run: a popular list, the names to judge, and the file stem of both tools' answers.
run() {
  local popular=$1 names=$2 stem=$3 list=${1#popular-}
  echo "== $stem: squatwatch names"
  "$BIN" names --popular "$OUT/$popular" --names-file "$OUT/$names" --format json \
    --output "$OUT/squatwatch-$stem.json" --fail-on never --quiet
  echo "== $stem: GuardDog"
  guarddog_names "$OUT/$popular" "$OUT/$names" "$OUT/guarddog-$stem.json" "$OUT/guarddog-cache-${list%.csv}"
}
for variant in 15k 5k; do
  for set in legit planted; do run "popular-$variant.csv" "$set.txt" "$variant-$set"; done
done
# The held-out split: names the naming rules were not tuned on.
for set in legit planted; do run popular-2.5k.csv "holdout-$set.txt" "holdout-$set"; done

python3 bench/names-corpus.py score --out "$OUT" --examples "${NAMES_EVAL_EXAMPLES:-0}" | tee "$OUT/results.md"
