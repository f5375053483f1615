#!/usr/bin/env python3
"""Builds a cache of N projects for the check benchmark from a crawled cache.

Below the source's size it keeps the first N projects' check facts; above it, it adds copies of every project's
facts under new names, each copy with its own owners, e-mails, summary, description hash and file hashes, so copies
neither collide nor form artificial clusters. Usage: scale-cache.py SOURCE_CACHE_DIR TARGET_CACHE_DIR N
"""
import hashlib, json, os, shutil, sqlite3, sys

source, target, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
shutil.rmtree(target, ignore_errors=True)
os.makedirs(target)
src = sqlite3.connect(f"{source}/squatwatch.sqlite")
dst = sqlite3.connect(f"{target}/squatwatch.sqlite")
for (sql,) in src.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"):
    dst.execute(sql)
dst.executemany("INSERT INTO meta VALUES (?, ?)", src.execute("SELECT key, value FROM meta"))
dst.executemany("INSERT INTO grdb_migrations VALUES (?)", src.execute("SELECT identifier FROM grdb_migrations"))
rows = src.execute("SELECT f.project, f.payload, p.display_name FROM facts f JOIN project p ON p.name = f.project "
                   "WHERE p.state = 'fetched' ORDER BY f.project").fetchall()
version = src.execute("SELECT version FROM facts LIMIT 1").fetchone()[0]

def tag(value, copy):
    return value if copy == 0 or value is None else f"{value}-{copy}"

def clone(payload, copy):
    facts = json.loads(payload)
    if copy == 0:
        return facts["name"], payload
    facts["name"] = name = f"{facts['name']}-c{copy}"
    facts["summary"] = tag(facts.get("summary"), copy)
    facts["emails"] = [f"c{copy}.{e}" for e in facts.get("emails", [])]
    if facts.get("descriptionSHA256"):
        facts["descriptionSHA256"] = hashlib.sha256(f"{facts['descriptionSHA256']}{copy}".encode()).hexdigest()
    facts["owners"] = [tag(o, copy) for o in facts.get("owners", [])]
    facts["organization"] = tag(facts.get("organization"), copy)
    facts["fileHashes"] = [hashlib.sha256(f"{h}{copy}".encode()).hexdigest() for h in facts.get("fileHashes", [])]
    facts["fileSizes"] = [size + copy for size in facts.get("fileSizes", [])]
    return name, json.dumps(facts, separators=(",", ":")).encode()

written = 0
copy = 0
while written < count:
    batch_facts, batch_projects = [], []
    for project, payload, display in rows:
        if written >= count:
            break
        name, data = clone(payload, copy)
        batch_facts.append((name, version, data))
        batch_projects.append((name, display if copy == 0 else f"{display}-c{copy}", "fetched", 1, 0, "x"))
        written += 1
    dst.executemany("INSERT INTO facts (project, version, payload) VALUES (?, ?, ?)", batch_facts)
    dst.executemany("INSERT INTO project (name, display_name, state, run, failures, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?)", batch_projects)
    copy += 1
dst.commit()
print(f"{target}: {written} projects")
