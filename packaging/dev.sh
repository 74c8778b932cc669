#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The HubDeck developers
# SPDX-License-Identifier: MIT
# One entry point for a fresh Debian 12 / Ubuntu 24.04 checkout:
#   packaging/dev.sh run [hubdeck args...]   install what is missing, build, start HubDeck
#   packaging/dev.sh test                    install what is missing, build, run every test
# Both are quick when everything is already in place: apt is only called for
# packages that are missing, and the build is incremental.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${HUBDECK_BUILD_DIR:-$here/build}
mode=${1:-}
[ $# -gt 0 ] && shift

packages=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-qpa-plugins qt6-translations-l10n libgl-dev libssl-dev libcurl4-openssl-dev
    libkf5syntaxhighlighting-tools dpkg-dev
)
# What only the test command uses: the desktop-file and AppStream validators, the formatter,
# Python (its configparser reads the stored_tokens HubDeck writes, as huggingface_hub does), and
# btrfs-progs and xfsprogs (tst_sharedextents makes btrfs and XFS images, where files share
# blocks by reflink).
test_packages=(desktop-file-utils appstream clang-format-14 python3 btrfs-progs xfsprogs)

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing missing packages: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    local dir=$1; shift
    if [ ! -f "$dir/CMakeCache.txt" ]; then
        cmake -S "$here" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHUBDECK_WERROR=ON "$@"
    fi
    cmake --build "$dir" --parallel "$(nproc)"
}

case "$mode" in
run)
    install_missing
    build "$build_dir"
    exec "$build_dir/bin/hubdeck" "$@"
    ;;
test)
    packages+=("${test_packages[@]}")
    install_missing
    build "$build_dir"
    export QT_QPA_PLATFORM=offscreen
    ctest --test-dir "$build_dir" --output-on-failure --parallel "$(nproc)" -LE bench
    echo "== desktop integration files =="
    desktop-file-validate "$here/packaging/io.github.hubdeck.HubDeck.desktop"
    appstreamcli validate --no-net "$here/packaging/io.github.hubdeck.HubDeck.metainfo.xml"
    echo "== formatting (clang-format 14 with .clang-format) =="
    # A pinned version: another clang-format may lay the same code out differently.
    (cd "$here" && find app core hub preview models controllers views tests tools bench \( -name '*.cpp' -o -name '*.h' \) -print0 |
        xargs -0 clang-format-14 --dry-run --Werror)
    if [ "${HUBDECK_SKIP_SANITIZERS:-0}" != 1 ]; then
        echo "== the same tests under AddressSanitizer + UndefinedBehaviorSanitizer =="
        build "$build_dir-asan" -DHUBDECK_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
        ASAN_OPTIONS=detect_leaks=0 ctest --test-dir "$build_dir-asan" --output-on-failure --parallel "$(nproc)" -LE bench
    fi
    ;;
*)
    echo "usage: $0 run [hubdeck options] | test" >&2
    exit 2
    ;;
esac
