#!/usr/bin/env bash
# Does a named-entity layer make speaker attribution better? Extracts the three annotated sets with the rules,
# gates the named speakers by Stanford CoreNLP's NER (bench/nlp/src/io/stancegraph/tools/NerGate.java) and scores
# the rules alone and each gate with `bin/stancegraph evaluate`. CoreNLP (GPL v3+) and its 474 MB models come from
# Maven Central through bench/nlp/pom.xml, which is no part of the build.
#   bench/nlp/ner-gate.sh              both NER configurations: 3class (one CRF) and default (three CRFs, rules)
#   NER_CONFIGS=3class bench/nlp/ner-gate.sh
# Each set is scored with the names the rules found (extract --names-as-found) and as the service stores them
# (SET-tidied: after ActorNameCleanup).
# Results go to target/nlp/: CONFIG/summary.txt (removed speakers right/wrong, NER time, heap),
# CONFIG/gated-names.tsv (each name the strictest gate removes), CONFIG/scores.txt (evaluate's tables).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
out=target/nlp
mkdir -p "$out"
shared="${SHARED:-$root/../shared}"
sets=(
    "seeds $shared/gold/seeds.jsonl $shared/corpus/seeds"
    "house-styles src/test/resources/extraction/house-styles/gold.jsonl src/test/resources/extraction/house-styles"
    "evaluation-2026-12 src/test/resources/extraction/evaluation-2026-12/gold.jsonl src/test/resources/extraction/evaluation-2026-12"
)

# 1. The rules' predictions (this also compiles the tools).
for s in "${sets[@]}"; do
    read -r name gold articles <<<"$s"
    bin/stancegraph extract --names-as-found "$articles" >"$out/$name-rules.jsonl"
done

# 2. CoreNLP's class path, and the few project libraries the gate needs (the application's protobuf 4 would
#    shadow CoreNLP's 3).
./mvnw -q -B -f bench/nlp/pom.xml dependency:build-classpath -Dmdep.outputFile="$root/$out/nlp-classpath.txt" >&2
project_jars="$(tr ':' '\n' <target/cli-classpath.txt | grep -E '/(jackson-(core|databind|annotations)|jsoup|picocli|commons-(codec|text|lang3))-[0-9]' | paste -sd:)"
cp="target/classes:target/test-classes:$project_jars:$(cat "$out/nlp-classpath.txt")"
rm -rf "$out/classes"
javac -q -d "$out/classes" -cp "$cp" bench/nlp/src/io/stancegraph/tools/*.java 2>/dev/null \
    || javac -d "$out/classes" -cp "$cp" bench/nlp/src/io/stancegraph/tools/*.java
cp="$out/classes:$cp"

# The same predictions after the name cleanup the service runs before storing ("tidied").
gate_args=()
for s in "${sets[@]}"; do
    read -r name gold articles <<<"$s"
    java -cp "$cp" io.stancegraph.tools.ExtractTidied "$articles" >"$out/$name-tidied-rules.jsonl"
    gate_args+=("$name" "$gold" "$out/$name-rules.jsonl" "$articles")
    gate_args+=("$name-tidied" "$gold" "$out/$name-tidied-rules.jsonl" "$articles")
done

echo "== OpenNLP 2.5.4 with the 1.5 models from Maven Central"
java -cp "$cp" io.stancegraph.tools.OpenNlpCheck 2>/dev/null || echo "OpenNLP check failed"

# 3. Gate and score.
for config in ${NER_CONFIGS:-3class default}; do
    mkdir -p "$out/$config"
    echo "== NER $config"
    /usr/bin/time -f "peak RSS %M KB, %e s wall, %U s user" -o "$out/$config/time.txt" \
        java -Xmx4g -cp "$cp" io.stancegraph.tools.NerGate "$config" "$out/$config" "${gate_args[@]}" 2>"$out/$config/stderr.txt"
    cat "$out/$config/time.txt"
    : >"$out/$config/scores.txt"
    for s in "${sets[@]}" "${sets[@]/ /-tidied }"; do
        read -r name gold articles <<<"$s"
        for variant in rules require veto veto-entity require-names require-bare; do
            predicted="$out/$config/$name-$variant.jsonl"
            [ "$variant" = rules ] && predicted="$out/$name-rules.jsonl"
            { echo "-- $name, $variant"; bin/stancegraph evaluate --gold "$gold" --predicted "$predicted" | head -4; } \
                | tee -a "$out/$config/scores.txt"
        done
    done
done
