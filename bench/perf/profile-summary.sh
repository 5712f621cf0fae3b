#!/usr/bin/env bash
# Summarises a JFR recording of the service: the share of CPU samples whose stack passes through each layer.
# A sample can count in several layers (they nest), so the shares do not add up to 100 %.
# Layers marked "own time" count only samples taken in that layer's own code.
#   bench/perf/profile-summary.sh RECORDING.jfr
set -euo pipefail
jfr print --events jdk.ExecutionSample --stack-depth 400 "$1" | awk '
    BEGIN {
        n = split("Compiled read path (route, compiler)|io.stancegraph.readpath;" \
                  "GraphQL parsing, validation, normalization (graphql-java)|graphql.;" \
                  "GraphQL execution (graphql-java)|graphql.execution.ExecutionStrategy;" \
                  "SmallRye GraphQL per-field context|SmallRyeContextManager.populateFromDataFetchingEnvironment;" \
                  "SmallRye batch fetchers (per parent item)|BatchDataFetcher.get;" \
                  "SmallRye property fetchers|FieldDataFetcher.get;" \
                  "Context propagation between async stages (own time)|^io.smallrye.context;" \
                  "Response to JSON (SmallRye + Parsson)|ExecutionResponse;" \
                  "Hibernate ORM (queries, entity loading)|org.hibernate;" \
                  "PostgreSQL JDBC driver|org.postgresql;" \
                  "Stancegraph code|io.stancegraph;" \
                  "HTTP (Vert.x, Netty)|io.vertx.core.http", layers, ";")
        for (i = 1; i <= n; i++) { split(layers[i], parts, "|"); name[i] = parts[1]; pattern[i] = parts[2] }
    }
    /jdk.ExecutionSample/ { if (inside) close_sample(); inside = 1; stack = ""; top = ""; next }
    /line:/ { if (top == "") top = $0 }
    { stack = stack $0 }
    # A pattern starting with ^ counts only the frame the sample was taken in, not its callers.
    function close_sample() {
        samples++
        for (i = 1; i <= n; i++) {
            if (substr(pattern[i], 1, 1) == "^") { if (index(top, substr(pattern[i], 2))) hits[i]++ }
            else if (index(stack, pattern[i])) hits[i]++
        }
    }
    END {
        if (inside) close_sample()
        printf "| Layer | Share of CPU samples |\n|---|---|\n"
        for (i = 1; i <= n; i++) printf "| %s | %.0f %% |\n", name[i], 100 * hits[i] / samples
        printf "\n%d samples.\n", samples
    }'
