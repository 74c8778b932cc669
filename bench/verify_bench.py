#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The HubDeck developers
# SPDX-License-Identifier: MIT
"""Benchmark: `hubdeck-cli cache verify` throughput against `sha256sum` on the same files.

Writes a small cache of real (not sparse) blobs named by their SHA-256 (default 8 x 128 MiB),
then runs both commands in turn after a warm-up (the files are in the page cache for both),
and prints the median times, the throughputs and the per-round ratio of throughputs
(hubdeck / sha256sum; the target is at least 0.9).

  bench/verify_bench.py --cli build/bin/hubdeck-cli [--files 8] [--mib 128] [--runs 5]
"""
import argparse
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(__file__))
from cache_ls_bench import machine  # noqa: E402


def timed(cmd):
    start = time.perf_counter()
    result = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"failed ({result.returncode}): {' '.join(cmd[:4])}")
    return elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--files", type=int, default=8)
    parser.add_argument("--mib", type=int, default=128)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    tmp = tempfile.mkdtemp(prefix="hubdeck-verify-bench-")
    try:
        repo = os.path.join(tmp, "hub", "models--bench--verify")
        commit = "b" * 40
        os.makedirs(os.path.join(repo, "blobs"))
        os.makedirs(os.path.join(repo, "snapshots", commit))
        blobs = []
        for i in range(args.files):
            data = os.urandom(1 << 20) * args.mib  # 1 MiB of noise, repeated: real bytes on disk
            name = hashlib.sha256(data).hexdigest()
            path = os.path.join(repo, "blobs", name)
            with open(path, "wb") as f:
                f.write(data)
            os.symlink(f"../../blobs/{name}", os.path.join(repo, "snapshots", commit, f"shard-{i}.bin"))
            blobs.append(path)
        total = args.files * args.mib * (1 << 20)
        ours = [os.path.abspath(args.cli), "cache", "verify", "--dir", os.path.join(tmp, "hub")]
        theirs = ["sha256sum", *blobs]
        timed(ours)
        timed(theirs)
        a, b = [], []
        for _ in range(args.runs):
            a.append(timed(ours))
            b.append(timed(theirs))
        ratios = [tb / ta for ta, tb in zip(a, b)]
        print(f"# verify benchmark, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
        print(f"# machine: {machine()}")
        print(f"# {args.files} blobs x {args.mib} MiB = {total / (1 << 30):.2f} GiB, page cache warm, {args.runs} rounds")
        for label, times in (("hubdeck-cli cache verify", a), ("sha256sum", b)):
            median = statistics.median(times)
            print(f"{label:26} median {median:.3f} s  ({total / median / (1 << 20):.0f} MiB/s)")
        print(f"throughput ratio hubdeck / sha256sum: median {statistics.median(ratios):.2f} (min {min(ratios):.2f}, max {max(ratios):.2f})")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
