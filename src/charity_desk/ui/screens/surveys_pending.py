"""Surveys owed: one for each person served in a session that has ended (clause 2-2)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from charity_desk.domain.messages import QT_TRANSLATE_NOOP
from charity_desk.domain.roles import Permission
from charity_desk.services.registry import ActorServices
from charity_desk.ui.dialogs.survey_form import SurveyFormDialog
from charity_desk.ui.form_submit import submit
from charity_desk.ui.formatting import counted
from charity_desk.ui.models.paged_list import Column, PagedListModel
from charity_desk.ui.widgets.form_error import FormError
from charity_desk.ui.widgets.paged_table import PagedTable

PENDING_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("PendingSurveysTab", "Beneficiary"), lambda s: s.beneficiary_name),
    Column(QT_TRANSLATE_NOOP("PendingSurveysTab", "Program"), lambda s: s.program),
)


class PendingSurveysTab(QWidget):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self._services = services
        hint = QLabel(self.tr("Ask each person whether they would like to give their opinion. Answering is "
                              "voluntary; if they prefer not to, mark the survey as declined."))
        hint.setWordWrap(True)
        hint.setObjectName("muted")
        self.count = QLabel()
        self.surveys_model = PagedListModel("PendingSurveysTab", PENDING_COLUMNS, parent=self)
        self.surveys_model.total_changed.connect(
            lambda total: self.count.setText(self.tr("Waiting: {count}").format(count=counted(total, "survey"))))
        self.table = PagedTable(self.surveys_model)
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
        self.surveys_model.set_source(self._services.lists.pending_surveys())
        if self.table.current_id() is None and self.surveys_model.rowCount():
            self.table.choose(self.surveys_model.row_id(0))

    def open_form(self) -> SurveyFormDialog | None:
        """The form for the selected survey, not yet shown (tests drive it before ``exec``)."""
        survey = self.table.current_row()
        return None if survey is None else SurveyFormDialog(self._services, survey, self)

    def take(self) -> None:
        survey_id, dialog = self.table.current_id(), self.open_form()
        if dialog is not None and dialog.exec():
            self._answered(survey_id)

    def decline(self) -> None:
        survey_id = self.table.current_id()
        if survey_id is not None and submit(None, self.error, lambda: self._services.surveys.decline(survey_id)):
            self._answered(survey_id)

    def _answered(self, survey_id: int) -> None:
        """An answered or declined survey leaves the list; the next one is chosen."""
        position = self.surveys_model.find(survey_id)
        self.table.refresh(survey_id)
        if self.surveys_model.rowCount():
            self.table.choose(self.surveys_model.row_id(min(max(position, 0), self.surveys_model.rowCount() - 1)))
