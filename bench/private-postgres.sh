# A throwaway PostgreSQL cluster of a script's own, so that it leaves the machine's server alone. Sourced:
#   . bench/private-postgres.sh
#   private_postgres_start [SETTING=VALUE ...]   new cluster with a database `stancegraph`; sets PRIVATE_PG_PORT
#   private_postgres_stop                        stops it and deletes its files (call it from the script's trap)
#   free_port                                    prints a free TCP port on 127.0.0.1
# PG_BIN names the server binaries' directory (default: the newest /usr/lib/postgresql/*/bin).
private_pg_bin="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}"
PRIVATE_PG_DIR=""
PRIVATE_PG_PORT=""

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# PostgreSQL refuses to run as root: as root, run it as the postgres system user.
private_postgres_as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

private_postgres_start() {
    PRIVATE_PG_DIR=$(mktemp -d)
    if [ "$(id -u)" = 0 ]; then chown postgres "$PRIVATE_PG_DIR"; fi
    PRIVATE_PG_PORT=$(free_port)
    local settings="" setting
    for setting in "$@"; do settings="$settings -c $setting"; done
    private_postgres_as_owner "$private_pg_bin/initdb" -D "$PRIVATE_PG_DIR/data" -U postgres -A trust --no-sync > /dev/null
    private_postgres_as_owner "$private_pg_bin/pg_ctl" -D "$PRIVATE_PG_DIR/data" -l "$PRIVATE_PG_DIR/postgres.log" -w start \
        -o "-p $PRIVATE_PG_PORT -k $PRIVATE_PG_DIR -c listen_addresses=127.0.0.1$settings" > /dev/null
    private_postgres_as_owner "$private_pg_bin/createdb" -h 127.0.0.1 -p "$PRIVATE_PG_PORT" -U postgres stancegraph
}

private_postgres_stop() {
    [ -n "$PRIVATE_PG_DIR" ] || return 0
    private_postgres_as_owner "$private_pg_bin/pg_ctl" -D "$PRIVATE_PG_DIR/data" stop -m immediate > /dev/null 2>&1 || true
    rm -rf "$PRIVATE_PG_DIR"
    PRIVATE_PG_DIR=""
}
