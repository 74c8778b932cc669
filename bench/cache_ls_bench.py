#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The HubDeck developers
# SPDX-License-Identifier: MIT
"""Benchmark: `hubdeck-cli cache ls` against `du -sL` and huggingface_hub's scan_cache_dir.

Builds (or reuses) a synthetic cache of 1000 repos x 3 revisions x 40 files (about 120,000
snapshot entries) with make-fake-cache, then runs the commands in turn (A B C A B C ...)
after a warm-up, so that every ratio is taken within one round on the same warm page cache.
Prints the machine, the date, the median wall time of each command and the median of the
per-round ratios. Nothing here is a pass/fail test: targets are read by people.

  bench/cache_ls_bench.py --cli build/bin/hubdeck-cli [--cache DIR] [--runs 7]
      [--hf-src PATH/TO/huggingface_hub/src] [--make-fake-cache PATH]

huggingface_hub is compared only when it can be imported (from --hf-src, PYTHONPATH or the
system); the Python used is /usr/bin/python3 unless --python says otherwise.
"""
import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone


def machine():
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = ""
    try:
        with open("/proc/meminfo") as f:
            kb = int(f.readline().split()[1])
            mem = f", {kb / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return f"{platform.node()}: {cpu}, {os.cpu_count()} cores{mem}, {platform.system()} {platform.release()}"


def timed(cmd, env=None):
    start = time.perf_counter()
    result = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"command failed ({result.returncode}): {' '.join(cmd)}")
    return elapsed


def count_entries(cache):
    total = 0
    for entry in os.scandir(cache):
        snapshots = os.path.join(entry.path, "snapshots")
        if os.path.isdir(snapshots):
            for _, _, files in os.walk(snapshots):
                total += len(files)
    return total


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--cache", help="existing cache to scan (default: build one in a temporary folder)")
    parser.add_argument("--repos", type=int, default=1000)
    parser.add_argument("--revisions", type=int, default=3)
    parser.add_argument("--files", type=int, default=40)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--hf-src", help="huggingface_hub source tree's src/ folder")
    parser.add_argument("--python", default="/usr/bin/python3")
    parser.add_argument("--make-fake-cache", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "tools", "make-fake-cache"))
    args = parser.parse_args()

    tmp = None
    cache = args.cache
    if not cache:
        tmp = tempfile.mkdtemp(prefix="hubdeck-bench-")
        cache = os.path.join(tmp, "hub")
        subprocess.run([args.make_fake_cache, "--out", cache, "--repos", str(args.repos), "--revisions",
                        str(args.revisions), "--files", str(args.files), "--seed", "1"], check=True,
                       stdout=subprocess.DEVNULL)

    commands = {
        "hubdeck-cli cache ls": ([os.path.abspath(args.cli), "cache", "ls", "--dir", cache], None),
        "du -sL": (["du", "-sL", cache], None),
    }
    env = dict(os.environ)
    if args.hf_src:
        env["PYTHONPATH"] = os.path.abspath(args.hf_src) + os.pathsep + env.get("PYTHONPATH", "")
    probe = subprocess.run([args.python, "-c", "import huggingface_hub; print(huggingface_hub.__version__)"],
                           capture_output=True, text=True, env=env)
    hf_version = probe.stdout.strip() if probe.returncode == 0 else None
    if hf_version:
        commands[f"huggingface_hub {hf_version} scan_cache_dir"] = (
            [args.python, "-c", "import sys; from huggingface_hub import scan_cache_dir; scan_cache_dir(sys.argv[1])", cache], env)

    print(f"# cache ls benchmark, {datetime.now(timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}")
    print(f"# machine: {machine()}")
    print(f"# cache: {count_entries(cache)} snapshot entries in {len(os.listdir(cache))} repos; {args.runs} rounds after 1 warm-up")
    if not hf_version:
        print("# huggingface_hub not importable: not compared (pass --hf-src)")

    for cmd, cmd_env in commands.values():  # warm-up: page cache and dentries
        timed(cmd, cmd_env)
    times = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, (cmd, cmd_env) in commands.items():
            times[name].append(timed(cmd, cmd_env))

    ours = "hubdeck-cli cache ls"
    print(f"{'command':45} {'median s':>9} {'min s':>8} {'max s':>8}")
    for name, values in times.items():
        print(f"{name:45} {statistics.median(values):9.3f} {min(values):8.3f} {max(values):8.3f}")
    for name in commands:
        if name == ours:
            continue
        ratios = [a / b for a, b in zip(times[ours], times[name])]
        print(f"ratio hubdeck-cli / {name}: median {statistics.median(ratios):.3f} (min {min(ratios):.3f}, max {max(ratios):.3f})")

    if tmp:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
