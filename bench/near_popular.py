"""The evaluation's own definition of "a name near a popular name", independent of squatwatch's rules.

The real-data benchmarks (real-names-eval.sh, real-registry-eval.sh) decide with it which real malicious names
imitate a popular project, so that squatwatch's recall is measured on a population squatwatch did not choose. It is
deliberately plain: the relations the issue names, with fixed thresholds, nothing learnt from any data set.

A name (PEP 503 normalized) is near a popular name P when, in this order of precedence:
  separator    it differs from P only in separators (`python_dateutil`, `pythondateutil`)
  word-order   it has P's words in another order (`dateutil-python`)
  py-python    adding, dropping or swapping a `py`/`python` prefix or suffix makes P (`pyrequests`, `python-numpy`,
               `dateutil` for `python-dateutil`)
  edit-1       one insertion, deletion, substitution or swap of adjacent letters from P, P having at least 4 letters
  affix        it is P plus one more word before or after it (`requests-oauth`, `openai-api`), or P glued to one of a
               few common affixes (`numpylib`, `requestsapi`); P has at least 4 letters
  edit-2       two such edits, P having at least 6 letters
A name equal to P (normalized) is `listed`: it is the popular project itself, not an imitation.

    python3 bench/near_popular.py --popular TOP.csv --top 5000 NAME...   prints each name's relation
"""

import argparse
import csv
import re
import sys

GLUED_AFFIXES = ["2", "3", "lib", "api", "sdk", "cli", "dev", "utils", "tools", "client", "core", "ext"]
RELATIONS = ["separator", "word-order", "py-python", "edit-1", "affix", "edit-2"]


def normalize(name):
    return re.sub(r"[-_.]+", "-", name.strip()).lower()


def collapse(name):
    return name.replace("-", "")


def read_ranking(path, top=None):
    """Normalized project names of a download-ranked CSV (download_count,project), most downloaded first."""
    with open(path, newline="") as handle:
        rows = [(int(row["download_count"]), normalize(row["project"])) for row in csv.DictReader(handle)]
    rows.sort(key=lambda row: -row[0])
    names, seen = [], set()
    for _, name in rows:
        if name not in seen:
            seen.add(name)
            names.append(name)
    return names[:top] if top else names


def write_top(path, top, out):
    """Writes the `top` most downloaded rows of a ranking CSV to `out`, in the same CSV form (one row per name)."""
    with open(path, newline="") as handle:
        rows = sorted(csv.DictReader(handle), key=lambda row: -int(row["download_count"]))
    with open(out, "w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["download_count", "project"])
        written = set()
        for row in rows:
            name = normalize(row["project"])
            if name not in written and len(written) < top:
                written.add(name)
                writer.writerow([row["download_count"], row["project"]])


def osa_distance(a, b, limit):
    """Optimal string alignment distance (adjacent swaps count one), or limit + 1 once it exceeds limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2, previous = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[len(b)]


def deletions(word, depth):
    """Every string made by deleting up to `depth` characters from `word`, `word` included."""
    found = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1:] for w in frontier for i in range(len(w))}
        found |= frontier
    return found


def py_variants(name):
    """`name` with a py/python prefix or suffix dropped, added or swapped: the py-python relation's candidates."""
    stripped = {name}
    for prefix in ("python-", "python", "py-", "py"):
        if name.startswith(prefix):
            stripped.add(name[len(prefix):])
    for suffix in ("-python", "python", "-py", "py"):
        if name.endswith(suffix):
            stripped.add(name[:-len(suffix)])
    variants = set(stripped)
    for base in stripped:
        for form in ("py", "python"):
            variants |= {form + base, f"{form}-{base}", base + form, f"{base}-{form}"}
    return {variant.strip("-") for variant in variants if len(collapse(variant)) >= 3} - {name}


class PopularIndex:
    """The popular names, indexed so that each relation is a few look-ups rather than a scan of the list."""

    def __init__(self, names):
        self.names = list(names)
        self.listed = set(self.names)
        self.by_collapsed = {}
        self.by_words = {}
        self.by_deletion = {}
        for name in self.names:
            self.by_collapsed.setdefault(collapse(name), name)
            words = name.split("-")
            if len(words) > 1:
                self.by_words.setdefault(tuple(sorted(words)), name)
            letters = len(collapse(name))
            if letters >= 4:
                for key in deletions(name, 2 if letters >= 6 else 1):
                    self.by_deletion.setdefault(key, []).append(name)

    def relation(self, name):
        """(relation, popular name) for the closest relation of a normalized name, or None."""
        if name in self.listed:
            return "listed", name
        target = self.by_collapsed.get(collapse(name))
        if target:
            return "separator", target
        words = name.split("-")
        if len(words) > 1 and tuple(sorted(words)) in self.by_words:
            return "word-order", self.by_words[tuple(sorted(words))]
        for variant in sorted(py_variants(name)):
            target = self.listed_or_collapsed(variant)
            if target and target != name:
                return "py-python", target
        best = None
        for key in deletions(name, 2):
            for target in self.by_deletion.get(key, ()):
                limit = 2 if len(collapse(target)) >= 6 else 1
                distance = osa_distance(name, target, limit)
                if distance <= limit and (best is None or (distance, target) < best):
                    best = (distance, target)
        if best and best[0] == 1:
            return "edit-1", best[1]
        affix = self.affix_target(name, words)
        if affix:
            return "affix", affix
        if best:
            return "edit-2", best[1]
        return None

    def listed_or_collapsed(self, name):
        return name if name in self.listed else self.by_collapsed.get(collapse(name))

    def affix_target(self, name, words):
        if len(words) > 1:
            for head in ("-".join(words[1:]), "-".join(words[:-1])):
                if head in self.listed and len(collapse(head)) >= 4:
                    return head
        squeezed = collapse(name)
        for affix in GLUED_AFFIXES:
            for candidate in (squeezed[:-len(affix)] if squeezed.endswith(affix) else None,
                              squeezed[len(affix):] if squeezed.startswith(affix) and not affix.isdigit() else None):
                if candidate and len(candidate) >= 4:
                    target = self.by_collapsed.get(candidate)
                    if target:
                        return target
        return None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--popular", required=True, help="download-ranked CSV (download_count,project)")
    parser.add_argument("--top", type=int, default=5000)
    parser.add_argument("names", nargs="+")
    arguments = parser.parse_args()
    index = PopularIndex(read_ranking(arguments.popular, arguments.top))
    for name in arguments.names:
        found = index.relation(normalize(name))
        print(f"{name}\t{found[0] + ' ' + found[1] if found else '-'}")


if __name__ == "__main__":
    sys.exit(main())
