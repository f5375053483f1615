#!/usr/bin/env python3
"""Names alone on real data: real malicious PyPI names near a popular name, and real legitimate look-alikes.

  real-names.py generate --ranking TOP.csv --real-world DIR --out OUT [--top 5000]
      OUT/popular.csv     the top 5,000 rows of TOP.csv (download_count,project): both tools' popular list
      OUT/judge.txt       every name to judge: the malicious names and the legitimate look-alikes, normalized
      OUT/malicious.tsv   name, relation, target, wave, report_typosquat: each real malicious name with its relation
                          to a popular name (near_popular.py, or "-"), whether it belongs to the 2023 typosquat wave,
                          and whether its report calls it a typosquat
      OUT/benign.tsv      name, looks_like, listed: the real legitimate look-alikes, and whether the name is itself
                          in the popular list (then both tools clear it by membership)
  real-names.py score --out OUT
      reads OUT/squatwatch.json (squatwatch names --format json) and OUT/guarddog.json (guarddog-names.py) and
      prints the Markdown tables

Which malicious names count as "near a popular name" is decided by near_popular.py or by the report's own
typosquat flag, never by either tool's answer.
"""

import argparse
import csv
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from near_popular import RELATIONS, PopularIndex, normalize, read_ranking, write_top  # noqa: E402

# The first line of the 2023 wave's reports in ossf/malicious-packages.
WAVE_PREFIX = "Attacker distributed 900+ malicious packages via PyPi"
FLAGGED_VERDICTS = {"likely-squat", "suspicious"}
SUSPECT_SCORE = 0.5


def generate(arguments):
    out = arguments.out
    os.makedirs(out, exist_ok=True)
    popular = read_ranking(arguments.ranking, arguments.top)
    write_top(arguments.ranking, arguments.top, f"{out}/popular.csv")
    index = PopularIndex(popular)
    listed = set(popular)

    malicious = {}
    with open(f"{arguments.real_world}/malicious-names.csv", newline="") as handle:
        for row in csv.DictReader(handle):
            name = normalize(row["name"])
            wave = row["campaign"].startswith(WAVE_PREFIX)
            flag = row["report_says_typosquat"].strip().lower() == "yes"
            known = malicious.get(name)
            malicious[name] = (known[0] or wave, known[1] or flag) if known else (wave, flag)
    benign = {}
    with open(f"{arguments.real_world}/benign-lookalikes.csv", newline="") as handle:
        for row in csv.DictReader(handle):
            benign.setdefault(normalize(row["name"]), normalize(row["looks_like"]))

    with open(f"{out}/malicious.tsv", "w") as handle:
        for name, (wave, flag) in sorted(malicious.items()):
            relation, target = index.relation(name) or ("-", "-")
            handle.write(f"{name}\t{relation}\t{target}\t{int(wave)}\t{int(flag)}\n")
    with open(f"{out}/benign.tsv", "w") as handle:
        for name, looks_like in sorted(benign.items()):
            handle.write(f"{name}\t{looks_like}\t{int(name in listed)}\n")
    with open(f"{out}/judge.txt", "w") as handle:
        handle.writelines(f"{name}\n" for name in sorted(set(malicious) | set(benign)))
    print(f"real-names: {len(malicious):,} malicious names, {len(benign):,} legitimate look-alikes, "
          f"popular = top {len(popular):,}", file=sys.stderr)


def squatwatch_answers(path):
    """(every flagged name, names flagged by the typosquat check) of a squatwatch JSON report."""
    with open(path) as handle:
        report = json.load(handle)
    flagged, typosquat = set(), set()
    for suspect in report["suspects"]:
        if suspect["verdict"] not in FLAGGED_VERDICTS:
            continue
        flagged.add(normalize(suspect["project"]))
        if any(f["check"] == "typosquat" and f["score"] >= SUSPECT_SCORE for f in suspect["findings"]):
            typosquat.add(normalize(suspect["project"]))
    return flagged, typosquat


def guarddog_answers(path):
    with open(path) as handle:
        return {normalize(name) for name in json.load(handle)["flagged"]}


def cell(hits, total):
    return f"{hits:,} ({100 * hits / total:.1f}%)" if total else "0"


