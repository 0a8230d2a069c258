"""Opening a session of a program (a cohort, a distribution round) that people are enrolled in."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QLineEdit

from charity_desk.services.registry import ActorServices
from charity_desk.ui.form_submit import lay_out_form, submit
from charity_desk.ui.formatting import show_text
from charity_desk.ui.widgets.date_input import GREGORIAN, DateInput
from charity_desk.ui.widgets.field_form import FieldForm
from charity_desk.ui.widgets.form_error import FormError


class NewSessionDialog(QDialog):
    def __init__(self, services: ActorServices, program_id: int, parent=None):
        super().__init__(parent)
        self._services = services
        self._program_id = program_id
        self.session_id: int | None = None
        self.setWindowTitle(self.tr("New session"))
        self.resize(520, 200)
        self.form = FieldForm()
        self.name = self.form.add_field("name", self.tr("Session name"), QLineEdit())
        self.name.setPlaceholderText(show_text(self.tr("for example «Ramadan 1448» or «Cohort 3»")))
        self.starts_on = self.form.add_field("starts_on", self.tr("Starts on"), DateInput(GREGORIAN))
        self.starts_on.set_value(date.today())
        self.error = FormError()
        lay_out_form(self, self.form, self.error, self.save)

    def save(self) -> None:
        def open_session():
            self.session_id = self._services.delivery.open_session(
                self._program_id, self.name.text(), self.starts_on.value() or date.today())
        if submit(self.form, self.error, open_session):
            self.accept()
