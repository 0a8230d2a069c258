"""A scripted working day in the real main window, one role after another, every input a real event.

Each step is timed by ``Recorder`` from the input event until the window is idle.  A step that cannot
be played (a widget not found, a dialog refused) is recorded as failed with the reason and the day
goes on.
"""

from __future__ import annotations

import random
import time
import traceback

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
)
from window_data import PASSWORD
from window_harness import (
    ModalAnswer,
    Recorder,
    button,
    click,
    click_list_item,
    click_row,
    click_tab,
    dialog_button,
    key,
    reveal,
    select_all_and_type,
    settle,
    step_combo,
    type_text,
)

from charity_desk.config import MachineSettings
from charity_desk.db.engine import Database
from charity_desk.services.registry import Services
from charity_desk.ui.app import AppController
from charity_desk.ui.screens.front_desk import DEBOUNCE_MS

#: Targets (ms) of the issue: every interaction 100 ms, reports and document previews 300 ms, the file
#: screen 50 ms, the main window 400 ms after sign-in.
FAST, REPORT, FILE, SIGN_IN = 100, 300, 50, 400


#: A person reads the window for a moment after signing in before the first click; the window uses it
#: to build the file screen (the first file then opens as quickly as the next).
THINK_AFTER_SIGN_IN_S = 3.0


def think(seconds: float) -> None:
    """Let the event loop run for ``seconds`` with no input, as between a person's actions."""
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    settle()


def press_space(widget) -> None:
    """Space on a focused check box: it toggles wherever its text ends (a click would need the text's rect)."""
    widget.setFocus()
    key(widget, Qt.Key.Key_Space)


