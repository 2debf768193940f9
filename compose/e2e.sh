#!/usr/bin/env bash
# For machines with a Docker engine: bring the compose stack up (building the image), run the
# end-to-end suite against it (MARKET_E2E_TARGET=external), and tear everything down again.
#
#   compose/e2e.sh                   the whole suite
#   compose/e2e.sh --filter Crowd    extra arguments go to `swift test`
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

compose=(docker-compose -f compose/docker-compose.yml -p market-e2e)
SERVICES=(voting pricing wave-planning purchase-execution warehouse-orders ranking-metrics)
declare -A PORTS=([voting]=8081 [pricing]=8082 [wave-planning]=8083 [purchase-execution]=8084 [warehouse-orders]=8085 [ranking-metrics]=8086)

log() { printf '[e2e] %s\n' "$*" >&2; }
down() { log "tearing the stack down"; "${compose[@]}" down -v --remove-orphans; }
trap down EXIT

"${compose[@]}" up -d --build
for service in "${SERVICES[@]}"; do
  container=$("${compose[@]}" ps -q "$service")
  for _ in $(seq 1 120); do
    [ "$(docker inspect -f '{{.State.Health.Status}}' "$container")" = healthy ] && break
    sleep 2
  done
  [ "$(docker inspect -f '{{.State.Health.Status}}' "$container")" = healthy ] || { "${compose[@]}" logs "$service" | tail -40; log "$service is not healthy"; exit 1; }
done
log "all services healthy"

host_port() { "${compose[@]}" port "$1" "$2" | sed 's/.*://'; }
export MARKET_E2E_TARGET=external
export MARKET_AMQP_URL="amqp://market:market@127.0.0.1:$(host_port rabbitmq 5672)/market"
export MARKET_DATABASE_URL="postgres://market:market@127.0.0.1:$(host_port postgres 5432)/market"
for service in "${SERVICES[@]}"; do
  variable="MARKET_E2E_$(echo "$service" | tr '[:lower:]-' '[:upper:]_')_URL"
  export "$variable=http://127.0.0.1:$(host_port "$service" "${PORTS[$service]}")"
done
# The suite signs its tokens as the stack verifies them: with the secret and audience compose gave it
# (compose reads compose/.env, then the environment; unset, both use the development values).
from_env_file() { [ -f compose/.env ] && sed -n "s/^$1=//p" compose/.env | tail -1; }
secret=${MARKET_JWT_SECRET:-$(from_env_file MARKET_JWT_SECRET || true)}
audience=${MARKET_JWT_AUDIENCE:-$(from_env_file MARKET_JWT_AUDIENCE || true)}
export MARKET_E2E_JWT_SECRET=${secret:-market-development-jwt-secret-0123456789}
export MARKET_E2E_JWT_AUDIENCE=${audience:-market}
swift test --filter EndToEnd "$@"
