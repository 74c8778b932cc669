#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The HubDeck developers
# SPDX-License-Identifier: MIT
"""Walk HubDeck's accessibility tree over AT-SPI and report interactive controls without a
name. Run inside a desktop session with HubDeck started, for example:

  xvfb-run -a dbus-run-session -- sh -c \
    'QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 build/bin/hubdeck --dir D & sleep 5; packaging/check-accessibility.py'

Each --open LABEL first activates the menu item, button or tab of that name through AT-SPI
(as a screen-reader user would), so dialogs are walked too; --close LABEL then presses a
button of that name in the dialog before the next step. Needs Debian's python3-pyatspi and
at-spi2-core. Exits 1 when a control has no name, or no description (OK, Cancel and Close
aside).
"""
import argparse
import sys
import time

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
        # OK, Cancel and Close (and the page tabs, named after their page) need no more words.
        elif (not (node.description or "").strip() and name not in ("OK", "Cancel", "Close")
              and role != pyatspi.ROLE_PAGE_TAB and role != pyatspi.ROLE_MENU):
            missing.append(f"{node.getRoleName()} '{name}' has no description")
    for i in range(node.childCount):
        try:
            walk(node.getChildAtIndex(i), depth + 1, seen, missing)
        except Exception:
            pass


ACTIVATABLE = {pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_PAGE_TAB}


def find(node, label, depth=0):
    """The first showing menu item, button or tab whose name (without & and …) is label."""
    if node is None or depth > 40:
        return None
    try:
        if (node.getRole() in ACTIVATABLE and (node.name or "").replace("&", "").rstrip("…") == label
                and (node.getRole() == pyatspi.ROLE_MENU_ITEM or node.getState().contains(pyatspi.STATE_SHOWING))):
            return node
        for i in range(node.childCount):
            found = find(node.getChildAtIndex(i), label, depth + 1)
            if found is not None:
                return found
    except Exception:
        pass
    return None


def activate(app, label):
    node = find(app, label)
    if node is None:
        print(f"cannot find '{label}' to activate")
        return False
    try:
        action = node.queryAction() if node.getRole() != pyatspi.ROLE_PAGE_TAB or node.queryAction().nActions else None
        if action is not None:
            action.doAction(0)
        else:
            node.parent.querySelection().selectChild(node.getIndexInParent())
    except Exception:
        pass  # a modal dialog answers only when it closes: the short timeout lets us go on
    time.sleep(1.5)
    return True


def report(app, title):
    seen, missing = [], []
    walk(app, 0, seen, missing)
    roles = {}
    for role, _ in seen:
        roles[role] = roles.get(role, 0) + 1
    print(f"{title}: {len(seen)} interactive controls showing: " + ", ".join(f"{n} {r}" for r, n in sorted(roles.items())))
    for entry in missing:
        print("  missing:", entry)
    return missing


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--open", action="append", default=[], help="activate this menu item, button or tab, then walk")
    parser.add_argument("--close", default="Cancel", help="button that closes a dialog opened with --open")
    args = parser.parse_args()
    desktop = pyatspi.Registry.getDesktop(0)
    apps = [desktop.getChildAtIndex(i) for i in range(desktop.childCount)]
    app = next((a for a in apps if a is not None and "hubdeck" in (a.name or "").lower()), None)
    if app is None:
        print("HubDeck is not on the accessibility bus:", [a.name for a in apps if a is not None])
        return 2
    missing = report(app, "main window")
    for label in args.open:
        # Menu items that open a modal dialog reply only when it closes; do not wait for that.
        pyatspi.setTimeout(800, 800)
        if not activate(app, label):
            missing.append(f"'{label}' not found")
            continue
        missing += report(app, label)
        for close in (args.close, "Close", "Cancel"):
            if find(app, close) is not None and close not in args.open:
                activate(app, close)
                break
    print(f"{len(missing)} without a name or a description")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
