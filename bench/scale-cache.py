#!/usr/bin/env python3
"""Builds a cache of N projects for the check benchmark from a crawled cache.

Below the source's size it keeps the first N projects; above it, it adds copies of every record under new names,
each copy with its own owners, e-mails, summary, description hash and file hashes, so copies neither collide nor
form artificial clusters. Usage: scale-cache.py SOURCE_CACHE_DIR TARGET_CACHE_DIR N
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
rows = src.execute("SELECT r.project, r.payload, p.display_name FROM record r JOIN project p ON p.name = r.project "
                   "WHERE p.state = 'fetched' ORDER BY r.project").fetchall()

def tag(value, copy):
    return value if copy == 0 or value is None else f"{value}-{copy}"

def clone(payload, copy):
    record = json.loads(payload)
    if copy == 0:
        return record["name"], payload
    record["name"] = name = f"{record['name']}-c{copy}"
    record["displayName"] = f"{record['displayName']}-c{copy}"
    meta = record.get("metadata")
    if meta:
        meta["name"] = record["displayName"]
        meta["summary"] = tag(meta.get("summary"), copy)
        if meta.get("authorEmail"):
            meta["authorEmail"] = f"c{copy}.{meta['authorEmail']}"
        if meta.get("descriptionSHA256"):
            meta["descriptionSHA256"] = hashlib.sha256(f"{meta['descriptionSHA256']}{copy}".encode()).hexdigest()
        meta["owners"] = [{**o, "user": tag(o["user"], copy)} for o in meta.get("owners", [])]
        meta["organization"] = tag(meta.get("organization"), copy)
        meta["requiresDist"] = [r for r in meta.get("requiresDist", [])]
    for f in (record.get("page") or {}).get("files", []):
        if "sha256" in f.get("hashes", {}):
            f["hashes"]["sha256"] = hashlib.sha256(f"{f['hashes']['sha256']}{copy}".encode()).hexdigest()
        if f.get("size"):
            f["size"] += copy
    return name, json.dumps(record, separators=(",", ":")).encode()

written = 0
copy = 0
while written < count:
    batch_records, batch_projects = [], []
    for project, payload, display in rows:
        if written >= count:
            break
        name, data = clone(payload, copy)
        batch_records.append((name, data))
        batch_projects.append((name, display if copy == 0 else f"{display}-c{copy}", "fetched", 1, 0, "x"))
        written += 1
    dst.executemany("INSERT INTO record (project, payload) VALUES (?, ?)", batch_records)
    dst.executemany("INSERT INTO project (name, display_name, state, run, failures, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?)", batch_projects)
    copy += 1
dst.commit()
print(f"{target}: {written} projects")
