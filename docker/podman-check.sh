#!/usr/bin/env bash
# Builds the JVM image on a locally made Debian base (no registry needed), runs it with podman against a PostgreSQL
# cluster of its own, and checks it the way an operator would: health, a nested query, an ingestion, not root, a
# read-only root filesystem, the memory limit respected. Reports the image size and start time to docs/benchmarks.md.
#   sudo docker/podman-check.sh            (Debian 12; installs podman and debootstrap when missing)
# Settings (environment): CONTAINER_MEMORY (768m), DEBIAN_MIRROR (http://deb.debian.org/debian), KEEP_IMAGES=true to
# keep the images afterwards (the base image is reused by the next run either way).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
[ "$(id -u)" = 0 ] || { echo "podman runs containers as root here: run with sudo" >&2; exit 2; }
memory="${CONTAINER_MEMORY:-768m}"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
base_image=localhost/stancegraph-base:bookworm-jre17
image=localhost/stancegraph:jvm
name="stancegraph-check-$$"
podman_run=(podman --runtime runc --cgroup-manager=cgroupfs)
log() { echo "== $*"; }

if ! command -v podman > /dev/null || ! command -v debootstrap > /dev/null || ! command -v runc > /dev/null; then
    log "Installing podman, runc and debootstrap from Debian"
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q podman runc debootstrap
fi

