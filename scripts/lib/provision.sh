# Provisioning shared by scripts/infra.sh (local servers) and compose/init.sh (docker compose):
# the six services, each with one database role and schema and one broker user, and nothing more.
# Sourced, not run.

MARKET_SERVICES=(voting pricing wave_planning purchase_execution warehouse_orders ranking_metrics)

# The SQL that creates database $1's per-service login roles (password = name, for development;
# compose overrides them) and schemas, each role able to use only its own schema.
market_roles_sql() {
  local db=$1 s
  printf 'REVOKE ALL ON SCHEMA public FROM PUBLIC; REVOKE ALL ON DATABASE %s FROM PUBLIC;\n' "$db"
  for s in "${MARKET_SERVICES[@]}"; do
    cat <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$s') THEN
    CREATE ROLE $s LOGIN PASSWORD '$s' NOSUPERUSER NOCREATEDB NOCREATEROLE;
  END IF;
END \$\$;
GRANT CONNECT, TEMPORARY ON DATABASE $db TO $s;
CREATE SCHEMA IF NOT EXISTS $s AUTHORIZATION $s;
ALTER ROLE $s SET search_path = $s;
SQL
  done
}

# A service's broker user and queue name: the schema name in kebab case.
market_queue_name() { echo "${1//_/-}"; }

# The permission pattern (configure, write and read alike) of broker user $1: its own queue and
# dead-letter queue and the two exchanges, nothing else.
market_broker_permissions() {
  local q=${1//./\\.}
  echo "^(market\\.events|market\\.dlx|$q|$q\\.dlq)\$"
}
