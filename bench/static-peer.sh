# Sourced by the throughput benches: nginx serving $work/static, the machine's ceiling for the same
# bytes, and wrk requesting the paths in $work/paths.txt in rotation. The caller sets work and
# seconds, and stops nginx on exit with: nginx -c "$nginx_conf" -p "$work/nginx" -s stop

# start_nginx PORT HTTP_DIRECTIVES SERVER_DIRECTIVES
start_nginx() {
  mkdir -p "$work/nginx/logs"
  nginx_conf=$work/nginx/nginx.conf
  cat > "$nginx_conf" <<NGINX
worker_processes 2;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  $2
  server {
    listen 127.0.0.1:$1;
    root $work/static;
    $3
  }
}
NGINX
  nginx -c "$nginx_conf" -p "$work/nginx"
  sleep 1
}

# run_wrk LABEL URL_BASE [PATHS_FILE]: one line "LABEL rps=… p50=… p90=… p99=… errors=… cookies=…"
# Connections: $connections (16 unless the caller sets it); more wrk options: the array wrk_options.
run_wrk() {
  PATHS=${3:-$work/paths.txt} wrk -t2 -c"${connections:-16}" -d"${seconds}s" --timeout 10s \
    ${wrk_options[@]+"${wrk_options[@]}"} -s bench/rotate.lua "$2" | sed -n "s/^RESULT /$1 /p"
}
