#!/usr/bin/env bash
# What readers get of the pictures, over loopback, on the demo site (its drawn pictures) plus one
# article led by a camera-sized photograph (bench class MediaServingSite):
#   1. picture variants served by Broadsheet against the same files served by nginx: req/s, the
#      ratio, same run;
#   2. the bytes a 360 px wide phone (2x screen) fetches for an article with a lead picture, against
#      the size of that picture's original file;
#   3. Lighthouse (mobile preset) on the same article: performance score and LCP; the LCP element
#      on the same screen from the browser itself (bench/lcp-element.mjs).
#
#   bench/media-serving.sh [seconds per wrk run=20]
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/select-jdk.sh

seconds=${1:-20}
port=18090
nginx_port=18091
work=$(pwd)/bench/out/media-serving
mkdir -p "$work"
. bench/static-peer.sh

for tool in wrk nginx curl node npm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "Installing $tool"; apt-get install -y -qq "$tool" >/dev/null
  fi
done
scripts/ensure-chromium.sh >/dev/null

app_pid=""
nginx_conf=""
cleanup() {
  [ -n "$app_pid" ] && kill -- "-$app_pid" 2>/dev/null || true
  [ -n "$nginx_conf" ] && nginx -c "$nginx_conf" -p "$work/nginx" -s stop 2>/dev/null || true
}
trap cleanup EXIT

rm -rf "$work/data" "$work/site.txt"
BENCH_OPTS=-Xmx512m setsid bench/run-java.sh org.broadsheet.bench.MediaServingSite "$work/site.txt" "$port" "$work/data" \
  >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 300); do
  grep -q '^READY' "$work/site.txt" 2>/dev/null && break
  kill -0 "$app_pid" 2>/dev/null || { echo "The bench site did not start; see $work/app.log" >&2; exit 1; }
  sleep 1
done
read -r _ article id original_bytes < <(grep '^READY' "$work/site.txt")
base=http://127.0.0.1:$port

# the bench article, and the articles the home page leads with (they carry the demo pictures)
{ echo "$article"; curl -fs "$base/" | grep -o 'href="/[a-z0-9-]*/[a-z0-9/-]*"' | sed 's/href="//; s/"$//' \
  | awk -F/ 'NF >= 5' | sort -u; } > "$work/articles.txt"
: > "$work/variants.raw"
while read -r path; do
  curl -fs "$base$path" | grep -o '/media/[0-9]*/[0-9a-f]*-[0-9a-z]*\.\(webp\|jpg\|png\)' >> "$work/variants.raw" || true
done < "$work/articles.txt"
sort -u "$work/variants.raw" > "$work/paths.txt"
echo "$(wc -l < "$work/paths.txt") picture variants from $(wc -l < "$work/articles.txt") articles, ${seconds}s per run, wrk -t2 -c16"

rm -rf "$work/static"
while read -r path; do
  mkdir -p "$work/static$(dirname "$path")"
  curl -fs -o "$work/static$path" "$base$path"
done < "$work/paths.txt"

start_nginx "$nginx_port" "types { image/webp webp; image/jpeg jpg; image/png png; }" \
  'add_header Cache-Control "public, max-age=31536000, immutable"; etag on;'
served=$(run_wrk broadsheet-variants "$base")
static=$(run_wrk nginx-same-files "http://127.0.0.1:$nginx_port")
echo
printf '%-20s %10s %9s %9s %9s %7s\n' run req/s p50_ms p90_ms p99_ms errors
for line in "$served" "$static"; do
  set -- $line
  printf '%-20s %10s %9s %9s %9s %7s\n' "$1" "${2#rps=}" "${3#p50=}" "${4#p90=}" "${5#p99=}" "${6#errors=}"
done
rps() { echo "$1" | sed -n 's/.*rps=\([0-9]*\).*/\1/p'; }
echo "ratio broadsheet / nginx: $(awk -v a="$(rps "$served")" -v b="$(rps "$static")" 'BEGIN { printf "%.2f", a / b }')"

# the article led by the photograph, as a phone loads it
lighthouse_dir=${TMPDIR:-/tmp}/lighthouse-cli
if [ ! -x "$lighthouse_dir/node_modules/.bin/lighthouse" ]; then
  mkdir -p "$lighthouse_dir"
  (cd "$lighthouse_dir" && npm init -y >/dev/null && npm install -s lighthouse@12.2.3 >/dev/null)
fi
lighthouse() { # output-file extra-args...
  local out=$1; shift
  CHROME_PATH=$(command -v chromium) "$lighthouse_dir/node_modules/.bin/lighthouse" "$base$article" \
    --quiet --output=json --output-path="$out" "$@" \
    --chrome-flags="--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --disable-dev-shm-usage" \
    >/dev/null 2>&1
}
lighthouse "$work/lighthouse-mobile.json"
lighthouse "$work/lighthouse-360.json" --screenEmulation.width=360 --screenEmulation.height=740 \
  --screenEmulation.deviceScaleFactor=2 --screenEmulation.mobile=true --formFactor=mobile
lcp_element=$(node bench/lcp-element.mjs "$base$article" "$(command -v chromium)" \
  "$lighthouse_dir/node_modules/puppeteer-core")
echo
echo "article: $article (lead picture: media $id, original JPEG $original_bytes B)"
echo "LCP element on a phone: $lcp_element"
python3 - "$work/lighthouse-mobile.json" "$work/lighthouse-360.json" "$original_bytes" "$id" <<'PY'
import json, sys
mobile, narrow, original = json.load(open(sys.argv[1])), json.load(open(sys.argv[2])), int(sys.argv[3])
lead_folder = f'/media/{sys.argv[4]}/'
scores = {k: round(v['score'] * 100) for k, v in mobile['categories'].items()}
print('lighthouse mobile:', ' '.join(f'{k}={v}' for k, v in scores.items()),
      '| LCP', mobile['audits']['largest-contentful-paint']['displayValue'])
requests = narrow['audits']['network-requests']['details']['items']
images = [r for r in requests if r.get('resourceType') == 'Image']
total = sum(r.get('transferSize', 0) for r in requests)
print(f'360 px phone, 2x screen: {total} B for the whole page, {len(requests)} requests;'
      f' pictures {sum(r.get("transferSize", 0) for r in images)} B in {len(images)} files:')
for r in images:
    print(f'  {r["transferSize"]:>8} B  {r["url"].split("/media/")[-1]}')
lead = next((r for r in images if lead_folder in r['url']), None)
if lead:
    print(f'lead picture fetched / original file: {lead["transferSize"]} / {original} B'
          f' = {lead["transferSize"] / original:.3f}')
PY
