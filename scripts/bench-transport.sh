#!/usr/bin/env bash
# Transport benchmark (not a test): release build, local servers up, figures printed.
# Extra arguments go to transport-bench (see `transport-bench --help`).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
eval "$(scripts/infra.sh up)"
swift build -c release --product transport-bench
exec "$(swift build -c release --show-bin-path)/transport-bench" "$@"
