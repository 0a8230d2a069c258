"""My work today: the first page after sign-in, for every role.

The signed-in person's tasks in three groups (overdue, today, this week), one group shown at a time,
soonest due first, a page at a time; beside them how many of each kind.  Up/Down move through the
tasks, Enter (or a double click) opens the place where the task is done, the group tabs are one Tab
away (arrows change the group), a click or Enter on a kind in the counts shows that kind only, and
Escape in the list shows every kind again.
The counts and the first page are read off the GUI thread; the page keeps what it shows until they
arrive, and meanwhile nothing can be opened or marked done.  A task given by hand is marked done here; anyone may give a colleague a task.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from charity_desk.domain.messages import QT_TRANSLATE_NOOP
from charity_desk.domain.roles import Permission
from charity_desk.services.errors import ServiceError
from charity_desk.services.registry import ActorServices
from charity_desk.services.tasks.lists import GROUPS, TaskRow
from charity_desk.services.tasks.service import DaySummary
from charity_desk.ui.background_task import BackgroundTask
from charity_desk.ui.formatting import show_date, show_number, show_short_date
from charity_desk.ui.messages import show_error
from charity_desk.ui.models.paged_list import PAGE_SIZE, Column, PagedListModel
from charity_desk.ui.widgets.paged_table import PagedTable

CONTEXT = "MyWorkPage"
OVERDUE_COLOUR = QColor("#fdecea")


def kind_label(row_or_kind) -> str:
    """The translated name of a task's kind (the source's label, context "Tasks")."""
    from charity_desk.services.tasks.sources import SOURCES

    kind = getattr(row_or_kind, "kind", row_or_kind)
    label = next((s.label for s in SOURCES if s.kind == kind), kind)
    return QCoreApplication.translate("Tasks", label)


TASK_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("MyWorkPage", "Due"), lambda t: show_short_date(t.due_on)),
    Column(QT_TRANSLATE_NOOP("MyWorkPage", "Task"), kind_label),
    Column(QT_TRANSLATE_NOOP("MyWorkPage", "For whom"), lambda t: t.for_whom),
    Column(QT_TRANSLATE_NOOP("MyWorkPage", "Details"), lambda t: t.detail, tooltip=lambda t: t.detail),
)

GROUP_TITLES = {
    "overdue": QT_TRANSLATE_NOOP("MyWorkPage", "Overdue ({count})"),
    "today": QT_TRANSLATE_NOOP("MyWorkPage", "Today ({count})"),
    "week": QT_TRANSLATE_NOOP("MyWorkPage", "This week ({count})"),
}


class EnterOpens(QObject):
    """Enter or Return on a list of tasks opens the chosen one (the view itself would only move on);
    Escape calls ``escape`` when given."""

    def __init__(self, view: QWidget, open_chosen, escape=None):
        super().__init__(view)
        self._open, self._escape = open_chosen, escape
        view.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.KeyPress:
            return False
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open()
            return True
        if event.key() == Qt.Key.Key_Escape and self._escape is not None:
            return self._escape()
        return False


class Prefetched:
    """A task list whose first page and count were read off the GUI thread; later pages are read as
    the view scrolls, from the list itself."""

    def __init__(self, source, first_page: list, total: int):
        self._source, self._first, self._total = source, first_page, total
        self.sort, self.descending = source.sort, source.descending

    def page(self, after, limit: int) -> list:
        if after is None and self._first is not None:
            first, self._first = self._first, None
            return first
        return self._source.page(after, limit)

    def count(self) -> int:
        return self._total

    def one(self, row_id):
        return self._source.one(row_id)

    def sorted_by(self, sort: str, descending: bool = False):
        return self._source.sorted_by(sort, descending)

    def comes_before(self, key, other) -> bool:
        return self._source.comes_before(key, other)


def read_tasks(services: ActorServices, group: str, kind: str | None, today: date):
    """The group's list with its first page, read on a pool thread (beside the counts when they are read)."""
    tasks = services.tasks.tasks(group, kind, today=today)
    return tasks, tasks.page(None, PAGE_SIZE)


