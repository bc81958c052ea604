#!/usr/bin/env bash
# How long the article body editor takes to appear on the editor page in headless Chromium, next
# to the headline field of the same page as the baseline, with the browser cache warm and
# disabled; and the editor script's size minified and gzipped.
#
#   bench/editor-load-bench.sh          # 30 page loads per row
#   bench/editor-load-bench.sh 100
set -euo pipefail
cd "$(dirname "$0")/.."
bench/run-java.sh org.broadsheet.bench.EditorLoadBench bench/out/editor-load-bench.txt "${1:-30}"
