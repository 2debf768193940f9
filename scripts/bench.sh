#!/usr/bin/env bash
# Every benchmark (not tests): release build, local servers up, figures printed and collected in
# docs/benchmarks.md with the machine and the date.
#
#   scripts/bench.sh                  all of them
#   scripts/bench.sh warehouse-orders only the named ones (see BENCHES below)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

# name -> product and arguments
declare -A BENCHES=(
  [transport]="transport-bench"
  [voting]="voting-bench"
  [pricing]="pricing bench"
  [warehouse-orders]="warehouse-orders bench"
  [ranking-metrics]="ranking-metrics-bench"
  [purchase-execution]="purchase-execution-bench"
  [wave-planning]="wave-planning-bench"
)
# name -> the service executable a benchmark starts as a child process (built alongside it)
declare -A STARTS=(
  [voting]="voting pricing"
  [ranking-metrics]="ranking-metrics"
  [purchase-execution]="purchase-execution"
  [wave-planning]="wave-planning"
)
ORDER=(transport voting pricing wave-planning purchase-execution warehouse-orders ranking-metrics)

selected=("$@")
[ ${#selected[@]} -gt 0 ] || selected=("${ORDER[@]}")
for name in "${selected[@]}"; do
  [ -n "${BENCHES[$name]:-}" ] || { echo "unknown benchmark: $name (known: ${ORDER[*]})" >&2; exit 2; }
done

urls=$(scripts/infra.sh up)  # an assignment, so a failed start stops the script (set -e)
eval "$urls"

for name in "${selected[@]}"; do read -r product _ <<<"${BENCHES[$name]}"; echo "$product ${STARTS[$name]:-}"; done | tr ' ' '\n' | sort -u \
  | while read -r product; do [ -z "$product" ] || swift build -c release --product "$product"; done
bin=$(swift build -c release --show-bin-path)

mkdir -p docs
report=docs/benchmarks.md
{
  echo "# Benchmarks"
  echo
  echo "Run with \`scripts/bench.sh ${selected[*]}\` on $(date -u +%Y-%m-%d) (release build)."
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo),"
  echo "$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1); PostgreSQL and RabbitMQ on loopback, shared with the benchmark."
} > "$report"
for name in "${selected[@]}"; do
  read -r product args <<<"${BENCHES[$name]}"
  echo "== $name"
  output=$("$bin/$product" $args | tee /dev/stderr)
  { echo; echo "## $name"; echo; echo '```'; echo "\$ $product $args"; echo "$output"; echo '```'; } >> "$report"
done
echo "figures written to $report"
