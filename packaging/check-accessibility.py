#!/usr/bin/python3
"""Walk HubDeck's accessibility tree over AT-SPI and report interactive controls without a
name. Run inside a desktop session with HubDeck started, for example:

  xvfb-run -a dbus-run-session -- sh -c \
    'QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 build/bin/hubdeck --dir D & sleep 5; packaging/check-accessibility.py'

Needs Debian's python3-pyatspi and at-spi2-core. Exits 1 when a control has no name.
"""
import sys

import pyatspi

INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_TEXT,
    pyatspi.ROLE_ENTRY, pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TABLE, pyatspi.ROLE_PAGE_TAB,
    pyatspi.ROLE_MENU, pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON,
}


def walk(node, depth, seen, missing):
    if node is None or depth > 40:
        return
    try:
        role = node.getRole()
        name = node.name or ""
        showing = node.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:  # a widget that went away while we looked
        return
    if role in INTERACTIVE and showing:
        seen.append((node.getRoleName(), name))
        if not name.strip():
            missing.append(f"{node.getRoleName()} under '{node.parent.name if node.parent else ''}'")
    for i in range(node.childCount):
        try:
            walk(node.getChildAtIndex(i), depth + 1, seen, missing)
        except Exception:
            pass


def main():
    desktop = pyatspi.Registry.getDesktop(0)
    apps = [desktop.getChildAtIndex(i) for i in range(desktop.childCount)]
    app = next((a for a in apps if a is not None and "hubdeck" in (a.name or "").lower()), None)
    if app is None:
        print("HubDeck is not on the accessibility bus:", [a.name for a in apps if a is not None])
        return 2
    seen, missing = [], []
    walk(app, 0, seen, missing)
    roles = {}
    for role, _ in seen:
        roles[role] = roles.get(role, 0) + 1
    print(f"{len(seen)} interactive controls showing: " + ", ".join(f"{n} {r}" for r, n in sorted(roles.items())))
    for entry in missing:
        print("no name:", entry)
    print(f"{len(missing)} without a name")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
