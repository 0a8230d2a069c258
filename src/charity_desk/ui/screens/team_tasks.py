"""Team tasks, for a supervisor (TEAM_SUPERVISE): each colleague's load and overdue tasks, one colleague's
tasks a page at a time, and the reassignment of a task given by hand, a home visit or a complaint.

The team's counts and a colleague's tasks are read off the GUI thread; while they are read nothing can be
opened or reassigned (a click then is not applied to the rows that arrive).  Up/Down choose a colleague and
Tab goes to their tasks; Enter on a task opens where it is done; «Reassign» gives the chosen task to the
colleague chosen beside it (audited by the service).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from charity_desk.domain.roles import ROLE_LABELS
from charity_desk.i18n import translate
from charity_desk.services.errors import ServiceError
from charity_desk.services.registry import ActorServices
from charity_desk.services.tasks.lists import ALL_OPEN
from charity_desk.ui.background_task import BackgroundTask
from charity_desk.ui.formatting import show_number
from charity_desk.ui.messages import show_error
from charity_desk.ui.models.paged_list import PAGE_SIZE, PagedListModel
from charity_desk.ui.screens.my_work import OVERDUE_COLOUR, TASK_COLUMNS, EnterOpens, Prefetched
from charity_desk.ui.widgets.paged_table import PagedTable


def member_tasks(services: ActorServices, user_id: int, total: int) -> Prefetched:
    """A colleague's open tasks with their first page, read on a pool thread (their count is in their load)."""
    tasks = services.tasks.member_tasks(user_id, ALL_OPEN)
    return Prefetched(tasks, tasks.page(None, PAGE_SIZE), total)


def first_tasks(services: ActorServices, chosen: int | None):
    """The open tasks of the colleague still chosen, else of the first colleague in the team's order (active,
    by name), with their first page, read on a pool thread beside the team's counts; (None, None, None) when
    there is none to read or the one chosen can no longer be given tasks (then they are read once shown)."""
    if chosen is None:
        colleagues = services.tasks.colleagues()
        if not colleagues:
            return None, None, None
        chosen = colleagues[0][0]
    try:
        tasks = services.tasks.member_tasks(chosen, ALL_OPEN)
    except ServiceError:
        return None, None, None
    return chosen, tasks, tasks.page(None, PAGE_SIZE)


def prepare_reads(services: ActorServices) -> None:
    """The team's counts and the first colleague's tasks read once on a pool thread ahead of the page's first
    visit, the rows not kept: the statements they are read with are then made and compiled, most of what a
    first visit would otherwise wait for (they are kept for every later read)."""
    services.tasks.team()
    first_tasks(services, None)


