"""Applications: each role's work queue, and the application chosen from it.

The queue is read a page at a time; after an action on the chosen application only its row is
read again (changed in place, or removed when it has left the queue).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from charity_desk.domain.application_flow import WORK_QUEUES
from charity_desk.domain.messages import QT_TRANSLATE_NOOP
from charity_desk.domain.roles import Permission
from charity_desk.services.registry import ActorServices
from charity_desk.ui.dialogs.import_applications import ImportApplicationsDialog
from charity_desk.ui.dialogs.my_visits import MyVisitsDialog
from charity_desk.ui.formatting import show_moment, show_number
from charity_desk.ui.models.paged_list import Column, PagedListModel
from charity_desk.ui.screens.application_panel import ApplicationPanel, state_label
from charity_desk.ui.widgets.paged_table import PagedTable

QUEUE_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("ApplicationsPage", "Number"), lambda a: a.number, sort="number", ltr=True),
    Column(QT_TRANSLATE_NOOP("ApplicationsPage", "Name"), lambda a: a.beneficiary_name, sort="name"),
    Column(QT_TRANSLATE_NOOP("ApplicationsPage", "National ID"), lambda a: a.national_id, sort="national_id",
           ltr=True),
    Column(QT_TRANSLATE_NOOP("ApplicationsPage", "Program"), lambda a: a.program_name, sort="program"),
    Column(QT_TRANSLATE_NOOP("ApplicationsPage", "State"), lambda a: state_label(a.state), sort="state"),
    Column(QT_TRANSLATE_NOOP("ApplicationsPage", "Received"), lambda a: show_moment(a.submitted_at),
           sort="received", ltr=True),
)


class ApplicationsPage(QWidget):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self._services = services
        self._shown: int | None = None
        title = QLabel(self.tr("Applications"))
        title.setObjectName("pageTitle")
        self.queue = QComboBox()
        names = {"verification": self.tr("Waiting for verification"), "visits": self.tr("Waiting for a home visit"),
                 "committee": self.tr("Ready for the committee"), "enrollment": self.tr("Accepted and enrolled")}
        for key in WORK_QUEUES:
            self.queue.addItem(names[key], key)
        self.queue.currentIndexChanged.connect(self._queue_switched)
        self.import_button = QPushButton(self.tr("Import e-form applications…"))
        self.import_button.clicked.connect(self._import)
        self.import_button.setEnabled(services.actor.can(Permission.APPLICATION_EDIT))
        self.count = QLabel()
        self.count.setObjectName("muted")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Work queue")))
        top.addWidget(self.queue)
        top.addWidget(self.count)
        top.addStretch()
        if services.actor.can(Permission.VISIT_EDIT):
            my_visits = QPushButton(self.tr("My home visits…"))
            my_visits.clicked.connect(lambda: MyVisitsDialog(self._services, self).exec() and self.activate())
            top.addWidget(my_visits)
        top.addWidget(self.import_button)
        self.queue_model = PagedListModel("ApplicationsPage", QUEUE_COLUMNS, parent=self)
        self.queue_model.total_changed.connect(
            lambda total: self.count.setText(self.tr("Applications: {count}").format(count=show_number(total))))
        self.table = PagedTable(self.queue_model)
        self.table.current_changed.connect(self._chosen)
        self.panel = ApplicationPanel(services)
        self.panel.changed.connect(self._application_changed)
        self.panel.busy.connect(self._busy)
        self._top = top
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.panel)
        # A taller window gives its extra height to the queue: the panel already shows its checklist whole.
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([300, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def activate(self) -> None:
        """Read the chosen queue from its first page, keeping the chosen application when it is there."""
        self.queue_model.set_source(self._services.lists.application_queue(WORK_QUEUES[self.queue.currentData()]))
        chosen = self.table.current_id()
        self._chosen(chosen if chosen is not None else self._shown)

    def _queue_switched(self) -> None:
        self._shown = None
        self.activate()

    def show_application(self, application_id: int) -> None:
        self._chosen(application_id)

    def _chosen(self, application_id: int | None) -> None:
        self._shown = application_id
        self.panel.show_application(application_id)

    def _application_changed(self) -> None:
        """Only the shown application's row is read again; the panel keeps showing it."""
        if self._shown is not None:
            self.table.refresh(self._shown)

    def _busy(self, busy: bool) -> None:
        """While the panel's action runs, neither the queue nor the controls above it take input."""
        self.table.setEnabled(not busy)
        for index in range(self._top.count()):
            if (widget := self._top.itemAt(index).widget()) is not None:
                widget.setEnabled(not busy and (widget is not self.import_button
                                                or self._services.actor.can(Permission.APPLICATION_EDIT)))

    def _import(self) -> None:
        if ImportApplicationsDialog(self._services, self).exec():
            self.activate()
