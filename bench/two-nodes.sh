#!/usr/bin/env bash
# Two Broadsheet nodes on one PostgreSQL (the embedded binaries the tests use), one OpenSearch node
# and one S3 API server (S3Mock), behind Debian's nginx, on loopback: how long a change made on one
# node takes to show on the other and through nginx; how long until the other's readers find a new
# article; whether the other serves a new picture from the bucket; scheduled articles published
# once each while both schedulers run; reader requests that fail when a node is killed mid-traffic.
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
# OpenSearch and S3Mock, from Maven Central (the build's integration tests use the same)
[ -f target/servers/s3mock.jar ] \
  || ./mvnw -q -B -f support/test-servers/pom.xml package -Dservers.dir="$PWD/target/servers"
rm -rf bench/out/two-nodes
bench/run-java.sh org.broadsheet.bench.TwoNodesBench bench/out/two-nodes.txt "$jar" bench/out/two-nodes
