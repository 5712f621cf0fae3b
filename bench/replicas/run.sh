#!/usr/bin/env bash
# Three replicas of the packaged service on one PostgreSQL, behind HAProxy (Debian's package), under a mixed load:
# reads of the example queries, ingestion on every replica, editors' mutations. One replica is killed (SIGKILL) a
# third of the way through and restarted. Afterwards every acknowledged write is read back, and the database is
# checked for duplicates, and a subscriber on each replica must have heard of every acknowledged article's statements.
# Figures go to docs/benchmarks.md.
#   bench/replicas/run.sh     (root, or haproxy already installed; PostgreSQL server binaries; Node.js)
# Settings (environment): REPLICA_SECONDS (90), READERS (4), INGESTERS (3), EDITORS (1).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
seconds="${REPLICA_SECONDS:-90}"
log() { echo "== $*"; }
if ! command -v haproxy > /dev/null; then
    log "Installing HAProxy from Debian"
    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q haproxy
fi
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests

. bench/private-postgres.sh
work=$(mktemp -d)
lb_port=$(free_port)
ports=("$(free_port)" "$(free_port)" "$(free_port)")
pids=("" "" "")
haproxy_pid=""
cleanup() {
    for pid in "${pids[@]}" "$haproxy_pid"; do [ -n "$pid" ] && kill "$pid" 2> /dev/null || true; done
    private_postgres_stop
    rm -rf "$work"
}
trap cleanup EXIT
private_postgres_start max_connections=100
db_port=$PRIVATE_PG_PORT
psql_db() { psql -h 127.0.0.1 -p "$db_port" -U postgres -d stancegraph -tAq "$@"; }

token="sg_replicas_$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')"
mkdir -p target/replicas
start_replica() { # start_replica INDEX
    local i=$1
    ADMIN_TOKEN="$token" DB_URL="jdbc:postgresql://127.0.0.1:$db_port/stancegraph" DB_USER=postgres DB_PASSWORD=postgres \
        PORT="${ports[$i]}" SAMPLE_LOAD=true DB_POOL_MAX_SIZE=10 \
        java -Xmx512m -jar target/quarkus-app/quarkus-run.jar >> "target/replicas/replica-$i.log" 2>&1 &
    pids[$i]=$!
}
wait_ready() { # wait_ready INDEX (up to three minutes: three JVMs start at once on a small machine)
    for _ in $(seq 1 720); do
        curl -fs "http://127.0.0.1:${ports[$1]}/q/health/ready" > /dev/null 2>&1 && return 0
        sleep 0.25
    done
    echo "replica $1 did not become ready" >&2
    tail -30 "target/replicas/replica-$1.log" >&2
    return 1
}
log "Starting three replicas at once on one database (each migrates and loads the sample corpus if it finds none)"
: > target/replicas/replica-0.log; : > target/replicas/replica-1.log; : > target/replicas/replica-2.log
started=$(date +%s.%N)
for i in 0 1 2; do start_replica "$i"; done
for i in 0 1 2; do wait_ready "$i"; done
all_ready=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')

cat > "$work/haproxy.cfg" <<CFG
global
    maxconn 1000
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    retries 2
    option redispatch
    retry-on conn-failure empty-response
frontend stancegraph
    bind 127.0.0.1:$lb_port
    default_backend replicas
backend replicas
    balance roundrobin
    option httpchk GET /q/health/ready
    http-check expect status 200
    http-response set-header X-Served-By %s
    server replica-0 127.0.0.1:${ports[0]} check inter 1s fall 2 rise 2
    server replica-1 127.0.0.1:${ports[1]} check inter 1s fall 2 rise 2
    server replica-2 127.0.0.1:${ports[2]} check inter 1s fall 2 rise 2
CFG
haproxy -f "$work/haproxy.cfg" -db > target/replicas/haproxy.log 2>&1 &
haproxy_pid=$!
for _ in $(seq 1 40); do curl -fs "http://127.0.0.1:$lb_port/q/health/ready" > /dev/null 2>&1 && break; sleep 0.25; done

articles_before=$(psql_db -c "select count(*) from article")
log "Load for $seconds s through HAProxy; replica-1 is killed after $((seconds / 3)) s and restarted 10 s later"
(
    sleep $((seconds / 3))
    kill -9 "${pids[1]}"
    echo "replica-1 killed at $(date -u +%T)" >> target/replicas/events.log
    sleep 10
    start_replica 1
    wait_ready 1
    echo "replica-1 ready again at $(date -u +%T)" >> target/replicas/events.log
) &
chaos=$!
: > target/replicas/events.log
summary=$(BASE_URL="http://127.0.0.1:$lb_port" TOKEN="$token" SECONDS="$seconds" READERS="${READERS:-4}" \
    INGESTERS="${INGESTERS:-3}" EDITORS="${EDITORS:-1}" EXAMPLES_DIR="$root/src/main/resources/graphiql/examples" \
    SUBSCRIBE_URLS="replica-0=ws://127.0.0.1:${ports[0]}/graphql,replica-1=ws://127.0.0.1:${ports[1]}/graphql,replica-2=ws://127.0.0.1:${ports[2]}/graphql" \
    ACKNOWLEDGED_FILE="$work/acknowledged.json" RUN_ID="$(date +%s)" node --experimental-websocket bench/replicas/load.mjs)
