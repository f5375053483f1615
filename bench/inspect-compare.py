#!/usr/bin/env python3
"""Compares squatwatch's inspections of wheels with a full read of each wheel.

    inspect-compare.py FULL.jsonl INSPECTIONS.jsonl [SENT.json [REQUESTS.json]]

FULL.jsonl is `squatwatch-fixtures inspect --full` over the wheels; INSPECTIONS.jsonl holds the inspections to
judge, one JSON object per line, either as that command prints them or as the crawl stores them (the `payload`
of the cache's inspection table). SENT.json, when given, maps each file name to the bytes nginx sent for it
(all its requests, headers included); otherwise the inspection's own `bytesTransferred` counts. REQUESTS.json
maps each file name to the number of those requests.

Compared per wheel: console and GUI script names, import names (top-level names and PEP 794 Import-Name), and
the code verdict the checks draw from the code summary: empty (metadata only, or trivial code proven by reading
every module, or no module and no payload) as EmptyPackageCheck.isContentEmpty reads it, and real code (defines
something, with 20,000 bytes of code or a native extension), some code (2,000 bytes) or little code as
CounterEvidence weighs it. Prints a Markdown table of the figures and one line per disagreement.
"""
import json
import math
import statistics
import sys

BOILERPLATE = {
    "pkg-info", "setup.py", "setup.cfg", "pyproject.toml", "manifest.in", "readme", "readme.md", "readme.rst",
    "readme.txt", "license", "license.txt", "license.md", "licence", "copying", "__init__.py", "requirements.txt",
}


def is_payload(name):
    """ProjectFacts.isPayload: content rather than metadata or packaging boilerplate."""
    if name.endswith("/"):
        return False
    parts = [p for p in name.split("/") if p]
    if any(p.endswith(".dist-info") or p.endswith(".egg-info") for p in parts):
        return False
    return bool(parts) and parts[-1].lower() not in BOILERPLATE


def verdict(inspection):
    code = inspection["code"]
    native, defines, code_bytes = code["nativeExtensions"], code["definesAnything"], code["codeBytes"]
    if code["metadataOnly"]:
        return "empty"
    if native == 0:
        if code["pythonModules"] == 0 and not any(is_payload(m["name"]) for m in inspection["members"]):
            return "empty"
        if code["pythonModules"] > 0 and code["sourcesRead"] and not defines and code_bytes < 200:
            return "empty"
    if defines and (code_bytes >= 20_000 or native > 0):
        return "real code"
    if defines and code_bytes >= 2_000:
        return "some code"
    return "little code"


def scripts(inspection):
    return sorted({s["name"] for s in inspection["consoleScripts"] + inspection["guiScripts"]})


def import_names(inspection):
    core = inspection.get("coreMetadata") or {}
    return sorted(set(inspection["topLevelNames"]) | set(core.get("importNames", [])))


def load(path):
    rows = {}
    for line in open(path):
        if line.strip():
            row = json.loads(line)
            inspection = row.get("inspection", row)
            rows[inspection["filename"]] = (row, inspection)
    return rows


def main():
    full, judged = load(sys.argv[1]), load(sys.argv[2])
    sent = json.load(open(sys.argv[3])) if len(sys.argv) > 3 else {}
    requests = json.load(open(sys.argv[4])) if len(sys.argv) > 4 else {}
    costs, counts, disagreements, errors = [], [], [], 0
    for name in sorted(full):
        if name not in judged:
            disagreements.append(f"{name}: not inspected")
            continue
        _, reference = full[name]
        row, inspection = judged[name]
        if inspection.get("error"):
            errors += 1
        costs.append(sent.get(name, inspection["bytesTransferred"]))
        counts.append(requests.get(name, row.get("requests", 0)))
        for what, read in (("scripts", scripts), ("import names", import_names), ("code verdict", verdict)):
            if read(inspection) != read(reference):
                disagreements.append(f"{name}: {what} {read(inspection)} (full read: {read(reference)})")
    costs.sort()
    p95 = costs[math.ceil(0.95 * len(costs)) - 1]
    kib = lambda b: f"{b / 1024:,.1f} KiB"
    print("| measure | squatwatch | target |")
    print("|---|---|---|")
    print(f"| wheels compared with a full read | {len(costs)} | >= 30 |")
    print(f"| median bytes sent per wheel | {kib(statistics.median(costs))} | <= 16 KiB |")
    print(f"| 95th percentile | {kib(p95)} | <= 32 KiB |")
    print(f"| largest | {kib(costs[-1])} | |")
    print(f"| median requests per wheel | {statistics.median(counts):.0f} | |")
    print(f"| scripts, import names and code verdicts that differ from the full read | {len(disagreements)} | 0 |")
    print(f"| inspection errors | {errors} | 0 |")
    for line in disagreements:
        print(f"\n- {line}", end="")
    print()
    return 1 if disagreements or errors else 0


if __name__ == "__main__":
    sys.exit(main())
