#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The HubDeck developers
# SPDX-License-Identifier: MIT
"""Compare `hubdeck-cli cache ls --format json` with huggingface_hub's scan_cache_dir.

Usage: PYTHONPATH=<huggingface_hub>/src compare_with_huggingface_hub.py HUBDECK_CLI CACHE_DIR

Prints every difference (repos, revisions, files, sizes, times, refs, warnings, incomplete
files, the cache total) and exits 1 when there is one. A development aid: huggingface_hub is
not a dependency of HubDeck and is not installed by the quick start.
"""
import json
import subprocess
import sys

from huggingface_hub import scan_cache_dir


def python_doc(cache_dir):
    info = scan_cache_dir(cache_dir)
    repos = {}
    for repo in info.repos:
        revisions = {}
        for rev in repo.revisions:
            files = {
                str(f.file_path): (f.file_name, str(f.blob_path), f.size_on_disk, f.blob_last_accessed, f.blob_last_modified)
                for f in rev.files
            }
            revisions[rev.commit_hash] = (str(rev.snapshot_path), rev.size_on_disk, rev.nb_files, rev.last_modified,
                                          sorted(rev.refs), files)
        repos[f"{repo.repo_type}/{repo.repo_id}"] = (str(repo.repo_path), repo.size_on_disk, repo.nb_files,
                                                     repo.last_accessed, repo.last_modified, revisions)
    incomplete = sorted((str(f.file_path), f.size_on_disk) for f in getattr(info, "incomplete_files", []))
    warnings = sorted(str(w) for w in info.warnings)
    return info.size_on_disk, repos, incomplete, warnings


def hubdeck_doc(cli, cache_dir):
    out = subprocess.run([cli, "cache", "ls", "--dir", cache_dir, "--format", "json"], check=True,
                         capture_output=True, text=True).stdout
    doc = json.loads(out)
    repos = {}
    for repo in doc["repos"]:
        revisions = {}
        for rev in repo["revisions"]:
            files = {
                f["file_path"]: (f["file_name"], f["blob_path"], f["size_on_disk"], f["blob_last_accessed"],
                                 f["blob_last_modified"])
                for f in rev["files"]
            }
            revisions[rev["commit_hash"]] = (rev["snapshot_path"], rev["size_on_disk"], rev["nb_files"],
                                             rev["last_modified"], sorted(rev["refs"]), files)
        repos[f"{repo['repo_type']}/{repo['repo_id']}"] = (repo["repo_path"], repo["size_on_disk"], repo["nb_files"],
                                                           repo["last_accessed"], repo["last_modified"], revisions)
    incomplete = sorted((f["file_path"], f["size_on_disk"]) for f in doc["incomplete_files"])
    warnings = sorted(w["message"] for w in doc["warnings"])
    return doc["size_on_disk"], repos, incomplete, warnings


def close(a, b):
    if isinstance(a, float) or isinstance(b, float):
        return abs(float(a) - float(b)) < 1e-6
    return a == b


def compare(path, a, b, diffs):
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b)):
            if key not in a:
                diffs.append(f"{path}/{key}: only in hubdeck")
            elif key not in b:
                diffs.append(f"{path}/{key}: only in huggingface_hub")
            else:
                compare(f"{path}/{key}", a[key], b[key], diffs)
    elif isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b)):
            compare(f"{path}[{i}]", x, y, diffs)
    elif not close(a, b):
        diffs.append(f"{path}: huggingface_hub={a!r} hubdeck={b!r}")


def main():
    cli, cache_dir = sys.argv[1], sys.argv[2]
    diffs = []
    compare("", python_doc(cache_dir), hubdeck_doc(cli, cache_dir), diffs)
    for d in diffs:
        print(d)
    print(f"{cache_dir}: {len(diffs)} difference(s)")
    sys.exit(1 if diffs else 0)


if __name__ == "__main__":
    main()
