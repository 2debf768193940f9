#!/usr/bin/env bash
# Local infrastructure for development, tests and CI: PostgreSQL 15 and RabbitMQ 3.10 on loopback,
# with all their data under one project-local, git-ignored folder (.local/ by default).
#
#   scripts/infra.sh install     install missing Debian packages (needs root or sudo)
#   scripts/infra.sh up          install if needed, start both servers, provision, print the URLs
#   scripts/infra.sh down        stop both servers (data is kept)
#   scripts/infra.sh reset       stop both servers and delete their data
#   scripts/infra.sh status      say what runs
#   scripts/infra.sh env         print `export MARKET_...=` lines for the URLs (eval "$(scripts/infra.sh env)")
#   scripts/infra.sh pg-start | pg-stop | broker-start | broker-stop     one server only (used by failure tests)
#
# Every step is idempotent. Ports and the folder can be changed:
#   MARKET_LOCAL_DIR (.local)  MARKET_PG_PORT (55432)  MARKET_AMQP_PORT (55672)
#   MARKET_AMQP_MGMT_PORT (55673)  MARKET_AMQP_DIST_PORT (55674)  MARKET_AMQP_NODE (market<port>@localhost)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LOCAL_DIR=${MARKET_LOCAL_DIR:-$ROOT/.local}
PG_PORT=${MARKET_PG_PORT:-55432}
AMQP_PORT=${MARKET_AMQP_PORT:-55672}
MGMT_PORT=${MARKET_AMQP_MGMT_PORT:-55673}
DIST_PORT=${MARKET_AMQP_DIST_PORT:-55674}
# Erlang node names are unique per host: derive it from the port so two checkouts can run side by side.
NODE=${MARKET_AMQP_NODE:-market$AMQP_PORT@localhost}
PG_BIN=${MARKET_PG_BIN:-/usr/lib/postgresql/15/bin}
RMQ_BIN=/usr/lib/rabbitmq/bin
DB=market
ADMIN=market
ADMIN_PASSWORD=${MARKET_ADMIN_PASSWORD:-market}
VHOST=market
# shellcheck source=lib/provision.sh
. "$ROOT/scripts/lib/provision.sh"
SERVICES=("${MARKET_SERVICES[@]}")