if ! "${podman_run[@]}" image exists "$base_image"; then
    log "Making the base image: Debian bookworm (minbase) with OpenJDK 17's headless runtime"
    rootfs=$(mktemp -d /var/tmp/stancegraph-rootfs.XXXXXX)
    trap 'rm -rf "$rootfs"' EXIT
    debootstrap --variant=minbase --include=openjdk-17-jre-headless,ca-certificates bookworm "$rootfs" "$mirror" \
        > "$root/target/debootstrap.log" 2>&1 || { tail -20 "$root/target/debootstrap.log"; exit 1; }
    chroot "$rootfs" apt-get clean
    rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/* "$rootfs"/usr/share/doc/* "$rootfs"/usr/share/man/*
    tar -C "$rootfs" -c . | "${podman_run[@]}" import --change 'CMD ["/bin/bash"]' - "$base_image" > /dev/null
    rm -rf "$rootfs"
    trap - EXIT
fi

log "Packaging the application"
./mvnw -B -q package -DskipTests
log "Building $image"
build_started=$(date +%s)
"${podman_run[@]}" build --network=host -q -f docker/Dockerfile.jvm-runtime --build-arg BASE_IMAGE="$base_image" \
    -t "$image" . > /dev/null
build_seconds=$(( $(date +%s) - build_started ))

. bench/private-postgres.sh
http_port=$(free_port)
cleanup() {
    "${podman_run[@]}" rm -f "$name" > /dev/null 2>&1 || true
    private_postgres_stop
    if [ "${KEEP_IMAGES:-false}" != true ]; then "${podman_run[@]}" rmi -f "$image" > /dev/null 2>&1 || true; fi
}
trap cleanup EXIT
private_postgres_start fsync=off

log "Running the image: read-only root filesystem, $memory of memory, host network"
token="sg_container_$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')"
started=$(date +%s.%N)
"${podman_run[@]}" run -d --name "$name" --network=host --read-only --tmpfs /tmp:rw,size=64m \
    --memory "$memory" --ulimit nofile=1024:1024 --ulimit nproc=1024:1024 \
    -e DB_URL="jdbc:postgresql://127.0.0.1:$PRIVATE_PG_PORT/stancegraph" -e DB_USER=postgres -e DB_PASSWORD=postgres \
    -e PORT="$http_port" -e ADMIN_TOKEN="$token" -e SAMPLE_LOAD=true -e LOG_JSON=true "$image" > /dev/null
url="http://127.0.0.1:$http_port"
ready=""
for _ in $(seq 1 240); do
    if curl -fs "$url/q/health/ready" > /dev/null 2>&1; then ready=$(date +%s.%N); break; fi
    if [ "$("${podman_run[@]}" inspect -f '{{.State.Running}}' "$name")" != true ]; then break; fi
    sleep 0.25
done
if [ -z "$ready" ]; then
    "${podman_run[@]}" logs "$name" | tail -40
    echo "the container did not become ready" >&2
    exit 1
fi
start_seconds=$(awk -v a="$started" -v b="$ready" 'BEGIN { printf "%.1f", b - a }')
failures=0
check() { # check DESCRIPTION COMMAND...
    if "${@:2}"; then echo "ok   $1"; else echo "FAIL $1"; failures=$((failures + 1)); fi
}
graphql() { curl -fs "$url/graphql" -H 'Content-Type: application/json' "$@"; }

health_up() { curl -fs "$url/q/health/live" | grep -q '"UP"' && curl -fs "$url/q/health/ready" | grep -q '"UP"'; }
check "liveness and readiness UP" health_up
nested=$(graphql -d '{"query":"{ actors(first: 3) { nodes { name statements(first: 2) { text event { name } article { headline } } } } }"}' || true)
nested_answered() { grep -q '"statements"' <<< "$nested" && ! grep -q '"errors"' <<< "$nested"; }
check "a nested actor → statements → event, article query answers with data" nested_answered
article='{"headline":"Container check","outlet":"The Check","publishedOn":"2025-03-04","text":"The foreign secretary, Ada Quill, said on Tuesday: \"Ukraine must be at the table in any talks.\""}'
ingested=$(curl -s -o /dev/null -w '%{http_code}' "$url/articles" -H 'Content-Type: application/json' \
    -H 'X-Requested-With: podman-check' -H "Authorization: Bearer $token" -d "$article")
check "an ingestion through POST /articles is stored (HTTP $ingested)" test "$ingested" = 201
found=$(graphql -d '{"query":"{ searchStatements(query: \"table talks\", first: 5) { edges { node { text speakers { name } } } } }"}' || true)
check "the ingested statement is found with its speaker" grep -q 'Ada Quill' <<< "$found"
anonymous=$(curl -s -o /dev/null -w '%{http_code}' "$url/articles" -H 'Content-Type: application/json' \
    -H 'X-Requested-With: podman-check' -d "$article")
check "an anonymous ingestion is refused (HTTP $anonymous)" test "$anonymous" = 401
not_root() { [ "$("${podman_run[@]}" exec "$name" id -u)" != 0 ]; }
check "the process does not run as root" not_root
read_only() { ! "${podman_run[@]}" exec "$name" touch /deployments/written 2> /dev/null; }
check "the root filesystem is read-only" read_only
heap_mb=$("${podman_run[@]}" exec "$name" sh -c 'java $JAVA_OPTS -XX:+PrintFlagsFinal -version' 2> /dev/null | awk '/ MaxHeapSize / {printf "%d", $4 / 1048576}')
limit_mb=$(numfmt --from=iec "${memory^^}" | awk '{printf "%d", $1 / 1048576}')
heap_within_limit() { [ "${heap_mb:-0}" -gt 0 ] && [ "$heap_mb" -lt "$limit_mb" ]; }
check "the heap follows the memory limit ($heap_mb MiB of $limit_mb MiB)" heap_within_limit
json_logs() {
    local logs
    logs=$("${podman_run[@]}" logs "$name" 2>&1)
    [ -n "$logs" ] && python3 -c 'import json, sys; [json.loads(line) for line in sys.stdin.read().splitlines()]' <<< "$logs"
}
check "every log line is a JSON object" json_logs
rss_mb=$("${podman_run[@]}" stats --no-stream --format '{{.MemUsage}}' "$name" 2> /dev/null | awk '{print $1}')
size_mb=$("${podman_run[@]}" image inspect -f '{{.Size}}' "$image" | awk '{printf "%.0f", $1 / 1048576}')
base_mb=$("${podman_run[@]}" image inspect -f '{{.Size}}' "$base_image" | awk '{printf "%.0f", $1 / 1048576}')

report=$(mktemp)
{
    echo "### $(date -u +%Y-%m-%d) — commit $(git rev-parse --short HEAD)"
    echo
    echo "- Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); $(podman --version); runtime runc."
    echo "- Base: Debian bookworm (debootstrap minbase) with $("${podman_run[@]}" run --rm --ulimit nofile=1024:1024 --ulimit nproc=1024:1024 "$base_image" java -version 2>&1 | head -1) — $base_mb MiB."
    echo "- Image \`$image\` (\`docker/Dockerfile.jvm-runtime\`): **$size_mb MiB** in all, of which the application $((size_mb - base_mb)) MiB; built in $build_seconds s."
    echo "- Started with \`--read-only --memory $memory\`, the sample corpus loaded on first start: **ready $start_seconds s** after \`podman run\` (JVM start, migrations, sample corpus)."
    echo "- Heap limit chosen by the JVM: $heap_mb MiB; container memory after the checks: ${rss_mb:-?}."
    echo "- Checks: $((9 - failures)) of 9 passed (\`docker/podman-check.sh\`)."
} > "$report"
cat "$report"
if [ "$failures" -gt 0 ]; then
    echo "nested query answer: ${nested:0:600}"
    echo "search answer: ${found:0:600}"
    "${podman_run[@]}" logs "$name" 2>&1 | tail -30
    echo "$failures check(s) failed" >&2
    exit 1
fi
bench/publish.sh container "$report"
