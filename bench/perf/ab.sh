#!/usr/bin/env bash
# Same-machine A/B: the service at an earlier commit against the working tree, on one scale-1 data set, each jar
# started in turn and loaded with wrk, rounds alternating so that drift in the machine hits both sides alike.
# Prints one markdown table (req/s per round, and the median of the rounds), also kept in target/perf/ab.md.
#   bench/perf/ab.sh [BASE_COMMIT]        (default 8573ab4, the service before authentication, the gate and metrics)
# Settings (environment): AB_ROUNDS (3), AB_DURATION (10 seconds per run), AB_WARMUP (5 seconds per run),
# AB_QUERIES ("q3-statement-page-2 q4-search q5-tiny"), AB_CONNECTIONS ("1 10"), PERF_PG_PORT (55432),
# PERF_SERVICE_PORT (18090), PERF_JAVA_OPTS as in run.sh. The data set is the one run.sh makes (scale 1, seed 42),
# generated when target/perf holds none.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$(pwd)"
base="${1:-8573ab4}"
rounds="${AB_ROUNDS:-3}"
duration="${AB_DURATION:-10}"
warmup="${AB_WARMUP:-5}"
read -r -a queries <<< "${AB_QUERIES:-q3-statement-page-2 q4-search q5-tiny}"
read -r -a connections <<< "${AB_CONNECTIONS:-1 10}"
pg_port="${PERF_PG_PORT:-55432}"
port="${PERF_SERVICE_PORT:-18090}"
java_opts="${PERF_JAVA_OPTS:--Xms512m -Xmx2g -XX:+UseParallelGC}"
work="$root/target/perf"
pg_data="$work/pgdata-scale1"
jdbc_url="jdbc:postgresql://127.0.0.1:$pg_port/stancegraph"
url="http://127.0.0.1:$port/graphql"

log() { echo "== $*" >&2; }
sql() { psql -X -q -At -h 127.0.0.1 -p "$pg_port" -U postgres -d stancegraph -c "$1"; }
database=stancegraph
. bench/perf/common.sh
command -v wrk > /dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

cleanup() {
    [ -f "$work/ab-service.pid" ] && kill -- -"$(cat "$work/ab-service.pid")" 2> /dev/null || true
    rm -f "$work/ab-service.pid"
    bench/perf/postgres.sh stop "$pg_data" || true
}
trap cleanup EXIT
mkdir -p "$work"

# --- the two jars ----------------------------------------------------------------------------------------------
base_commit=$(git rev-parse --short "$base")
base_tree="$work/ab-$base_commit"
if [ ! -f "$base_tree/target/quarkus-app/quarkus-run.jar" ]; then
    log "Building the service at $base_commit"
    rm -rf "$base_tree"
    git worktree add -f --detach "$base_tree" "$base_commit" > /dev/null
    (cd "$base_tree" && ./mvnw -q -B package -DskipTests)
fi
log "Building the working tree"
./mvnw -q -B package -DskipTests
head_label="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml || echo '+changes')"

# --- data ------------------------------------------------------------------------------------------------------
perf_data 1 42 true
perf_parameters

post() { curl -fsS -H 'Content-Type: application/json' --data-binary "@$1" "$url"; }

