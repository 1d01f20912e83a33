#!/usr/bin/env bash
# The annual report's speed (see BENCHMARKS.md, «Report documents»).
#
#   bench/report.sh [N ...]        default: 1000 10000
#
# gen-corpus spreads N events over ten years, so N = 1000 gives years of
# 100 events and N = 10000 years of 1 000. For each N it times
# `letopis report 2020` as PDF and as DOCX, and the Karaganda statistics
# (tests/sites/karaganda-2023: the 23 tables of its statistics page), RUNS times each (default 3),
# printing the median wall time and the peak memory (GNU time).
#
# Environment: RUNS, BENCH_DIR (default /tmp/letopis-report-bench),
# LETOPIS (a letopis binary; default target/release/letopis).
set -euo pipefail

RUNS=${RUNS:-3}
WORK=${BENCH_DIR:-/tmp/letopis-report-bench}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
LETOPIS=${LETOPIS:-$ROOT/target/release/letopis}
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000)
mkdir -p "$WORK"

# Median wall seconds and peak MiB of RUNS runs of "$@".
measure() {
  local times=() peak=0
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f '%e %M' -o "$WORK/time" "$@" >/dev/null 2>&1
    read -r wall kib <"$WORK/time"
    times+=("$wall")
    ((kib > peak)) && peak=$kib
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((RUNS + 1) / 2))p")
  echo "$median s, $((peak / 1024)) MiB"
}

echo "| site | format | median wall | peak memory | size |"
echo "| --- | --- | --- | --- | --- |"
for n in "${SIZES[@]}"; do
  site="$WORK/corpus-$n"
  [ -d "$site" ] || cargo run --release --quiet --example gen-corpus -- "$n" "$site" >/dev/null
  for format in pdf docx; do
    out="$WORK/report-$n.$format"
    figures=$(measure "$LETOPIS" report 2020 --root "$site" --format "$format" --output "$out")
    echo "| $((n / 10)) events (2020 of gen-corpus $n) | $format | ${figures/, /| } | $(du -k "$out" | cut -f1) KB |"
  done
done
for format in pdf docx; do
  out="$WORK/report-karaganda.$format"
  figures=$(measure "$LETOPIS" report 2023 --root "$ROOT/tests/sites/karaganda-2023" --format "$format" --output "$out")
  echo "| Karaganda 2023 statistics | $format | ${figures/, /| } | $(du -k "$out" | cut -f1) KB |"
done
