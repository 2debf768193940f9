#!/usr/bin/env bash
# The whole test suite: local servers up (installed if missing), contract checks, then every Swift test.
# Server tests never skip: without PostgreSQL and RabbitMQ they fail.
#
# Tests that stop a server (broker restart, PostgreSQL outage) live in suites whose names contain
# "Disruption"; they run in a second, serial pass so they cannot disturb the others.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

urls=$(scripts/infra.sh up)  # an assignment, so a failed start stops the script (set -e)
eval "$urls"
scripts/python-deps.sh

echo "== contract checks"
python3 scripts/check-schemas.py
echo "== compose file"
docker-compose -f compose/docker-compose.yml config -q
for script in compose/*.sh; do bash -n "$script"; done

echo "== build"
swift build --build-tests

echo "== tests"
swift test --skip-build --skip Disruption
echo "== disruption tests (serial)"
swift test --skip-build --no-parallel --filter Disruption
