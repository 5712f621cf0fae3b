#!/usr/bin/env bash
# Backfill of an archive: `bin/stancegraph import` of BACKFILL_ARTICLES (10,000) distinct article files into an
# empty database through the service's REST API, end to end (extraction, actors, events, topics, positions, one
# transaction per article), then a check that every file is stored once. The dated report replaces the section in
# docs/benchmarks.md and joins the history (bench/publish.sh).
#   bench/backfill/run.sh
# Settings (environment): BACKFILL_ARTICLES (10000), BACKFILL_CONCURRENCY ("4 8", one import per value, each into an
# empty database), BACKFILL_POOL_SIZE (20, database connections of the service), BACKFILL_JAVA_OPTS
# (-Xms512m -Xmx2g -XX:+UseParallelGC). The articles are the sample corpus's, each with a paragraph of its own, so
# every one is new and fully extracted.
set -euo pipefail
cd "$(dirname "$0")/../.."
articles="${BACKFILL_ARTICLES:-10000}"
read -r -a concurrencies <<< "${BACKFILL_CONCURRENCY:-4 8}"
pool_size="${BACKFILL_POOL_SIZE:-20}"
java_opts="${BACKFILL_JAVA_OPTS:--Xms512m -Xmx2g -XX:+UseParallelGC}"
work="target/backfill"
seeds=src/main/resources/sample/articles

. bench/private-postgres.sh
service=""
cleanup() {
    [ -n "$service" ] && kill "$service" 2> /dev/null || true
    private_postgres_stop
}
trap cleanup EXIT

echo "== Build"
./mvnw -q -B package -DskipTests
bin/stancegraph --help > /dev/null # compiles the tools

echo "== $articles article files"
rm -rf "$work/articles" && mkdir -p "$work/articles"
mapfile -t seed_files < <(ls "$seeds"/*.txt)
for ((i = 0; i < articles; i++)); do
    seed="${seed_files[i % ${#seed_files[@]}]}"
    { cat "$seed"; printf '\n\nArchive reference %06d.\n' "$i"; } > "$(printf '%s/%06d.txt' "$work/articles" "$i")"
done

private_postgres_start shared_buffers=1GB synchronous_commit=on
jdbc_url="jdbc:postgresql://127.0.0.1:$PRIVATE_PG_PORT/stancegraph"
sql() { psql -X -q -At -h 127.0.0.1 -p "$PRIVATE_PG_PORT" -U postgres -d stancegraph -c "$1"; }
port=$(free_port)
results=$(mktemp)
for concurrency in "${concurrencies[@]}"; do
    echo "== Import at concurrency $concurrency into an empty database"
    sql "drop schema public cascade; create schema public" > /dev/null
    token="sg_backfill_$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')"
    DB_URL="$jdbc_url" DB_USER=postgres DB_PASSWORD= PORT="$port" ADMIN_TOKEN="$token" DB_POOL_MAX_SIZE="$pool_size" \
        SAMPLE_LOAD=false java $java_opts -jar target/quarkus-app/quarkus-run.jar > "$work/service.log" 2>&1 &
    service=$!
    for _ in $(seq 1 240); do
        curl -fs "http://localhost:$port/q/health/ready" > /dev/null && break
        sleep 0.5
    done
    before=$(sql "select count(*) from article")
    cpu_before=$(awk '{print $14 + $15}' "/proc/$service/stat")
    # The importer shares the cores with the service: C1-compiled only and with the serial collector.
    STANCEGRAPH_JAVA_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" \
        bin/stancegraph import --url "http://localhost:$port" --token "$token" --outlet "Archive Gazette" \
        --published-on 2025-01-01 --concurrency "$concurrency" "$work/articles" 2> "$work/import.err" | tee "$work/import.out"
    service_cpu=$(( ($(awk '{print $14 + $15}' "/proc/$service/stat") - cpu_before) / $(getconf CLK_TCK) ))
    read -r stored keys statements < <(sql "select count(*) - $before, count(distinct source_key), (select count(*) from statement)
        from article" | tr '|' ' ')
    rss_kb=$(ps -o rss= -p "$service" | tr -d ' ')
    kill "$service"; wait "$service" 2> /dev/null || true; service=""
    {
        echo "concurrency $concurrency: $(cat "$work/import.out")"
        echo "  database: $stored new articles, $keys distinct keys, $statements statements; service CPU ${service_cpu} s; RSS after $((rss_kb / 1024)) MiB"
    } | tee -a "$results"
    if [ "$stored" != "$articles" ] || [ "$keys" != "$stored" ]; then
        echo "expected $articles articles stored once each" >&2; exit 1
    fi
done

report=$(mktemp)
{
    echo "### $(date -u +%Y-%m-%d) — commit $(git rev-parse --short HEAD)"
    echo
    echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1);"
    echo "PostgreSQL: $(sql 'show server_version'), a private cluster. Command: \`bench/backfill/run.sh\`"
    echo "(BACKFILL_ARTICLES=$articles, BACKFILL_CONCURRENCY=\"${concurrencies[*]}\", pool $pool_size)."
    echo
    echo '```'
    cat "$results"
    echo '```'
} > "$report"
bench/publish.sh backfill "$report"
