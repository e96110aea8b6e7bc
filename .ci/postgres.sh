#!/usr/bin/env bash
# A throw-away PostgreSQL for the team-store tests (docs/team.md), from Debian's postgresql package.
#   .ci/postgres.sh start DIR   stops and removes a leftover DIR, initdb, starts on a free loopback port,
#                               prints the JDBC URL (last line of output)
#   .ci/postgres.sh stop DIR    stops it and removes DIR
# Test-only: trust authentication on 127.0.0.1, fsync off. Never point it at a real team's data.
set -euo pipefail

cmd="${1:-}"; dir="${2:-}"
if [[ -z "$cmd" || -z "$dir" ]]; then
  echo "usage: $0 start|stop DIR" >&2; exit 2
fi

bindir=""
if command -v pg_config >/dev/null 2>&1 && [[ -x "$(pg_config --bindir)/initdb" ]]; then
  bindir="$(pg_config --bindir)"
fi
if [[ -z "$bindir" ]]; then
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [[ -x "$d/initdb" ]]; then bindir="$d"; break; fi
  done
fi
if [[ -z "$bindir" ]]; then
  echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 3
fi

# initdb and postgres refuse to run as root: run them as the postgres account the package created
as_owner() {
  if [[ "$(id -u)" == 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

stop() {
  if [[ -f "$dir/data/postmaster.pid" ]]; then
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

free_port() {
  local p
  for p in $(seq 55432 55632); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      echo "$p"; return 0
    fi
  done
  echo "no free port in 55432-55632" >&2; return 1
}

case "$cmd" in
  stop)
    stop ;;
  start)
    stop
    mkdir -p "$dir"
    dir="$(cd "$dir" && pwd)"
    if [[ "$(id -u)" == 0 ]]; then chown postgres: "$dir"; fi
    as_owner "$bindir/initdb" -D "$dir/data" -U imrt --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 4; }
    port="$(free_port)"
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null || { cat "$dir/server.log" >&2; exit 5; }
    as_owner "$bindir/createdb" -h 127.0.0.1 -p "$port" -U imrt imrt_test
    echo "jdbc:postgresql://127.0.0.1:$port/imrt_test?user=imrt"
    ;;
  *)
    echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