wait "$chaos"
echo "$summary" > target/replicas/summary.json

log "Reading back every acknowledged write; looking for duplicates"
python3 - "$work/acknowledged.json" > "$work/check.sql" <<'PY'
import json, sys
acknowledged = json.load(open(sys.argv[1]))
def values(rows): return ",".join(rows) or "(null)"
print("create temp table ack_article(key text);")
print("insert into ack_article values " + values("('%s')" % a["key"].replace("'", "''") for a in acknowledged["articles"]) + ";")
print("create temp table ack_actor(id bigint, alias text);")
print("insert into ack_actor values " + values("(%s, '%s')" % (int(a["id"]), a["alias"]) for a in acknowledged["actors"]) + ";")
PY
missing_articles=$(psql_db -f "$work/check.sql" -c "select count(*) from ack_article a where a.key is not null and not exists (select 1 from article r where r.source_key = a.key)" | tail -1)
missing_actors=$(psql_db -f "$work/check.sql" -c "select count(*) from ack_actor a where a.id is not null and not exists (select 1 from actor r where r.id = a.id)" | tail -1)
missing_aliases=$(psql_db -f "$work/check.sql" -c "select count(*) from ack_actor a where a.id is not null and not exists (select 1 from actor_alias r where r.actor_id = a.id and r.alias = a.alias)" | tail -1)
duplicate_articles=$(psql_db -c "select count(*) from (select content_hash from article group by content_hash having count(*) > 1) d")
duplicate_actors=$(psql_db -c "select count(*) from (select lower(canonical_name) from actor group by lower(canonical_name) having count(*) > 1) d")
articles_after=$(psql_db -c "select count(*) from article")
acknowledged_articles=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["articles"]))' "$work/acknowledged.json")
failures=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["failures"])' "$summary")
# Subscribers: articles each should have heard of (ingested while it was subscribed), and how many it missed.
subscriptions=$(python3 -c 'import json,sys
for name, s in sorted(json.loads(sys.argv[1])["subscriptions"].items()):
    late = s["afterAcknowledgementMs"]
    print("%s: %d of %d heard (%d of them ingested through other replicas), %d missing, %d connections, heard %s ms after the acknowledgement at the median, %s at the 99th percentile; in flight when its connection dropped: %d, of which heard %d" % (
        name, s["heard"], s["due"], s["fromOtherReplicas"], s["missing"], s["connections"], late["p50"], late["p99"],
        s["inFlightAtDrop"], s["inFlightHeard"]))' "$summary")
missing_notices=$(python3 -c 'import json,sys; print(sum(s["missing"] for s in json.loads(sys.argv[1])["subscriptions"].values()))' "$summary")

report=$(mktemp)
{
    echo "### $(date -u +%Y-%m-%d) — commit $(git rev-parse --short HEAD)"
    echo
    echo "- Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); $(haproxy -v | head -1 | cut -d' ' -f1-3); PostgreSQL $("$private_pg_bin/postgres" --version | awk '{print $3}'); the replicas, HAProxy, PostgreSQL and the load share the machine."
    echo "- Three replicas (\`java -Xmx512m\`, 10 database connections each) started at once on an empty database: all ready in $all_ready s (one migrated and loaded the sample corpus, the others waited for it)."
    echo "- Load for $seconds s: ${READERS:-4} readers (the five example queries in turn), ${INGESTERS:-3} ingesters (\`POST /articles\`, each article new), ${EDITORS:-1} editor (\`createActor\` + \`addActorAlias\`); replica-1 killed with SIGKILL after $((seconds / 3)) s and restarted 10 s later."
    echo "- Summary: \`$summary\`" | cut -c1-2000
    echo "- Acknowledged articles: $acknowledged_articles, of which missing afterwards: **$missing_articles**; acknowledged actors missing: **$missing_actors**, aliases missing: **$missing_aliases**."
    echo "- Duplicates: articles with the same text **$duplicate_articles**, actors with the same name **$duplicate_actors**; articles $articles_before before the load, $articles_after after."
    echo "- Subscribers of \`statementAdded\`, one connected straight to each replica (replica-1's subscribes again once it is back): $(echo "$subscriptions" | tr '\n' ';')"
    echo "- Events: $(tr '\n' ';' < target/replicas/events.log)"
} > "$report"
cat "$report"
if [ "$missing_notices" != 0 ]; then
    echo "subscribers missed statements of acknowledged articles" >&2
    exit 1
fi
if [ "$missing_articles" != 0 ] || [ "$missing_actors" != 0 ] || [ "$missing_aliases" != 0 ] || [ "$duplicate_articles" != 0 ] || [ "$duplicate_actors" != 0 ]; then
    echo "acknowledged writes were lost or duplicated" >&2
    exit 1
fi
bench/publish.sh replicas "$report"
