#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The HubDeck developers
# SPDX-License-Identifier: MIT
"""Benchmark: how `hubdeck-cli home rm PART --dry-run` (list, plan, check every entry) grows
with the number of entries, against `du -s` of the same home.

Builds two homes whose legacy transformers cache holds N and 4N old-layout downloads (each a
file, its .json and its .lock), then times in turn (du, home ls, home rm legacy --dry-run, for
each home; A B C A B C ...) after a warm-up. Prints the machine, the date, the medians, each
command's ratio to du on the same home, and how much each grew from N to 4N. Planning should
grow as the listing does, about 4x: the plan once looked every entry up by walking all the
others, and 40,000 downloads took 30 s where 10,000 took 3.7 (attack A3). Nothing here is a
pass/fail test: the target (the dry run within 3x the listing, and growing as it does) is
read by people.

  bench/home_plan_bench.py --cli build/bin/hubdeck-cli [--entries 10000] [--runs 5]
"""
import argparse
import hashlib
import os
import shutil
import statistics
import sys
import tempfile
from datetime import datetime, timezone

sys.path.insert(0, os.path.dirname(__file__))
from cache_ls_bench import machine, timed  # noqa: E402


def build_home(root, entries):
    os.makedirs(os.path.join(root, "hub"))
    legacy = os.path.join(root, "transformers")
    os.makedirs(legacy)
    for i in range(entries):
        name = hashlib.sha256(str(i).encode()).hexdigest() + "." + hashlib.sha256(b"e" + str(i).encode()).hexdigest()
        with open(os.path.join(legacy, name), "w") as f:
            f.write("x")
        with open(os.path.join(legacy, name + ".json"), "w") as f:
            f.write('{"url": "https://huggingface.co/m/%d/resolve/main/config.json", "etag": "e"}' % i)
        open(os.path.join(legacy, name + ".lock"), "w").close()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--entries", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    tmp = tempfile.mkdtemp(prefix="hubdeck-plan-bench-")
    try:
        sizes = [args.entries, 4 * args.entries]
        homes = {}
        for n in sizes:
            homes[n] = os.path.join(tmp, f"home{n}")
            build_home(homes[n], n)
        commands = {}
        for n in sizes:
            commands[n] = {
                "du -s": ["du", "-s", homes[n]],
                "home ls": [args.cli, "home", "ls", "--dir", homes[n], "--format", "json"],
                "home rm legacy --dry-run": [args.cli, "home", "rm", "legacy", "--dir", homes[n], "--dry-run"],
            }
        for n in sizes:  # warm-up: the page cache holds both homes
            for cmd in commands[n].values():
                timed(cmd)
        times = {(n, name): [] for n in sizes for name in commands[n]}
        for _ in range(args.runs):
            for n in sizes:
                for name, cmd in commands[n].items():
                    times[(n, name)].append(timed(cmd))

        print(f"Machine: {machine()}")
        print(f"Date: {datetime.now(timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}")
        print(f"Legacy downloads: {sizes[0]} and {sizes[1]} (3 files each); {args.runs} rounds, medians")
        for n in sizes:
            du = statistics.median(times[(n, 'du -s')])
            for name in commands[n]:
                median = statistics.median(times[(n, name)])
                print(f"  {n:>7} entries  {name:<26} {median:7.3f} s  {median / du:6.1f}x du")
        for name in commands[sizes[0]]:
            growth = statistics.median(times[(sizes[1], name)]) / statistics.median(times[(sizes[0], name)])
            print(f"  {name:<26} grew {growth:.1f}x for 4x the entries")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
