#!/usr/bin/env bash
# Public site throughput on one machine, over loopback only, in one run:
#   1. a database with N generated articles (default 10 000),
#   2. Broadsheet serving a rotating set of article URLs with its page cache (hits) and without
#      it (every request renders),
#   3. nginx serving the same pages saved as files, gzipped beforehand: the ceiling for this machine,
#   4. WordPress from Debian, uncached, over its own 1 000 posts (../shared/tools/peer-wordpress.sh;
#      WORDPRESS=0 leaves it out).
# Every run asks for gzip, as browsers do, with wrk -t2 -c32. Prints req/s and latency
# percentiles for each, the ratios to nginx and to WordPress against the goals, the sessions
# created (responses that set a cookie) and the bytes of an article page.
#
#   bench/site-throughput.sh [articles] [seconds per run]
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/select-jdk.sh

articles=${1:-10000}
seconds=${2:-20}
connections=32
wrk_options=(-H 'Accept-Encoding: gzip')
port=18080
nginx_port=18081
work=$(pwd)/bench/out/site
data=$work/data
peer_wordpress=${PEER_WORDPRESS:-$(pwd)/../shared/tools/peer-wordpress.sh}
mkdir -p "$work"
. bench/static-peer.sh

for tool in wrk nginx curl; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "Installing $tool"; apt-get install -y -qq "$tool" >/dev/null
  fi
done

jar=$(ls target/broadsheet-*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$jar" ]; then
  ./mvnw -q -B -DskipTests package
  jar=$(ls target/broadsheet-*.jar | head -n 1)
fi

if [ ! -f "$data/.generated-$articles" ]; then
  rm -rf "$data"
  BROADSHEET_DATA_DIR=$data bench/generate-articles.sh "$articles" | tail -n 1
  touch "$data/.generated-$articles"
fi

app_pid=""
nginx_conf=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$nginx_conf" ] && nginx -c "$nginx_conf" -p "$work/nginx" -s stop 2>/dev/null || true
}
trap cleanup EXIT

# A fixed heap, as the README's production section advises: G1 left to size it keeps it small and
# collects every half second under this load, each pause a late answer.
start_app() {
  BROADSHEET_DATA_DIR=$data BROADSHEET_PAGE_CACHE_SIZE=$1 java -Xms512m -Xmx512m -jar "$jar" --server.port=$port --management.server.port=0 \
    --logging.level.root=WARN >"$work/app-$1.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 120); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/robots.txt" && return 0
    sleep 1
  done
  echo "Broadsheet did not start; see $work/app-$1.log" >&2
  exit 1
}

stop_app() {
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
}

# The JIT compiles the busy paths in the first seconds; measure after them.
warm_up() {
  seconds=${3:-5} run_wrk warm-up "$1" "${2:-}" >/dev/null
}

# A render's path is far larger: the JIT takes a minute or more under this load. Warm up in 10 s
# runs until two runs in a row no longer beat the best so far by 3 % (at most 3 minutes), and print
# them: the measured run then sees the steady state, not the compiler at work. (Two runs within 5 %
# of each other is not enough: the rate dips now and then while it still climbs.)
warm_until_steady() {
  local best=0 flat=0 rate rates=""
  for _ in $(seq 1 18); do
    rate=$(seconds=10 run_wrk warm-up "$1" | sed -n 's/.*rps=\([0-9]*\).*/\1/p')
    rates="$rates $rate"
    if awk -v a="$rate" -v b="$best" 'BEGIN { exit !(a > b * 1.03) }'; then
      flat=0
    else
      flat=$((flat + 1))
    fi
    [ "$rate" -gt "$best" ] && best=$rate
    [ "$flat" -ge 2 ] && break
  done
  echo "warm-up, req/s per 10 s:$rates" >&2
}

start_app 5000
# 1 000 article URLs from the sitemap
# (awk reads to the end: an early exit would break the pipe under pipefail)
curl -fs "http://127.0.0.1:$port/sitemap-articles-1.xml" | grep -o '<loc>[^<]*</loc>' | sed 's#<loc>http://[^/]*##; s#</loc>##' \
  | awk 'NR <= 1000' > "$work/paths.txt"
