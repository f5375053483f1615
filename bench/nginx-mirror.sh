# Sourced by the benchmarks: generates a mirror once per set of arguments and serves it with nginx on 127.0.0.1.
#   serve_generated_mirror OUT MARKER FIXTURES-ARGUMENTS...   sets PORT; nginx stops when the script exits.
serve_generated_mirror() {
  local out=$1 marker=$2; shift 2
  mkdir -p "$out/nginx-tmp"
  if [ ! -f "$out/mirror/.made-$marker" ]; then
    rm -rf "$out/mirror"
    .build/release/squatwatch-fixtures registry --output "$out/mirror" "$@"
    touch "$out/mirror/.made-$marker"
  fi
  PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  sed -e "s#@OUT@#$out#g" -e "s#@PORT@#$PORT#g" -e "s#@MIRROR@#$out/mirror#g" bench/nginx.conf.template \
    > "$out/nginx.conf"
  nginx -c "$out/nginx.conf" -p "$out" &
  NGINX_PID=$!
  trap 'kill $NGINX_PID 2>/dev/null || true' EXIT
  for _ in $(seq 50); do curl -sf "http://127.0.0.1:$PORT/simple/" -o /dev/null && break; sleep 0.1; done
}
