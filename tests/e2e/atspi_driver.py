"""Drive Qorgau through AT-SPI alone, as a screen-reader user would, and record what a listener hears.

Run by tests/e2e/test_screen_reader.py with Debian's python3 (which has pyatspi), inside a D-Bus
session with the accessibility bus and the app running under Xvfb. It imports nothing from the
app: everything it does and reads goes through the accessibility interface.

    python3 atspi_driver.py PLAN.json   prints a JSON transcript on stdout

PLAN.json maps each question's prompt to what to do: {"kind": "radio", "choose": "text"},
{"kind": "check", "choose": [...]}, {"kind": "text", "value": "24"}, {"kind": "order",
"order": [...]}, {"kind": "match", "pairs": {premise: response}}, {"kind": "scenario",
"steps": [choice text, ...]}; and "modules": the module titles to complete in order.
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi
from gi.repository import GLib

DOWN, TAB = 0xFF54, 0xFF09  # X keysyms
heard: list[dict] = []
log: list[dict] = []


def _on_announcement(event) -> None:
    heard.append({"text": str(event.any_data), "from": event.source.name if event.source else ""})


def pump(seconds: float = 0.5) -> None:
    ctx = GLib.MainContext.default()
    end = time.time() + seconds
    while time.time() < end:
        while ctx.iteration(False):
            pass
        time.sleep(0.02)


def showing(node) -> bool:
    try:
        return node.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:
        return False


def find(root, role: str | None = None, name: str | None = None, startswith: str | None = None, timeout: float = 8.0):
    """The first showing descendant with this role and name, waiting for it to appear."""

    def match(n) -> bool:
        try:
            if role and n.getRoleName() != role:
                return False
            if name is not None and n.name != name:
                return False
            if startswith is not None and not (n.name or "").startswith(startswith):
                return False
            if not showing(n):
                return False
            n.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)  # a live call: a deleted control fails here
            return True
        except Exception:
            return False

    end = time.time() + timeout
    while True:
        try:
            found = pyatspi.findDescendant(root, match)
        except Exception:  # the tree changed under the search (a screen was replaced): look again
            found = None
        if found is not None or time.time() > end:
            if found is None:
                raise LookupError(f"no showing {role} {name or startswith!r}")
            return found
        pump(0.2)


def find_all(root, role: str) -> list:
    def match(n) -> bool:
        try:
            return n.getRoleName() == role
        except Exception:  # an object deleted a moment ago
            return False

    for _ in range(10):
        try:
            return [n for n in pyatspi.findAllDescendants(root, match) if showing(n)]
        except Exception:  # the tree changed under the search: look again
            pump(0.2)
    return []


def press(node) -> None:
    try:
        node.queryAction().doAction(0)
    except Exception as exc:
        raise RuntimeError(f"cannot press {node.getRoleName()} {node.name!r}: {exc}") from exc
    pump(0.4)


def press_named(root, role: str, name: str, timeout: float = 8.0) -> None:
    """Find and activate a control, looking it up again if it was replaced in between."""
    for attempt in range(5):
        try:
            press(find(root, role, name, timeout=timeout))
            return
        except Exception as exc:
            if isinstance(exc, LookupError) or attempt == 4:
                raise
            pump(0.3)


def step(what: str, since: int) -> None:
    log.append({"step": what, "heard": [h["text"] for h in heard[since:]]})


def app():
    desktop = pyatspi.Registry.getDesktop(0)
    for _ in range(150):
        for i in range(desktop.childCount):
            child = desktop.getChildAtIndex(i)
            if child is not None and child.name == "Qorgau":
                return child
        time.sleep(0.2)
    raise LookupError("Qorgau never appeared on the accessibility bus")


def answer(root, plan: dict) -> None:
    kind = plan["kind"]
    if kind == "radio":
        press(find(root, "radio button", plan["choose"]))
    elif kind == "check":
        for text in plan["choose"]:
            press_named(root, "check box", text)
    elif kind == "text":
        field = find(root, "text", startswith="Your answer")
        field.queryEditableText().setTextContents(plan["value"])
        pump(0.3)
    elif kind == "order":
        items = find(root, "list", "Items in your order")
        target = plan["order"]
        for position, text in enumerate(target):
            for _ in range(len(target)):
                # Each item says its place: "Protective orders, position 3 of 4".
                names = [items.getChildAtIndex(i).name.rsplit(", ", 1)[0] for i in range(items.childCount)]
                if text not in names:
                    raise LookupError(f"{text!r} not among the items {names}")
                current = names.index(text)
                if current == position:
                    break
                items.querySelection().selectChild(current)
                pump(0.2)
                press_named(root, "push button", "Move up")
    elif kind == "match":
        # Qt names a combo box by its current value; the premises come in the order they are shown.
        for n, (_premise, response) in enumerate(plan["pairs"].items()):
            combo = find_all(root, "combo box")[n]
            # As a screen-reader user does: focus the box and arrow through its entries.
            combo.queryComponent().grabFocus()
            pump(0.3)
            for _ in range(10):  # Tab on to the box if it did not take the focus
                if combo.getState().contains(pyatspi.STATE_FOCUSED):
                    break
                pyatspi.Registry.generateKeyboardEvent(TAB, None, pyatspi.KEY_SYM)
                pump(0.3)
            for _ in range(12):
                if combo.name == response:
                    break
                pyatspi.Registry.generateKeyboardEvent(DOWN, None, pyatspi.KEY_SYM)
                pump(0.2)
            if combo.name != response:
                raise LookupError(f"could not choose {response!r} (the box shows {combo.name!r})")
    else:  # pragma: no cover - the plan is written by the test
        raise ValueError(kind)


def run_scenario(root, plan: dict) -> None:
    for text in plan["steps"]:
        since = len(heard)
        press_named(root, "radio button", text)
        press_named(root, "push button", "Choose")
        step(f"scenario choice: {text}", since)
        since = len(heard)
        press_named(root, "push button", "Continue")
        step("scenario continue", since)


def take_module(root, title: str, plans: dict) -> None:
    since = len(heard)
    tree = find(root, "tree", "My curriculum")
    cells = [tree.getChildAtIndex(i) for i in range(tree.childCount)]
    cell = next(c for c in cells if c.name == title)
    table = tree.queryTable()
    row = table.getRowAtIndex(cell.getIndexInParent())
    table.addRowSelection(row)  # the selected module is the one the buttons act on
    pump(0.5)
    press_named(root, "push button", "Open lessons")
    try:  # a module with a content warning asks first
        warning = find(root, "push button", "Yes", timeout=2.0)
        log.append({"warning dialog": [n.name for n in find_all(root, "label") if n.name]})
        press(warning)
    except LookupError:
        pass
    step(f"open lessons of {title}", since)
    since = len(heard)
    press_named(root, "push button", "Take the quiz")
    try:  # a new attempt opens on the start screen (questions, pass mark, attempts); a resumed one does not
        start = find(root, "push button", "Start the quiz", timeout=3.0)
        log.append({"start screen": [n.name for n in find_all(root, "label") if n.name]})
        press(start)
    except LookupError:
        pass
    step(f"start quiz of {title}", since)
    while True:
        question = None
        for _ in range(20):
            question = next((n for n in find_all(root, "label") if n.description == "The question"), None)
            if question is not None and question.name in plans:
                break
            pump(0.3)
        if question is None or question.name not in plans:
            raise LookupError(f"no known question on screen ({question.name if question else None!r})")
        prompt = question.name
        plan = plans[prompt]
        since = len(heard)
        if plan["kind"] == "scenario":
            run_scenario(root, plan)
        else:
            answer(root, plan)
        press_named(root, "push button", "Submit answer")
        step(f"submit: {prompt}", since)
        try:
            nxt = find(root, "push button", "Next question", timeout=1.5)
        except LookupError:
            try:
                nxt = find(root, "push button", "See results", timeout=1.5)
            except LookupError:
                nxt = None  # feedback at the end: Submit moved on by itself
        if nxt is not None:
            last = nxt.name == "See results"
            since = len(heard)
            press(nxt)
            if last:
                step(f"results of {title}", since)
                break
        else:
            try:  # feedback at the end: the question list comes before the results
                finish = find(root, "push button", "Finish the quiz", timeout=1.0)
                log.append({"question list": [n.name for n in find_all(root, "list item") if n.name]})
                press(finish)
            except LookupError:
                pass
            try:
                find(root, "push button", "← Home", timeout=1.0)
                pump(1.0)
                step(f"results of {title}", since)
                break
            except LookupError:
                continue
    since = len(heard)
    press_named(root, "push button", "← Home")
    step("home", since)


def main() -> int:
    plan = json.loads(open(sys.argv[1], encoding="utf-8").read())
    pyatspi.Registry.registerEventListener(_on_announcement, "object:announcement")
    root = app()
    pump(1.0)
    since = len(heard)
    press_named(root, "push button", "Create my profile")
    find(root, "text", "Full name").queryEditableText().setTextContents("Aigerim Bekova")
    pump(0.3)
    press_named(root, "push button", "Save profile")
    step("profile created", since)
    log.append({"home": find(root, "filler", "Home: my curriculum").description})
    for title in plan["modules"]:
        take_module(root, title, plan["questions"])
    print(json.dumps({"log": log, "heard": heard}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Exception as exc:  # the transcript so far says where it stopped
        import traceback

        where = traceback.format_exc().splitlines()[-6:]
        print(json.dumps({"log": log, "heard": heard, "error": f"{type(exc).__name__}: {exc}", "where": where}, ensure_ascii=False))
        sys.exit(1)
