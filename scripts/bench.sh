#!/usr/bin/env bash
# Every benchmark (not tests): release build, local servers up, figures printed and collected in
# docs/benchmarks.md with the machine and the date.
#
#   scripts/bench.sh                  all of them
#   scripts/bench.sh warehouse-orders only the named ones (see BENCHES below)
#   scripts/bench.sh system           all six services co-located (release), fed by `marketctl demo`
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
ORDER=(transport voting pricing wave-planning purchase-execution warehouse-orders ranking-metrics system)
# The whole-system run: scripts/run.sh in release with a large demo world, stopping when the demo ends.
SYSTEM_SCALE=${MARKET_BENCH_SYSTEM_SCALE:-20}

selected=("$@")
[ ${#selected[@]} -gt 0 ] || selected=("${ORDER[@]}")
for name in "${selected[@]}"; do
  [ -n "${BENCHES[$name]:-}" ] || [ "$name" = system ] || { echo "unknown benchmark: $name (known: ${ORDER[*]})" >&2; exit 2; }
done

urls=$(scripts/infra.sh up)  # an assignment, so a failed start stops the script (set -e)
eval "$urls"

for name in "${selected[@]}"; do [ "$name" != system ] || continue; read -r product _ <<<"${BENCHES[$name]}"; echo "$product ${STARTS[$name]:-}"; done | tr ' ' '\n' | sort -u \
  | while read -r product; do [ -z "$product" ] || swift build -c release --product "$product"; done
bin=$(swift build -c release --show-bin-path)

mkdir -p docs
report=docs/benchmarks.md
{
  echo "# Benchmarks"
  echo
  echo "Run with \`scripts/bench.sh ${selected[*]}\` on $(date -u +%Y-%m-%d) (release build)."
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)," \
    "$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1 | tr -s ' '); PostgreSQL and RabbitMQ on loopback, shared with the benchmark."
} > "$report"
for name in "${selected[@]}"; do
  echo "== $name"
  if [ "$name" = system ]; then
    command="MARKET_BUILD=release MARKET_KEEP_INFRA=1 MARKET_EXIT_AFTER_DEMO=1 MARKET_DEMO_ARGS=\"--scale $SYSTEM_SCALE\" scripts/run.sh"
    output=$(MARKET_BUILD=release MARKET_KEEP_INFRA=1 MARKET_EXIT_AFTER_DEMO=1 MARKET_DEMO_ARGS="--scale $SYSTEM_SCALE" \
      scripts/run.sh | grep -v '^vote.recorded ' | tee /dev/stderr)
  else
    read -r product args <<<"${BENCHES[$name]}"
    command="$product $args"
    output=$("$bin/$product" $args | tee /dev/stderr)
  fi
  { echo; echo "## $name"; echo; echo '```'; echo "\$ $command"; echo "$output"; echo '```'; } >> "$report"
done
echo "figures written to $report"
