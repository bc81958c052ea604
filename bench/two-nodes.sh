#!/usr/bin/env bash
# Two Broadsheet nodes on one PostgreSQL (the embedded binaries the tests use) behind Debian's
# nginx, on loopback: how long a change made on one node takes to show on the other and through
# nginx; scheduled articles published once each while both schedulers run; reader requests that
# fail when a node is killed mid-traffic. Search (Lucene per node) and media (each node's disk) are
# not shared in this topology yet.
#
#   bench/two-nodes.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/select-jdk.sh
command -v nginx >/dev/null || { echo "nginx is needed: sudo apt-get install nginx"; exit 1; }
jar=$(ls target/broadsheet-*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$jar" ]; then
  ./mvnw -q -B -DskipTests package
  jar=$(ls target/broadsheet-*.jar | head -n 1)
fi
rm -rf bench/out/two-nodes
bench/run-java.sh org.broadsheet.bench.TwoNodesBench bench/out/two-nodes.txt "$jar" bench/out/two-nodes
