#!/usr/bin/env bash
# Extraction and ingestion benchmarks; the dated report replaces the section in docs/benchmarks.md and joins the
# history (bench/publish.sh).
#   bench/run.sh
# Needs a PostgreSQL server for the ingestion run: BENCH_DB_URL (default jdbc:postgresql://127.0.0.1:5432/stancegraph_bench),
# BENCH_DB_USER (postgres), BENCH_DB_PASSWORD (empty); the database is dropped and created afresh with psql.
set -euo pipefail
cd "$(dirname "$0")/.."

db_url="${BENCH_DB_URL:-jdbc:postgresql://127.0.0.1:5432/stancegraph_bench}"
db_user="${BENCH_DB_USER:-postgres}"
db_password="${BENCH_DB_PASSWORD:-}"
port="${BENCH_PORT:-18080}"
articles="${BENCH_ARTICLES:-2000}"
concurrency="${BENCH_CONCURRENCY:-4}"
seeds=src/main/resources/sample/articles
results=$(mktemp)

echo "== Build"
./mvnw -q -B package -DskipTests

echo "== Extraction throughput, one thread (serial GC, as suits a single-threaded run)"
STANCEGRAPH_JAVA_OPTS="-XX:+UseSerialGC" bin/stancegraph bench-extract --seconds 10 "$seeds" | tee -a "$results"

echo "== End-to-end ingestion into PostgreSQL ($articles articles, concurrency $concurrency)"
db_host=$(echo "$db_url" | sed -E 's#jdbc:postgresql://([^:/]+).*#\1#')
db_port=$(echo "$db_url" | sed -E 's#jdbc:postgresql://[^:/]+:?([0-9]*)/.*#\1#')
db_name=$(echo "$db_url" | sed -E 's#.*/([^/?]+)(\?.*)?$#\1#')
PGPASSWORD="$db_password" psql -q -h "$db_host" -p "${db_port:-5432}" -U "$db_user" -d postgres \
    -c "drop database if exists $db_name" -c "create database $db_name"
# Ingestion needs a token with the ingest role: the service provisions this one at its first start.
token="sg_bench_$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')"
DB_URL="$db_url" DB_USER="$db_user" DB_PASSWORD="$db_password" PORT="$port" ADMIN_TOKEN="$token" \
    java -jar target/quarkus-app/quarkus-run.jar > target/bench-service.log 2>&1 &
service=$!
trap 'kill $service 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
    curl -fs "http://localhost:$port/q/health/ready" > /dev/null && break
    sleep 0.5
done
# The load generator runs on the same cores as the service: C1-compiled only and with the serial collector, it
# spends little CPU compiling and collecting that the service would otherwise have.
STANCEGRAPH_JAVA_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" STANCEGRAPH_TOKEN="$token" \
    bin/stancegraph bench-ingest --url "http://localhost:$port" --articles "$articles" --concurrency "$concurrency" "$seeds" \
    | tee -a "$results"
rss_kb=$(ps -o rss= -p "$service" | tr -d ' ')
echo "service RSS after the run: $((rss_kb / 1024)) MiB" | tee -a "$results"
kill "$service"
wait "$service" 2>/dev/null || true
trap - EXIT

report=$(mktemp)
{
    echo "### $(date -u +%Y-%m-%d) — commit $(git rev-parse --short HEAD)"
    echo
    echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1);"
    echo "PostgreSQL: $(PGPASSWORD="$db_password" psql -tA -h "$db_host" -p "${db_port:-5432}" -U "$db_user" -d postgres -c 'show server_version')."
    echo "Command: \`bench/run.sh\` (BENCH_ARTICLES=$articles, BENCH_CONCURRENCY=$concurrency)."
    echo
    echo '```'
    cat "$results"
    echo '```'
} > "$report"
bench/publish.sh ingest "$report"
