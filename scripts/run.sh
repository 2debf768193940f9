#!/usr/bin/env bash
# The main job: local PostgreSQL and RabbitMQ (installed if missing), a build, the six services, and
# `marketctl demo` feeding them a realistic world. The services keep running after the demo until
# Ctrl-C, which stops them (SIGTERM: each finishes its batch and flushes its outbox) and the servers.
#
#   scripts/run.sh                     debug build (fastest to compile)
#   MARKET_BUILD=release scripts/run.sh
#   MARKET_KEEP_INFRA=1 scripts/run.sh leave PostgreSQL and RabbitMQ running on exit
#   MARKET_DEMO=0 scripts/run.sh       start the system without the demo feed
#   MARKET_DEMO_ARGS="--scale 20" scripts/run.sh   arguments for `marketctl demo`
#   MARKET_EXIT_AFTER_DEMO=1 scripts/run.sh        stop everything once the demo ends (benchmarks, scripts)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

BUILD=${MARKET_BUILD:-debug}
LOGS=${MARKET_LOCAL_DIR:-$ROOT/.local}/logs
# service, its variable prefix, its HTTP port
SERVICES=(
  "voting VOTING_ 8081" "pricing PRICING_ 8082" "wave-planning WAVE_PLANNING_ 8083"
  "purchase-execution PURCHASE_EXECUTION_ 8084" "warehouse-orders WAREHOUSE_ORDERS_ 8085"
  "ranking-metrics RANKING_METRICS_ 8086"
)

log() { printf '[run] %s\n' "$*" >&2; }

urls=$(scripts/infra.sh up)  # an assignment, so a failed start stops the script (set -e)
eval "$urls"

log "building ($BUILD)"
products=(marketctl)
for entry in "${SERVICES[@]}"; do read -r name _ _ <<<"$entry"; products+=("$name"); done
for product in "${products[@]}"; do swift build -c "$BUILD" --product "$product" >&2; done  # stdout is the demo's
bin=$(swift build -c "$BUILD" --show-bin-path)

pids=()
stop() {
  trap - INT TERM EXIT
  log "stopping the services"
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ "${MARKET_KEEP_INFRA:-0}" != 1 ]; then scripts/infra.sh down; fi
  log "stopped"
}
trap stop INT TERM EXIT

# The demo's waves buy from wave-planning's candidate index: rebuild it often while the demo feeds the catalog.
export WAVE_PLANNING_INDEX_INTERVAL_SECONDS=${WAVE_PLANNING_INDEX_INTERVAL_SECONDS:-5}

mkdir -p "$LOGS"
for entry in "${SERVICES[@]}"; do
  read -r name prefix port <<<"$entry"
  # Each service connects with its own database role and broker user (printed by infra.sh).
  "$bin/$name" serve > "$LOGS/$name.log" 2>&1 &
  pids+=("$!")
  log "started $name (pid $!, http://127.0.0.1:$port, log $LOGS/$name.log, ${prefix}* variables)"
done

for entry in "${SERVICES[@]}"; do
  read -r name _ port <<<"$entry"
  for _ in $(seq 1 120); do
    curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
    sleep 0.5
  done
  curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null || { tail -20 "$LOGS/$name.log" >&2; log "$name is not ready"; exit 1; }
done
log "all six services are ready"

if [ "${MARKET_DEMO:-1}" != 0 ]; then
  # shellcheck disable=SC2086 # the arguments are meant to split into words
  "$bin/marketctl" demo ${MARKET_DEMO_ARGS:-}
  [ "${MARKET_EXIT_AFTER_DEMO:-0}" != 1 ] || exit 0
fi
log "the system keeps running: marketctl tail, marketctl dead-letters list, the URLs above; Ctrl-C stops everything"
wait