def score(arguments):
    out = arguments.out
    malicious = [line.rstrip("\n").split("\t") for line in open(f"{out}/malicious.tsv") if line.strip()]
    benign = [line.rstrip("\n").split("\t") for line in open(f"{out}/benign.tsv") if line.strip()]
    flagged, typosquat = squatwatch_answers(f"{out}/squatwatch.json")
    guarddog = guarddog_answers(f"{out}/guarddog.json")

    near = [row for row in malicious if row[1] not in ("-", "listed") or (row[4] == "1" and row[1] != "listed")]
    near_names = {row[0] for row in near}
    wave = [row for row in malicious if row[3] == "1"]
    populations = [
        ("malicious, near a popular name", [row[0] for row in near], "recall >= GuardDog's"),
        ("… of which the 2023 typosquat wave", [row[0] for row in near if row[3] == "1"], "recall >= GuardDog's"),
        ("2023 typosquat wave, every name", [row[0] for row in wave], ""),
        ("malicious, not near a popular name", [row[0] for row in malicious
                                                if row[0] not in near_names and row[1] != "listed"], ""),
        ("legitimate look-alikes (TypoGard)", [row[0] for row in benign], "<= 1/10 of GuardDog's flags"),
        ("… not in the popular list", [row[0] for row in benign if row[2] == "0"], ""),
    ]
    listed_malicious = sum(row[1] == "listed" for row in malicious)
    print(f"Names alone on real data: {len(malicious):,} real malicious names (ossf/malicious-packages), "
          f"{len(benign):,} real legitimate look-alikes (TypoGard); popular = top 5,000 of the download ranking, "
          f"the same list for both tools. \"Near\" = near_popular.py (edit distance, separator, word order, "
          f"py/python, affix) or the report's typosquat flag; {listed_malicious} malicious names equal to a popular "
          f"name are left out.\n")
    print("| population | names | squatwatch `names` flagged | squatwatch typosquat check | GuardDog 3 | target |")
    print("|---|---|---|---|---|---|")
    for label, names, target in populations:
        total = len(names)
        print(f"| {label} | {total:,} | {cell(sum(n in flagged for n in names), total)} | "
              f"{cell(sum(n in typosquat for n in names), total)} | {cell(sum(n in guarddog for n in names), total)} "
              f"| {target} |")

    near_list = [row[0] for row in near]
    wave_near = [row[0] for row in near if row[3] == "1"]
    benign_names = [row[0] for row in benign]
    sw_recall, gd_recall = sum(n in flagged for n in near_list), sum(n in guarddog for n in near_list)
    sw_wave, gd_wave = sum(n in flagged for n in wave_near), sum(n in guarddog for n in wave_near)
    sw_fp, gd_fp = sum(n in flagged for n in benign_names), sum(n in guarddog for n in benign_names)
    verdict = lambda ok: "met" if ok else "missed"
    print(f"\nTargets: recall on malicious names near a popular name {sw_recall} against GuardDog's {gd_recall} "
          f"({verdict(sw_recall >= gd_recall)}); on the 2023 wave {sw_wave} against {gd_wave} "
          f"({verdict(sw_wave >= gd_wave)}); legitimate look-alikes flagged {sw_fp} against GuardDog's {gd_fp}, "
          f"at most {gd_fp / 10:.1f} allowed ({verdict(sw_fp <= gd_fp / 10)}).")

    print("\nRecall by relation to the popular name (squatwatch `names` / GuardDog):\n")
    print("| relation | names | squatwatch | GuardDog |")
    print("|---|---|---|---|")
    for relation in RELATIONS + ["report flag only"]:
        names = [row[0] for row in near if (row[1] if row[1] != "-" else "report flag only") == relation]
        if names:
            print(f"| {relation} | {len(names):,} | {cell(sum(n in flagged for n in names), len(names))} | "
                  f"{cell(sum(n in guarddog for n in names), len(names))} |")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    generate_parser = commands.add_parser("generate")
    generate_parser.add_argument("--ranking", required=True)
    generate_parser.add_argument("--real-world", required=True)
    generate_parser.add_argument("--out", required=True)
    generate_parser.add_argument("--top", type=int, default=5000)
    score_parser = commands.add_parser("score")
    score_parser.add_argument("--out", required=True)
    arguments = parser.parse_args()
    generate(arguments) if arguments.command == "generate" else score(arguments)


if __name__ == "__main__":
    main()