class Day:
    def __init__(self, db_path, recorder: Recorder, samples: dict[str, list[tuple[int, str, str]]], seed: int,
                 quick: bool = False):
        self.services = Services(Database(f"sqlite:///{db_path}"))
        self.rec = recorder
        #: (beneficiary id, a name query, a national ID query): anyone, the researcher's caseload, the enrolled.
        self.people, self.caseload, self.enrolled = samples["people"], samples["caseload"], samples["enrolled"]
        self.rng = random.Random(seed)
        self.quick = quick
        settings = MachineSettings()
        settings.language = "ar"
        self.controller = AppController(QApplication.instance(), self.services, settings,
                                        idle_timeout_ms=24 * 3600 * 1000)
        self.window = None

    def repeats(self, full: int) -> int:
        return 1 if self.quick else full

    def step(self, name: str, target: float, action) -> object:
        """Time ``action``; a failure is recorded against ``name`` and the day goes on."""
        try:
            return self.rec.time(name, target, action)
        except Exception as error:  # a step that cannot be played is reported, not fatal
            self.rec.fail(name, target, f"{type(error).__name__}: {error}")
            traceback.print_exc()
            settle(self.rec.timeout_s)
            return None

    # Signing in and out -------------------------------------------------------------------------------
    def sign_in(self, username: str) -> None:
        if self.controller.login is None:
            self.controller.start()
            settle()
        login = self.controller.login
        select_all_and_type(login.username, username)
        select_all_and_type(login.password, PASSWORD)
        self.rec.time("sign in: main window ready", SIGN_IN,
                      lambda: key(login.password, Qt.Key.Key_Return), wait_tasks=False)
        self.window = self.controller.window
        if self.window is None:
            raise RuntimeError(f"{username} could not sign in: {login.error.text()}")
        self.window.resize(1366, 768)
        settle()
        think(THINK_AFTER_SIGN_IN_S)
        self.my_work()

    def sign_out(self) -> None:
        sign_out = button(self.window, self.window.tr("Sign out"))
        if sign_out is None:  # e.g. a dialog left open by a step that failed: the role's process ends anyway
            self.rec.fail("sign out", FAST, "no visible Sign out button (a dialog or the lock screen in front)")
            return
        self.step("sign out", FAST, lambda: click(sign_out))
        self.window = None

    def page(self, key_name: str):
        return self.window.pages[key_name]

    def nav_to(self, key_name: str) -> None:
        click_list_item(self.window.nav, list(self.window.pages).index(key_name))

    def page_current(self, key_name: str):
        """The page's widget once it is shown (pages may be built when first shown)."""
        if self.window.nav.currentRow() != list(self.window.pages).index(key_name):
            self.nav_to(key_name)
            settle()
        return self.window.stack.currentWidget()

    # The day's parts ------------------------------------------------------------------------------------
    def my_work(self) -> None:
        """My work today, the first page after sign-in: read again (its counts and first tasks), then each
        group of tasks in turn."""
        page = self.page_current("my_work")
        refresh = button(page, page.tr("Refresh"))
        for _ in range(self.repeats(3)):
            self.step("my work: the page read again (counts, first tasks)", FAST, lambda: click(refresh))
        bar = page.groups
        for index in (*range(1, bar.count()), 0):
            self.step("my work: a group of tasks", FAST, lambda i=index: click(bar, bar.tabRect(i).center()))

    def every_page(self) -> None:
        for _ in range(self.repeats(2)):
            for index, key_name in enumerate(self.window.pages):
                target = REPORT if key_name == "reports" else FAST
                self.step(f"navigation: {key_name} page", target, lambda i=index: click_list_item(self.window.nav, i))

    def search_and_open_files(self, count: int) -> None:
        front = self.page_current("front_desk")
        for _person, name_query, id_query in self.people[:self.repeats(count)]:
            select_all_and_type(front.search_box, name_query[:-1])
            settle()
            # One more key: the keystroke itself, then the results after the typing pause.
            self.rec.time("front desk: a keystroke in the search box", FAST,
                          lambda q=name_query: type_text(front.search_box, q[-1]), wait_timers=False)
            select_all_and_type(front.search_box, id_query[:-1])
            settle()
            started = time.perf_counter()
            type_text(front.search_box, id_query[-1])
            settle()
            self.rec.add("front desk: search results after the typing pause", FAST,
                         (time.perf_counter() - started) * 1000 - DEBOUNCE_MS)
            self.step("front desk: Enter opens the file", FILE, lambda: key(front.search_box, Qt.Key.Key_Return))
            self.file_tabs()
            back = button(self.window.file_page, self.window.file_page.tr("Back"))
            if back is not None:
                click(back)
                settle()

    def file_tabs(self) -> None:
        tabs = self.window.file_page.tabs
        for index in range(1, tabs.count()):
            self.step("file: a tab", FILE, lambda i=index: click_tab(tabs, i))
        if tabs.count():
            click_tab(tabs, 0)
            settle()

    def work_queues(self, select_rows: int) -> None:
        page = self.page_current("applications")
        queue = page.queue
        for _ in range(self.repeats(2)):
            for index in range(queue.count()):
                if queue.currentIndex() == index:
                    continue
                self.step(f"applications: switch to queue '{queue.itemData(index)}'", FAST,
                          lambda i=index: step_combo(queue, i))
                self.select_applications(page, self.repeats(select_rows))

    def select_applications(self, page, count: int) -> None:
        table = page.table
        rows = min(count, table.model().rowCount())
        for row in range(rows):
            self.step("applications: select an application", FAST, lambda r=row: click_row(table, r, 1))

    def checklist_and_eligibility(self, count: int) -> None:
        page = self.page_current("applications")
        step_combo(page.queue, page.queue.findData("verification"))
        settle()
        panel = page.panel
        for row in range(self.repeats(count)):
            if row >= page.table.model().rowCount():
                break
            click_row(page.table, row, 1)
            settle()
            checklist = panel.checklist
            reveal(checklist)
            settle()
            if checklist.model().rowCount() == 0:
                continue
            click_row(checklist, 0)
            settle()
            mark = button(panel, "mark_provided")
            if mark is None:
                self.rec.fail("applications: mark a checklist item", FAST, "no enabled mark button")
                continue
            self.step("applications: mark a checklist item", FAST, lambda m=mark: click(m))
            reveal(panel.eligibility)
            settle()
            check = button(panel, panel.tr("Check eligibility now"))
            if check is not None:
                self.step("applications: check eligibility", FAST, lambda c=check: click(c))

    def visit(self) -> None:
        page = self.page_current("applications")
        step_combo(page.queue, page.queue.findData("visits"))
        settle()
        panel = page.panel
        for row in range(self.repeats(3)):
            if row >= page.table.model().rowCount():
                break
            click_row(page.table, row, 1)
            settle()
            reveal(panel.visits)
            settle()
            schedule = button(panel, panel.tr("Schedule visit"))
            if schedule is None:
                self.rec.fail("applications: schedule a home visit", FAST, "no enabled schedule button")
                return
            self.step("applications: schedule a home visit", FAST, lambda s=schedule: click(s))
            if panel.visits.model().rowCount() == 0:
                continue
            click_row(panel.visits, panel.visits.model().rowCount() - 1)
            settle()
            report = button(panel, panel.tr("Write visit report…"))
            if report is None:
                continue

            def fill(dialog: QDialog):
                findings = dialog.findChildren(QPlainTextEdit)
                for editor in findings:
                    editor.setFocus()
                    type_text(editor, "المنزل بحاجة إلى ترميم")
                return dialog_button(dialog)
            self.modal("applications: write a visit report", FAST, lambda r=report: click(r), fill)

    def modal(self, name: str, target: float, open_it, fill) -> None:
        """An input that opens a modal dialog: the dialog's opening and its saving are timed apart."""
        answer = ModalAnswer(fill, self.rec.timeout_s)
        try:
            answer.arm()
            open_it()
            settle(self.rec.timeout_s)
            ended = time.perf_counter()
        except Exception as error:
            self.rec.fail(name, target, f"{type(error).__name__}: {error}")
            traceback.print_exc()
            return
        if answer.opened_ms is None:
            self.rec.fail(f"{name}: open", target, "no dialog opened")
            return
        self.rec.add(f"{name}: open", target, answer.opened_ms)
        self.rec.add(f"{name}: save", target, (ended - answer.closed_at) * 1000)

    def committee_meeting(self, decisions: int) -> None:
        page = self.page_current("committee")
        new = button(page, page.tr("New meeting…"))
        if new is None:
            self.rec.fail("committee: new meeting", FAST, "no New meeting button")
            return
        self.step("committee: open the new-meeting form", FAST, lambda: click(new))
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            place = dialog.findChildren(QLineEdit)
            if place:
                place[-1].setFocus()
                type_text(place[-1], "قاعة الاجتماعات")
            ok = dialog_button(dialog)
            self.step("committee: create the meeting", FAST, lambda: click(ok))
        panel = page.panel
        meetings = page.meetings
        if meetings.model().rowCount():
            self.step("committee: open a meeting", FAST, lambda: click_row(meetings, 0, 1))
        for index in range(len(panel.attendance.findChildren(QAbstractButton))):
            # Found again each time: the boxes may be rebuilt after each change.
            boxes = [b for b in panel.attendance.findChildren(QAbstractButton) if b.isVisible()]
            if index < len(boxes) and not boxes[index].isChecked():
                self.step("committee: mark attendance", FAST, lambda b=boxes[index]: press_space(b))
        agenda = panel.agenda
        for row in range(min(self.repeats(decisions), agenda.model().rowCount())):
            self.step("committee: select an agenda item", FAST, lambda r=row: click_row(agenda, r, 1))
            record = button(panel, panel.tr("Record decision"))
            if record is None:
                self.rec.fail("committee: record a decision", FAST, "no enabled Record decision button")
                break
            outcome = panel.decision.outcome
            radios = [b for b in outcome.findChildren(QAbstractButton) if b.isVisible()]
            if radios:
                click(radios[row % 2])  # accept or reject
                settle()
            for editor in (panel.decision.amount, panel.decision.reason_text):
                if editor.isVisible() and editor.isEnabled():
                    select_all_and_type(editor, "1500" if editor is panel.decision.amount else "الدخل أعلى من الحد")
            votes = panel.decision.votes
            if votes.isVisible():
                for box, count in ((votes.votes_for, "3"), (votes.against, "0"), (votes.abstain, "0")):
                    select_all_and_type(box, count)
            self.step("committee: record a decision", FAST, lambda r=record: click(r))
            if panel.error.isVisible() and panel.error.text():
                self.rec.fail("committee: record a decision", FAST, f"refused: {panel.error.text()}")
        close = button(panel, panel.tr("Close meeting…"))
        if close is not None:
            self.modal("committee: close the meeting", FAST, lambda: click(close),
                       lambda dialog: dialog.button(QMessageBox.StandardButton.Yes)
                       if isinstance(dialog, QMessageBox) else None)
        issue = button(panel, panel.tr("Issue letters"))
        if issue is not None:
            self.step("committee: issue the letters", FAST, lambda: click(issue))
        letters = button(panel, panel.tr("Print all letters"))
        if letters is not None:
            self.step("committee: preview the meeting's letters", REPORT, lambda: click(letters))
            self.close_preview()
        minutes = button(panel, panel.tr("Minutes"))
        if minutes is not None:
            self.step("committee: preview the minutes", REPORT, lambda: click(minutes))
            self.close_preview()

    def close_preview(self) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            key(dialog, Qt.Key.Key_Escape)
            settle()

    def registers(self) -> None:
        committee = self.page_current("committee")
        for _ in range(self.repeats(3)):
            self.step("committee: outgoing letters register", FAST, lambda: click_tab(committee.tabs, 1))
            click_tab(committee.tabs, 0)
            settle()
        for key_name in ("surveys", "privacy"):
            if key_name not in self.window.pages:
                continue
            page = self.page_current(key_name)
            for _ in range(self.repeats(2)):
                for index in range(page.tabs.count()):
                    if index == page.tabs.currentIndex():
                        continue
                    self.step(f"{key_name}: register tab {index + 1}", FAST,
                              lambda p=page, i=index: click_tab(p.tabs, i))

    def complaint(self) -> None:
        page = self.page_current("surveys")
        tab = page.complaints
        click_tab(page.tabs, page.tabs.indexOf(tab))
        settle()
        for _ in range(self.repeats(3)):
            def fill(dialog: QDialog):
                details = dialog.findChildren(QPlainTextEdit)
                if details:
                    details[0].setFocus()
                    type_text(details[0], "تأخر صرف المساعدة")
                return dialog_button(dialog)
            self.modal("surveys: log a complaint", FAST, lambda: click(tab.new_button), fill)

    def delivery(self) -> None:
        """A delivery recorded from the file of someone enrolled."""
        front = self.page_current("front_desk")
        for _person, _name, id_query in self.enrolled[:self.repeats(3)]:
            select_all_and_type(front.search_box, id_query)
            settle()
            key(front.search_box, Qt.Key.Key_Return)
            settle()
            file_page = self.window.file_page
            tab = file_page.services_received
            click_tab(file_page.tabs, file_page.tabs.indexOf(tab))
            settle()
            record = button(tab, tab.tr("Record delivery…"))
            if record is None:
                self.rec.fail("file: record a delivery", FAST, "no Record delivery button")
                return

            def fill(dialog: QDialog):
                amount = getattr(dialog, "amount", None)
                if amount is not None and amount.isVisible():
                    select_all_and_type(amount, "500")
                items = getattr(dialog, "items", None)
                if items is not None and items.isVisible():
                    select_all_and_type(items, "سلة غذائية")
                return dialog_button(dialog)
            self.modal("file: record a delivery", FAST, lambda r=record: click(r), fill)
            self.page_current("front_desk")

    def dashboard(self) -> None:
        page = self.page_current("reports")
        period = page.filter
        for _ in range(self.repeats(3)):
            for name, widget in (("this month", period.this_month), ("this Hijri year", period.this_hijri_year),
                                 ("last 12 months", period.last_twelve_months)):
                self.step(f"dashboard: {name}", REPORT, lambda w=widget: click(w))

    def audit_search(self) -> None:
        page = self.page_current("audit")
        panel = page.search
        for _ in range(self.repeats(3)):
            for index in range(1, min(panel.user.count(), 4)):
                step_combo(panel.user, index)
                settle()
                self.step("audit: search by user", FAST, lambda: click(panel.search_button))
            for _beneficiary_id, name_query, _id_query in self.people[:2]:
                select_all_and_type(panel.person_query, name_query)
                settle()
                if panel.person.count() > 1:
                    step_combo(panel.person, 1)
                    settle()
                step_combo(panel.user, 0)
                settle()
                self.step("audit: search by person", FAST, lambda: click(panel.search_button))

    # The roles -----------------------------------------------------------------------------------------
    def administrator(self) -> None:
        self.sign_in("admin")
        self.every_page()
        self.search_and_open_files(8)
        self.work_queues(5)
        self.checklist_and_eligibility(5)
        self.visit()
        self.committee_meeting(5)
        self.registers()
        self.complaint()
        self.delivery()
        self.dashboard()
        self.audit_search()
        self.sign_out()

    def front_desk(self) -> None:
        self.sign_in("desk")
        self.every_page()
        self.search_and_open_files(8)
        self.sign_out()

    def researcher(self) -> None:
        self.sign_in("researcher")
        self.people, everyone = self.caseload, self.people
        self.search_and_open_files(8)
        self.people = everyone
        self.work_queues(5)
        self.visit()
        self.sign_out()

    def committee_member(self) -> None:
        self.sign_in("committee")
        self.every_page()
        page = self.page_current("committee")
        for row in range(min(self.repeats(5), page.meetings.model().rowCount())):
            self.step("committee: open a meeting", FAST, lambda r=row: click_row(page.meetings, r, 1))
        self.sign_out()

    def smoke(self) -> None:
        """A few interactions on a tiny database, to keep the script from rotting (tests/benchmarks)."""
        self.sign_in("admin")
        self.search_and_open_files(1)
        page = self.page_current("applications")
        self.step("applications: switch to queue 'visits'", FAST, lambda: step_combo(page.queue, 1))
        self.sign_out()

    def manager(self) -> None:
        self.sign_in("manager")
        self.every_page()
        if "reports" in self.window.pages:
            self.dashboard()
        self.sign_out()


def play(day: Day, roles: list[str]) -> None:
    for role in roles:
        getattr(day, role)()

