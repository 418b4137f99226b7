#!/usr/bin/env bash
# Runs a command with a throw-away PostgreSQL cluster: a new cluster in a temporary folder, on a
# free port of 127.0.0.1, fsync on (as in production), stopped and deleted when the command ends,
# whatever its outcome. The command sees its URL in KZ_IIN_TEST_POSTGRES.
#   bash scripts/with-postgres.sh cargo test -p kz-iin-server
# Needs Debian's postgresql (scripts/setup.sh installs it). PostgreSQL refuses to run as root,
# so as root the cluster runs as the postgres user.
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
[ -x "$bin/initdb" ] || { echo "with-postgres: no PostgreSQL server (apt-get install postgresql)" >&2; exit 1; }
dir=$(mktemp -d /tmp/kz-iin-pg.XXXXXX)
as=()
if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; as=(runuser -u postgres --); fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
stop() {
  "${as[@]}" "$bin/pg_ctl" -D "$dir/data" stop -m immediate >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT
"${as[@]}" "$bin/initdb" -D "$dir/data" -A trust -U postgres --no-sync >/dev/null
"${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=300" start >/dev/null
export KZ_IIN_TEST_POSTGRES="postgres://postgres@127.0.0.1:$port/postgres"
echo "with-postgres: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on port $port" >&2
"$@"
