#!/usr/bin/env bash
# Quality evaluation: audit a generated, labelled registry and score the verdicts against the ground truth, read from
# disk as a bandersnatch mirror with the JSON API, and served by nginx as an HTML-only index (no JSON API, no PEP 691,
# no serials, like Artifactory, Nexus or pypiserver).
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

echo "== squatwatch audit of the same mirror served by nginx as an HTML-only index"
. bench/nginx-mirror.sh
mkdir -p "$OUT/html"
serve_mirror "$OUT/mirror" "$OUT/html" html-only
rm -rf "$OUT/html/cache"
/usr/bin/time -f "%e %M" -o "$OUT/audit-html.time" "$BIN/squatwatch" audit \
  --index-url "http://127.0.0.1:$PORT/simple/" --cache-dir "$OUT/html/cache" --format json \
  --output "$OUT/report-html.json" --fail-on never --quiet

python3 - "$OUT" <<'PY' | tee "$OUT/results.md"
import collections, json, sys
out = sys.argv[1]
labels = {}
for line in open(f"{out}/labels.jsonl"):
    row = json.loads(line)
    labels[row["project"].lower().replace("_", "-").replace(".", "-")] = row["label"]
variants = [("report.json", "audit.time", "bandersnatch from disk (JSON API)"),
            ("report-html.json", "audit-html.time", "HTML only over HTTP (nginx)")]
verdicts = []
for report_file, _, _ in variants:
    report = json.load(open(f"{out}/{report_file}"))
    verdicts.append({s["project"]: s["verdict"] for s in report["suspects"]})
flagged = lambda variant, name: verdicts[variant].get(name) in ("likely-squat", "suspicious")
by_label = collections.defaultdict(list)
for name, label in labels.items():
    by_label[label].append(name)
times = []
for _, time_file, title in variants:
    seconds, rss = open(f"{out}/{time_file}").read().split()
    times.append(f"{title} {float(seconds):.1f} s, peak RSS {int(rss) // 1024} MB")
print(f"Evaluation: {len(labels):,} generated projects; audit {'; '.join(times)}\n")
print("| population | projects | " + " | ".join(f"flagged, {title}" for _, _, title in variants) + " | target |")
print("|---|---|" + "---|" * len(variants) + "---|")
targets = {"campaign-squat": ">= 95%", "command-shadow": ">= 95%", "typosquat": ">= 95%", "long-tail": "<= 0.5%",
           "popular": "0", "defensive": "0 called a squat"}
for label in ["campaign-squat", "command-shadow", "typosquat", "popular", "long-tail", "defensive", "metapackage",
              "new-small", "near-name-legit"]:
    names = by_label.get(label, [])
    cells = []
    for variant in range(len(variants)):
        hits = sum(1 for n in names if flagged(variant, n))
        cells.append(f"{hits} ({100 * hits / len(names) if names else 0:.1f}%)")
    print(f"| {label} | {len(names)} | " + " | ".join(cells) + f" | {targets.get(label, '')} |")
defensive = by_label.get("defensive", [])
for variant, (_, _, title) in enumerate(variants):
    given = sum(1 for n in defensive if verdicts[variant].get(n) == "defensive-placeholder")
    legit = [n for label in ["long-tail", "metapackage", "new-small", "near-name-legit"] for n in by_label.get(label, [])]
    wrong = sum(1 for n in legit if flagged(variant, n))
    print(f"\n{title}: defensive registrations given `defensive-placeholder`: {given} of {len(defensive)}; "
          f"legitimate projects flagged: {wrong}")
PY
