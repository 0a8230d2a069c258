"""The sessions of one program: open a new one, end one.

Ending a session asks every person served in it for a satisfaction survey (clauses 2-2, 3-4), so
the widget says how many surveys were created.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
)

from charity_desk.domain.messages import DomainError
from charity_desk.domain.roles import Permission
from charity_desk.services.errors import ServiceError
from charity_desk.services.registry import ActorServices
from charity_desk.ui.busy_work import run_while_busy
from charity_desk.ui.dialogs.new_session import NewSessionDialog
from charity_desk.ui.formatting import show_number
from charity_desk.ui.models.paged_list import Column, PagedListModel
from charity_desk.ui.widgets.form_error import FormError
from charity_desk.ui.widgets.paged_table import PagedTable


class ProgramSessions(QGroupBox):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Sessions"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)  # the editor keeps the room
        self._services = services
        self._program_id: int | None = None
        self.sessions_model = PagedListModel("", (
            Column(self.tr("Session"), lambda s: s.name),
            Column(self.tr("State"), lambda s: self.tr("Ended") if s.ended else self.tr("Open")),
        ), page_size=50, parent=self)
        self.table = PagedTable(self.sessions_model)
        self.table.setMaximumHeight(130)
        self.new_button = QPushButton(self.tr("Open a session…"))
        self.new_button.clicked.connect(self._new)
        self.end_button = QPushButton(self.tr("End selected session…"))
        self.end_button.clicked.connect(self._ask_end)
        self.result = QLabel()
        self.result.setObjectName("muted")
        self.error = FormError()
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.end_button)
        buttons.addWidget(self.result, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        self.load(None)

    def load(self, program_id: int | None) -> None:
        if program_id != self._program_id:
            self.result.clear()
            self.error.clear_message()
        self._program_id = program_id
        self.sessions_model.set_source(
            self._services.lists.program_sessions(program_id) if program_id is not None else None)
        can_manage = program_id is not None and self._services.actor.can(Permission.PROGRAM_MANAGE)
        self.new_button.setEnabled(can_manage)
        self.end_button.setEnabled(can_manage)

    def _new(self) -> None:
        if NewSessionDialog(self._services, self._program_id, self).exec():
            self.load(self._program_id)

    def _ask_end(self) -> None:
        chosen = self.table.current_row()
        if chosen is None or chosen.ended:
            return
        answer = QMessageBox.question(self, self.tr("End session"), self.tr(
            "End this session today? Everyone served in it will be owed a satisfaction survey."))
        if answer == QMessageBox.StandardButton.Yes:
            self.end_selected()

    def end_selected(self) -> None:
        """End the chosen session off the GUI thread (one survey is written per person served) while
        the sessions take no input; then its row says it ended."""
        session_id = self.table.current_id()
        if session_id is None:
            return
        self.error.clear_message()
        self._task = run_while_busy([self], lambda: self._services.delivery.end_session(session_id, date.today()),
                                    lambda surveys: self._ended(session_id, surveys), self._not_ended)

    def _ended(self, session_id: int, surveys: int) -> None:
        self._task = None
        self.result.setText(self.tr("Session ended. Satisfaction surveys now waiting: {count}.").format(
            count=show_number(surveys)))
        self.table.refresh(session_id)

    def _not_ended(self, error: Exception) -> None:
        self._task = None
        if not isinstance(error, (ServiceError, DomainError)):
            raise error
        self.error.show_message(error.message)
