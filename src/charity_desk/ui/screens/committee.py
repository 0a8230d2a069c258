"""The committee page (clause 5-5): its meetings, the chosen meeting, and the letters it sent."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget

from charity_desk.domain.roles import Permission
from charity_desk.services.registry import ActorServices
from charity_desk.ui.dialogs.new_meeting import NewMeetingDialog
from charity_desk.ui.dialogs.verify_letter import VerifyLetterDialog
from charity_desk.ui.formatting import show_short_date
from charity_desk.ui.screens.meeting_panel import MeetingPanel
from charity_desk.ui.screens.outgoing_register import OutgoingRegister
from charity_desk.ui.widgets.simple_table import SimpleTable


class CommitteePage(QWidget):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self._services = services
        self.meeting_dialog: NewMeetingDialog | None = None
        self.verify_dialog: VerifyLetterDialog | None = None
        title = QLabel(self.tr("Committee"))
        title.setObjectName("pageTitle")
        self.new_button = QPushButton(self.tr("New meeting…"))
        self.new_button.setEnabled(services.actor.can(Permission.COMMITTEE_DECIDE))
        self.new_button.clicked.connect(self.new_meeting)
        verify = QPushButton(self.tr("Verify a letter…"))
        verify.clicked.connect(self.verify_letter)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch()
        top.addWidget(self.new_button)
        top.addWidget(verify)

        self.meetings = SimpleTable([self.tr("Meeting"), self.tr("Date"), self.tr("Committee"), self.tr("State")],
                                    ltr_columns=frozenset({0}))
        self.meetings.currentCellChanged.connect(lambda *_: self.panel.show_meeting(self.meetings.current_key()))
        self.panel = MeetingPanel(services)
        self.panel.changed.connect(self._panel_changed)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.meetings)
        splitter.addWidget(self.panel)
        splitter.setSizes([130, 620])
        self.register = OutgoingRegister(services)
        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, self.tr("Meetings"))
        self.tabs.addTab(self.register, self.tr("Outgoing register"))
        self.tabs.currentChanged.connect(lambda index: index == 1 and self.register.refresh())
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    def activate(self) -> None:
        self.refresh(self.meetings.current_key())
        self.register.refresh()

    def refresh(self, select: int | None = None) -> None:
        """Reload the meetings, newest first, and show ``select`` (or the newest)."""
        rows = self._services.committees.meetings()
        self.meetings.blockSignals(True)
        self.meetings.set_rows([(number, show_short_date(held_on), committee,
                                 self.tr("Closed") if closed else self.tr("Open"))
                                for _id, number, held_on, committee, closed in rows], keys=[r[0] for r in rows])
        keys = [r[0] for r in rows]
        self.meetings.setCurrentCell(keys.index(select) if select in keys else (0 if keys else -1), 0)
        self.meetings.blockSignals(False)
        self.panel.show_meeting(self.meetings.current_key())

    def _panel_changed(self) -> None:
        """A closing or new letters: the list's state column and the register follow; the notice stays."""
        view, row = self.panel.view, self.meetings.currentRow()
        if view is not None and row >= 0:
            self.meetings.item(row, 3).setText(self.tr("Closed") if view.closed else self.tr("Open"))
        self.register.refresh()

    def new_meeting(self) -> NewMeetingDialog:
        self.meeting_dialog = NewMeetingDialog(self._services.committees, self)
        self.meeting_dialog.accepted.connect(lambda: self.refresh(self.meeting_dialog.meeting_id))
        self.meeting_dialog.open()
        return self.meeting_dialog

    def verify_letter(self) -> VerifyLetterDialog:
        self.verify_dialog = VerifyLetterDialog(self._services.letters, self)
        self.verify_dialog.open()
        return self.verify_dialog
