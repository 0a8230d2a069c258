"""A morning at the front desk on a 20,000-person demo, by keyboard only, in Arabic, at 1366x768.

    python benchmarks/front_desk_walk.py [--people 20000] [--db FILE] [--reuse] [--shots DIR]

The real window, driven with real key presses (window_harness): searches typed key by key («احمد»,
«عبد الرحمن» and «عبدالرحمن», a mobile typed as «+966 5…» and in Arabic-Indic digits), Down to the
second result, Enter to open it, Alt+Left back, then a walk-in typed from Ctrl+N to Ctrl+Enter.
Prints each step's time from the key to an idle window (a keystroke: until it is drawn, the
work its typing pause starts not included; a search: until its results show, the pause included) and what the screen said, marks anything over
100 ms or not as expected, and saves 1366x768 screenshots of what was seen.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from window_harness import key, select_all_and_type, settle, type_text  # noqa: E402

from charity_desk.config import DATA_DIR_ENV  # noqa: E402
from charity_desk.domain.national_id import complete_with_check_digit  # noqa: E402
from charity_desk.domain.numerals import localize_digits  # noqa: E402

PASSWORD = "front desk walk 2026"
BUDGET_MS = 100
FINDINGS: list[str] = []


def note(text: str) -> None:
    FINDINGS.append(text)
    print(text, flush=True)


REACTIVATED = [0]


def keep_active() -> None:
    """Give the main window back the keyboard if the platform took it away (the offscreen platform
    sometimes leaves no window active after a file opens); each time is counted and reported."""
    window = next((w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow"), None)
    modal = QApplication.activeModalWidget()
    if window is None or QApplication.activeWindow() is not None or modal is not None:
        return
    REACTIVATED[0] += 1
    window.activateWindow()
    window.windowHandle().requestActivate()
    deadline = time.perf_counter() + 2
    while QApplication.activeWindow() is None and time.perf_counter() < deadline:
        settle(1)


def timed(action, wait_timers: bool = True) -> float:
    keep_active()
    started = time.perf_counter()
    action()
    settle(60, wait_timers=wait_timers)
    return (time.perf_counter() - started) * 1000


def build(path: Path, people: int, reuse: bool):
    from charity_desk.db.engine import Database
    from charity_desk.db.migrate import upgrade_database
    from charity_desk.services.actor import SYSTEM
    from charity_desk.services.demo import generate_demo
    from charity_desk.services.demo_activity import add_demo_activity
    from charity_desk.services.registry import Services

    fresh = not (reuse and path.exists())
    if fresh and path.exists():
        path.unlink()
    db = Database(f"sqlite:///{path.as_posix()}")
    upgrade_database(db.engine)
    services = Services(db)
    if fresh:
        started = time.perf_counter()
        generate_demo(db, SYSTEM, people, seed=20)
        add_demo_activity(db, SYSTEM, seed=20)
        services.setup.initialize("جمعية البر الخيرية", "desk", "موظفة الاستقبال", PASSWORD)
        note(f"demo of {people:,} people built in {time.perf_counter() - started:.0f} s")
    return services


def search(desk, label: str, text: str, shots: Path | None = None) -> list:
    """Type ``text`` key by key into the search box; the slowest keystroke and the results' wait."""
    select_all_and_type(desk.search_box, "")
    settle(60)
    keystrokes = []
    for char in text:
        keystrokes.append(timed(lambda c=char: type_text(desk.search_box, c), wait_timers=False))
    results = timed(lambda: None)  # the typing pause runs out and the results show
    rows = [desk.model.summary(r) for r in range(desk.model.rowCount())]
    slow = max(keystrokes)
    flag = " (over 100 ms)" if slow > BUDGET_MS else ""
    note(f"«{label}»: slowest keystroke {slow:.0f} ms{flag}; results {results:.0f} ms after the last key "
         f"(typing pause included); {desk.status.text()!r}; first: {[r.full_name for r in rows[:3]]}")
    if shots is not None:
        desk.window().grab().save(str(shots))
    return rows


def walk(services, shots: Path) -> None:
    from charity_desk.ui.app import create_application
    from charity_desk.ui.main_window import MainWindow

    app = create_application("ar")
    actor = services.auth.login("desk", PASSWORD)
    acting = services.acting_as(actor)
    window = MainWindow(services, acting, services.setup.association_name(), "ar", 3_600_000)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    window.windowHandle().requestActivate()
    deadline = time.perf_counter() + 5
    while QApplication.activeWindow() is not window and time.perf_counter() < deadline:
        settle(1)
    note(f"window active: {QApplication.activeWindow() is window}")
    window.show_page("front_desk")
    settle(60)
    desk = window.pages["front_desk"]
    desk.search_box.setFocus()

    ahmad = search(desk, "احمد", "احمد", shots / "front-desk-ahmad.png")
    spaced = search(desk, "عبد الرحمن", "عبد الرحمن")
    joined = search(desk, "عبدالرحمن", "عبدالرحمن", shots / "front-desk-abdulrahman.png")
    if acting.beneficiaries.search_count("عبد الرحمن") != acting.beneficiaries.search_count("عبدالرحمن"):
        note("WRONG: «عبد الرحمن» and «عبدالرحمن» do not find the same people")
    if [r.id for r in spaced[:5]] != [r.id for r in joined[:5]]:
        note("note: «عبد الرحمن» and «عبدالرحمن» rank their first five differently")

    someone = next(r for r in ahmad if r.mobile)
    national = someone.mobile.replace(" ", "").lstrip("0")
    typed_plus = f"+966 {national[:2]} {national[2:5]} {national[5:]}"
    by_plus = search(desk, typed_plus, typed_plus)
    indic = localize_digits("0" + national, "arabic_indic")
    by_indic = search(desk, indic, indic, shots / "front-desk-mobile-indic.png")
    for label, rows in ((typed_plus, by_plus), (indic, by_indic)):
        if someone.id not in [r.id for r in rows[:5]]:
            note(f"WRONG: the mobile typed as «{label}» did not find {someone.full_name}")

    search(desk, "احمد", "احمد")
    moved = timed(lambda: key(desk.search_box, Qt.Key.Key_Down))
    row = desk.table.currentIndex().row()
    note(f"Down from the search box: {moved:.0f} ms, the chosen result is row {row + 1}")
    second = desk.model.summary(row).id
    opened = timed(lambda: key(desk.search_box, Qt.Key.Key_Return))
    shown = window.stack.currentWidget() is window.file_page and window.file_page.beneficiary_id == second
    note(f"Enter opens it: {opened:.0f} ms; the file shown is the second result: {shown}; "
         f"highlighted navigation entries: {len(window.nav.selectedItems())}")
    window.grab().save(str(shots / "file-second-result.png"))
    keep_active()
    note(f"after opening, the keyboard is in: {type(QApplication.focusWidget()).__name__}")
    back = timed(lambda: key(QApplication.focusWidget() or window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier))
    note(f"Alt+Left back: {back:.0f} ms; front desk shown: "
         f"{window.stack.currentWidget() is desk}; search kept: {desk.search_box.text()!r}")

    walk_in(app, window, desk, shots)


