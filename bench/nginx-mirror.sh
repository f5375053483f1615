# Sourced by the benchmarks: serves a bandersnatch-layout mirror with nginx on 127.0.0.1.
#   serve_mirror MIRROR-DIR WORK-DIR [html-only]    sets PORT; nginx stops when the script exits.
#     html-only serves only the PEP 503 HTML pages (no PEP 691 JSON, no JSON API, no serials).
#   serve_generated_mirror OUT MARKER FIXTURES-ARGUMENTS...
#     generates OUT/mirror once per MARKER with `squatwatch-fixtures registry`, then serves it.
serve_mirror() {
  local mirror=$1 work=$2 template=bench/nginx.conf.template
  [ "${3:-}" = html-only ] && template=bench/nginx-html-only.conf.template
  mkdir -p "$work/nginx-tmp"
  PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  sed -e "s#@OUT@#$work#g" -e "s#@PORT@#$PORT#g" -e "s#@MIRROR@#$mirror#g" "$template" > "$work/nginx.conf"
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
