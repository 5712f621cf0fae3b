#!/usr/bin/env bash
# Same-machine A/B of end-to-end ingestion: the service at an earlier commit against the working tree, each started in
# turn on an empty database and loaded with the same client (bin/stancegraph bench-ingest), rounds alternating so that
# drift in the machine hits both sides alike. Prints one markdown table of articles/s.
#   bench/ingest-ab.sh BASE_COMMIT
# Settings (environment): AB_ROUNDS (3), BENCH_ARTICLES (2000), BENCH_CONCURRENCY (4), BENCH_DB_URL, BENCH_DB_USER,
# BENCH_DB_PASSWORD and BENCH_PORT as in bench/run.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
base="${1:?usage: bench/ingest-ab.sh BASE_COMMIT}"
rounds="${AB_ROUNDS:-3}"
articles="${BENCH_ARTICLES:-2000}"
concurrency="${BENCH_CONCURRENCY:-4}"
db_url="${BENCH_DB_URL:-jdbc:postgresql://127.0.0.1:5432/stancegraph_bench}"
db_user="${BENCH_DB_USER:-postgres}"
db_password="${BENCH_DB_PASSWORD:-}"
port="${BENCH_PORT:-18080}"
seeds=src/main/resources/sample/articles
db_host=$(echo "$db_url" | sed -E 's#jdbc:postgresql://([^:/]+).*#\1#')
db_port=$(echo "$db_url" | sed -E 's#jdbc:postgresql://[^:/]+:?([0-9]*)/.*#\1#')
db_name=$(echo "$db_url" | sed -E 's#.*/([^/?]+)(\?.*)?$#\1#')

base_commit=$(git rev-parse --short "$base")
base_tree="target/ingest-ab/$base_commit"
if [ ! -f "$base_tree/target/quarkus-app/quarkus-run.jar" ]; then
    echo "== Building the service at $base_commit" >&2
    rm -rf "$base_tree"
    git worktree add -f --detach "$base_tree" "$base_commit" > /dev/null
    (cd "$base_tree" && ./mvnw -q -B package -DskipTests)
fi
echo "== Building the working tree" >&2
./mvnw -q -B package -DskipTests

# One run: an empty database, the service from JAR started on it, ARTICLES articles posted; prints articles/s.
run_side() {
    local jar="$1" token service rate
    PGPASSWORD="$db_password" psql -q -h "$db_host" -p "${db_port:-5432}" -U "$db_user" -d postgres \
        -c "drop database if exists $db_name" -c "create database $db_name" > /dev/null
    token="sg_bench_$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')"
    DB_URL="$db_url" DB_USER="$db_user" DB_PASSWORD="$db_password" PORT="$port" ADMIN_TOKEN="$token" \
        java -jar "$jar" > target/ingest-ab/service.log 2>&1 &
    service=$!
    for _ in $(seq 1 120); do
        curl -fs "http://localhost:$port/q/health/ready" > /dev/null && break
        sleep 0.5
    done
    rate=$(STANCEGRAPH_JAVA_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" STANCEGRAPH_TOKEN="$token" \
        bin/stancegraph bench-ingest --url "http://localhost:$port" --articles "$articles" --concurrency "$concurrency" \
        "$seeds" | sed -nE 's/.*: ([0-9.]+) articles\/s.*/\1/p')
    kill "$service"
    wait "$service" 2> /dev/null || true
    echo "$rate"
}

head_label="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml || echo '+changes')"
base_rates=()
head_rates=()
for round in $(seq 1 "$rounds"); do
    base_rates+=("$(run_side "$base_tree/target/quarkus-app/quarkus-run.jar")")
    head_rates+=("$(run_side target/quarkus-app/quarkus-run.jar)")
    echo "== round $round: $base_commit ${base_rates[-1]}, $head_label ${head_rates[-1]} articles/s" >&2
done
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "| side | articles/s, each round | median |"
echo "|---|---|---|"
echo "| $base_commit | $(IFS=/; echo "${base_rates[*]}" | sed 's#/# / #g') | $(median "${base_rates[@]}") |"
echo "| $head_label | $(IFS=/; echo "${head_rates[*]}" | sed 's#/# / #g') | $(median "${head_rates[@]}") |"
