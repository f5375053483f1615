# Sourced by the benchmarks: generates a mirror once per set of arguments and serves it with nginx on 127.0.0.1.
#   serve_generated_mirror OUT MARKER FIXTURES-ARGUMENTS...   sets PORT; nginx stops when the script exits.
#   serve_mirror OUT                                           serves OUT/mirror/web as it is; sets PORT.
#   rotate_access_log OUT NAME                                 moves what nginx logged so far to OUT/NAME.log.
serve_generated_mirror() {
  local out=$1 marker=$2; shift 2
  if [ ! -f "$out/mirror/.made-$marker" ]; then
    rm -rf "$out/mirror"
    .build/release/squatwatch-fixtures registry --output "$out/mirror" "$@"
    touch "$out/mirror/.made-$marker"
  fi
  serve_mirror "$out"
}

serve_mirror() {
  local out=$1
  mkdir -p "$out/nginx-tmp"
  PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  sed -e "s#@OUT@#$out#g" -e "s#@PORT@#$PORT#g" -e "s#@MIRROR@#$out/mirror#g" bench/nginx.conf.template \
    > "$out/nginx.conf"
  rm -f "$out/access.log"
  nginx -c "$out/nginx.conf" -p "$out" &
  NGINX_PID=$!
  trap 'kill $NGINX_PID 2>/dev/null || true' EXIT
  for _ in $(seq 50); do curl -sf "http://127.0.0.1:$PORT/simple/" -o /dev/null && break; sleep 0.1; done
  rotate_access_log "$out" startup
}

rotate_access_log() {
  local out=$1 name=$2
  [ -f "$out/access.log" ] || touch "$out/access.log"
  mv "$out/access.log" "$out/$name.log"
  # USR1 makes nginx flush its log buffer and open a new file.
  kill -USR1 "$NGINX_PID"
  for _ in $(seq 50); do [ -f "$out/access.log" ] && break; sleep 0.1; done
  # The workers flush their buffers into the moved file as they reopen theirs.
  sleep 0.5
}
