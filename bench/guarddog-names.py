#!/usr/bin/env python3
"""Runs GuardDog's own PyPI typosquatting rule offline on a list of names, with a given popular list.

  guarddog-names.py --popular TOP.csv --names NAMES.txt --out RESULT.json --cache-dir DIR

Run with the Python of the venv GuardDog is installed in. GuardDog reads its top-packages cache from
$GUARDDOG_TOP_PACKAGES_CACHE_LOCATION/top_pypi_packages.json in the form {"downloaded_timestamp", "packages"}
and downloads hugovk's list when the cache is older than 30 days (TyposquatDetector._get_top_packages_with_refresh).
This writes that file from TOP.csv with the current time, fresh caches for the other ecosystems (importing
guarddog builds every ecosystem's rules), and makes any connection attempt raise, so the rule runs on exactly
the given list and a silent download would fail loudly. Result: {"guarddog_version", "popular", "names",
"flagged": {name: [targets]}}.

With --memo-dir DIR, answers are also kept per name in DIR, one JSON file per GuardDog version and popular list: a name GuardDog already judged against the same list is not judged again, which turns reruns of the
benchmarks from minutes into seconds. The answers are GuardDog's either way.
"""

import argparse
import csv
import hashlib
import importlib.metadata
import importlib.util
import json
import multiprocessing
import os
import socket
import sys
import time

ECOSYSTEM_CACHES = ["top_npm_packages.json", "top_go_packages.json", "top_rubygems_packages.json"]


class NetworkBlocked(RuntimeError):
    pass


def refuse_connection(*_arguments, **_keywords):
    raise NetworkBlocked("guarddog-names: a network connection was attempted; the benchmark runs offline")


def write_caches(popular_csv, cache_dir):
    with open(popular_csv, newline="") as handle:
        packages = [row["project"] for row in csv.DictReader(handle)]
    now = int(time.time())
    os.makedirs(cache_dir, exist_ok=True)
    with open(os.path.join(cache_dir, "top_pypi_packages.json"), "w") as handle:
        json.dump({"downloaded_timestamp": now, "packages": packages}, handle)
    # The other ecosystems' lists are irrelevant here, but the Go rule refuses an empty one: reuse the lists
    # GuardDog ships, stamped fresh so that no rule tries to refresh them at import.
    spec = importlib.util.find_spec("guarddog")
    shipped = os.path.join(os.path.dirname(spec.origin), "analyzer", "metadata", "resources")
    for name in ECOSYSTEM_CACHES:
        with open(os.path.join(shipped, name)) as handle:
            data = json.load(handle)
        with open(os.path.join(cache_dir, name), "w") as handle:
            json.dump({"downloaded_timestamp": now, "packages": data.get("packages") or []}, handle)
    return packages


detector = None


def judge(name):
    flagged, message = detector.detect({"info": {"name": name}}, name=name)
    return name, flagged, message


def main():
    global detector
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--popular", required=True)
    parser.add_argument("--names", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--cache-dir", required=True)
    parser.add_argument("--memo-dir", help="keep answers per name here, reused for the same GuardDog and popular list")
    arguments = parser.parse_args()

    packages = write_caches(arguments.popular, arguments.cache_dir)
    os.environ["GUARDDOG_TOP_PACKAGES_CACHE_LOCATION"] = os.path.abspath(arguments.cache_dir)
    socket.socket.connect = refuse_connection
    socket.socket.connect_ex = refuse_connection
    from guarddog.analyzer.metadata.pypi.typosquatting import PypiTyposquatDetector

    detector = PypiTyposquatDetector()
    expected = {PypiTyposquatDetector._canonicalize_name(name) for name in packages}
    if detector.popular_packages != expected:
        sys.exit(f"guarddog-names: GuardDog loaded {len(detector.popular_packages)} popular packages, "
                 f"not the {len(expected)} of {arguments.popular}")

    with open(arguments.names) as handle:
        names = [line.strip() for line in handle if line.strip()]
    version = importlib.metadata.version("guarddog")
    memo_key = hashlib.sha256((version + "\n" + "\n".join(sorted(expected))).encode()).hexdigest()[:16]
    memo_path = arguments.memo_dir and os.path.join(arguments.memo_dir, f"guarddog-{version}-{memo_key}.json")
    memo = {}
    if memo_path and os.path.exists(memo_path):
        with open(memo_path) as handle:
            memo = json.load(handle)
    started = time.monotonic()
    flagged = {name: memo[name] for name in names if memo.get(name)}
    unjudged = [name for name in dict.fromkeys(names) if name not in memo]
    # Forked workers inherit the detector and the blocked socket.
    with multiprocessing.get_context("fork").Pool(os.cpu_count() or 1) as pool:
        for done, (name, hit, message) in enumerate(pool.imap_unordered(judge, unjudged, chunksize=32), 1):
            memo[name] = message.rsplit(": ", 1)[-1].split(", ") if hit else []
            if hit:
                flagged[name] = memo[name]
            if done % 2000 == 0:
                print(f"guarddog-names: {done}/{len(unjudged)} names, {time.monotonic() - started:.0f} s",
                      file=sys.stderr)
    if memo_path:
        os.makedirs(arguments.memo_dir, exist_ok=True)
        with open(memo_path + ".tmp", "w") as handle:
            json.dump(memo, handle)
        os.replace(memo_path + ".tmp", memo_path)
    with open(arguments.out, "w") as handle:
        json.dump({"guarddog_version": version, "popular": len(expected),
                   "names": len(names), "flagged": dict(sorted(flagged.items()))}, handle, indent=1)
    print(f"guarddog-names: GuardDog {version} flagged {len(flagged)} of {len(names)} names ({len(unjudged)} judged "
          f"now, the rest remembered) against {len(expected)} popular packages in "
          f"{time.monotonic() - started:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
