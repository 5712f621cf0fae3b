#!/usr/bin/env bash
# Checks that Stancegraph, PostGraphile and the floor SQL select the same records in the same order for each
# benchmark query; prints a table and exits non-zero on a mismatch or an error.
#   bench/perf/check-equivalence.sh STANCEGRAPH_GRAPHQL_URL POSTGRAPHILE_GRAPHQL_URL DATABASE_URL
# e.g. bench/perf/check-equivalence.sh http://127.0.0.1:8080/graphql http://127.0.0.1:5678/graphql \
#          postgres://postgres@127.0.0.1:5432/stancegraph
# Query parameters (defaults select data in the sample corpus): TOPIC, SPEAKER (actor id), FROM, TO (ISO dates),
# SEARCH (words); PAGE_SIZE overrides query 3's page size of 20, so that a small corpus still has a page 2.
# Needs node (18 or newer) and psql on the PATH.
set -euo pipefail
exec node "$(dirname "$0")/check-equivalence.mjs" "$@"
