#!/usr/bin/env bash
# Transport benchmark (not a test): release build, local servers up, figures printed.
# Extra arguments go to transport-bench (see `transport-bench --help`).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
urls=$(scripts/infra.sh up)  # an assignment, so a failed start stops the script (set -e)
eval "$urls"
swift build -c release --product transport-bench
exec "$(swift build -c release --show-bin-path)/transport-bench" "$@"
