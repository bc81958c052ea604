#!/usr/bin/env bash
# What an upload costs: a 24-megapixel JPEG and a 4000 × 3000 PNG through the media service,
# p50/p95 and peak heap one at a time, then uploads per minute with two uploaders.
#
#   bench/media-processing.sh [runs per input=20] [seconds with two uploaders=60]
set -euo pipefail
cd "$(dirname "$0")/.."
bench/run-java.sh org.broadsheet.bench.MediaProcessingBench \
  bench/out/media-processing.txt "${1:-20}" "${2:-60}"
