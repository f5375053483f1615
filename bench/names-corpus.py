#!/usr/bin/env python3
"""Names-only quality benchmark: build the labelled name sets, and score both tools' answers.

  names-corpus.py generate --csv TOP.csv --out DIR [--seed N]
      DIR/popular-15k.csv  the whole list (download_count,project), the popular list of the main comparison
      DIR/popular-5k.csv   its top 5,000 rows, for the variant where the legitimate names are not in the list
      DIR/legit.txt        ranks 5,001-15,000: real, legitimate projects
      DIR/planted.tsv      name, transform, target: seeded typos of top-5,000 names of 4 or more characters,
                           none of which is a name in the list
      DIR/popular-2.5k.csv, DIR/holdout-legit.txt, DIR/holdout-planted.txt
                           a held-out split the naming rules were not tuned on: the top 2,500 as the popular list,
                           ranks 2,501-5,000 as legitimate names, and the planted typos of top-2,500 names
  names-corpus.py score --out DIR
      reads DIR/{squatwatch,guarddog}-{15k,5k}-{legit,planted}.json and prints the Markdown tables
"""

import argparse
import csv
import json
import random
import re
import sys
from collections import Counter, defaultdict

TARGET_COUNT = 5000
HOLDOUT_COUNT = 2500
AFFIXES = ["-cli", "-sdk", "-api", "-tools", "-utils"]
KEYBOARD_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
# Look-alike pairs, both directions: rn/m, vv/w, l/1, o/0, i/1.
LOOK_ALIKES = [("rn", "m"), ("m", "rn"), ("vv", "w"), ("w", "vv"), ("l", "1"), ("1", "l"), ("o", "0"),
               ("0", "o"), ("i", "1")]
TRANSFORMS = ["repeat", "omit", "swap", "keyboard", "look-alike", "word-swap", "py-affix", "separator",
              "affix", "trailing-digit"]
VALID = re.compile(r"^[a-z0-9]([a-z0-9._-]*[a-z0-9])?$")


