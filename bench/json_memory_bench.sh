#!/bin/bash
# SPDX-FileCopyrightText: 2026 The HubDeck developers
# SPDX-License-Identifier: MIT
#
# Benchmark: peak memory of `hubdeck-cli cache ls --format json` on a large cache (issue #14:
# every --format json listing is written as it goes; the target is at most 300 MB at 1M files).
#
# Builds a synthetic cache with make-fake-cache in a temporary folder (sparse blobs: no disk
# to speak of; 2000 repos x 5 revisions x 100 files = 1,000,000 snapshot files by default),
# then runs under /usr/bin/time -v, one after the other:
#   cache ls --format csv               the scan and the listing query, with no JSON document
#   cache ls --format json              every repo with all its revisions and files
#   cache ls --revisions --format json  the same, one entry per revision
# and prints the machine, the date, and for each its peak RSS, peak RSS per snapshot file,
# wall time and output size. The csv line is the floor the JSON listings cannot go below: what
# the scan itself holds. Nothing here is a pass/fail test: the figures are read by people.
#
#   bench/json_memory_bench.sh --cli build/bin/hubdeck-cli [--repos 2000] [--revisions 5]
#       [--files 100] [--cache DIR (reuse a cache, built there if missing)] [--make-fake-cache PATH]
set -euo pipefail

cli=""
repos=2000
revisions=5
files=100
cache=""
make_fake_cache="$(dirname "$0")/../../shared/tools/make-fake-cache"
while [ $# -gt 0 ]; do
    case "$1" in
    --cli) cli="$2"; shift 2 ;;
    --repos) repos="$2"; shift 2 ;;
    --revisions) revisions="$2"; shift 2 ;;
    --files) files="$2"; shift 2 ;;
    --cache) cache="$2"; shift 2 ;;
    --make-fake-cache) make_fake_cache="$2"; shift 2 ;;
    -h | --help) sed -n '5,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
    esac
done
if [ -z "$cli" ] || [ ! -x "$cli" ]; then
    echo "--cli must name the built hubdeck-cli" >&2
    exit 2
fi
if [ ! -x /usr/bin/time ]; then
    echo "needs GNU time as /usr/bin/time (Debian: apt-get install time)" >&2
    exit 2
fi

work="$(mktemp -d -t hubdeck-json-bench-XXXXXX)"
trap 'rm -rf "$work"' EXIT
if [ -z "$cache" ]; then
    cache="$work/cache"
fi
if [ ! -d "$cache" ]; then
    "$make_fake_cache" --out "$cache" --repos "$repos" --revisions "$revisions" --files "$files" >/dev/null
fi
# Counted, not taken from the arguments: a reused cache may have been made with others.
snapshot_files="$(find "$cache" -path '*/snapshots/*' \( -type l -o -type f \) | wc -l)"

cpu="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
mem_gib="$(awk '/^MemTotal:/ { printf "%.0f", $2 / 1024 / 1024 }' /proc/meminfo)"
echo "# json memory benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "# machine: $(uname -n): ${cpu:-unknown CPU}, $(nproc) cores, ${mem_gib} GiB, $(uname -s) $(uname -r)"
echo "# cache: $snapshot_files snapshot files ($cache)"
printf '%-36s %12s %14s %10s %12s\n' "command" "peak RSS" "RSS per file" "wall" "output"

measure() {
    local label="$1"
    shift
    /usr/bin/time -v -o "$work/time.txt" "$cli" cache ls --dir "$cache" "$@" >"$work/out" 2>/dev/null ||
        { echo "failed: $label" >&2; exit 1; }
    local kib wall bytes
    kib="$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$work/time.txt")"
    wall="$(sed -n 's/^[[:space:]]*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt")"
    bytes="$(stat -c %s "$work/out")"
    rm -f "$work/out"
    awk -v label="$label" -v kib="$kib" -v n="$snapshot_files" -v wall="$wall" -v bytes="$bytes" 'BEGIN {
        printf "%-36s %9.1f MB %10.0f B/f %10s %9.1f MB\n", label, kib * 1024 / 1e6, (n > 0 ? kib * 1024 / n : 0), wall, bytes / 1e6
    }'
}

measure "cache ls --format csv" --format csv
measure "cache ls --format json" --format json
measure "cache ls --revisions --format json" --revisions --format json
