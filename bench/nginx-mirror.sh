# Sourced by the benchmarks: serves a bandersnatch-layout mirror with nginx on 127.0.0.1.
#   serve_mirror MIRROR-DIR WORK-DIR [html-only]    sets PORT; nginx stops when the script exits.
#     html-only serves only the PEP 503 HTML pages (no PEP 691 JSON, no JSON API, no serials).
#   serve_generated_mirror OUT MARKER FIXTURES-ARGUMENTS...
#     generates OUT/mirror once per MARKER with `squatwatch-fixtures registry`, then serves it.
#   rotate_access_log WORK-DIR NAME
#     moves the requests nginx logged so far (bench/nginx.conf.template logs each) to WORK-DIR/NAME.log.
serve_mirror() {
  local mirror=$1 work=$2 template=bench/nginx.conf.template
  [ "${3:-}" = html-only ] && template=bench/nginx-html-only.conf.template
  mkdir -p "$work/nginx-tmp"
  PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  sed -e "s#@OUT@#$work#g" -e "s#@PORT@#$PORT#g" -e "s#@MIRROR@#$mirror#g" "$template" > "$work/nginx.conf"
  rm -f "$work/access.log"
  nginx -c "$work/nginx.conf" -p "$work" &
  NGINX_PIDS="${NGINX_PIDS:-} $!"
  trap 'kill $NGINX_PIDS 2>/dev/null || true' EXIT
  for _ in $(seq 50); do curl -sf "http://127.0.0.1:$PORT/simple/" -o /dev/null && return; sleep 0.1; done
  echo "nginx did not answer on 127.0.0.1:$PORT (see $work/nginx-error.log)" >&2
  return 1
}

serve_generated_mirror() {
  local out=$1 marker=$2; shift 2
  if [ ! -f "$out/mirror/.made-$marker" ]; then
    rm -rf "$out/mirror"
    .build/release/squatwatch-fixtures registry --output "$out/mirror" "$@"
    touch "$out/mirror/.made-$marker"
  fi
  serve_mirror "$out/mirror" "$out"
}

# rotate_access_log WORK-DIR NAME: moves what the nginx of WORK-DIR logged so far to WORK-DIR/NAME.log.
rotate_access_log() {
  local work=$1 name=$2
  [ -f "$work/access.log" ] || touch "$work/access.log"
  mv "$work/access.log" "$work/$name.log"
  # USR1 makes nginx flush its log buffer and open a new file.
  kill -USR1 "$(cat "$work/nginx.pid")"
  for _ in $(seq 50); do [ -f "$work/access.log" ] && break; sleep 0.1; done
  # The workers flush their buffers into the moved file as they reopen theirs.
  sleep 0.5
}
