#!/usr/bin/env bash
# Runs the browser tests against the packaged service (target/quarkus-app) on a PostgreSQL cluster of their own,
# with the sample corpus loaded. Needs Debian's chromium and PostgreSQL server binaries, and Node with npm.
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd ../../.. && pwd)
pg_bin="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}"
work=$(mktemp -d)
as_postgres=()
if [ "$(id -u)" = 0 ]; then chown postgres "$work"; as_postgres=(runuser -u postgres --); fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
http_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
service=""
cleanup() {
    [ -n "$service" ] && kill "$service" 2>/dev/null || true
    "${as_postgres[@]}" "$pg_bin/pg_ctl" -D "$work/data" stop -m immediate > /dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
"${as_postgres[@]}" "$pg_bin/initdb" -D "$work/data" -U postgres -A trust --no-sync > /dev/null
"${as_postgres[@]}" "$pg_bin/pg_ctl" -D "$work/data" -o "-p $port -k $work -c listen_addresses=127.0.0.1 -c fsync=off" \
    -l "$work/postgres.log" -w start > /dev/null
"${as_postgres[@]}" "$pg_bin/createdb" -h 127.0.0.1 -p "$port" -U postgres stancegraph
mkdir -p "$root/target/browser"
token="sg_browser_$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')"
ADMIN_TOKEN="$token" DB_URL="jdbc:postgresql://127.0.0.1:$port/stancegraph" DB_USER=postgres DB_PASSWORD=postgres PORT="$http_port" SAMPLE_LOAD=true \
    java -jar "$root/target/quarkus-app/quarkus-run.jar" > "$root/target/browser/service.log" 2>&1 &
service=$!
for _ in $(seq 1 120); do
    curl -fs "http://localhost:$http_port/q/health/ready" > /dev/null && break
    sleep 0.5
done
curl -fs "http://localhost:$http_port/q/health/ready" > /dev/null
npm ci --no-audit --no-fund --silent
STANCEGRAPH_TOKEN="$token" STANCEGRAPH_URL="http://localhost:$http_port" SCREENSHOT_DIR="$root/target/browser" node --test
