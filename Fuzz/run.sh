#!/usr/bin/env bash
# Runs every libFuzzer target for FUZZ_SECONDS (default 60) on a corpus seeded from the sample mirror,
# then prints executions per target. Crashing inputs land in .build/fuzz/artifacts/<target>/.
set -eu
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
bin=.build/fuzz/release
work=.build/fuzz
web=data/sample-mirror/web
targets=(FuzzHTMLIndex FuzzJSONPage FuzzZipDirectory FuzzTar FuzzEntryPoints FuzzMetadata)

# Seed corpora from real files of the sample mirror (a few of each kind keeps start-up short).
seed() {
  local target=$1 dir=$work/corpus/$1
  mkdir -p "$dir"
  [ -n "$(ls -A "$dir")" ] && return 0
  case $target in
    FuzzHTMLIndex) cp "$web/simple/index.html" "$dir/listing"
      find "$web/simple" -mindepth 2 -name index.html | head -20 | while read -r f; do cp "$f" "$dir/$(basename "$(dirname "$f")")"; done ;;
    FuzzJSONPage)
      find "$web/simple" -mindepth 2 -name index.v1_json | head -10 | while read -r f; do cp "$f" "$dir/page-$(basename "$(dirname "$f")")"; done
      find "$web/pypi" -name json | head -10 | while read -r f; do cp "$f" "$dir/api-$(basename "$(dirname "$f")")"; done ;;
    FuzzZipDirectory) find "$web/packages" -name '*.whl' -size -64k | head -10 | while read -r f; do cp "$f" "$dir/"; done ;;
    FuzzTar) find "$web/packages" -name '*.tar.gz' -size -64k | head -10 | while read -r f; do gzip -dc "$f" > "$dir/$(basename "$f" .gz)"; done ;;
    FuzzEntryPoints) python3 - "$web/packages" "$dir" <<'PY'
import os, sys, zipfile
wheels = sorted(os.path.join(d, f) for d, _, fs in os.walk(sys.argv[1]) for f in fs if f.endswith(".whl"))
for wheel in wheels[:200]:
    with zipfile.ZipFile(wheel) as z:
        for name in z.namelist():
            if name.endswith("entry_points.txt"):
                open(os.path.join(sys.argv[2], os.path.basename(wheel)), "wb").write(z.read(name))
PY
      ;;
    FuzzMetadata) find "$web/packages" -name '*.metadata' | head -20 | while read -r f; do cp "$f" "$dir/"; done ;;
  esac
  # A target with no seed of its kind still starts from one empty input.
  [ -n "$(ls -A "$dir")" ] || : > "$dir/empty"
}

printf '%-18s %14s %10s %8s\n' target executions exec/s crashes > "$work/summary.txt"
status=0
for target in "${targets[@]}"; do
  seed "$target"
  mkdir -p "$work/artifacts/$target"
  log=$work/$target.log
  set +e
  "$bin/$target" "$work/corpus/$target" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 \
    -timeout=10 -print_final_stats=1 -artifact_prefix="$work/artifacts/$target/" > "$log" 2>&1
  rc=$?
  set -e
  runs=$(grep -oE '^stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo 0)
  rate=$(grep -oE '^stat::average_exec_per_sec: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo 0)
  crashes=$(find "$work/artifacts/$target" -type f | wc -l)
  printf '%-18s %14s %10s %8s\n' "$target" "$runs" "$rate" "$crashes" >> "$work/summary.txt"
  if [ "$rc" -ne 0 ] || [ "$crashes" -ne 0 ]; then
    echo "$target: libFuzzer exited $rc; see $log and $work/artifacts/$target/" >&2
    status=1
  fi
done
echo "Fuzzing: ${seconds} s per target (release build, -sanitize=fuzzer)"
cat "$work/summary.txt"
exit $status
