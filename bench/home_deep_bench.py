#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The HubDeck developers
# SPDX-License-Identifier: MIT
"""Benchmark: `hubdeck-cli home ls` and `home rm` on a dataset cache nested far past PATH_MAX,
against `du -s` and `rm -rf`.

For each depth, builds HF_HOME/datasets/org___deep/<10-letter folder>×depth (with a
dataset_info.json at the top, so the folder is a dataset cache), then times, in one round after
a warm-up: `du -s -B1`, `hubdeck-cli home ls --format json`, and the deletion of a copy by
`hubdeck-cli home rm -y` and by `rm -rf`. Walking from the root at every level made this
quadratic (4,000 levels took 38 s); each level now costs one openat. Figures are read by
people, never asserted.

  bench/home_deep_bench.py --cli build/bin/hubdeck-cli [--depths 2500,5000,10000]
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(__file__))
from cache_ls_bench import machine, timed  # noqa: E402

NAME = "abcdefghij"


def build(home, depth):
    top = os.path.join(home, "datasets", "org___deep")
    os.makedirs(top)
    with open(os.path.join(top, "dataset_info.json"), "w") as f:
        f.write("{}")
    fd = os.open(top, os.O_RDONLY | os.O_DIRECTORY)
    try:
        for level in range(depth):
            os.mkdir(NAME, dir_fd=fd)
            if level % 500 == 0:
                file = os.open("data.arrow", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
                os.write(file, b"0123456789")
                os.close(file)
            child = os.open(NAME, os.O_RDONLY | os.O_DIRECTORY, dir_fd=fd)
            os.close(fd)
            fd = child
    finally:
        os.close(fd)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--depths", default="2500,4000,5000,10000")
    args = parser.parse_args()
    print(machine())
    print(time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime()))
    print(f"{'depth':>6} {'du -s':>8} {'home ls':>8} {'rm -rf':>8} {'home rm':>8}")
    for depth in [int(d) for d in args.depths.split(",")]:
        with tempfile.TemporaryDirectory() as scratch:
            homes = [os.path.join(scratch, name) for name in ("a", "b")]
            for home in homes:
                build(home, depth)
            timed(["du", "-s", "-B1", homes[0]])  # warm-up
            du = timed(["du", "-s", "-B1", homes[0]])
            ls = timed([args.cli, "home", "ls", "--dir", homes[0], "--format", "json"])
            rm_rf = timed(["rm", "-rf", os.path.join(homes[1], "datasets", "org___deep")])
            home_rm = timed([args.cli, "home", "rm", "datasets/org___deep", "--dir", homes[0], "-y"])
            print(f"{depth:>6} {du:>7.2f}s {ls:>7.2f}s {rm_rf:>7.2f}s {home_rm:>7.2f}s")
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
