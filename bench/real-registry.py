#!/usr/bin/env python3
"""Scores audits of the registry built from real data (bench/real-registry-eval.sh) per population.

  real-registry.py names --out OUT --ranking TOP.csv
      writes OUT/popular.csv (the top 5,000 rows of TOP.csv) and OUT/judge.txt (every project that is not popular),
      for GuardDog
  real-registry.py score --out OUT --ranking TOP.csv --real-world DIR --known-commands FILE --real-wheels DIR
      reads OUT/labels.jsonl, OUT/report-<variant>.json for each audited variant, OUT/guarddog.json and
      OUT/audit-<variant>.time, and prints the Markdown tables

The malicious projects are split by the evaluation's own definitions, never by squatwatch's findings:
  imitates  its name is near a top-5,000 name (near_popular.py), its report calls it a typosquat, or its name is a
            popular project's command or import name (the known map, the served real wheels, pipreqs' import names)
  command   one of its distributions installs a console or GUI script named like a core system command or a
            popular project's command (the known map's system and project commands, the served real wheels')
"""

import argparse
import csv
import json
import os
import sys
import zipfile
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from near_popular import PopularIndex, normalize, read_ranking, write_top  # noqa: E402

FLAGGED_VERDICTS = {"likely-squat", "suspicious"}
VARIANTS = [("json-derived", "JSON API"), ("json-popular", "JSON API, --popular"),
            ("html-derived", "HTML only"), ("html-popular", "HTML only, --popular")]
SCRIPT_GROUPS = {"console_scripts", "gui_scripts"}


def wheel_commands(directory):
    """Console and GUI script names of the real wheels served as popular projects' newest releases."""
    commands = set()
    for filename in sorted(os.listdir(directory)) if directory and os.path.isdir(directory) else []:
        if not filename.endswith(".whl"):
            continue
        with zipfile.ZipFile(os.path.join(directory, filename)) as wheel:
            for member in wheel.namelist():
                if member.count("/") == 1 and member.endswith(".dist-info/entry_points.txt"):
                    group = None
                    for line in wheel.read(member).decode("utf-8", "replace").splitlines():
                        line = line.strip()
                        if line.startswith("["):
                            group = line.strip("[]").strip()
                        elif "=" in line and group in SCRIPT_GROUPS:
                            commands.add(line.split("=", 1)[0].strip())
    return commands


def malicious_facts(path):
    """Normalized project name to the script names any of its recorded distributions installs."""
    scripts = {}
    with open(path) as handle:
        for line in handle:
            record = json.loads(line)
            metadata = record.get("metadata") or {}
            if not metadata.get("name"):
                continue
            names = scripts.setdefault(normalize(metadata["name"]), set())
            names |= {e["name"] for e in record.get("entry_points") or [] if e.get("group") in SCRIPT_GROUPS}
    return scripts


def flagged_in(path):
    """Normalized name to the strongest finding's check, for every project the report calls a squat."""
    if not os.path.exists(path):
        return None
    with open(path) as handle:
        report = json.load(handle)
    return {normalize(s["project"]): max(s["findings"], key=lambda f: f["score"])["check"]
            for s in report["suspects"] if s["verdict"] in FLAGGED_VERDICTS}


def placeholders_in(path):
    """Normalized names a report lists apart as placeholders (reports that have that section)."""
    with open(path) as handle:
        return {normalize(p["project"]) for p in json.load(handle).get("placeholders") or []}


def cell(hits, total):
    return f"{hits:,} ({100 * hits / total:.1f}%)" if total else "0"


