#!/usr/bin/env bash
# The main job: local PostgreSQL and RabbitMQ up (installed if missing), then the system.
# Until the services land, this brings up the infrastructure and prints its URLs.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
scripts/infra.sh up
echo "Infrastructure is up. Stop it with: scripts/infra.sh down"
