#!/usr/bin/env bash
# A private PostgreSQL 15 cluster for development, tests and CI, kept in the git-ignored .newshub/pg
# folder of the repository. Usage: scripts/pg.sh start|stop|destroy|url. Idempotent: start reuses the
# cluster and its data, and prints the Npgsql connection string of the `newshub` database.
# Installs Debian's postgresql-15 when it is missing. The cluster trusts local connections and runs
# with fsync off: it is for development data, never for production.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
PGBIN=/usr/lib/postgresql/15/bin
PGROOT=${NEWSHUB_PG_ROOT:-$here/.newshub/pg}
PGPORT=${NEWSHUB_PG_PORT:-55432}
PGDATA=$PGROOT/data
url="Host=127.0.0.1;Port=$PGPORT;Database=newshub;Username=newshub;Password=newshub"

as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
ready() { "$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$PGPORT" -U postgres; }
install_postgres() {
  [ -x "$PGBIN/initdb" ] && return
  echo "Installing Debian's postgresql-15 …" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql-15 >&2
}

case "${1:-start}" in
start)
  install_postgres
  mkdir -p "$PGROOT"
  if [ "$(id -u)" = 0 ]; then
    chown postgres:postgres "$PGROOT"
    # postgres must be able to reach the cluster folder inside the checkout.
    d=$PGROOT; while d=$(dirname "$d"); [ "$d" != / ]; do chmod o+x "$d" 2>/dev/null || true; done
  fi
  [ -s "$PGDATA/PG_VERSION" ] || as_pg "$PGBIN/initdb" -D "$PGDATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  for _ in 1 2 3 4 5 6 7 8 9 10; do   # retry: a just-killed postmaster may hold postmaster.pid briefly
    ready && break
    as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGROOT/server.log" -w -t 60 start \
      -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGROOT -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
      >/dev/null 2>&1 || sleep 1
  done
  ready || { echo "PostgreSQL did not start; the end of $PGROOT/server.log:" >&2; tail -n 20 "$PGROOT/server.log" >&2; exit 1; }
  psql=("$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt)
  [ "$("${psql[@]}" -c "SELECT 1 FROM pg_roles WHERE rolname='newshub'")" = 1 ] || "${psql[@]}" -c "CREATE ROLE newshub LOGIN PASSWORD 'newshub' CREATEDB" >/dev/null
  [ "$("${psql[@]}" -c "SELECT 1 FROM pg_database WHERE datname='newshub'")" = 1 ] || "${psql[@]}" -c "CREATE DATABASE newshub OWNER newshub" >/dev/null
  echo "$url"
  ;;
url)     echo "$url" ;;
stop)    if [ -s "$PGDATA/PG_VERSION" ]; then as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1 || true; fi ;;
destroy) "$0" stop; rm -rf "$PGROOT" ;;
*) echo "usage: $0 start|stop|destroy|url" >&2; exit 2 ;;
esac
