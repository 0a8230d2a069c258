"""The committee page (clause 5-5): its meetings, the chosen meeting, and the letters it sent."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget

from charity_desk.domain.messages import QT_TRANSLATE_NOOP
from charity_desk.domain.roles import Permission
from charity_desk.services.registry import ActorServices
from charity_desk.ui.dialogs.new_meeting import NewMeetingDialog
from charity_desk.ui.dialogs.verify_letter import VerifyLetterDialog
from charity_desk.ui.formatting import show_short_date
from charity_desk.ui.models.paged_list import Column, PagedListModel
from charity_desk.ui.screens.meeting_panel import MeetingPanel
from charity_desk.ui.screens.outgoing_register import OutgoingRegister
from charity_desk.ui.widgets.paged_table import PagedTable

_OPEN, _CLOSED = QT_TRANSLATE_NOOP("CommitteePage", "Open"), QT_TRANSLATE_NOOP("CommitteePage", "Closed")
MEETING_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("CommitteePage", "Meeting"), lambda m: m.number, ltr=True),
    Column(QT_TRANSLATE_NOOP("CommitteePage", "Date"), lambda m: show_short_date(m.held_on), sort="held"),
    Column(QT_TRANSLATE_NOOP("CommitteePage", "Committee"), lambda m: m.committee),
    Column(QT_TRANSLATE_NOOP("CommitteePage", "State"),
           lambda m: QCoreApplication.translate("CommitteePage", _CLOSED if m.closed else _OPEN)),
)


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

        self.meetings_model = PagedListModel("CommitteePage", MEETING_COLUMNS, page_size=50, parent=self)
        self.meetings = PagedTable(self.meetings_model)
        #: While the list is read again, the meeting is shown once at the end, not as the list chooses it.
        self._refreshing = False
        self.meetings.current_changed.connect(
            lambda meeting_id: self._refreshing or self.panel.show_meeting(meeting_id))
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
        self.refresh(self.meetings.current_id())
        if self.tabs.currentIndex() == 1:
            self.register.refresh()

    def refresh(self, select: int | None = None) -> None:
        """Read the meetings again from the newest, and show ``select`` (or the newest)."""
        self._refreshing = True
        try:
            self.meetings_model.set_source(self._services.lists.meetings())
            if not (select is not None and self.meetings.choose(select)) and self.meetings_model.rowCount():
                self.meetings.choose(self.meetings_model.row_id(0))
        finally:
            self._refreshing = False
        self.panel.show_meeting(self.meetings.current_id())

    def _panel_changed(self) -> None:
        """A closing or new letters: the meeting's row and the register follow; the notice stays."""
        if self.panel.view is not None:
            self.meetings.refresh(self.panel.view.id)
        if self.tabs.currentIndex() == 1:
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
