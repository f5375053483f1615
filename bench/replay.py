#!/usr/bin/env python3
"""Scores a nightly replay (bench/replay-eval.sh): per night, the campaign projects flagged the night they appear,
and the legitimate projects newly flagged.

  replay.py score --out OUT --nights N
      reads OUT/labels.jsonl ({"project", "label", "night", "target"?}), OUT/night-<n>.json (the report of night n's
      audit with --baseline: only suspects new or risen since the night before) and OUT/night-<n>.time, and the same
      for the nightly re-check with --popular (OUT/night-<n>-popular.json), and prints a Markdown table for each
"""

import argparse
import json
import os
import re
from collections import Counter
from datetime import date, timedelta

FLAGGED_VERDICTS = {"likely-squat", "suspicious"}
START = date(2025, 6, 26)


def normalize(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def news(path):
    """Normalized name to (verdict, previous score or None) for each suspect a night's report lists, and the names
    it lists apart as placeholders (reports that have that section)."""
    with open(path) as handle:
        report = json.load(handle)
    suspects = {normalize(s["project"]): (s["verdict"], s.get("previous_score")) for s in report["suspects"]}
    return suspects, {normalize(p["project"]) for p in report.get("placeholders") or []}


VARIANTS = [("", "audit"), ("-popular", "--popular")]


def night_figures(out, night, suffix, labels):
    """What one night's report says about the projects: None when that night was not audited."""
    path = f"{out}/night-{night}{suffix}.json"
    if not os.path.exists(path):
        return None
    listed, placeholders = news(path)
    arrived = [name for name, (_, n) in labels.items() if n == night]
    campaign = [name for name in arrived if labels[name][0] == "campaign-squat"]
    flagged = {name for name, (verdict, _) in listed.items() if verdict in FLAGGED_VERDICTS}
    legit_flagged = [name for name in flagged if name in labels and labels[name][0] != "campaign-squat"]
    apart_campaign = sum(labels.get(name, ("",))[0] == "campaign-squat" for name in placeholders)
    seconds = None
    if os.path.exists(f"{out}/night-{night}{suffix}.time"):
        seconds = float(open(f"{out}/night-{night}{suffix}.time").read().split()[0])
    return {
        "arrived": arrived, "campaign": campaign, "hit": sum(name in flagged for name in campaign),
        "legit": legit_flagged, "new": sum(labels[name][1] == night for name in legit_flagged),
        "kinds": Counter(labels[name][0] for name in legit_flagged),
        "apart": (apart_campaign, len(placeholders) - apart_campaign), "seconds": seconds,
    }


def score(arguments):
    out = arguments.out
    labels = {}
    with open(f"{out}/labels.jsonl") as handle:
        for line in handle:
            row = json.loads(line)
            labels[normalize(row["project"])] = (row["label"], row["night"])
    variants = [(suffix, title) for suffix, title in VARIANTS if os.path.exists(f"{out}/night-0{suffix}.json")]
    nights = []
    for night in range(0, arguments.nights + 1):
        figures = [night_figures(out, night, suffix, labels) for suffix, _ in variants]
        if None in figures:
            break
        nights.append(figures)
    titles = " / ".join(title for _, title in variants)
    print(f"Each night: `squatwatch audit --baseline --update-baseline` (popularity from the registry, as the README's "
          f"cron job), then `squatwatch check --popular TOP-5000` on the same cache with its own baseline; cells give "
          f"{titles}. Legitimate flagged = legitimate projects (new that night or older) a night's news lists as "
          f"likely-squat or suspicious.\n")
    print(f"| night | day | new projects | campaign | campaign flagged that night ({titles}) | legitimate flagged in "
          f"the night's news ({titles}) | of which ({titles}) | placeholders listed apart, whole registry: campaign, "
          f"legitimate ({titles}) |")
    print("|---|---|---|---|---|---|---|---|")
    for night, figures in enumerate(nights):
        first = figures[0]
        day = "before" if night == 0 else (START + timedelta(days=night - 1)).isoformat()
        rates = " / ".join(f"{f['hit']:,} ({100 * f['hit'] / len(f['campaign']):.1f}%)" for f in figures) \
            if first["campaign"] else "–"
        legit = " / ".join(f"{len(f['legit']):,} ({f['new']:,} new)" for f in figures)
        kinds = " / ".join(", ".join(f"{k} {v}" for k, v in f["kinds"].most_common()) or "–" for f in figures)
        apart = " / ".join(f"{f['apart'][0]:,}, {f['apart'][1]:,}" for f in figures)
        print(f"| {night} | {day} | {len(first['arrived']):,} | {len(first['campaign']):,} | {rates} | {legit} | "
              f"{kinds} | {apart} |")
    for index, (_, title) in enumerate(variants):
        later = [figures[index] for figures in nights[1:]]
        total = sum(len(f["campaign"]) for f in later)
        hit = sum(f["hit"] for f in later)
        misses = [str(night + 1) for night, f in enumerate(later) if f["campaign"] and f["hit"] < 0.95 * len(f["campaign"])]
        worst = max((len(f["legit"]) for f in later), default=0)
        over = sum(len(f["legit"]) > 5 for f in later)
        seconds = [f["seconds"] for f in later if f["seconds"] is not None]
        timing = f"; {max(seconds):.0f} s at most a night" if seconds else ""
        print(f"\n{title}: campaign flagged the night it appears {hit:,} of {total:,} "
              f"({100 * hit / total if total else 0:.1f}%; nights under 95%: {', '.join(misses) or 'none'}) — "
              f"{'met' if not misses and total else 'missed'}; legitimate projects flagged per night after night 0: "
              f"at most {worst} — {'met' if worst <= 5 else 'missed'} (target <= 5; {over} of {len(later)} nights "
              f"over){timing}.")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    score_parser = commands.add_parser("score")
    score_parser.add_argument("--out", required=True)
    score_parser.add_argument("--nights", type=int, required=True)
    score(parser.parse_args())


if __name__ == "__main__":
    main()
