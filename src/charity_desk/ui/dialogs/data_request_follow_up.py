"""Following a data-subject request: its one extension (with the reason), and its answer."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
)

from charity_desk.domain.privacy_deadlines import MAX_EXTENSION_DAYS
from charity_desk.services.data_requests import OUTCOMES, DataRequestView
from charity_desk.services.registry import ActorServices
from charity_desk.ui.form_submit import lay_out_form, submit
from charity_desk.ui.formatting import show_short_date
from charity_desk.ui.privacy_labels import REQUEST_OUTCOMES, label
from charity_desk.ui.widgets.field_form import FieldForm
from charity_desk.ui.widgets.form_error import FormError


class ExtendDataRequestDialog(QDialog):
    def __init__(self, services: ActorServices, request: DataRequestView, parent=None):
        super().__init__(parent)
        self._services, self._request = services, request
        self.setWindowTitle(self.tr("Extend the answer time"))
        self.resize(520, 320)
        self.form = FieldForm()
        self.days = self.form.add_field("days", self.tr("More days"), QSpinBox())
        self.days.setRange(1, MAX_EXTENSION_DAYS)
        self.days.setValue(MAX_EXTENSION_DAYS)
        self.new_due = QLabel()
        self.new_due.setObjectName("muted")
        self.form.addRow("", self.new_due)
        self.reason = self.form.add_field("reason", self.tr("Why more time is needed"), QPlainTextEdit())
        note = QLabel(self.tr("A request may be extended only once."))
        note.setObjectName("muted")
        self.form.addRow("", note)
        self.days.valueChanged.connect(self._show_due)
        self._show_due()
        self.error = FormError()
        lay_out_form(self, self.form, self.error, self.save)

    def _show_due(self) -> None:
        due = self._request.due_on + timedelta(days=self.days.value())
        self.new_due.setText(self.tr("New due date: {date}").format(date=show_short_date(due)))

    def save(self) -> None:
        if submit(self.form, self.error, lambda: self._services.data_requests.extend(
                self._request.id, self.days.value(), self.reason.toPlainText(),
                expected_version=self._request.version)):
            self.accept()


class CloseDataRequestDialog(QDialog):
    def __init__(self, services: ActorServices, request: DataRequestView, parent=None):
        super().__init__(parent)
        self._services, self._request = services, request
        self.setWindowTitle(self.tr("Close with the answer"))
        self.resize(520, 340)
        self.form = FieldForm()
        self.outcome = self.form.add_field("outcome", self.tr("Outcome"), QComboBox())
        self.outcome.addItem("", "")
        for code in OUTCOMES:
            self.outcome.addItem(label(REQUEST_OUTCOMES, code), code)
        self.details = self.form.add_field("outcome_details", self.tr("What was done, or why it was refused"),
                                           QPlainTextEdit())
        self.error = FormError()
        lay_out_form(self, self.form, self.error, self.save)

    def save(self) -> None:
        if submit(self.form, self.error, lambda: self._services.data_requests.close(
                self._request.id, self.outcome.currentData(), self.details.toPlainText(),
                expected_version=self._request.version)):
            self.accept()