def normalize(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def keyboard_neighbours():
    neighbours = defaultdict(set)
    for row_index, row in enumerate(KEYBOARD_ROWS):
        for column, key in enumerate(row):
            for other_row in range(max(0, row_index - 1), min(len(KEYBOARD_ROWS), row_index + 2)):
                for other_column in (column - 1, column, column + 1):
                    if 0 <= other_column < len(KEYBOARD_ROWS[other_row]):
                        other = KEYBOARD_ROWS[other_row][other_column]
                        if other != key:
                            neighbours[key].add(other)
    return {key: sorted(values) for key, values in neighbours.items()}


NEIGHBOURS = keyboard_neighbours()


def letter_positions(name):
    return [i for i, c in enumerate(name) if c.isalnum()]


def typo(name, transform, rng):
    """One typo of `name` of the given class, or None when the class does not apply."""
    positions = letter_positions(name)
    if transform == "repeat":
        i = rng.choice(positions)
        return name[:i + 1] + name[i] + name[i + 1:]
    if transform == "omit":
        i = rng.choice(positions)
        return name[:i] + name[i + 1:]
    if transform == "swap":
        pairs = [i for i in range(len(name) - 1)
                 if name[i] != name[i + 1] and name[i].isalnum() and name[i + 1].isalnum()]
        if not pairs:
            return None
        i = rng.choice(pairs)
        return name[:i] + name[i + 1] + name[i] + name[i + 2:]
    if transform == "keyboard":
        slips = [i for i in positions if name[i] in NEIGHBOURS]
        if not slips:
            return None
        i = rng.choice(slips)
        return name[:i] + rng.choice(NEIGHBOURS[name[i]]) + name[i + 1:]
    if transform == "look-alike":
        options = [(m.start(), old, new) for old, new in LOOK_ALIKES for m in re.finditer(re.escape(old), name)]
        if not options:
            return None
        i, old, new = rng.choice(options)
        return name[:i] + new + name[i + len(old):]
    if transform == "word-swap":
        words = name.split("-")
        if len(words) < 2 or len(set(words)) < 2:
            return None
        while True:
            shuffled = words[:]
            rng.shuffle(shuffled)
            if shuffled != words:
                return "-".join(shuffled)
    if transform == "py-affix":
        words = name.split("-")
        if words[0] in ("py", "python") and len(words) > 1:
            return "-".join(words[1:])
        if words[0].startswith("py") and len(words[0]) > 4:
            return "python-" + name[2:] if rng.random() < 0.5 else name[2:]
        return rng.choice(["py", "python-", "py-"]) + name if rng.random() < 0.5 else name + rng.choice(["-py", "py", "-python"])
    if transform == "separator":
        separators = [i for i, c in enumerate(name) if c == "-"]
        if separators:
            i = rng.choice(separators)
            return name[:i] + name[i + 1:]
        if len(name) < 6:
            return None
        i = rng.randrange(2, len(name) - 2)
        return name[:i] + "-" + name[i:]
    if transform == "affix":
        return name + rng.choice(AFFIXES)
    if transform == "trailing-digit":
        return name + str(rng.randrange(10))
    raise ValueError(transform)


def read_list(path):
    try:
        with open(path, newline="") as handle:
            rows = list(csv.DictReader(handle))
    except FileNotFoundError:
        sys.exit(f"names-eval: the popular list {path} is missing (the top-pypi-packages CSV, download_count,project)")
    return [(row["download_count"], row["project"]) for row in rows]


def write_list(path, rows):
    with open(path, "w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["download_count", "project"])
        writer.writerows(rows)


def generate(arguments):
    rows = read_list(arguments.csv)
    if len(rows) < 3 * TARGET_COUNT:
        sys.exit(f"names-eval: {arguments.csv} has {len(rows)} rows; the benchmark needs {3 * TARGET_COUNT}")
    out = arguments.out
    write_list(f"{out}/popular-15k.csv", rows)
    write_list(f"{out}/popular-5k.csv", rows[:TARGET_COUNT])
    with open(f"{out}/legit.txt", "w") as handle:
        handle.writelines(project + "\n" for _, project in rows[TARGET_COUNT:])
    write_list(f"{out}/popular-2.5k.csv", rows[:HOLDOUT_COUNT])
    with open(f"{out}/holdout-legit.txt", "w") as handle:
        handle.writelines(project + "\n" for _, project in rows[HOLDOUT_COUNT:TARGET_COUNT])

    rng = random.Random(arguments.seed)
    listed = {normalize(project) for _, project in rows}
    planted = {}
    targets = [normalize(project) for _, project in rows[:TARGET_COUNT] if len(normalize(project)) >= 4]
    for index, target in enumerate(targets):
        # Round-robin over the classes, falling through to the next one that applies to this name.
        for offset in range(len(TRANSFORMS)):
            transform = TRANSFORMS[(index + offset) % len(TRANSFORMS)]
            name = typo(target, transform, rng)
            if name is None:
                continue
            name = normalize(name)
            if VALID.match(name) and name != target and name not in listed and name not in planted:
                planted[name] = (transform, target)
            break
    with open(f"{out}/planted.tsv", "w") as handle:
        for name, (transform, target) in planted.items():
            handle.write(f"{name}\t{transform}\t{target}\n")
    holdout_targets = {normalize(project) for _, project in rows[:HOLDOUT_COUNT]}
    with open(f"{out}/holdout-planted.txt", "w") as handle:
        handle.writelines(name + "\n" for name, (_, target) in planted.items() if target in holdout_targets)
    counts = Counter(transform for transform, _ in planted.values())
    print(f"names-eval: {len(rows) - TARGET_COUNT} legitimate names, {len(planted)} planted typos of "
          f"{len(targets)} top-{TARGET_COUNT} names ({', '.join(f'{t} {counts[t]}' for t in TRANSFORMS)})",
          file=sys.stderr)


SUSPECT_SCORE = 0.5  # squatwatch's default suspicious threshold


def suspects(path):
    """squatwatch's suspects in a JSON report, defensive placeholders left out."""
    with open(path) as handle:
        report = json.load(handle)
    return [suspect for suspect in report["suspects"] if suspect["verdict"] != "defensive-placeholder"]


def typosquat_scores(path):
    """Name to the score of its typosquat finding, for the names squatwatch's typosquat check flags."""
    return {suspect["project"]: finding["score"] for suspect in suspects(path) for finding in suspect["findings"]
            if finding["check"] == "typosquat" and finding["score"] >= SUSPECT_SCORE}


def squatwatch_flagged(path):
    """The names the typosquat check flags: what the issue's target counts, as GuardDog's rule is one as well."""
    return set(typosquat_scores(path))


def squatwatch_suspects(path):
    """Every suspect, whichever check flagged it (entry-point-hijack also judges names alone)."""
    return {suspect["project"] for suspect in suspects(path)}


def flagged_causes(path):
    """Flagged name to what its strongest finding says: the typosquat transform, or the check's name."""
    causes = {}
    for suspect in suspects(path):
        finding = max(suspect["findings"], key=lambda f: f["score"])
        causes[suspect["project"]] = finding["evidence"].get("transform", finding["check"])
    return causes


def guarddog_flagged(path):
    with open(path) as handle:
        return {normalize(name) for name in json.load(handle)["flagged"]}


def percent(part, whole):
    return f"{100 * part / whole:.2f}%" if whole else "n/a"


def score(arguments):
    out = arguments.out
    legit = [normalize(line.strip()) for line in open(f"{out}/legit.txt") if line.strip()]
    planted = [line.rstrip("\n").split("\t") for line in open(f"{out}/planted.tsv") if line.strip()]
    by_transform = defaultdict(list)
    for name, transform, _ in planted:
        by_transform[transform].append(name)
    variants = [("15k", "top 15,000 (the whole list)"), ("5k", "top 5,000 (legitimate names not in it)")]
    results = {}
    for variant, _ in variants:
        for tool, read in (("squatwatch", squatwatch_flagged), ("guarddog", guarddog_flagged)):
            results[tool, variant] = (read(f"{out}/{tool}-{variant}-legit.json"),
                                      read(f"{out}/{tool}-{variant}-planted.json"))

    print(f"Names-only evaluation: {len(legit):,} legitimate names (ranks 5,001-15,000), "
          f"{len(planted):,} planted typos of top-5,000 names\n")
    print("| popular list | tool | legitimate flagged | planted recall | false positives squatwatch/GuardDog "
          "| target |")
    print("|---|---|---|---|---|---|")
    for variant, label in variants:
        sw_legit, sw_planted = results["squatwatch", variant]
        gd_legit, gd_planted = results["guarddog", variant]
        sw_fp = sum(name in sw_legit for name in legit)
        gd_fp = sum(name in gd_legit for name in legit)
        sw_tp = sum(name in sw_planted for name, _, _ in planted)
        gd_tp = sum(name in gd_planted for name, _, _ in planted)
        ratio = f"{sw_fp / gd_fp:.3f}" if gd_fp else ("none on either" if sw_fp == 0 else "inf")
        met = "met" if sw_fp <= 0.1 * gd_fp and sw_tp >= gd_tp else "missed"
        met += " (vacuously: neither flags a listed name)" if sw_fp == gd_fp == 0 and sw_tp >= gd_tp else ""
        print(f"| {label} | squatwatch, typosquat check | {sw_fp:,} ({percent(sw_fp, len(legit))}) | "
              f"{sw_tp:,} ({percent(sw_tp, len(planted))}) | {ratio} | <= 0.1 at recall >= GuardDog's: {met} |")
        all_legit = squatwatch_suspects(f"{out}/squatwatch-{variant}-legit.json")
        all_planted = squatwatch_suspects(f"{out}/squatwatch-{variant}-planted.json")
        all_fp = sum(name in all_legit for name in legit)
        all_tp = sum(name in all_planted for name, _, _ in planted)
        all_ratio = f"{all_fp / gd_fp:.3f}" if gd_fp else ("none on either" if all_fp == 0 else "inf")
        print(f"| {label} | squatwatch, every name check (+ entry-point-hijack) | {all_fp:,} "
              f"({percent(all_fp, len(legit))}) | {all_tp:,} ({percent(all_tp, len(planted))}) | {all_ratio} | |")
        print(f"| {label} | GuardDog 3 | {gd_fp:,} ({percent(gd_fp, len(legit))}) | "
              f"{gd_tp:,} ({percent(gd_tp, len(planted))}) | | |")

    print("\nPlanted recall per transform class (squatwatch / GuardDog):\n")
    print("| transform | planted | " + " | ".join(f"{label.split(' (')[0]}" for _, label in variants) + " |")
    print("|---|---|" + "---|" * len(variants))
    for transform in TRANSFORMS:
        names = by_transform.get(transform, [])
        cells = []
        for variant, _ in variants:
            sw = sum(name in results["squatwatch", variant][1] for name in names)
            gd = sum(name in results["guarddog", variant][1] for name in names)
            cells.append(f"{percent(sw, len(names))} / {percent(gd, len(names))}")
        print(f"| {transform} | {len(names)} | " + " | ".join(cells) + " |")

    # Whether a stricter score cut buys precision without giving up recall: squatwatch's trade-off on the 5k list.
    legit_scores = typosquat_scores(f"{out}/squatwatch-5k-legit.json").values()
    planted_scores = typosquat_scores(f"{out}/squatwatch-5k-planted.json").values()
    gd_fp = len(results["guarddog", "5k"][0] & set(legit))
    gd_tp = len(results["guarddog", "5k"][1] & {name for name, _, _ in planted})
    print(f"\nsquatwatch's typosquat check on the top-5,000 list at stricter --min-score (GuardDog: {gd_fp:,} "
          f"flagged, {gd_tp:,} recalled):\n")
    print("| --min-score | legitimate flagged | planted recall | false positives squatwatch/GuardDog |")
    print("|---|---|---|---|")
    for cut in (0.5, 0.6, 0.7, 0.8):
        fp = sum(score >= cut for score in legit_scores)
        tp = sum(score >= cut for score in planted_scores)
        ratio = f"{fp / gd_fp:.3f}" if gd_fp else "n/a"
        print(f"| {cut} | {fp:,} ({percent(fp, len(legit))}) | {tp:,} ({percent(tp, len(planted))}) | {ratio} |")

    print("\nsquatwatch on the top-5,000 list, flagged names by what its strongest finding says (the typosquat "
          "transform, or the check):\n")
    legit_causes = flagged_causes(f"{out}/squatwatch-5k-legit.json")
    planted_causes = flagged_causes(f"{out}/squatwatch-5k-planted.json")
    print("| finding | legitimate flagged | planted flagged |")
    print("|---|---|---|")
    for cause in sorted(set(legit_causes.values()) | set(planted_causes.values()),
                        key=lambda c: (-sum(v == c for v in legit_causes.values()), c)):
        print(f"| {cause} | {sum(v == cause for v in legit_causes.values()):,} | "
              f"{sum(v == cause for v in planted_causes.values()):,} |")

    holdout_legit = [normalize(line.strip()) for line in open(f"{out}/holdout-legit.txt") if line.strip()]
    holdout_planted = [normalize(line.strip()) for line in open(f"{out}/holdout-planted.txt") if line.strip()]
    sw_legit = squatwatch_flagged(f"{out}/squatwatch-holdout-legit.json")
    sw_planted = squatwatch_flagged(f"{out}/squatwatch-holdout-planted.json")
    gd_legit = guarddog_flagged(f"{out}/guarddog-holdout-legit.json")
    gd_planted = guarddog_flagged(f"{out}/guarddog-holdout-planted.json")
    sw_fp, gd_fp = sum(n in sw_legit for n in holdout_legit), sum(n in gd_legit for n in holdout_legit)
    sw_tp, gd_tp = sum(n in sw_planted for n in holdout_planted), sum(n in gd_planted for n in holdout_planted)
    print(f"\nHeld-out split, which the naming rules were not tuned on: popular list = top {HOLDOUT_COUNT:,}, "
          f"{len(holdout_legit):,} legitimate names (ranks {HOLDOUT_COUNT + 1:,}-{TARGET_COUNT:,}), "
          f"{len(holdout_planted):,} planted typos of top-{HOLDOUT_COUNT:,} names:\n")
    print("| tool | legitimate flagged | planted recall | false positives squatwatch/GuardDog |")
    print("|---|---|---|---|")
    ratio = f"{sw_fp / gd_fp:.3f}" if gd_fp else "n/a"
    print(f"| squatwatch, typosquat check | {sw_fp:,} ({percent(sw_fp, len(holdout_legit))}) | "
          f"{sw_tp:,} ({percent(sw_tp, len(holdout_planted))}) | {ratio} |")
    print(f"| GuardDog 3 | {gd_fp:,} ({percent(gd_fp, len(holdout_legit))}) | "
          f"{gd_tp:,} ({percent(gd_tp, len(holdout_planted))}) | |")

    if arguments.examples:
        for variant, _ in variants:
            sw_legit, sw_planted = results["squatwatch", variant]
            false_positives = sorted(name for name in legit if name in sw_legit)
            missed = [(name, transform, target) for name, transform, target in planted if name not in sw_planted]
            print(f"\nsquatwatch, {variant}: {len(false_positives)} legitimate names flagged: "
                  f"{', '.join(false_positives[:arguments.examples])}")
            print(f"squatwatch, {variant}: {len(missed)} planted missed, e.g. "
                  + ", ".join(f"{n} ({t} of {g})" for n, t, g in missed[:arguments.examples]))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    generate_parser = commands.add_parser("generate")
    generate_parser.add_argument("--csv", required=True)
    generate_parser.add_argument("--out", required=True)
    generate_parser.add_argument("--seed", type=int, default=2025)
    score_parser = commands.add_parser("score")
    score_parser.add_argument("--out", required=True)
    score_parser.add_argument("--examples", type=int, default=0,
                              help="also list up to N of squatwatch's false positives and misses")
    arguments = parser.parse_args()
    generate(arguments) if arguments.command == "generate" else score(arguments)


if __name__ == "__main__":
    main()
