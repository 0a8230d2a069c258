"""Surveys owed: one for each person served in a session that has ended (clause 2-2)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from charity_desk.domain.roles import Permission
from charity_desk.services.registry import ActorServices
from charity_desk.ui.dialogs.survey_form import SurveyFormDialog
from charity_desk.ui.form_submit import submit
from charity_desk.ui.widgets.form_error import FormError
from charity_desk.ui.widgets.simple_table import SimpleTable


class PendingSurveysTab(QWidget):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self._services = services
        self._surveys = {}
        hint = QLabel(self.tr("Ask each person whether they would like to give their opinion. Answering is "
                              "voluntary; if they prefer not to, mark the survey as declined."))
        hint.setWordWrap(True)
        hint.setObjectName("muted")
        self.count = QLabel()
        self.table = SimpleTable([self.tr("Beneficiary"), self.tr("Program")])
        self.table.doubleClicked.connect(lambda _index: self.take())
        self.take_button = QPushButton(self.tr("Take survey…"))
        self.take_button.clicked.connect(self.take)
        self.decline_button = QPushButton(self.tr("Declined"))
        self.decline_button.setToolTip(self.tr("The person preferred not to answer"))
        self.decline_button.clicked.connect(self.decline)
        can_record = services.actor.can(Permission.BENEFICIARY_EDIT)
        self.take_button.setEnabled(can_record)
        self.decline_button.setEnabled(can_record)
        self.error = FormError()
        buttons = QHBoxLayout()
        buttons.addWidget(self.take_button)
        buttons.addWidget(self.decline_button)
        buttons.addStretch()
        buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)

    def activate(self) -> None:
        surveys = self._services.surveys.pending()
        self._surveys = {s.id: s for s in surveys}
        self.table.set_rows([(s.beneficiary_name, s.program) for s in surveys], keys=[s.id for s in surveys])
        if surveys:
            self.table.setCurrentCell(0, 0)
        self.count.setText(self.tr("%n survey(s) waiting", "", len(surveys)))

    def open_form(self) -> SurveyFormDialog | None:
        """The form for the selected survey, not yet shown (tests drive it before ``exec``)."""
        survey = self._surveys.get(self.table.current_key())
        return None if survey is None else SurveyFormDialog(self._services, survey, self)

    def take(self) -> None:
        dialog = self.open_form()
        if dialog is not None and dialog.exec():
            self.activate()

    def decline(self) -> None:
        survey_id = self.table.current_key()
        if survey_id is not None and submit(None, self.error, lambda: self._services.surveys.decline(survey_id)):
            self.activate()
