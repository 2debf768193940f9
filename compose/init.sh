#!/usr/bin/env bash
# The compose stack's one-off init step: the database's per-service roles and schemas, and the broker's
# vhost, per-service users and permissions, exchanges, queues and dead-letter queues. Idempotent.
# The services bind their own queues to the event types they consume when they start.
set -euo pipefail
. /usr/local/lib/market/provision.sh

: "${POSTGRES_HOST:=postgres}" "${POSTGRES_USER:=market}" "${POSTGRES_PASSWORD:=market}" "${POSTGRES_DB:=market}"
: "${RABBITMQ_API:=http://rabbitmq:15672/api}" "${RABBITMQ_USER:=market}" "${RABBITMQ_PASSWORD:=market}"
: "${RABBITMQ_VHOST:=market}" "${DELIVERY_LIMIT:=5}"

log() { printf '[market-init] %s\n' "$*" >&2; }

export PGPASSWORD=$POSTGRES_PASSWORD
until pg_isready -q -h "$POSTGRES_HOST" -U "$POSTGRES_USER" -d "$POSTGRES_DB"; do sleep 1; done
market_roles_sql "$POSTGRES_DB" | psql -X -q -v ON_ERROR_STOP=1 -h "$POSTGRES_HOST" -U "$POSTGRES_USER" -d "$POSTGRES_DB" >/dev/null
log "database roles and schemas ready"

api() { # METHOD PATH JSON
  curl -fsS -u "$RABBITMQ_USER:$RABBITMQ_PASSWORD" -H 'content-type: application/json' -X "$1" "$RABBITMQ_API$2" -d "$3" >/dev/null
}
until curl -fsS -u "$RABBITMQ_USER:$RABBITMQ_PASSWORD" "$RABBITMQ_API/overview" >/dev/null; do sleep 1; done
vhost=$RABBITMQ_VHOST
api PUT "/vhosts/$vhost" '{}'
api PUT "/permissions/$vhost/$RABBITMQ_USER" '{"configure":".*","write":".*","read":".*"}'
api PUT "/exchanges/$vhost/market.events" '{"type":"topic","durable":true}'
api PUT "/exchanges/$vhost/market.dlx" '{"type":"direct","durable":true}'
for s in "${MARKET_SERVICES[@]}"; do
  q=$(market_queue_name "$s")
  only=$(market_broker_permissions "$q" | sed 's/\\/\\\\/g')
  api PUT "/users/$q" "{\"password\":\"$q\",\"tags\":\"\"}"
  api PUT "/permissions/$vhost/$q" "{\"configure\":\"$only\",\"write\":\"$only\",\"read\":\"$only\"}"
  # The same arguments the services declare (Topology.service): a mismatch would refuse their start.
  api PUT "/queues/$vhost/$q" "{\"durable\":true,\"arguments\":{\"x-queue-type\":\"quorum\",\"x-delivery-limit\":$DELIVERY_LIMIT,\"x-dead-letter-exchange\":\"market.dlx\",\"x-dead-letter-routing-key\":\"$q\"}}"
  api PUT "/queues/$vhost/$q.dlq" '{"durable":true,"arguments":{"x-queue-type":"quorum"}}'
  api POST "/bindings/$vhost/e/market.dlx/q/$q.dlq" "{\"routing_key\":\"$q\"}"
done
log "broker users, permissions, exchanges and queues ready"
