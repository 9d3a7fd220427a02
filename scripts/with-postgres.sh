#!/usr/bin/env bash
# Run a command with a throw-away PostgreSQL server on 127.0.0.1 (Debian's postgresql,
# installed if missing). The server runs as the `postgres` user (it refuses root) from a
# temporary data directory, is stopped afterwards, and its URL is exported as
# PARALLAX_TEST_PG_URL for the tests.
set -euo pipefail
if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
fi
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PORT=${PARALLAX_PG_PORT:-55433}
DATA=$(mktemp -d /tmp/parallax-pg.XXXXXX)
RUN_AS=""
if [ "$(id -u)" -eq 0 ]; then
  chown postgres "$DATA"
  RUN_AS="su postgres -c"
fi
run() { if [ -n "$RUN_AS" ]; then su postgres -c "$*"; else bash -c "$*"; fi; }
run "$PGBIN/initdb -D $DATA -A trust -U postgres" >/dev/null
run "$PGBIN/pg_ctl -D $DATA -o '-p $PORT -k /tmp -c listen_addresses=127.0.0.1' -l $DATA/log -w start" >/dev/null
trap 'run "$PGBIN/pg_ctl -D $DATA -m fast -w stop" >/dev/null 2>&1 || true; rm -rf "$DATA"' EXIT
run "$PGBIN/createdb -h 127.0.0.1 -p $PORT -U postgres parallax_test"
export PARALLAX_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$PORT/parallax_test"
"$@"
