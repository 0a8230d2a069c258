"""Applications: each role's work queue, and the application chosen from it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from charity_desk.domain.application_flow import WORK_QUEUES
from charity_desk.domain.roles import Permission
from charity_desk.services.registry import ActorServices
from charity_desk.ui.dialogs.import_applications import ImportApplicationsDialog
from charity_desk.ui.dialogs.my_visits import MyVisitsDialog
from charity_desk.ui.formatting import show_moment
from charity_desk.ui.screens.application_panel import ApplicationPanel, state_label
from charity_desk.ui.widgets.simple_table import SimpleTable


class ApplicationsPage(QWidget):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self._services = services
        title = QLabel(self.tr("Applications"))
        title.setObjectName("pageTitle")
        self.queue = QComboBox()
        names = {"verification": self.tr("Waiting for verification"), "visits": self.tr("Waiting for a home visit"),
                 "committee": self.tr("Ready for the committee"), "enrollment": self.tr("Accepted and enrolled")}
        for key in WORK_QUEUES:
            self.queue.addItem(names[key], key)
        self.queue.currentIndexChanged.connect(self.activate)
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
        self.table = SimpleTable([self.tr("Number"), self.tr("Name"), self.tr("National ID"), self.tr("Program"),
                                  self.tr("State"), self.tr("Received")], ltr_columns=frozenset({0, 2, 5}))
        self.table.currentCellChanged.connect(lambda *_: self.panel.show_application(self.table.current_key()))
        self.panel = ApplicationPanel(services)
        self.panel.changed.connect(self._refresh_list)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.panel)
        splitter.setSizes([220, 600])
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def activate(self) -> None:
        self._refresh_list()
        self.panel.show_application(self.table.current_key())

    def show_application(self, application_id: int) -> None:
        self.panel.show_application(application_id)

    def _refresh_list(self) -> None:
        """Reload the queue keeping the chosen row; the panel keeps showing its application."""
        selected = self.table.current_key()
        rows = self._services.applications.queue(WORK_QUEUES[self.queue.currentData()])
        self.table.blockSignals(True)
        self.table.set_rows([(a.number, a.beneficiary_name, a.national_id, a.program_name, state_label(a.state),
                              show_moment(a.submitted_at)) for a in rows], keys=[a.id for a in rows])
        for row, application in enumerate(rows):
            if application.id == selected:
                self.table.setCurrentCell(row, 0)
        self.table.blockSignals(False)
        self.count.setText(self.tr("%n application(s)", "", len(rows)))

    def _import(self) -> None:
        if ImportApplicationsDialog(self._services, self).exec():
            self.activate()
