#!/usr/bin/env bash
# Runs the browser tests against the packaged service (target/quarkus-app) on a PostgreSQL cluster of their own,
# with the sample corpus loaded. Needs Debian's chromium and PostgreSQL server binaries, and Node with npm.
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd ../../.. && pwd)
. "$root/bench/private-postgres.sh"
http_port=$(free_port)
service=""
cleanup() {
    [ -n "$service" ] && kill "$service" 2>/dev/null || true
    private_postgres_stop
}
trap cleanup EXIT
private_postgres_start fsync=off
mkdir -p "$root/target/browser"
token="sg_browser_$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')"
ADMIN_TOKEN="$token" DB_URL="jdbc:postgresql://127.0.0.1:$PRIVATE_PG_PORT/stancegraph" DB_USER=postgres DB_PASSWORD=postgres PORT="$http_port" SAMPLE_LOAD=true \
    java -jar "$root/target/quarkus-app/quarkus-run.jar" > "$root/target/browser/service.log" 2>&1 &
service=$!
for _ in $(seq 1 120); do
    curl -fs "http://localhost:$http_port/q/health/ready" > /dev/null && break
    sleep 0.5
done
curl -fs "http://localhost:$http_port/q/health/ready" > /dev/null
npm ci --no-audit --no-fund --silent
STANCEGRAPH_TOKEN="$token" STANCEGRAPH_URL="http://localhost:$http_port" SCREENSHOT_DIR="$root/target/browser" node --test "$@"
