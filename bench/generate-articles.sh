#!/usr/bin/env bash
# Fills a Broadsheet database with N generated articles (with authors, tags and a revision each)
# and prints rows/s.
#
#   bench/generate-articles.sh 100000                 # H2 under ./bench/data (or BROADSHEET_DATA_DIR)
#   SPRING_DATASOURCE_URL=jdbc:postgresql://localhost/broadsheet \
#   SPRING_DATASOURCE_USERNAME=… SPRING_DATASOURCE_PASSWORD=… bench/generate-articles.sh 100000
#
# The first start on an empty database creates the demo sections and authors the articles go into.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/select-jdk.sh

count=${1:?usage: bench/generate-articles.sh N}
export BROADSHEET_DATA_DIR=${BROADSHEET_DATA_DIR:-bench/data}
export BROADSHEET_ADMIN_PASSWORD=${BROADSHEET_ADMIN_PASSWORD:-bench-passphrase-for-broadsheet}

jar=$(ls target/broadsheet-*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$jar" ]; then
  ./mvnw -q -B -DskipTests package
  jar=$(ls target/broadsheet-*.jar | head -n 1)
fi

java -jar "$jar" --server.port=0 --management.server.port=0 --spring.main.banner-mode=off \
  --logging.level.root=WARN --broadsheet.generate.articles="$count"
