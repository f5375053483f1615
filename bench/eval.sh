#!/usr/bin/env bash
# Quality evaluation: audit a generated, labelled registry and score the verdicts against the ground truth.
#   bench/eval.sh [PROJECTS] [SEED]
set -euo pipefail
cd "$(dirname "$0")/.."
PROJECTS=${1:-5000}
SEED=${2:-5}
OUT=${EVAL_OUT:-$PWD/eval-out}
BIN=.build/release
mkdir -p "$OUT"

echo "== generating a labelled $PROJECTS-project registry (seed $SEED)"
if [ ! -f "$OUT/mirror/.made-$PROJECTS-$SEED" ]; then
  rm -rf "$OUT/mirror"
  "$BIN/squatwatch-fixtures" registry --projects "$PROJECTS" --seed "$SEED" --output "$OUT/mirror" \
    --labels "$OUT/labels.jsonl"
  touch "$OUT/mirror/.made-$PROJECTS-$SEED"
fi

echo "== squatwatch audit (crawl from disk, inspect, check)"
rm -rf "$OUT/cache"
/usr/bin/time -f "%e %M" -o "$OUT/audit.time" "$BIN/squatwatch" audit --mirror-dir "$OUT/mirror" \
  --cache-dir "$OUT/cache" --format json --output "$OUT/report.json" --fail-on never --quiet

python3 - "$OUT" <<'PY' | tee "$OUT/results.md"
import collections, json, sys
out = sys.argv[1]
labels = {}
for line in open(f"{out}/labels.jsonl"):
    row = json.loads(line)
    labels[row["project"].lower().replace("_", "-").replace(".", "-")] = row["label"]
report = json.load(open(f"{out}/report.json"))
verdicts = {s["project"]: s["verdict"] for s in report["suspects"]}
flagged = lambda name: verdicts.get(name) in ("likely-squat", "suspicious")
by_label = collections.defaultdict(list)
for name, label in labels.items():
    by_label[label].append(name)
seconds, rss = open(f"{out}/audit.time").read().split()
print(f"Evaluation: {len(labels):,} generated projects, audit from disk in {float(seconds):.1f} s, peak RSS {int(rss) // 1024} MB\n")
print("| population | projects | flagged (likely-squat or suspicious) | rate | target |")
print("|---|---|---|---|---|")
targets = {"campaign-squat": ">= 95%", "command-shadow": ">= 95%", "typosquat": "", "long-tail": "<= 0.5%",
           "popular": "0", "defensive": "0 called a squat"}
for label in ["campaign-squat", "command-shadow", "typosquat", "popular", "long-tail", "defensive", "metapackage",
              "new-small", "near-name-legit"]:
    names = by_label.get(label, [])
    hits = [n for n in names if flagged(n)]
    rate = 100 * len(hits) / len(names) if names else 0
    print(f"| {label} | {len(names)} | {len(hits)} | {rate:.1f}% | {targets.get(label, '')} |")
defensive = by_label.get("defensive", [])
print(f"\ndefensive registrations given `defensive-placeholder`: "
      f"{sum(1 for n in defensive if verdicts.get(n) == 'defensive-placeholder')} of {len(defensive)}")
legit = [n for label in ["long-tail", "metapackage", "new-small", "near-name-legit"] for n in by_label.get(label, [])]
wrong = sorted((n for n in legit if flagged(n)))
print(f"legitimate projects flagged: {', '.join(wrong[:12]) or 'none'}{' ...' if len(wrong) > 12 else ''}")
PY
