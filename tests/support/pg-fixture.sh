#!/usr/bin/env bash
# Starts or stops a private PostgreSQL server of the test run.
#   pg-fixture.sh start DIR   initdb (once) and start, Unix socket in DIR only
#   pg-fixture.sh stop DIR    stop immediately and remove DIR
#   pg-fixture.sh pause DIR   stop (fast shutdown), keeping DIR: a lost server
#   pg-fixture.sh resume DIR  start again a server paused
# With PG_FIXTURE_PASSWORD set, `start` makes a server that asks for a
# password (md5) and gives the user postgres that password.
# initdb and postgres refuse root: as root they run as the postgres user.
set -euo pipefail
action=$1
dir=$2
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "pg-fixture: PostgreSQL server binaries not found (install postgresql)" >&2; exit 1; }
as_pg=()
if [ "$(id -u)" = 0 ]; then as_pg=(runuser -u postgres --); fi

run_server() {
    "${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses='' -k $dir -p 5432 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
}

case "$action" in
start)
    if [ -f "$dir/data/postmaster.pid" ]; then
        "${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    auth=(-A trust)
    if [ -n "${PG_FIXTURE_PASSWORD:-}" ]; then
        printf '%s\n' "$PG_FIXTURE_PASSWORD" >"$dir/pwfile"
        [ "$(id -u)" = 0 ] && chown postgres: "$dir/pwfile"
        auth=(-A md5 --pwfile "$dir/pwfile")
    fi
    "${as_pg[@]}" "$bin/initdb" -D "$dir/data" -U postgres "${auth[@]}" -E UTF8 --locale=C.UTF-8 -N >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    rm -f "$dir/pwfile"
    run_server
    echo "pg-fixture: PostgreSQL running, socket in $dir"
    ;;
pause)
    "${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
resume)
    run_server
    ;;
stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
        "${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop|pause|resume DIR" >&2
    exit 2
    ;;
esac
