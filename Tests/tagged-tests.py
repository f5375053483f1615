#!/usr/bin/env python3
"""Prints a `swift test --skip` regular expression that matches every test or suite carrying one of the given tags.

Usage: tagged-tests.py TEST-BUNDLE TAG...

`swift test` in Swift 6.3 selects tests by name only (`--filter tag:` is not in this toolchain), so the names come
from the test bundle's own listing, whose event stream gives each test's tags (Swift Testing's `_tags` field).
When no test carries any of the tags, it fails rather than let `make unit` quietly run everything.
"""

import json
import os
import re
import subprocess
import sys
import tempfile


def main() -> None:
    bundle, tags = sys.argv[1], {"." + tag for tag in sys.argv[2:]}
    with tempfile.TemporaryDirectory() as work:
        events = os.path.join(work, "events.jsonl")
        subprocess.run(
            [bundle, "--testing-library", "swift-testing", "--list-tests",
             "--experimental-event-stream-output", events, "--experimental-event-stream-version", "0"],
            check=True, stdout=subprocess.DEVNULL)
        with open(events, encoding="utf-8") as stream:
            records = [json.loads(line) for line in stream if line.strip()]
    patterns = []
    for record in records:
        test = record.get("payload", {})
        if record.get("kind") != "test" or not tags & set(test.get("_tags", [])):
            continue
        identifier = test["id"]
        if test.get("kind") == "function":
            identifier = identifier.rsplit("/", 1)[0]  # a function's ID ends with its source location
        patterns.append(re.escape(identifier) + "(/|$)")
    if not patterns:
        sys.exit(f"tagged-tests.py: no test in {bundle} carries {' or '.join(sorted(tags))}; "
                 "does this Swift Testing still list tags?")
    print("|".join(sorted(patterns)))


main()