class TeamTasksPage(QWidget):
    #: Enter or a double click on a colleague's task: where it is done (ui.task_places).
    open_requested = Signal(object)

    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self._services = services
        #: The two reads of ``reload`` while they run; which reload is the latest, and what of it has arrived.
        self._loading: tuple[BackgroundTask, BackgroundTask] | None = None
        self._reading = 0
        self._arrived: dict[str, object] = {}
        #: How many reads of a colleague's tasks have not reported yet (the relay keeps each task alive).
        self._member_reads = 0
        self._reassignable = services.tasks.reassignable()
        self.loads = []
        title = QLabel(self.tr("Team tasks"))
        title.setObjectName("pageTitle")
        self.team = QTableWidget(0, 5)
        self.team.setObjectName("teamLoad")
        self.team.setHorizontalHeaderLabels([self.tr("Colleague"), self.tr("Role"), self.tr("Overdue"),
                                             self.tr("Today"), self.tr("This week")])
        self.team.verticalHeader().hide()
        self.team.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.team.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.team.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.team.horizontalHeader()
        header.setMinimumSectionSize(48)  # the style's own minimum (about 100 px) would clip the last column
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        # The counts are a few digits: as wide as their heading, so the colleague's tasks beside get the room.
        for column in (2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            label = self.team.horizontalHeaderItem(column).text()
            header.resizeSection(column, header.fontMetrics().horizontalAdvance(label) + 28)
        self.team.currentCellChanged.connect(lambda row, *_: self._show_member(row))

        self.member_title = QLabel()
        self.member_title.setObjectName("sectionTitle")
        self.model = PagedListModel("MyWorkPage", TASK_COLUMNS, parent=self,
                                    attention=lambda t: (OVERDUE_COLOUR, 0) if t.due_on < self._today else None)
        self.tasks = PagedTable(self.model)
        self.tasks.setObjectName("memberTasks")
        self.tasks.doubleClicked.connect(lambda _index: self.open_current())
        self.tasks.current_changed.connect(lambda _id: self._update_buttons())
        self._enter = EnterOpens(self.tasks, self.open_current)

        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self.open_current)
        self.to_whom = QComboBox()
        self.to_whom.setObjectName("reassignTo")
        self.to_whom.setMinimumContentsLength(16)
        self.reassign_button = QPushButton(self.tr("Reassign to this colleague"))
        self.reassign_button.clicked.connect(self.reassign)
        self.note = QLabel(self.tr("Tasks given by hand, home visits and complaints can be reassigned; the "
                                   "others follow their record."))
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.reload)

        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addStretch()
        actions.addWidget(QLabel(self.tr("Give to")))
        actions.addWidget(self.to_whom)
        actions.addWidget(self.reassign_button)
        member = QVBoxLayout()
        member.addWidget(self.member_title)
        member.addWidget(self.tasks, 1)
        member.addLayout(actions)
        member.addWidget(self.note)
        body = QHBoxLayout()
        team_box = QVBoxLayout()
        team_box.addWidget(self.team, 1)
        team_box.addWidget(refresh)
        # The colleague's tasks carry four columns with dates in both calendars: the wider part.
        body.addLayout(team_box, 2)
        body.addLayout(member, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(body, 1)
        self.setTabOrder(self.team, self.tasks)
        self._today = None
        self._update_buttons()

    def activate(self) -> None:
        self.reload()

    def reload(self) -> None:
        """Read every colleague's counts again and, at the same time, the chosen colleague's first tasks: two
        reads side by side off the GUI thread, so the page is ready when the longer one reports."""
        if self._loading is not None:
            return
        services, chosen = self._services, self.current_member()
        self._reading += 1
        reading, self._arrived = self._reading, {}
        team = BackgroundTask(lambda _progress, _cancelled: services.tasks.team())
        tasks = BackgroundTask(lambda _progress, _cancelled: first_tasks(services, chosen))
        self._loading = (team, tasks)
        self._update_buttons()  # nothing to open or reassign until the rows read are shown
        for part, task in (("team", team), ("tasks", tasks)):
            task.signals.finished.connect(lambda result, part=part: self._part_read(reading, part, result))
            task.signals.failed.connect(lambda error: self._part_failed(reading, error))
            task.start()

    def _part_read(self, reading: int, part: str, result) -> None:
        if reading != self._reading or not isValid(self):
            return  # a read given up (one of its parts failed)
        self._arrived[part] = result
        if len(self._arrived) == 2:
            self._show_team(self._arrived["team"], self._arrived["tasks"])

    def _part_failed(self, reading: int, error) -> None:
        if reading != self._reading:
            return
        self._reading += 1  # the other part's report is ignored
        self._failed(error)

    @property
    def busy(self) -> bool:
        return self._loading is not None or self._member_reads > 0

    def _failed(self, error) -> None:
        self._loading = None
        if not isValid(self):
            return
        self._update_buttons()
        if isinstance(error, ServiceError):
            show_error(self, error)
        else:  # e.g. the database went away: said on the page, never raised into Qt's event loop
            self.member_title.setText(self.tr("The tasks could not be read: {details}").format(details=str(error)))
            self.member_title.show()

    def _show_team(self, loads, first) -> None:
        self._loading = None
        chosen, tasks, first_page = first
        self.loads = loads
        self.team.blockSignals(True)
        self.team.setRowCount(len(loads))
        for row, load in enumerate(loads):
            values = (load.full_name, translate("Roles", ROLE_LABELS[load.role]), show_number(load.overdue),
                      show_number(load.today), show_number(load.week))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.team.setItem(row, column, item)
        self.to_whom.clear()
        for load in loads:
            self.to_whom.addItem(load.full_name, load.user_id)
        ids = [load.user_id for load in loads]
        row = ids.index(chosen) if chosen in ids else (0 if loads else -1)
        self.team.setCurrentCell(row, 0)
        self.team.blockSignals(False)
        if row < 0:
            self._update_buttons()
            return
        if chosen != loads[row].user_id:  # the colleague read is not on the list (any more): read the one shown
            self._show_member(row)
            return
        self._show_member_title(loads[row])
        self._member_reads += 1
        self._show_member_tasks((chosen, Prefetched(tasks, first_page, loads[row].total)))

    def current_member(self) -> int | None:
        row = self.team.currentRow()
        return self.loads[row].user_id if 0 <= row < len(self.loads) else None

    def _show_member(self, row: int) -> None:
        """The colleague's tasks, their first page read off the GUI thread (their count is in the load)."""
        if not 0 <= row < len(self.loads):
            return
        load = self.loads[row]
        self._show_member_title(load)
        services, user_id, total = self._services, load.user_id, load.total
        reading = BackgroundTask(lambda _progress, _cancelled: (user_id, member_tasks(services, user_id, total)))
        reading.signals.finished.connect(self._show_member_tasks)
        reading.signals.failed.connect(self._member_failed)
        self._member_reads += 1
        self._update_buttons()
        reading.start()

    def _show_member_title(self, load) -> None:
        self._today = date.today()
        self.member_title.setText(self.tr("Tasks of {name}").format(name=load.full_name))

    def _member_failed(self, error) -> None:
        self._member_reads -= 1
        self._failed(error)

    def _show_member_tasks(self, result) -> None:
        self._member_reads -= 1
        user_id, tasks = result
        if not isValid(self):
            return
        if user_id != self.current_member():
            self._update_buttons()
            return  # another colleague was chosen meanwhile: their tasks are on their way
        self.model.set_source(tasks)
        if self.model.rowCount():
            self.tasks.choose(self.model.row_id(0))
        self._update_buttons()

    def _update_buttons(self) -> None:
        """The actions take input only on a task shown while no read runs: a click made while the team or a
        colleague's tasks are read is never applied to the rows that replace them."""
        task = None if self.busy else self.tasks.current_row()
        self.open_button.setEnabled(task is not None)
        self.reassign_button.setEnabled(task is not None and task.kind in self._reassignable)
        self.to_whom.setEnabled(self.reassign_button.isEnabled())

    def open_current(self) -> None:
        task = None if self.busy else self.tasks.current_row()
        if task is not None:
            self.open_requested.emit(task)

    def reassign(self) -> None:
        task = None if self.busy else self.tasks.current_row()
        to_user = self.to_whom.currentData()
        if task is None or to_user is None:
            return
        try:
            self._services.tasks.reassign(task.kind, task.record_id, to_user)
        except ServiceError as error:
            show_error(self, error)
            return
        self.reload()
