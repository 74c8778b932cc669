#!/bin/sh
# SPDX-FileCopyrightText: 2026 The HubDeck developers
# SPDX-License-Identifier: MIT
# Starts HubDeck (on the fake Hub, so the Spaces dialogs open) in a private X and D-Bus
# session with the AT-SPI bus up, then walks the accessibility tree of the main window, the
# Spaces page and every dialog with check-accessibility.py.
#   packaging/check-accessibility.sh [CACHE_DIR]
# Needs: xvfb xauth dbus at-spi2-core python3-pyatspi, and a build in build/.
set -eu
if [ -z "${HUBDECK_A11Y_INNER:-}" ]; then
    export HUBDECK_A11Y_INNER=1
    exec xvfb-run -a -s "-screen 0 1400x900x24" dbus-run-session -- "$0" "$@"
fi
cd "$(dirname "$0")/.."
cache=${1:-}
home=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$home"' EXIT
/usr/libexec/at-spi-bus-launcher --launch-immediately &
sleep 1
build/bin/hubdeck-fake-hub > "$home/fakehub.out" 2>&1 &
sleep 1
for assignment in $(grep -o 'HF_[A-Z_]*=[^ ]*' "$home/fakehub.out"); do export "$assignment"; done
export HF_HOME="$home" QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1
build/bin/hubdeck ${cache:+--dir "$cache"} > "$home/hubdeck.out" 2>&1 &
sleep 5
/usr/bin/python3 packaging/check-accessibility.py --open Settings --open "About HubDeck" --open Spaces \
    --open Hardware --open "Sleep time" --open Storage --open Secrets --open Variables --open Logs \
    --open Duplicate --open "New Space"