start_service() { # jar, migrate-at-start
    setsid env DB_URL="$jdbc_url" DB_USER=postgres DB_PASSWORD= PORT="$port" DB_POOL_MAX_SIZE=10 \
        DB_MIGRATE_AT_START="$2" java $java_opts -jar "$1" > "$work/ab-service.log" 2>&1 &
    echo $! > "$work/ab-service.pid"
    for _ in $(seq 1 600); do
        curl -fs -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' "$url" && return
        sleep 0.1
    done
    echo "the service did not start; see $work/ab-service.log" >&2; exit 1
}
stop_service() {
    kill -- -"$(cat "$work/ab-service.pid")" 2> /dev/null || true
    while kill -0 "$(cat "$work/ab-service.pid")" 2> /dev/null; do sleep 0.1; done
    rm -f "$work/ab-service.pid"
}
cpu_ticks() { awk '{print $14 + $15}' "/proc/$(cat "$work/ab-service.pid")/stat"; }
load() { # body, connections -> "req/s µs" (req/s 0 when any request failed or answered with errors), where µs is the
    # service's CPU time per request: steadier than req/s when other work shares the machine.
    local out before after
    before=$(cpu_ticks)
    out=$(BODY_FILE="$1" wrk -t1 -c"$2" -d"${duration}s" -s bench/perf/post.lua "$url")
    after=$(cpu_ticks)
    if grep -q 'Non-2xx\|Socket errors' <<< "$out" || ! grep -q 'GraphQL errors: 0' <<< "$out"; then
        echo "$out" >&2; echo "0 0"; return
    fi
    awk -v ticks=$((after - before)) -v hz="$(getconf CLK_TCK)" '/^ *[0-9]+ requests in/ {requests = $1}
        /Requests\/sec/ {rps = $2} END {printf "%s %.0f\n", rps, ticks / hz * 1e6 / requests}' <<< "$out"
}

declare -A results cpu_us
run_side() { # label, jar, migrate-at-start
    start_service "$2" "$3"
    for query in "${queries[@]}"; do
        local body
        if [ "$query" = q3-statement-page-2 ]; then
            local cursor
            cursor=$(post "$(render stancegraph q3-statement-page-1)" | end_cursor)
            body=$(render stancegraph "$query" "$cursor")
        else
            body=$(render stancegraph "$query")
        fi
        post "$body" | grep -q '"errors"' && { echo "$1: $query answers with errors" >&2; exit 1; }
        for c in "${connections[@]}"; do
            BODY_FILE="$body" wrk -t1 -c"$c" -d"${warmup}s" -s bench/perf/post.lua "$url" > /dev/null
            local rps cpu
            read -r rps cpu < <(load "$body" "$c")
            results[$1/$query/$c]="${results[$1/$query/$c]:-}${results[$1/$query/$c]:+ }$rps"
            cpu_us[$1/$query/$c]="${cpu_us[$1/$query/$c]:-}${cpu_us[$1/$query/$c]:+ }$cpu"
            log "$1 $query c=$c: $rps req/s, $cpu µs of service CPU per request"
        done
    done
    stop_service
}

for round in $(seq 1 "$rounds"); do
    log "Round $round of $rounds"
    if (( round % 2 )); then
        run_side base "$base_tree/target/quarkus-app/quarkus-run.jar" false
        run_side head target/quarkus-app/quarkus-run.jar true
    else
        run_side head target/quarkus-app/quarkus-run.jar true
        run_side base "$base_tree/target/quarkus-app/quarkus-run.jar" false
    fi
done

median() { tr ' ' '\n' <<< "$1" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
table="$work/ab.md"
{
    echo "Stancegraph req/s, $base_commit against $head_label, $rounds rounds alternating (wrk, ${duration} s per run after"
    echo "${warmup} s of warm-up; $(nproc) cores; $(java -version 2>&1 | head -1)):"
    echo
    echo "| Query, connections | $base_commit, each round | $head_label, each round | median $base_commit | median $head_label | change | service CPU µs per request, median $base_commit → $head_label |"
    echo "|---|---|---|---|---|---|---|"
    for query in "${queries[@]}"; do
        for c in "${connections[@]}"; do
            b=$(median "${results[base/$query/$c]}"); h=$(median "${results[head/$query/$c]}")
            change=$(awk -v b="$b" -v h="$h" 'BEGIN { if (b > 0) printf "%+.0f %%", (h - b) * 100 / b; else print "-" }')
            echo "| $query, $c | ${results[base/$query/$c]// / \/ } | ${results[head/$query/$c]// / \/ } | $b | $h | $change | $(median "${cpu_us[base/$query/$c]}") → $(median "${cpu_us[head/$query/$c]}") |"
        done
    done
} > "$table"
cat "$table"
