"""Following a breach: the notification to the authority (when, with its reference), and its closing."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLineEdit, QPlainTextEdit

from charity_desk.services.breaches import BreachView
from charity_desk.services.registry import ActorServices
from charity_desk.ui.form_submit import lay_out_form, submit
from charity_desk.ui.widgets.field_form import FieldForm
from charity_desk.ui.widgets.form_error import FormError
from charity_desk.ui.widgets.moment_input import MomentInput


class BreachReportDialog(QDialog):
    def __init__(self, services: ActorServices, breach: BreachView, parent=None):
        super().__init__(parent)
        self._services, self._breach = services, breach
        self.setWindowTitle(self.tr("Notified to the authority"))
        self.resize(480, 220)
        self.form = FieldForm()
        self.reported_at = self.form.add_field("reported_at", self.tr("Notified at"), MomentInput())
        self.reference = self.form.add_field("reference", self.tr("Reference given (optional)"), QLineEdit())
        self.error = FormError()
        lay_out_form(self, self.form, self.error, self.save)

    def save(self) -> None:
        if submit(self.form, self.error, lambda: self._services.breaches.mark_reported(
                self._breach.id, self.reported_at.value(), self.reference.text(),
                expected_version=self._breach.version)):
            self.accept()


class CloseBreachDialog(QDialog):
    def __init__(self, services: ActorServices, breach: BreachView, parent=None):
        super().__init__(parent)
        self._services, self._breach = services, breach
        self.setWindowTitle(self.tr("Close the breach"))
        self.resize(520, 300)
        self.form = FieldForm()
        self.summary = self.form.add_field("closing_summary", self.tr("How it was closed"), QPlainTextEdit())
        self.error = FormError()
        lay_out_form(self, self.form, self.error, self.save)

    def save(self) -> None:
        if submit(self.form, self.error, lambda: self._services.breaches.close(
                self._breach.id, self.summary.toPlainText(), expected_version=self._breach.version)):
            self.accept()
