#!/usr/bin/env python3
"""Scores a nightly replay (bench/replay-eval.sh): per night, the campaign projects flagged the night they appear,
and the legitimate projects newly flagged.

  replay.py score --out OUT --nights N
      reads OUT/labels.jsonl ({"project", "label", "night", "target"?}), OUT/night-<n>.json (the report of night n's
      audit with --baseline: only suspects new or risen since the night before) and OUT/night-<n>.time, and prints
      the Markdown table
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


def score(arguments):
    out = arguments.out
    labels = {}
    with open(f"{out}/labels.jsonl") as handle:
        for line in handle:
            row = json.loads(line)
            labels[normalize(row["project"])] = (row["label"], row["night"])

    print("| night | day | new projects | campaign | campaign flagged that night | legitimate new | legitimate "
          "flagged in the night's news (new tonight / older) | of which | listed apart as placeholders (campaign / "
          "legitimate) | audit |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    worst_legit, campaign_total, campaign_hit, misses = 0, 0, 0, []
    for night in range(0, arguments.nights + 1):
        path = f"{out}/night-{night}.json"
        if not os.path.exists(path):
            break
        listed, placeholders = news(path)
        arrived = [name for name, (_, n) in labels.items() if n == night]
        campaign = [name for name in arrived if labels[name][0] == "campaign-squat"]
        legit_new = [name for name in arrived if labels[name][0] != "campaign-squat"]
        flagged = {name for name, (verdict, _) in listed.items() if verdict in FLAGGED_VERDICTS}
        hit = sum(name in flagged for name in campaign)
        legit_flagged = [name for name in flagged if name in labels and labels[name][0] != "campaign-squat"]
        new_flagged = [name for name in legit_flagged if labels[name][1] == night]
        older_flagged = [name for name in legit_flagged if labels[name][1] != night]
        kinds = Counter(labels[name][0] for name in legit_flagged)
        apart_campaign = sum(labels.get(name, ("",))[0] == "campaign-squat" for name in placeholders)
        seconds = ""
        if os.path.exists(f"{out}/night-{night}.time"):
            elapsed, rss = open(f"{out}/night-{night}.time").read().split()[:2]
            seconds = f"{float(elapsed):.0f} s, {int(rss) // 1024} MB"
        day = "before" if night == 0 else (START + timedelta(days=night - 1)).isoformat()
        rate = f"{hit:,} ({100 * hit / len(campaign):.1f}%)" if campaign else "–"
        print(f"| {night} | {day} | {len(arrived):,} | {len(campaign):,} | {rate} | {len(legit_new):,} | "
              f"{len(legit_flagged):,} ({len(new_flagged):,} / {len(older_flagged):,}) | "
              f"{', '.join(f'{k} {v}' for k, v in kinds.most_common()) or '–'} | "
              f"{apart_campaign:,} / {len(placeholders) - apart_campaign:,} | {seconds} |")
        if night > 0:
            worst_legit = max(worst_legit, len(legit_flagged))
            campaign_total += len(campaign)
            campaign_hit += hit
            if campaign and hit < 0.95 * len(campaign):
                misses.append(night)
    if campaign_total:
        print(f"\nTargets: campaign flagged the night it appears {campaign_hit:,} of {campaign_total:,} "
              f"({100 * campaign_hit / campaign_total:.1f}%; nights under 95%: "
              f"{', '.join(map(str, misses)) or 'none'}) — {'met' if not misses else 'missed'}; legitimate projects "
              f"newly flagged per night after night 0: at most {worst_legit} — "
              f"{'met' if worst_legit <= 5 else 'missed'} (target <= 5). Night 0 is the first audit of the "
              f"registry before the replay (every suspect is new then).")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    score_parser = commands.add_parser("score")
    score_parser.add_argument("--out", required=True)
    score_parser.add_argument("--nights", type=int, required=True)
    score(parser.parse_args())


if __name__ == "__main__":
    main()
