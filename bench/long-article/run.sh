#!/usr/bin/env bash
# How extraction time grows with an article's length: articles of 75,000 to 2,000,000 characters (the ingestion
# limit, INGEST_MAX_BYTES) made of quoted paragraphs, each read on one warm thread (CPU time of that thread, so a busy machine
# matters less). Time that grows with the square
# of the length would let one large article hold a worker and the database for minutes.
#   bench/long-article/run.sh [BASE_COMMIT]
# With BASE_COMMIT, the same articles are timed on that commit too (in a temporary worktree), for a before/after.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"; git worktree remove --force "$work/base" 2>/dev/null || true' EXIT

sizes=(75000 150000 300000 600000 1200000 2000000)
for size in "${sizes[@]}"; do
    mkdir -p "$work/articles/$size"
    awk -v size="$size" 'BEGIN {
        split("Anna Berg,Tom Okafor,Li Wei,Maria Costa,Jon Hale", names, ",")
        text = "A long report from the talks\n"; i = 0
        while (length(text) < size) {
            i++
            text = text "\n\"We will not accept this deal, number " i ",\" said " names[i % 5 + 1] ", the minister for affairs " \
                (i % 37) ". She added that the talks on item " i " would go on.\n"
        }
        printf "%s", text
    }' > "$work/articles/$size/article.txt"
done

time_extraction() {
    local label="$1"
    for size in "${sizes[@]}"; do
        local line
        line=$(STANCEGRAPH_JAVA_OPTS="-XX:+UseSerialGC" "$2"/bin/stancegraph bench-extract --seconds 5 --warmup 3 \
            "$work/articles/$size" 2>/dev/null | grep '^cpu' || echo "no result")
        printf '%-8s %9s characters: %s\n' "$label" "$size" "$line"
    done
}

results="$work/results.txt"
if [ $# -ge 1 ]; then
    git worktree add -q --detach "$work/base" "$1"
    (cd "$work/base" && ./mvnw -q -B test-compile > /dev/null)
    time_extraction "$(git rev-parse --short "$1")" "$work/base" | tee -a "$results"
fi
./mvnw -q -B test-compile > /dev/null
time_extraction "$(git rev-parse --short HEAD)" . | tee -a "$results"

report="$work/report.md"
{
    echo "### $(date -u +%Y-%m-%d) — commit $(git rev-parse --short HEAD)"
    echo
    echo "Machine: $(nproc) cores, $(java -version 2>&1 | head -1). Command: \`bench/long-article/run.sh${1:+ $(git rev-parse --short "$1")}\`."
    echo
    echo '```'
    cat "$results"
    echo '```'
} > "$report"
bench/publish.sh long-article "$report"