def score(arguments):
    out = arguments.out
    labels = {}
    with open(f"{out}/labels.jsonl") as handle:
        for line in handle:
            row = json.loads(line)
            labels[normalize(row["project"])] = row["label"]
    top = read_ranking(arguments.ranking, 5000)
    index = PopularIndex(top)
    with open(arguments.known_commands) as handle:
        known = json.load(handle)
    system_commands = set(known["system_commands"])
    popular_commands = {c for project in known["projects"].values() for c in project["commands"]}
    popular_commands |= wheel_commands(arguments.real_wheels)
    listed = set(top)
    import_names = set()
    with open(f"{arguments.real_world}/import-names.csv", newline="") as handle:
        for row in csv.DictReader(handle):
            if normalize(row["project"]) in listed and normalize(row["import_name"]) != normalize(row["project"]):
                import_names.add(normalize(row["import_name"]))
    import_names |= {normalize(i) for project in known["projects"].values() for i in project["imports"]}
    name_targets = {normalize(c) for c in popular_commands} | import_names
    report_flag = set()
    with open(f"{arguments.real_world}/malicious-names.csv", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["report_says_typosquat"].strip().lower() == "yes":
                report_flag.add(normalize(row["name"]))
    scripts = malicious_facts(f"{arguments.real_world}/malicious-metadata.jsonl")

    malicious = [name for name, label in labels.items() if label == "malicious"]
    imitates = {name for name in malicious
                if index.relation(name) or name in report_flag or name in name_targets}
    commands = {name for name in malicious if scripts.get(name, set()) & (system_commands | popular_commands)}
    by_label = lambda label: [name for name, value in labels.items() if value == label]
    populations = [
        ("malicious: name imitates a popular project", sorted(imitates), ""),
        ("malicious: installs a popular or system command", sorted(commands), ""),
        ("**malicious: imitates or installs a command**", sorted(imitates | commands), ">= 90%"),
        ("malicious: neither", sorted(set(malicious) - imitates - commands), ""),
        ("popular (top of the ranking)", by_label("popular"), "0"),
        ("long tail (rest of the ranking)", by_label("long-tail"), "<= 0.5%"),
        ("legitimate look-alikes (TypoGard)", by_label("near-name-legit"), ""),
    ]
    reports = {key: flagged_in(f"{out}/report-{key}.json") for key, _ in VARIANTS}
    variants = [(key, title) for key, title in VARIANTS if reports[key] is not None]
    with open(f"{out}/guarddog.json") as handle:
        guarddog = {normalize(name) for name in json.load(handle)["flagged"]}

    counts = Counter(labels.values())
    print(f"Registry from real data: {len(labels):,} projects ({counts['malicious']:,} real malicious projects "
          f"from pypi_malregistry with filler content, {counts['popular']:,} popular, {counts['long-tail']:,} long "
          f"tail, {counts['near-name-legit']:,} legitimate look-alikes), served by nginx on 127.0.0.1 and audited "
          f"over HTTP. Flagged = likely-squat or suspicious. GuardDog: its typosquatting rule on the same names "
          f"against the top 5,000 (it clears every listed name, so popular projects are not run).\n")
    print("| population | projects | " + " | ".join(f"squatwatch, {title}" for _, title in variants)
          + " | GuardDog (names) | target |")
    print("|---|---|" + "---|" * len(variants) + "---|---|")
    for label, names, target in populations:
        cells = [cell(sum(n in reports[key] for n in names), len(names)) for key, _ in variants]
        gd = "(listed)" if label.startswith("popular") else cell(sum(n in guarddog for n in names), len(names))
        print(f"| {label} | {len(names):,} | " + " | ".join(cells) + f" | {gd} | {target} |")

    timings = []
    for key, title in variants:
        path = f"{out}/audit-{key}.time"
        if os.path.exists(path):
            seconds, rss = open(path).read().split()[:2]
            timings.append(f"{title}: {float(seconds):.0f} s, {int(rss) // 1024} MB")
    if timings:
        print(f"\nRun time and peak RSS (audit = crawl, inspect and check; the --popular variants re-check the "
              f"same cache): {'; '.join(timings)}.")

    main_key = "json-popular" if reports.get("json-popular") is not None else variants[0][0]
    apart = placeholders_in(f"{out}/report-{main_key}.json")
    print(f"\nListed apart as placeholders ({dict(VARIANTS)[main_key]}): "
          + ", ".join(f"{label.strip('*')} {sum(n in apart for n in names):,}" for label, names, _ in populations) + ".")
    print(f"\nThe strongest finding of each flagged project ({dict(VARIANTS)[main_key]}):\n")
    checks = sorted({check for check in reports[main_key].values()})
    print("| population | " + " | ".join(checks) + " |")
    print("|---|" + "---|" * len(checks))
    for label, names, _ in populations:
        found = Counter(reports[main_key][n] for n in names if n in reports[main_key])
        print(f"| {label} | " + " | ".join(str(found[check]) for check in checks) + " |")


def names(arguments):
    out = arguments.out
    write_top(arguments.ranking, 5000, f"{out}/popular.csv")
    with open(f"{out}/labels.jsonl") as handle:
        labelled = [json.loads(line) for line in handle]
    with open(f"{out}/judge.txt", "w") as handle:
        handle.writelines(f"{normalize(row['project'])}\n" for row in labelled if row["label"] != "popular")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    names_parser = commands.add_parser("names")
    names_parser.add_argument("--out", required=True)
    names_parser.add_argument("--ranking", required=True)
    score_parser = commands.add_parser("score")
    score_parser.add_argument("--out", required=True)
    score_parser.add_argument("--ranking", required=True)
    score_parser.add_argument("--real-world", required=True)
    score_parser.add_argument("--known-commands", required=True)
    score_parser.add_argument("--real-wheels")
    arguments = parser.parse_args()
    names(arguments) if arguments.command == "names" else score(arguments)


if __name__ == "__main__":
    main()
