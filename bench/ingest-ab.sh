#!/usr/bin/env bash
# Same-machine A/B of end-to-end ingestion: the service at an earlier commit against the working tree, each started in
# turn on an empty database and loaded with the same client (bin/stancegraph bench-ingest), rounds alternating so that
# drift in the machine hits both sides alike. Prints one markdown table of articles/s.
#   bench/ingest-ab.sh BASE_COMMIT
# Settings (environment): AB_ROUNDS (3); the others as for bench/run.sh, in bench/ingest-common.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
base="${1:?usage: bench/ingest-ab.sh BASE_COMMIT}"
rounds="${AB_ROUNDS:-3}"
. bench/ingest-common.sh

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

# One run of the service from JAR; prints its articles/s.
rate() {
    ingest_run "$1" target/ingest-ab/service.log | sed -nE 's/.*: ([0-9.]+) articles\/s.*/\1/p'
}

head_label="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml || echo '+changes')"
base_rates=()
head_rates=()
for round in $(seq 1 "$rounds"); do
    base_rates+=("$(rate "$base_tree/target/quarkus-app/quarkus-run.jar")")
    head_rates+=("$(rate target/quarkus-app/quarkus-run.jar)")
    echo "== round $round: $base_commit ${base_rates[-1]}, $head_label ${head_rates[-1]} articles/s" >&2
done
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "| side | articles/s, each round | median |"
echo "|---|---|---|"
echo "| $base_commit | $(IFS=/; echo "${base_rates[*]}" | sed 's#/# / #g') | $(median "${base_rates[@]}") |"
echo "| $head_label | $(IFS=/; echo "${head_rates[*]}" | sed 's#/# / #g') | $(median "${head_rates[@]}") |"
