#!/usr/bin/env bash
# A private PostgreSQL cluster for the performance run, with pg_stat_statements loaded so the run can count
# the SQL statements each GraphQL request costs; it leaves the machine's own server alone.
#   bench/perf/postgres.sh start DATA_DIR PORT     (initialises DATA_DIR when it is empty)
#   bench/perf/postgres.sh stop DATA_DIR
set -euo pipefail
action="$1"
data_dir="$(mkdir -p "$2" && cd "$2" && pwd)"
pg_bin="${PERF_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}"

# PostgreSQL refuses to run as root: as root, run it as the postgres system user.
as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
    start)
        port="$3"
        if [ ! -f "$data_dir/PG_VERSION" ]; then
            [ "$(id -u)" = 0 ] && chown postgres: "$data_dir"
            chmod 700 "$data_dir"
            as_owner "$pg_bin/initdb" -D "$data_dir" -U postgres -A trust -E UTF8 --locale=C.UTF-8 > "$data_dir.initdb.log"
        fi
        # Settings for a read benchmark on a 2-core, 24 GiB machine; jit off as it only adds planning time
        # to short OLTP-style statements, for every client alike.
        as_owner "$pg_bin/pg_ctl" -D "$data_dir" -l "$data_dir/server.log" -w start -o "\
            -p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories= \
            -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all \
            -c max_connections=100 -c shared_buffers=2GB -c effective_cache_size=8GB -c work_mem=16MB \
            -c maintenance_work_mem=512MB -c max_wal_size=4GB -c jit=off -c synchronous_commit=off" > /dev/null
        ;;
    stop)
        if [ -f "$data_dir/postmaster.pid" ]; then
            as_owner "$pg_bin/pg_ctl" -D "$data_dir" -m fast -w stop > /dev/null
        fi
        ;;
    *) sed -n '2,5p' "$0" >&2; exit 2 ;;
esac
