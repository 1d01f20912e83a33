#!/usr/bin/env bash
# The cost of charts: builds a generated site of YEARS years, each with a
# stats.yaml of one 12-row table and CHARTS charts (bar, grouped, stacked,
# horizontal, line, donut in turn), once with the charts and once with
# `charts: []`, and prints the "statistics and charts" stage of each
# (`letopis build --verbose`, best of RUNS). See BENCHMARKS.md.
#
#   scripts/bench-charts.sh [path/to/letopis]   (default: target/release/letopis)
set -euo pipefail
BIN=${1:-target/release/letopis}
YEARS=${YEARS:-10}
CHARTS=${CHARTS:-20}
RUNS=${RUNS:-5}
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT

site() { # $1: folder, $2: with charts (1) or not (0)
  mkdir -p "$1/content"
  printf 'title: "Charts benchmark"\nbase_url: "https://bench.example/"\nlanguage: ru\n' > "$1/site.yaml"
  for y in $(seq 2001 $((2000 + YEARS))); do
    mkdir -p "$1/content/$y/events"
    printf -- '---\ntitle: "Встреча %s"\ndate: %s-03-01\nlibrary: "Центральная детская библиотека"\nform: встреча\nattendance: 40\n---\nТекст.\n' "$y" "$y" > "$1/content/$y/events/vstrecha.md"
    {
      echo 'indicators:'
      echo '  readers: {name: "Количество читателей", unit: "чел."}'
      echo 'tables:'
      echo '  - id: key'
      echo '    title: "Показатели библиотек"'
      echo '    columns:'
      echo '      - {group: "выполнено в прошлом году", role: last_year, columns: [{id: ly, label: "детские библиотеки"}]}'
      echo '      - {group: "план", role: plan, columns: [{id: plan, label: "детские библиотеки"}]}'
      echo '      - {group: "выполнено", role: actual, columns: [{id: done, label: "детские библиотеки"}]}'
      echo '    rows:'
      echo "      - {indicator: readers, values: [9105, 9000, $((9000 + y % 200))]}"
      for r in $(seq 1 11); do
        echo "      - {label: \"Детская библиотека-филиал № $r имени писателя\", values: [$((r * 310)), $((r * 300)), $((r * 305))]}"
      done
      if [ "$2" = 1 ]; then
        echo 'charts:'
        for c in $(seq 1 "$CHARTS"); do
          case $((c % 6)) in
            0) echo "  - {type: bar, data: key, y: done, orientation: vertical}" ;;
            1) echo "  - {type: bar, data: key}" ;;
            2) echo "  - {type: bar, data: key, group: stacked}" ;;
            3) echo "  - {type: bar, data: key, y: [ly, done], orientation: horizontal}" ;;
            4) echo "  - {type: line, data: key, x: columns, rows: [\"Количество читателей\"]}" ;;
            5) echo "  - {type: pie, data: key, y: done, inner_radius: 0.5}" ;;
          esac
        done
      else
        echo 'charts: []'
      fi
    } > "$1/content/$y/stats.yaml"
  done
}

stage() { # best "statistics and charts" time of RUNS builds, in ms
  local best=""
  for _ in $(seq 1 "$RUNS"); do
    local ms
    ms=$("$BIN" build --root "$1" --output "$1/out" --verbose 2>&1 | sed -n 's/^ *statistics and charts: \([0-9.]*\) ms$/\1/p')
    if [ -z "$best" ] || awk "BEGIN{exit !($ms < $best)}"; then best=$ms; fi
  done
  echo "$best"
}

site "$DIR/with" 1
site "$DIR/without" 0
with=$(stage "$DIR/with")
without=$(stage "$DIR/without")
n=$((YEARS * CHARTS))
page_with=$(stat -c %s "$DIR/with/out/2001/stats/index.html")
page_without=$(stat -c %s "$DIR/without/out/2001/stats/index.html")
awk -v w="$with" -v wo="$without" -v n="$n" -v y="$YEARS" -v pw="$page_with" -v pwo="$page_without" 'BEGIN {
  printf "declared charts: %d (%d years x %d); both builds also draw 2 event charts per year and 1 trend chart\n", n, y, n / y
  printf "statistics and charts stage: %.1f ms with the charts, %.1f ms without\n", w, wo
  printf "cost per declared chart: %.2f ms of build time, %.1f KB of HTML\n", (w - wo) / n, (pw - pwo) / (n / y) / 1024
  printf "a stats page with %d charts: %.1f ms, %.0f KB (%.0f KB without them)\n", n / y, (w - wo) / y, pw / 1024, pwo / 1024
}'