log() { printf '[infra] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else die "need root for: $*"; fi; }

# ---------------------------------------------------------------- install
install_packages() {
  local missing=()
  [ -x "$PG_BIN/postgres" ] || missing+=(postgresql)
  [ -x "$RMQ_BIN/rabbitmq-server" ] || missing+=(rabbitmq-server)
  [ -f /usr/include/amqp.h ] || missing+=(librabbitmq-dev)
  [ -f /usr/include/postgresql/libpq-fe.h ] || missing+=(libpq-dev)
  command -v pkg-config >/dev/null || missing+=(pkg-config)
  command -v docker-compose >/dev/null || missing+=(docker-compose)  # validates compose/ (no engine needed)
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  # The Debian packages start their own instances where an init system exists; ours run separately.
}

# ---------------------------------------------------------------- PostgreSQL
# postgres refuses to run as root: as root, run it as the unprivileged `postgres` user.
pg_user() { if [ "$(id -u)" = 0 ]; then echo postgres; else id -un; fi; }
pg_dir() {
  mkdir -p "$LOCAL_DIR"
  if [ "$(id -u)" = 0 ] && ! su postgres -s /bin/sh -c "test -w '$LOCAL_DIR' -o -x '$LOCAL_DIR'" 2>/dev/null; then
    # The checkout is not reachable by the postgres user (e.g. under /root): keep the data in /var/tmp.
    echo "/var/tmp/market-pg-$(printf '%s' "$LOCAL_DIR" | md5sum | cut -c1-8)"
  else
    echo "$LOCAL_DIR/postgres"
  fi
}
pg_run() { if [ "$(id -u)" = 0 ]; then su "$(pg_user)" -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
pg_running() { pg_run "'$PG_BIN/pg_ctl' -D '$(pg_dir)/data' status" >/dev/null 2>&1; }

pg_start() {
  local dir; dir=$(pg_dir)
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    log "initialising PostgreSQL in $dir"
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown -R "$(pg_user)" "$dir"
    printf '%s\n' "$ADMIN_PASSWORD" > "$dir/.pw.tmp"; [ "$(id -u)" = 0 ] && chown "$(pg_user)" "$dir/.pw.tmp"
    # Text compares byte by byte (LC_COLLATE C): for UTF-8 that is the order C.UTF-8 gives, code point by
    # code point, but PostgreSQL only takes its memcmp path for C, and calls strcoll for every other name.
    pg_run "'$PG_BIN/initdb' -D '$dir/data' -U '$ADMIN' --pwfile='$dir/.pw.tmp' -A scram-sha-256 -E UTF8 --locale=C.UTF-8 --lc-collate=C" >/dev/null
    rm -f "$dir/.pw.tmp"
    cat >> "$dir/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$dir'
max_connections = 1000
shared_buffers = 256MB
fsync = on
synchronous_commit = on
# A young cluster has no finished WAL segments to recycle, so every 16 MB of WAL first cost a 16 MB
# zero-fill inside some commit: 1.2-1.5 % of PostgreSQL's CPU in transport-bench on a new cluster, 0.0-0.1 %
# without (two new clusters each). The WAL itself is written and fsynced as before.
wal_init_zero = off
log_min_messages = warning
EOF
  fi
  if pg_running; then log "PostgreSQL already running on $PG_PORT"; return 0; fi
  pg_run "'$PG_BIN/pg_ctl' -D '$dir/data' -l '$dir/postgres.log' -o '-p $PG_PORT' -w -t 60 start" >/dev/null \
    || { tail -20 "$dir/postgres.log" >&2; die "PostgreSQL did not start"; }
  log "PostgreSQL running on 127.0.0.1:$PG_PORT"
}

pg_stop() {
  local dir; dir=$(pg_dir)
  [ -f "$dir/data/PG_VERSION" ] || return 0
  pg_running && pg_run "'$PG_BIN/pg_ctl' -D '$dir/data' -m fast -w stop" >/dev/null && log "PostgreSQL stopped"
  return 0
}

psql_admin() {
  PGPASSWORD=$ADMIN_PASSWORD PGOPTIONS='-c client_min_messages=warning' psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U "$ADMIN" "$@"
}

pg_provision() {
  psql_admin -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1 \
    || psql_admin -d postgres -c "CREATE DATABASE $DB"
  market_roles_sql "$DB" | psql_admin -d "$DB" >/dev/null
}

# ---------------------------------------------------------------- RabbitMQ
rmq_dir() { echo "$LOCAL_DIR/rabbitmq"; }
rmq_env() {
  local d; d=$(rmq_dir)
  export HOME="$d/home" RABBITMQ_NODENAME=$NODE RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 \
    RABBITMQ_NODE_PORT=$AMQP_PORT RABBITMQ_DIST_PORT=$DIST_PORT \
    RABBITMQ_MNESIA_BASE="$d/mnesia" RABBITMQ_LOG_BASE="$d/log" \
    RABBITMQ_CONFIG_FILE="$d/rabbitmq" RABBITMQ_ENABLED_PLUGINS_FILE="$d/enabled_plugins" \
    RABBITMQ_PID_FILE="$d/rabbit.pid" RABBITMQ_PLUGINS_EXPAND_DIR="$d/plugins-expand"
}
rmqctl() { (rmq_env; "$RMQ_BIN/rabbitmqctl" -n "$NODE" "$@"); }
rmq_running() { (rmq_env; "$RMQ_BIN/rabbitmqctl" -n "$NODE" -q status >/dev/null 2>&1); }

broker_start() {
  local d; d=$(rmq_dir)
  mkdir -p "$d/home" "$d/log" "$d/mnesia"
  cat > "$d/rabbitmq.conf" <<EOF
listeners.tcp.default = $AMQP_PORT
management.tcp.ip = 127.0.0.1
management.tcp.port = $MGMT_PORT
loopback_users = none
log.console = false
log.file.level = warning
vm_memory_high_watermark.relative = 0.6
disk_free_limit.absolute = 200MB
consumer_timeout = 1800000
EOF
  echo '[rabbitmq_management].' > "$d/enabled_plugins"
  if rmq_running; then log "RabbitMQ already running on $AMQP_PORT"; return 0; fi
  (rmq_env; nohup "$RMQ_BIN/rabbitmq-server" > "$d/log/stdout.log" 2>&1 &)
  # rabbitmqctl cannot reach the node before it registers with epmd: poll, then wait for boot to end.
  local i
  for i in $(seq 1 90); do rmqctl -q wait "$d/rabbit.pid" -t 5 >/dev/null 2>&1 && break; sleep 1; done
  rmqctl -q -t 90 await_startup >/dev/null 2>&1 || { tail -30 "$d/log/stdout.log" >&2; die "RabbitMQ did not start"; }
  log "RabbitMQ running on 127.0.0.1:$AMQP_PORT (management on $MGMT_PORT)"
}

broker_stop() {
  rmq_running || return 0
  rmqctl -q shutdown >/dev/null 2>&1 || true
  log "RabbitMQ stopped"
}

broker_provision() {
  rmqctl -q list_vhosts | grep -qx "$VHOST" || rmqctl -q add_vhost "$VHOST" >/dev/null
  if ! rmqctl -q list_users | awk '{print $1}' | grep -qx "$ADMIN"; then
    rmqctl -q add_user "$ADMIN" "$ADMIN_PASSWORD" >/dev/null
  fi
  rmqctl -q set_user_tags "$ADMIN" administrator >/dev/null
  rmqctl -q set_permissions -p "$VHOST" "$ADMIN" '.*' '.*' '.*' >/dev/null
  for s in "${SERVICES[@]}"; do
    local q; q=$(market_queue_name "$s")
    rmqctl -q list_users | awk '{print $1}' | grep -qx "$q" || rmqctl -q add_user "$q" "$q" >/dev/null
    local only; only=$(market_broker_permissions "$q")
    rmqctl -q set_permissions -p "$VHOST" "$q" "$only" "$only" "$only" >/dev/null
  done
}

# ---------------------------------------------------------------- URLs
print_env() {
  echo "export MARKET_DATABASE_URL=postgres://$ADMIN:$ADMIN_PASSWORD@127.0.0.1:$PG_PORT/$DB"
  echo "export MARKET_AMQP_URL=amqp://$ADMIN:$ADMIN_PASSWORD@127.0.0.1:$AMQP_PORT/$VHOST"
  for s in "${SERVICES[@]}"; do
    local up; up=$(echo "$s" | tr '[:lower:]' '[:upper:]'); local q=${s//_/-}
    echo "export ${up}_DATABASE_URL=postgres://$s:$s@127.0.0.1:$PG_PORT/$DB"
    echo "export ${up}_AMQP_URL=amqp://$q:$q@127.0.0.1:$AMQP_PORT/$VHOST"
  done
}

status() {
  if pg_running; then echo "postgres: running on 127.0.0.1:$PG_PORT"; else echo "postgres: stopped"; fi
  if rmq_running; then echo "rabbitmq: running on 127.0.0.1:$AMQP_PORT"; else echo "rabbitmq: stopped"; fi
}

case "${1:-}" in
  install) install_packages ;;
  up) install_packages; pg_start; pg_provision; broker_start; broker_provision; print_env ;;
  down) broker_stop; pg_stop ;;
  reset) broker_stop; pg_stop; rm -rf "$(pg_dir)" "$(rmq_dir)"; log "local data removed" ;;
  status) status ;;
  env) print_env ;;
  pg-start) pg_start ;;
  pg-stop) pg_stop ;;
  broker-start) broker_start ;;
  broker-stop) broker_stop ;;
  *) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
