#!/usr/bin/env bash
# Runs the browser tests against the packaged service (target/quarkus-app) on a PostgreSQL cluster of their own,
# with the sample corpus loaded, and against a second instance on the same database in persisted-only mode.
# Needs Debian's chromium and PostgreSQL server binaries, and Node with npm.
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd ../../.. && pwd)
. "$root/bench/private-postgres.sh"
http_port=$(free_port)
persisted_port=$(free_port)
while [ "$persisted_port" = "$http_port" ]; do persisted_port=$(free_port); done
service=""
persisted_service=""
cleanup() {
    [ -n "$service" ] && kill "$service" 2>/dev/null || true
    [ -n "$persisted_service" ] && kill "$persisted_service" 2>/dev/null || true
    private_postgres_stop
}
trap cleanup EXIT
private_postgres_start fsync=off
mkdir -p "$root/target/browser"
db_url="jdbc:postgresql://127.0.0.1:$PRIVATE_PG_PORT/stancegraph"
token="sg_browser_$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')"
ADMIN_TOKEN="$token" DB_URL="$db_url" DB_USER=postgres DB_PASSWORD=postgres PORT="$http_port" SAMPLE_LOAD=true \
    java -jar "$root/target/quarkus-app/quarkus-run.jar" > "$root/target/browser/service.log" 2>&1 &
service=$!
wait_ready() {
    for _ in $(seq 1 120); do
        curl -fs "http://localhost:$1/q/health/ready" > /dev/null && break
        sleep 0.5
    done
    curl -fs "http://localhost:$1/q/health/ready" > /dev/null
}
wait_ready "$http_port"
# Started once the first has migrated the database and loaded the sample, which it then only reads.
DB_URL="$db_url" DB_USER=postgres DB_PASSWORD=postgres PORT="$persisted_port" SAMPLE_LOAD=false GRAPHQL_PERSISTED_ONLY=true \
    java -jar "$root/target/quarkus-app/quarkus-run.jar" > "$root/target/browser/service-persisted-only.log" 2>&1 &
persisted_service=$!
wait_ready "$persisted_port"
npm ci --no-audit --no-fund --silent
STANCEGRAPH_TOKEN="$token" STANCEGRAPH_URL="http://localhost:$http_port" \
    STANCEGRAPH_PERSISTED_ONLY_URL="http://localhost:$persisted_port" SCREENSHOT_DIR="$root/target/browser" node --test "$@"
