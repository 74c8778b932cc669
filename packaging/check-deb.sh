#!/bin/sh
# SPDX-FileCopyrightText: 2026 The HubDeck developers
# SPDX-License-Identifier: MIT
# Installs a HubDeck .deb into a fresh Debian 12 (a debootstrap chroot, nothing else
# installed) with apt, as a user would, and checks that both programs run there:
#   packaging/check-deb.sh build/hubdeck_*.deb [CHROOT_DIR]
# Needs root and Debian's package mirror. The chroot is made once and reused if it exists.
set -eu
deb=$(realpath "$1")
root=${2:-/tmp/hubdeck-deb-check}
command -v debootstrap > /dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap
if [ ! -x "$root/usr/bin/apt-get" ]; then
    debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian
fi
cp "$deb" "$root/tmp/"
chroot "$root" apt-get update -q
chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "/tmp/$(basename "$deb")"

echo "== installed files"
chroot "$root" dpkg -L hubdeck | grep -E 'bin/|\.desktop|metainfo|icons/.*(svg|256)'

echo "== hubdeck-cli on a one-repo cache"
commit=0123456789abcdef0123456789abcdef01234567
chroot "$root" sh -c "set -e; c=/tmp/cache/models--org--demo; rm -rf /tmp/cache
    mkdir -p \$c/blobs \$c/refs \$c/snapshots/$commit
    printf '{\"model_type\": \"bert\"}' > \$c/blobs/aaaa
    ln -s ../../blobs/aaaa \$c/snapshots/$commit/config.json
    printf $commit > \$c/refs/main"
chroot "$root" hubdeck-cli cache ls --dir /tmp/cache
chroot "$root" hubdeck-cli cache verify --dir /tmp/cache || true # 'aaaa' is not a content hash: skipped

echo "== hubdeck starts (offscreen) and is still running after 5 s"
status=0
chroot "$root" env QT_QPA_PLATFORM=offscreen timeout 5 hubdeck --dir /tmp/cache || status=$?
if [ "$status" -ne 124 ]; then
    echo "hubdeck exited with $status before the timeout" >&2
    exit 1
fi
echo "OK: installed with apt on a fresh Debian 12; hubdeck and hubdeck-cli run"
