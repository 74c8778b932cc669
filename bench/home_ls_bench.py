#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The HubDeck developers
# SPDX-License-Identifier: MIT
"""Benchmark: `hubdeck-cli home ls` against `du -s` and `gdu -n -p` on a whole HF_HOME.

Builds (or reuses) a synthetic Hugging Face home of about 1,000,000 files (most in
datasets/downloads and xet/chunk-cache) with make-fake-cache --home, then runs the commands in
turn (A B C A B C ...) after a warm-up, so every ratio is taken within one round on the same
warm page cache. Prints the machine, the date, each command's median wall time, the median of
the per-round ratios, and hubdeck-cli's peak memory (maximum resident set size, from
GNU time) per file. Nothing here is a pass/fail test: the targets (0.8x du, no slower
than gdu, 64 bytes per file) are read by people.

  bench/home_ls_bench.py --cli build/bin/hubdeck-cli [--home DIR] [--files 1000000] [--runs 7]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from datetime import datetime, timezone

sys.path.insert(0, os.path.dirname(__file__))
from cache_ls_bench import machine, timed  # noqa: E402


def peak_rss(cmd):
    """Maximum resident set size of one run, in bytes, as GNU time reports it. Not wait4's
    rusage from here: the child starts as a fork of this Python process, whose own size it
    would report."""
    result = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        raise SystemExit(f"command failed: {' '.join(cmd)}")
    return int(result.stderr.strip().splitlines()[-1]) * 1024


def count_files(root):
    total = 0
    for _, _, files in os.walk(root):
        total += len(files)
    return total


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--home", help="existing HF_HOME to list (default: build one in a temporary folder)")
    parser.add_argument("--files", type=int, default=1000000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--make-fake-cache", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "tools", "make-fake-cache"))
    args = parser.parse_args()

    tmp = None
    home = args.home
    if not home:
        tmp = tempfile.mkdtemp(prefix="hubdeck-home-bench-")
        home = os.path.join(tmp, "home")
        subprocess.run([args.make_fake_cache, "--out", home, "--home", str(args.files), "--repos", "50"], check=True,
                       stdout=subprocess.DEVNULL)
    try:
        files = count_files(home)
        commands = {
            "hubdeck-cli home ls": [args.cli, "home", "ls", "--dir", home],
            "hubdeck-cli home ls --format json": [args.cli, "home", "ls", "--dir", home, "--format", "json"],
            "du -s": ["du", "-s", home],
        }
        gdu = shutil.which("gdu")
        if gdu:
            commands["gdu -n -p"] = [gdu, "-n", "-p", home]
        else:
            print("gdu not found (Debian package gdu): its column is left out", file=sys.stderr)
        for cmd in commands.values():  # warm the page cache and the dentry cache
            timed(cmd)
        times = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, cmd in commands.items():
                times[name].append(timed(cmd))
        rss = peak_rss(commands["hubdeck-cli home ls"])

        print(f"# home ls benchmark, {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC")
        print(f"# {machine()}")
        print(f"# HF_HOME {home}: {files:,} files; {args.runs} rounds after a warm-up, medians")
        for name, values in times.items():
            print(f"{name:40s} {statistics.median(values) * 1000:9.1f} ms")
        base = times["hubdeck-cli home ls"]
        for peer in [n for n in commands if not n.startswith("hubdeck")]:
            ratios = [a / b for a, b in zip(base, times[peer])]
            print(f"home ls / {peer:30s} {statistics.median(ratios):9.2f}x")
        print(f"peak RSS of home ls                      {rss / 1024 / 1024:9.1f} MiB = {rss / max(files, 1):.1f} bytes per file")
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
