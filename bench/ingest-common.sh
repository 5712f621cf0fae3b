# What bench/run.sh and bench/ingest-ab.sh share: the settings of an ingestion run and the run itself. Sourced.
# Settings (environment): BENCH_DB_URL (default jdbc:postgresql://127.0.0.1:5432/stancegraph_bench), BENCH_DB_USER
# (postgres), BENCH_DB_PASSWORD (empty), BENCH_PORT (18080), BENCH_ARTICLES (2000), BENCH_CONCURRENCY (4); the
# database is dropped and created afresh with psql before each run.
db_url="${BENCH_DB_URL:-jdbc:postgresql://127.0.0.1:5432/stancegraph_bench}"
db_user="${BENCH_DB_USER:-postgres}"
db_password="${BENCH_DB_PASSWORD:-}"
port="${BENCH_PORT:-18080}"
articles="${BENCH_ARTICLES:-2000}"
concurrency="${BENCH_CONCURRENCY:-4}"
seeds=src/main/resources/sample/articles
db_host=$(echo "$db_url" | sed -E 's#jdbc:postgresql://([^:/]+).*#\1#')
db_port=$(echo "$db_url" | sed -E 's#jdbc:postgresql://[^:/]+:?([0-9]*)/.*#\1#')
db_name=$(echo "$db_url" | sed -E 's#.*/([^/?]+)(\?.*)?$#\1#')

bench_psql() {
    PGPASSWORD="$db_password" psql -q -h "$db_host" -p "${db_port:-5432}" -U "$db_user" -d postgres "$@"
}

# ingest_run JAR LOG: the service from JAR on an empty database, logging to LOG, and the articles posted to it by
# bin/stancegraph bench-ingest; prints bench-ingest's report and the service's memory after the run.
ingest_run() {
    local jar="$1" service_log="$2" token service rss_kb
    bench_psql -c "drop database if exists $db_name" -c "create database $db_name" > /dev/null
    # Ingestion needs a token with the ingest role: the service provisions this one at its first start.
    token="sg_bench_$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')"
    DB_URL="$db_url" DB_USER="$db_user" DB_PASSWORD="$db_password" PORT="$port" ADMIN_TOKEN="$token" \
        java -jar "$jar" > "$service_log" 2>&1 &
    service=$!
    trap "kill $service 2> /dev/null || true" EXIT
    for _ in $(seq 1 120); do
        curl -fs "http://localhost:$port/q/health/ready" > /dev/null && break
        sleep 0.5
    done
    # The load generator runs on the same cores as the service: C1-compiled only and with the serial collector, it
    # spends little CPU compiling and collecting that the service would otherwise have.
    STANCEGRAPH_JAVA_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" STANCEGRAPH_TOKEN="$token" \
        bin/stancegraph bench-ingest --url "http://localhost:$port" --articles "$articles" --concurrency "$concurrency" \
        "$seeds"
    rss_kb=$(ps -o rss= -p "$service" | tr -d ' ')
    echo "service RSS after the run: $((rss_kb / 1024)) MiB"
    kill "$service"
    wait "$service" 2> /dev/null || true
    trap - EXIT
}