class MyWorkPage(QWidget):
    #: Enter or a double click on a task: where it is done (ui.task_places).
    open_requested = Signal(object)
    #: New counts were read (the navigation's badge and the reminder follow them).
    summary_changed = Signal(object)

    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self._services = services
        self._kind: str | None = None
        #: The reads of ``reload`` while they run; which reload is the latest, and what of it has arrived.
        self._loading: tuple[BackgroundTask, ...] | None = None
        self._reading = 0
        self._arrived: dict[str, object] = {}
        self._reload_again = False
        self._counts_again = False
        self._team_prepared: BackgroundTask | None = None
        self.summary: DaySummary | None = None
        title = QLabel(self.tr("My work today"))
        title.setObjectName("pageTitle")
        self.today_label = QLabel()
        self.today_label.setObjectName("muted")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch()
        top.addWidget(self.today_label)

        self.groups = QTabBar()
        self.groups.setObjectName("taskGroups")
        self.groups.setExpanding(False)
        for group in GROUPS:
            self.groups.addTab(self.tr(GROUP_TITLES[group]).format(count=show_number(0)))
        self.groups.currentChanged.connect(lambda _index: self.reload(counts=False))
        self.kind_note = QLabel()
        self.kind_note.setObjectName("muted")

        self.model = PagedListModel(CONTEXT, TASK_COLUMNS, parent=self,
                                    attention=lambda t: (OVERDUE_COLOUR, 0) if t.due_on < self._today() else None)
        self.table = PagedTable(self.model)
        self.table.setObjectName("myTasks")
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.table.current_changed.connect(lambda _id: self._update_buttons())
        self.model.total_changed.connect(lambda _total: self._update_empty())
        self.empty = QLabel()
        self.empty.setObjectName("muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.counts = QTableWidget(0, 4)
        self.counts.setObjectName("taskCounts")
        self.counts.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Overdue"), self.tr("Today"),
                                               self.tr("This week")])
        self.counts.verticalHeader().hide()
        self.counts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.counts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.counts.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.counts.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            self.counts.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.counts.setFixedWidth(430)
        self.counts.itemActivated.connect(lambda item: self._choose_kind(item.row()))
        self.counts.itemClicked.connect(lambda item: self._choose_kind(item.row()))

        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Go where this task is done (Enter)"))
        self.open_button.clicked.connect(self.open_current)
        self.done_button = QPushButton(self.tr("Mark done"))
        self.done_button.setToolTip(self.tr("A task given by a colleague: mark it done"))
        self.done_button.clicked.connect(self.mark_done)
        self.give_button = QPushButton(self.tr("Give a colleague a task…"))
        self.give_button.clicked.connect(self.give_task)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(lambda: self.reload())
        buttons = QHBoxLayout()
        for button in (self.open_button, self.done_button, self.give_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(refresh)

        tasks = QVBoxLayout()
        tasks.addWidget(self.groups)
        tasks.addWidget(self.kind_note)
        tasks.addWidget(self.table, 1)
        tasks.addWidget(self.empty)
        counts_box = QVBoxLayout()
        counts_title = QLabel(self.tr("By kind (click one to show it alone)"))
        counts_title.setObjectName("sectionTitle")
        counts_box.addWidget(counts_title)
        counts_box.addWidget(self.counts, 1)
        body = QHBoxLayout()
        body.addLayout(tasks, 1)
        body.addLayout(counts_box)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)
        self._enter = EnterOpens(self.table, self.open_current, self._show_every_kind)
        self.setTabOrder(self.groups, self.table)
        self._update_buttons()

    # --- reading -------------------------------------------------------------------------------
    def _today(self) -> date:
        return self.summary.today if self.summary is not None else date.today()

    @property
    def group(self) -> str:
        return GROUPS[max(self.groups.currentIndex(), 0)]

    def activate(self) -> None:
        self.reload()

    def reload(self, counts: bool = True) -> None:
        """Read the group's first page again, and the counts unless ``counts`` is False (another group or
        kind chosen the same day), off the GUI thread."""
        if self._loading is not None:
            self._reload_again = True
            self._counts_again = self._counts_again or counts
            return
        services, group, kind, today = self._services, self.group, self._kind, date.today()
        known = self.summary if not counts and self.summary is not None and self.summary.today == today else None
        # The counts and the first page are read side by side on the pool and shown together.
        parts = {"tasks": lambda _progress, _cancelled: read_tasks(services, group, kind, today)}
        if known is None:
            parts["summary"] = lambda _progress, _cancelled: services.tasks.summary(today=today)
        self._reading += 1
        reading, self._arrived = self._reading, ({} if known is None else {"summary": known})
        self._loading = tuple(BackgroundTask(work) for work in parts.values())
        for part, task in zip(parts, self._loading, strict=True):
            task.signals.finished.connect(
                lambda result, part=part: self._part_read(reading, part, result, group, kind))
            task.signals.failed.connect(lambda error: self._part_failed(reading, error))
        self._update_buttons()  # nothing to open or mark done until the rows read are shown
        for task in self._loading:
            task.start()

    def _part_read(self, reading: int, part: str, result, group: str, kind: str | None) -> None:
        if reading != self._reading or not isValid(self):
            return  # a read given up (one of its parts failed)
        self._arrived[part] = result
        if len(self._arrived) == 2:
            summary, (tasks, first_page) = self._arrived["summary"], self._arrived["tasks"]
            self._show((summary, Prefetched(tasks, first_page, summary.count(group, kind))))

    def _part_failed(self, reading: int, error) -> None:
        if reading != self._reading:
            return
        self._reading += 1  # the other part's report is ignored
        self._failed(error)

    @property
    def busy(self) -> bool:
        return self._loading is not None

    def _show(self, result) -> None:
        self._loading = None
        if not isValid(self):
            return
        if self._reload_again:
            self._reload_again = False
            counts, self._counts_again = self._counts_again, False
            self.reload(counts)
            return
        summary, tasks = result
        self.summary = summary
        self.today_label.setText(show_date(summary.today))
        for index, (group, count) in enumerate(zip(GROUPS, (summary.overdue, summary.due_today, summary.this_week),
                                                   strict=True)):
            self.groups.setTabText(index, self.tr(GROUP_TITLES[group]).format(count=show_number(count)))
        self._show_counts(summary)
        chosen = self.table.current_id()
        self.model.set_source(tasks)
        if self.model.rowCount() and not (chosen is not None and self.table.choose(chosen)):
            self.table.choose(self.model.row_id(0))
        self._update_buttons()
        self._update_empty()
        self.summary_changed.emit(summary)
        self._prepare_team()

    def _prepare_team(self) -> None:
        """Once, after the first day shown, for a supervisor: the team page (one click away) has its reads
        prepared on the pool, so its first visit is as quick as the next (ui.screens.team_tasks.prepare_reads)."""
        if self._team_prepared or not self._services.actor.can(Permission.TEAM_SUPERVISE):
            return
        from charity_desk.ui.screens.team_tasks import prepare_reads

        services = self._services
        self._team_prepared = BackgroundTask(lambda _progress, _cancelled: prepare_reads(services))
        self._team_prepared.start()  # its outcome is not shown: the page reads its rows when visited

    def _failed(self, error) -> None:
        self._loading = None
        self._reload_again = self._counts_again = False
        if not isValid(self):
            return
        self._update_buttons()
        if isinstance(error, ServiceError):
            show_error(self, error)
        else:  # e.g. the database went away: said on the page, never raised into Qt's event loop
            self.empty.setText(self.tr("The tasks could not be read: {details}").format(details=str(error)))
            self.empty.show()

    def _show_counts(self, summary: DaySummary) -> None:
        self.counts.setRowCount(len(summary.kinds) + 1)
        rows = [(self.tr("All kinds"), summary.overdue, summary.due_today, summary.this_week)]
        rows += [(kind_label(k.kind), k.overdue, k.today, k.week) for k in summary.kinds]
        self._count_kinds = [None, *(k.kind for k in summary.kinds)]
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                item = QTableWidgetItem(value if column == 0 else show_number(value))
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.counts.setItem(row, column, item)
        shown = self._count_kinds.index(self._kind) if self._kind in self._count_kinds else 0
        self.counts.setCurrentCell(shown, 0)
        self.kind_note.setText(self.tr("Showing: {kind}").format(kind=kind_label(self._kind)) if self._kind else "")
        self.kind_note.setVisible(self._kind is not None)

    def _choose_kind(self, row: int) -> None:
        kinds = getattr(self, "_count_kinds", [None])
        kind = kinds[row] if 0 <= row < len(kinds) else None
        if kind != self._kind:
            self._kind = kind
            self.reload(counts=False)
        self.table.setFocus()

    def _show_every_kind(self) -> bool:
        """Escape in the list: every kind again, when one kind was shown alone (else Escape is not ours)."""
        if self._kind is None:
            return False
        self._choose_kind(0)
        return True

    def _update_empty(self) -> None:
        empty = self.model.rowCount() == 0 and not self.busy
        self.empty.setText(self.tr("Nothing here: no task in this group.") if empty else "")
        self.empty.setVisible(empty)

    def _update_buttons(self) -> None:
        """Open and Mark done take input only on a task shown while no read runs: a click made while the
        tasks are read is never applied to the rows that replace them."""
        task = None if self.busy else self.current_task()
        self.open_button.setEnabled(task is not None)
        self.done_button.setEnabled(task is not None and task.kind == "manual")

    # --- acting --------------------------------------------------------------------------------
    def current_task(self) -> TaskRow | None:
        return self.table.current_row()

    def open_current(self) -> None:
        task = None if self.busy else self.current_task()
        if task is not None:
            self.open_requested.emit(task)

    def mark_done(self) -> None:
        task = None if self.busy else self.current_task()
        if task is None or task.kind != "manual":
            return
        try:
            self._services.tasks.mark_done(task.record_id)
        except ServiceError as error:
            show_error(self, error)
            return
        self.reload()

    def give_task(self):
        from charity_desk.ui.dialogs.give_task import GiveTaskDialog

        self.give_dialog = GiveTaskDialog(self._services, self)
        self.give_dialog.accepted.connect(self.reload)
        self.give_dialog.open()
        return self.give_dialog
