#!/usr/bin/python3
"""Reads a running program's accessibility tree (AT-SPI), as a screen reader would.

    atspi-tree.py dump APP            every object on screen as "role<TAB>name<TAB>text"
    atspi-tree.py wait APP TEXT [S]   waits up to S seconds (default 60) until some object's
                                      name or text contains TEXT; exit 1 with a dump if never

Used by the newcomer test to check what the desktop client shows (a record's name in the
workqueue) from its accessibility tree instead of from pixels.
"""
import sys
import time

import pyatspi


def find_app(name):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name and app.name.lower() == name.lower():
            return app
    return None


def text_of(acc):
    try:
        t = acc.queryText()
        return t.getText(0, t.characterCount)
    except NotImplementedError:
        return ""
    except Exception:  # objects vanish while we walk
        return ""


def showing(acc):
    try:
        return acc.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:
        return False


def walk(acc, depth=0, limit=40):
    """What is on screen: hidden pages of a stacked widget stay in the tree, but not SHOWING."""
    if acc is None or depth > limit:
        return
    if depth > 1 and not showing(acc):
        return
    yield acc
    try:
        count = acc.childCount
    except Exception:
        return
    # Big tables expose every cell; the first rows are what the screen shows.
    for i in range(min(count, 400)):
        try:
            child = acc.getChildAtIndex(i)
        except Exception:
            continue
        yield from walk(child, depth + 1, limit)


def lines(app):
    out = []
    for acc in walk(app):
        try:
            out.append("%s\t%s\t%s" % (acc.getRoleName(), acc.name or "", text_of(acc)))
        except Exception:
            continue
    return out


def main(argv):
    if len(argv) < 3 or argv[1] not in ("dump", "wait"):
        print(__doc__, file=sys.stderr)
        return 2
    app_name = argv[2]
    if argv[1] == "dump":
        app = find_app(app_name)
        if app is None:
            print("no program named %r on the accessibility bus" % app_name, file=sys.stderr)
            return 1
        print("\n".join(lines(app)))
        return 0
    needle = argv[3]
    deadline = time.time() + (float(argv[4]) if len(argv) > 4 else 60.0)
    last = []
    while time.time() < deadline:
        app = find_app(app_name)
        if app is not None:
            last = lines(app)
            if any(needle in line for line in last):
                return 0
        time.sleep(0.5)
    print("waited for %r in %s's accessibility tree; last seen:" % (needle, app_name),
          file=sys.stderr)
    print("\n".join(last), file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
