#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The HubDeck developers
# SPDX-License-Identifier: MIT
"""Benchmark: deleting repos with `hubdeck-cli cache rm` against `rm -rf` of the same folders.

Builds one synthetic cache with make-fake-cache (sparse blobs: the figures are about
metadata work, not about the disk's write speed), then per round makes two identical copies
(cp -a) and deletes every repo of one with `hubdeck-cli cache rm <ids> -y` and the same
folders of the other with `rm -rf`, in turn, so that each ratio is taken within one round.
hubdeck-cli does more than rm: it scans first, removes each revision's refs, links, blobs
and folder in the safe order and measures what it frees; this says what that costs.
Prints the machine, the date, the median wall times and the median per-round ratio. Not a
pass/fail test: targets are read by people.

  bench/delete_bench.py --cli build/bin/hubdeck-cli [--baseline-cli OLD/hubdeck-cli] [--repos 300] [--runs 5]

--baseline-cli adds an earlier hubdeck-cli on a third copy in each round, to tell whether a
change made deleting slower.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from datetime import datetime, timezone

from cache_ls_bench import machine, count_entries


def timed(cmd):
    start = time.perf_counter()
    result = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"command failed ({result.returncode}): {' '.join(cmd[:4])}…: {result.stderr.decode()[:500]}")
    return elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--repos", type=int, default=300)
    parser.add_argument("--revisions", type=int, default=3)
    parser.add_argument("--files", type=int, default=40)
    parser.add_argument("--runs", type=int, default=5)
    # Small blobs: deleting is metadata work whatever a file's size, while copying terabytes
    # of sparse blobs for each round took cp minutes.
    parser.add_argument("--max-size", type=int, default=1 << 20, help="largest blob, bytes (default 1 MiB)")
    parser.add_argument("--baseline-cli", help="an earlier hubdeck-cli, measured side by side")
    parser.add_argument("--make-fake-cache", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "tools", "make-fake-cache"))
    args = parser.parse_args()

    tmp = tempfile.mkdtemp(prefix="hubdeck-delete-bench-")
    template = os.path.join(tmp, "template")
    subprocess.run([args.make_fake_cache, "--out", template, "--repos", str(args.repos), "--revisions", str(args.revisions),
                    "--files", str(args.files), "--max-size", str(args.max_size), "--seed", "1"], check=True, stdout=subprocess.DEVNULL)
    folders = sorted(e for e in os.listdir(template) if "--" in e)
    ids = []
    for folder in folders:
        kind, _, rest = folder.partition("--")
        ids.append(kind[:-1] + "/" + rest.replace("--", "/"))

    print(f"# delete benchmark, {datetime.now(timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}")
    print(f"# machine: {machine()}")
    print(f"# cache: {count_entries(template)} snapshot entries in {len(folders)} repos, deleted whole; "
          f"{args.runs} rounds, fresh copies each round")
    ours, theirs, baseline = [], [], []
    for _ in range(args.runs):
        a, b, c = os.path.join(tmp, "a"), os.path.join(tmp, "b"), os.path.join(tmp, "c")
        for copy in (a, b) + ((c,) if args.baseline_cli else ()):
            subprocess.run(["cp", "-a", template, copy], check=True)
        subprocess.run(["sync"], check=True)
        ours.append(timed([os.path.abspath(args.cli), "cache", "rm", "--dir", a, "-y"] + ids))
        theirs.append(timed(["rm", "-rf"] + [os.path.join(b, f) for f in folders]))
        if args.baseline_cli:
            baseline.append(timed([os.path.abspath(args.baseline_cli), "cache", "rm", "--dir", c, "-y"] + ids))
        if any("--" in e for e in os.listdir(a)):
            raise SystemExit("hubdeck-cli left repos behind")
        for copy in (a, b, c):
            shutil.rmtree(copy, ignore_errors=True)
    rows = [("hubdeck-cli cache rm (all)", ours), ("rm -rf (same folders)", theirs)]
    if baseline:
        rows.append(("baseline hubdeck-cli cache rm", baseline))
    print(f"{'command':30} {'median s':>9} {'min s':>8} {'max s':>8}")
    for name, values in rows:
        print(f"{name:30} {statistics.median(values):9.3f} {min(values):8.3f} {max(values):8.3f}")
    ratios = [x / y for x, y in zip(ours, theirs)]
    print(f"ratio hubdeck-cli / rm -rf: median {statistics.median(ratios):.3f} (min {min(ratios):.3f}, max {max(ratios):.3f})")
    if baseline:
        ratios = [x / y for x, y in zip(ours, baseline)]
        print(f"ratio hubdeck-cli / baseline: median {statistics.median(ratios):.3f} (min {min(ratios):.3f}, max {max(ratios):.3f})")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