def walk_in(app, window, desk, shots: Path) -> None:
    from charity_desk.ui.dialogs.walk_in import WalkInDialog

    desk.search_box.setFocus()
    opened = timed(lambda: key(desk.search_box, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier))
    dialog = next((w for w in app.topLevelWidgets() if isinstance(w, WalkInDialog) and w.isVisible()), None)
    if dialog is None:
        note("WRONG: Ctrl+N did not open the walk-in form")
        return
    note(f"Ctrl+N opens the walk-in form: {opened:.0f} ms; the cursor is in: {type(app.focusWidget()).__name__}")
    presses: list[tuple[str, float]] = []

    def typed(text: str) -> None:
        for char in text:  # key by key, each until drawn
            presses.append((f"typing «{text}»", timed(lambda c=char: type_text(app.focusWidget(), c),
                                                       wait_timers=False)))
        presses.append((f"Tab after «{text}»", timed(lambda: key(app.focusWidget(), Qt.Key.Key_Tab),
                                                     wait_timers=False)))

    def tab_until(widget) -> None:
        for _ in range(40):
            focus = app.focusWidget()
            if focus is widget or widget.isAncestorOf(focus):
                return
            presses.append((f"Tab towards {type(widget).__name__}",
                            timed(lambda: key(app.focusWidget(), Qt.Key.Key_Tab), wait_timers=False)))
        note(f"WRONG: Tab never reached {type(widget).__name__}")

    for part in ("ريم", "خالد", "سعد", "الزهراني"):
        typed(part)
    tab_until(dialog.person.national_id)
    typed(complete_with_check_digit(f"1{int(time.time()) % 10**8:08d}"))  # a new person each run
    tab_until(dialog.person.gender)
    presses.append(("Down in gender", timed(lambda: key(dialog.person.gender, Qt.Key.Key_Down), wait_timers=False)))
    tab_until(dialog.person.birth_date.text)
    typed(localize_digits(f"{1 + int(time.time()) % 28:02d}/06/1410", "arabic_indic"))
    tab_until(dialog.person.mobile)
    typed(f"+966 50 {int(time.time()) % 10**7:07d}")
    tab_until(dialog.reason)
    typed("طلب مساعدة إيجار")
    typed("متى يصدر القرار؟")
    tab_until(dialog.notice_acknowledged)
    presses.append(("Space on the notice", timed(lambda: key(dialog.notice_acknowledged, Qt.Key.Key_Space),
                                                 wait_timers=False)))
    pause = timed(lambda: None)  # the draft's autosave and the duplicate look-up after the typing pause
    note(f"walk-in: after the last key, the typing pause's work (draft saved, duplicates looked up) "
         f"ends {pause:.0f} ms later, pause included")
    dialog.grab().save(str(shots / "walk-in-typed.png"))
    saved = timed(lambda: key(app.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier))
    slow = [(name, round(ms)) for name, ms in presses if ms > BUDGET_MS]
    note(f"walk-in by keyboard: {len(presses)} key presses, slowest {max(ms for _, ms in presses):.0f} ms; "
         f"over 100 ms: {slow}")
    note(f"walk-in: "
         f"Ctrl+Enter saved and opened the file in {saved:.0f} ms: "
         f"{window.stack.currentWidget() is window.file_page and not dialog.isVisible()}; {dialog.error.text()!r}")
    window.grab().save(str(shots / "walk-in-file.png"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=20_000)
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "charity-front-desk-walk.sqlite3")
    parser.add_argument("--reuse", action="store_true")
    parser.add_argument("--shots", type=Path, default=Path(__file__).resolve().parents[1] / "build" / "front-desk-walk")
    arguments = parser.parse_args()
    os.environ.setdefault(DATA_DIR_ENV, tempfile.mkdtemp(prefix="charity-walk-"))
    arguments.shots.mkdir(parents=True, exist_ok=True)
    services = build(arguments.db, arguments.people, arguments.reuse)
    walk(services, arguments.shots)
    print(f"the main window was given the keyboard back {REACTIVATED[0]} times (offscreen platform)")
    print(f"screenshots in {arguments.shots}")


if __name__ == "__main__":
    main()
