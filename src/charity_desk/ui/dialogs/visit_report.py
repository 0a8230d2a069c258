"""Writing up a home visit: what was found, the home's condition, the recommendation, photos."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
)

from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message
from charity_desk.reference import choices
from charity_desk.services.errors import InvalidInput, ServiceError
from charity_desk.services.registry import ActorServices
from charity_desk.services.visits import VisitReport, visit_report_errors
from charity_desk.ui.form_submit import lay_out_form
from charity_desk.ui.formatting import counted
from charity_desk.ui.widgets.choice_combo import ChoiceCombo
from charity_desk.ui.widgets.date_input import GREGORIAN, DateInput
from charity_desk.ui.widgets.field_form import FieldForm
from charity_desk.ui.widgets.form_error import FormError

_DATE_MISSING = Message("VisitReportDialog", QT_TRANSLATE_NOOP("VisitReportDialog", "Enter the date of the visit."))


class VisitReportDialog(QDialog):
    def __init__(self, services: ActorServices, visit_id: int, version: int, parent=None):
        super().__init__(parent)
        self._services = services
        self._visit_id = visit_id
        self._version = version
        self._photos: list[Path] = []
        self.setWindowTitle(self.tr("Home visit report"))
        self.resize(560, 480)
        self.form = FieldForm()
        self.visited_on = self.form.add_field("visited_on", self.tr("Visited on"), DateInput(GREGORIAN))
        self.visited_on.set_value(date.today())
        self.findings = self.form.add_field("findings", self.tr("Findings"), QPlainTextEdit())
        self.condition = self.form.add_field("housing_condition", self.tr("Condition of the home"),
                                             ChoiceCombo(choices("housing_condition")))
        self.recommendation = self.form.add_field("recommendation", self.tr("Recommendation"), QPlainTextEdit())
        self.photos_label = QLabel()
        add_photos = QPushButton(self.tr("Add photos…"))
        add_photos.clicked.connect(self._add_photos)
        self.form.add_field("photos", self.tr("Photos"), add_photos)
        self.error = FormError()
        lay_out_form(self, self.form, self.error, self._save, self.photos_label)

    def _add_photos(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose photos"), "",
                                                self.tr("Images (*.png *.jpg *.jpeg)"))
        self._photos.extend(Path(p) for p in paths)
        self.photos_label.setText(self.tr("Chosen: {count}").format(count=counted(len(self._photos), "photo")))

    def _save(self) -> None:
        """Save the report, or list everything to correct at once: the date as typed and the service's
        own checks of the rest."""
        self.form.clear_errors()
        self.error.clear_message()
        errors: dict[str, Message] = {}
        try:
            visited_on = self.visited_on.value()
        except DomainError as error:
            errors["visited_on"], visited_on = error.message, None
        else:
            if visited_on is None:
                errors["visited_on"] = _DATE_MISSING
        report = VisitReport(visited_on or date.today(), self.findings.toPlainText(), self.condition.code(),
                             self.recommendation.toPlainText(), tuple(self._photos))
        for problem in visit_report_errors(report, date.today()):
            errors.setdefault(problem.field, problem.message)
        if errors:
            self.form.show_errors(errors)
            return
        try:
            self._services.visits.record(self._visit_id, report, expected_version=self._version)
        except InvalidInput as error:
            self.form.show_errors(error.fields)
            self.error.show_message(error.message)
            return
        except ServiceError as error:
            self.error.show_message(error.message)
            return
        self.accept()
