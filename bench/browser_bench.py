#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The HubDeck developers
# SPDX-License-Identifier: MIT
"""Benchmark the cache browser against the issue's targets, side by side in one run.

  bench/browser_bench.py --build build [--repos 8000] [--runs 5]

- populated tree: whole-process time of `hubdeck-bench-browser populate D` (window shown,
  scan done, tree painted, quit) against `hubdeck-cli cache ls --dir D`, alternated, on a
  synthetic cache of REPOS x 3 revisions x 40 files (8000 repos: about 960,000 entries);
- longest GUI event-loop stall during a scan and during a deletion of every detached
  revision (on a throw-away copy of a 1000-repo cache);
- time to tick (and untick) a repo with 1000 revisions;
- peak RSS growth per snapshot entry after the scan, with and without the names' bytes;
- the Frees column's share of the populate time (target <= 10 %), and Free Space…'s pick on
  the big cache (target < 100 ms).
Prints the machine and the date. Nothing here passes or fails.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(__file__))
from cache_ls_bench import machine  # noqa: E402


def run(cmd, env=None):
    start = time.perf_counter()
    out = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if out.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{out.stderr}")
    return time.perf_counter() - start, out.stdout


def figures(text):
    values = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 2:
            try:
                values[parts[0]] = float(parts[1])
            except ValueError:
                pass
    return values


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default="build")
    parser.add_argument("--repos", type=int, default=8000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--make-fake-cache", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "tools", "make-fake-cache"))
    args = parser.parse_args()
    bench = os.path.abspath(os.path.join(args.build, "bin", "hubdeck-bench-browser"))
    cli = os.path.abspath(os.path.join(args.build, "bin", "hubdeck-cli"))
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    tmp = tempfile.mkdtemp(prefix="hubdeck-browser-bench-")
    try:
        def make(name, *extra):
            path = os.path.join(tmp, name)
            subprocess.run([args.make_fake_cache, "--out", path, *extra], check=True, stdout=subprocess.DEVNULL)
            return path

        big = make("big", "--repos", str(args.repos), "--revisions", "3", "--files", "40", "--seed", "1")
        deep = make("deep", "--repos", "1", "--revisions", "1000", "--files", "40", "--seed", "3")
        small = make("gaps", "--repos", "1000", "--revisions", "3", "--files", "40", "--seed", "2")

        print(f"# cache browser benchmark, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
        print(f"# machine: {machine()}")
        run([cli, "cache", "ls", "--dir", big])  # warm the page cache
        run([bench, "populate", big], env)
        gui, cli_times, inner = [], [], []
        for _ in range(args.runs):
            t, out = run([bench, "populate", big], env)
            gui.append(t)
            inner.append(figures(out)["populated_ms"])
            cli_times.append(run([cli, "cache", "ls", "--dir", big])[0])
        ratios = [g / c for g, c in zip(gui, cli_times)]
        print(f"populated tree, {args.repos} repos x 3 x 40: window {statistics.median(gui):.3f} s (in-process "
              f"{statistics.median(inner) / 1000:.3f} s), hubdeck-cli cache ls {statistics.median(cli_times):.3f} s, "
              f"ratio median {statistics.median(ratios):.2f} (min {min(ratios):.2f}, max {max(ratios):.2f})")

        _, out = run([bench, "gaps", small], env)
        f = figures(out)
        print(f"longest event-loop stall: during the scan {f['scan_longest_gap_ms']:.1f} ms, "
              f"during the deletion of every detached revision {f['delete_longest_gap_ms']:.1f} ms (1000 repos)")

        _, out = run([bench, "tick", deep], env)
        f = figures(out)
        print(f"tick a repo with {int(f['repo_revisions'])} revisions: median {f['tick_median_ms']:.3f} ms, max {f['tick_max_ms']:.3f} ms")

        _, out = run([bench, "frees", big], env)
        f = figures(out)
        populated_ms = statistics.median(inner)
        print(f"Frees column: measured in {f['frees_measure_ms']:.1f} ms, {100 * f['frees_measure_ms'] / populated_ms:.1f} % of the "
              f"populate time ({populated_ms:.0f} ms); the model's whole setScan {f['set_scan_ms']:.1f} ms")

        _, out = run([bench, "pick", big], env)
        f = figures(out)
        print(f"Free Space… pick of half the cache: median {f['pick_median_ms']:.1f} ms, max {f['pick_max_ms']:.1f} ms "
              f"({int(f['picked'])} of {int(f['revisions'])} revisions)")

        _, out = run([bench, "memory", big], env)
        f = figures(out)
        print(f"memory: {int(f['entries'])} entries, peak RSS +{f['peak_rss_growth_kib'] / 1024:.1f} MiB, "
              f"{f['bytes_per_entry']:.0f} bytes per entry, {f['bytes_per_entry_beyond_name']:.0f} beyond the file name")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
