#!/usr/bin/env bash
# Letopis against Hugo on the same synthetic corpus (see BENCHMARKS.md).
#
#   bench/run.sh [N ...]        default: 1000 10000 100000
#
# Environment: RUNS (runs per tool and case, default 3), BENCH_DIR (where
# corpora and outputs go, default /tmp/letopis-bench), CARGO_TARGET_DIR,
# LETOPIS (a letopis binary to time instead of this checkout's), SKIP_HUGO
# (set to time Letopis alone: Hugo takes about 15 minutes per build of
# 100 000 events on two cores), HUGO_MAX (time Hugo only up to this many
# events).
#
# For each N it generates the corpus once (both sites), then times, for
# each tool, alternating Letopis and Hugo run by run:
#   full     a build into an empty output folder;
#   rebuild  a build with nothing changed, over the previous output.
# It prints the median wall time, pages per second, the highest peak
# memory (GNU time's maximum resident set size) and the ratio of the
# medians Letopis ÷ Hugo as a Markdown table. After each full build it
# also times `cp -r` of Letopis's output into a new folder: what merely
# creating those folders and files costs on this disk, with no building
# at all (the row "cp -r", its ratio Letopis ÷ cp). SKIP_COPY skips it.
set -euo pipefail

RUNS=${RUNS:-3}
WORK=${BENCH_DIR:-/tmp/letopis-bench}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000 100000)

for tool in hugo /usr/bin/time; do
    command -v "$tool" >/dev/null || {
        echo "bench/run.sh needs $tool: apt-get install -y hugo time" >&2
        exit 2
    }
done

(cd "$ROOT" && cargo build --quiet --release --bin letopis --example gen-corpus)
LETOPIS=${LETOPIS:-$TARGET/release/letopis}
GEN=$TARGET/release/examples/gen-corpus
mkdir -p "$WORK"
TIMES=$(mktemp)
# Old outputs are moved aside, not deleted, until every run is over: on
# ext4 without a journal (as on the development machine) the kernel skips
# inodes freed in the last one to six minutes when it allocates new ones,
# so deleting 100 000 files just before a build slows that build down
# (BENCHMARKS.md, "The disk"). Deleting big folders yourself shortly
# before a run has the same effect.
trap 'rm -f "$TIMES"; rm -rf "$WORK/trash"' EXIT

# run LABEL CMD...: runs CMD under `/usr/bin/time -v`, appends
# "LABEL seconds kilobytes" to $TIMES.
run() {
    local label=$1
    shift
    if ! /usr/bin/time -v -o "$TIMES.one" "$@" >/dev/null 2>"$TIMES.err"; then
        cat "$TIMES.err" >&2
        exit 1
    fi
    awk -v label="$label" '
        /Elapsed \(wall clock\)/ {
            n = split($NF, p, ":"); s = 0
            for (i = 1; i <= n; i++) s = s * 60 + p[i]
        }
        /Maximum resident set size/ { kb = $NF }
        END { printf "%s %.3f %d\n", label, s, kb }' "$TIMES.one" >>"$TIMES"
}

letopis() { run "letopis-$1" "$LETOPIS" build --root "$WORK/letopis-$N" --output "$WORK/out-letopis-$N" --quiet; }
hugo_() {
    [ -z "${SKIP_HUGO:-}" ] || return 0
    [ "$N" -le "${HUGO_MAX:-$N}" ] || return 0
    run "hugo-$1" hugo --source "$WORK/hugo-$N" --destination "$WORK/out-hugo-$N" --quiet
}

echo "| events | build | tool | median s | min–max s | pages | pages/s | peak MiB | Letopis ÷ Hugo |"
echo "| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"
for N in "${SIZES[@]}"; do
    if [ ! -d "$WORK/letopis-$N" ]; then
        rm -rf "$WORK/hugo-$N"
        "$GEN" "$N" "$WORK/letopis-$N" --hugo "$WORK/hugo-$N"
    fi
    : >"$TIMES"
    mkdir -p "$WORK/trash"
    for run in $(seq "$RUNS"); do
        # A full build starts from nothing: the output Letopis keeps for
        # recycling (.out-letopis-N.letopis-reuse) goes aside too.
        for out in "$WORK/out-letopis-$N" "$WORK/.out-letopis-$N.letopis-reuse" "$WORK/out-hugo-$N" "$WORK/copy-$N"; do
            [ ! -e "$out" ] || mv "$out" "$WORK/trash/$(basename "$out").$N.$run"
        done
        letopis full
        [ -n "${SKIP_COPY:-}" ] || run copy-full cp -r "$WORK/out-letopis-$N" "$WORK/copy-$N"
        hugo_ full
    done
    for _ in $(seq "$RUNS"); do
        letopis rebuild
        hugo_ rebuild
    done
    lp=$(find "$WORK/out-letopis-$N" -name '*.html' | wc -l)
    hp=0
    [ ! -d "$WORK/out-hugo-$N" ] || hp=$(find "$WORK/out-hugo-$N" -name '*.html' | wc -l)
    for build in full rebuild; do
        awk -v n="$N" -v build="$build" -v lp="$lp" -v hp="$hp" '
            function median(a, k,   i, j, t) {
                for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++)
                    if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
                return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2
            }
            $1 == "letopis-" build { l[++nl] = $2; if ($3 > lm) lm = $3 }
            $1 == "hugo-" build { h[++nh] = $2; if ($3 > hm) hm = $3 }
            $1 == "copy-" build { c[++nc] = $2; if ($3 > cm) cm = $3 }
            END {
                ml = median(l, nl)
                ratio = "—"
                if (nh) { mh = median(h, nh); ratio = sprintf("%.2f", ml / mh) }
                printf "| %d | %s | Letopis | %.2f | %.2f–%.2f | %d | %.0f | %.0f | %s |\n", \
                    n, build, ml, l[1], l[nl], lp, lp / ml, lm / 1024, ratio
                if (nh) printf "| %d | %s | Hugo | %.2f | %.2f–%.2f | %d | %.0f | %.0f | |\n", \
                    n, build, mh, h[1], h[nh], hp, hp / mh, hm / 1024
                if (nc) {
                    mc = median(c, nc)
                    printf "| %d | %s | cp -r of its output | %.2f | %.2f–%.2f | %d | %.0f | %.0f | %.2f ÷ cp |\n", \
                        n, build, mc, c[1], c[nc], lp, lp / mc, cm / 1024, ml / mc
                }
            }' "$TIMES"
    done
done
rm -f "$TIMES.one" "$TIMES.err"