echo "rotating over $(wc -l < "$work/paths.txt") article URLs, ${seconds}s per run, wrk -t2 -c$connections, gzip asked for"

sample=$(sed -n 1p "$work/paths.txt")
html_bytes=$(curl -fs -o /dev/null -w '%{size_download}' "http://127.0.0.1:$port$sample")
css_bytes=$(curl -fs -o /dev/null -w '%{size_download}' "http://127.0.0.1:$port/styles/site.css")
html_gzip=$(curl -fs -o /dev/null -H 'Accept-Encoding: gzip' -w '%{size_download}' "http://127.0.0.1:$port$sample")
css_gzip=$(curl -fs -o /dev/null -H 'Accept-Encoding: gzip' -w '%{size_download}' "http://127.0.0.1:$port/styles/site.css")

# Save the same pages for nginx, plain and gzipped, and warm Broadsheet's cache with them on the way.
rm -rf "$work/static"
while read -r path; do
  mkdir -p "$work/static$path"
  curl -fs -o "$work/static$path/index.html" "http://127.0.0.1:$port$path"
  gzip -9 -k "$work/static$path/index.html"
done < "$work/paths.txt"

warm_until_steady "http://127.0.0.1:$port"
hit=$(run_wrk broadsheet-cache-hit "http://127.0.0.1:$port")
stop_app

start_app 0
warm_until_steady "http://127.0.0.1:$port"
miss=$(run_wrk broadsheet-render "http://127.0.0.1:$port")
stop_app

start_nginx "$nginx_port" "default_type text/html; gzip_static on; gzip_vary on;" \
  'location / { try_files $uri/index.html =404; }'
static=$(run_wrk nginx-static "http://127.0.0.1:$nginx_port")

wordpress=""
if [ "${WORDPRESS:-1}" = 1 ] && [ -x "$peer_wordpress" ]; then
  echo "starting the WordPress peer (installs it the first time: a few minutes)"
  BENCH=0 "$peer_wordpress" 1000 > "$work/wordpress-setup.log" 2>&1
  cp "${TMPDIR:-/tmp}/peer/urls.txt" "$work/wordpress-paths.txt"
  warm_up "http://127.0.0.1:18300" "$work/wordpress-paths.txt"
  wordpress=$(run_wrk wordpress-uncached "http://127.0.0.1:18300" "$work/wordpress-paths.txt")
  "$peer_wordpress" stop >/dev/null
elif [ "${WORDPRESS:-1}" = 1 ]; then
  echo "no WordPress peer at $peer_wordpress (set PEER_WORDPRESS): its row is left out"
fi

echo
printf '%-22s %10s %9s %9s %9s %7s %8s\n' run req/s p50_ms p90_ms p99_ms errors cookies
for line in "$hit" "$miss" "$static" "$wordpress"; do
  [ -n "$line" ] || continue
  set -- $line
  printf '%-22s %10s %9s %9s %9s %7s %8s\n' "$1" "${2#rps=}" "${3#p50=}" "${4#p90=}" "${5#p99=}" "${6#errors=}" "${7#cookies=}"
done
rps() { echo "$1" | sed -n 's/.*rps=\([0-9]*\).*/\1/p'; }
p99() { echo "$1" | sed -n 's/.*p99=\([0-9.]*\).*/\1/p'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo
echo "S1 cache hit / nginx:       $(ratio "$(rps "$hit")" "$(rps "$static")")  (goal >= 0.5), p99 $(p99 "$hit") ms (goal <= 10)"
if [ -n "$wordpress" ]; then
  echo "S2 render / WordPress:      $(ratio "$(rps "$miss")" "$(rps "$wordpress")")  (goal >= 20), p99 $(p99 "$miss") ms (goal <= 100)"
fi
echo "render / nginx:             $(ratio "$(rps "$miss")" "$(rps "$static")")"
echo "sessions created (responses setting a cookie): $(echo "$hit $miss" | grep -o 'cookies=[0-9]*' | cut -d= -f2 | awk '{ s += $1 } END { print s + 0 }')"
echo "article page: ${html_bytes} B HTML + ${css_bytes} B CSS = $((html_bytes + css_bytes)) B; gzip: ${html_gzip} + ${css_gzip} = $((html_gzip + css_gzip)) B"
