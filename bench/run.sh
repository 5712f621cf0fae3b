#!/usr/bin/env bash
# Extraction and ingestion benchmarks; the dated report replaces the section in docs/benchmarks.md and joins the
# history (bench/publish.sh).
#   bench/run.sh
# Needs a PostgreSQL server for the ingestion run; settings in bench/ingest-common.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

. bench/ingest-common.sh
results=$(mktemp)

echo "== Build"
./mvnw -q -B package -DskipTests

echo "== Extraction throughput, one thread (serial GC, as suits a single-threaded run)"
STANCEGRAPH_JAVA_OPTS="-XX:+UseSerialGC" bin/stancegraph bench-extract --seconds 10 "$seeds" | tee -a "$results"

echo "== End-to-end ingestion into PostgreSQL ($articles articles, concurrency $concurrency)"
ingest_run target/quarkus-app/quarkus-run.jar target/bench-service.log | tee -a "$results"

report=$(mktemp)
{
    echo "### $(date -u +%Y-%m-%d) — commit $(git rev-parse --short HEAD)"
    echo
    echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1);"
    echo "PostgreSQL: $(bench_psql -tA -c 'show server_version')."
    echo "Command: \`bench/run.sh\` (BENCH_ARTICLES=$articles, BENCH_CONCURRENCY=$concurrency)."
    echo
    echo '```'
    cat "$results"
    echo '```'
} > "$report"
bench/publish.sh ingest "$report"
