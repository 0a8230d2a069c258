"""Giving a colleague a task: to whom, by when, and what is to be done (a task given by hand)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QDialog, QPlainTextEdit

from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message
from charity_desk.services.registry import ActorServices
from charity_desk.services.tasks.service import ManualTaskInput
from charity_desk.ui.form_submit import lay_out_form, submit
from charity_desk.ui.widgets.date_input import DateInput
from charity_desk.ui.widgets.field_form import FieldForm
from charity_desk.ui.widgets.form_error import FormError

_DUE_MISSING = QT_TRANSLATE_NOOP("GiveTaskDialog", "Enter the date the task is due.")
_NOBODY = QT_TRANSLATE_NOOP("GiveTaskDialog", "No colleague has an account yet: an administrator adds staff accounts "
                                              "in Settings.")


class GiveTaskDialog(QDialog):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self._services = services
        self.task_id: int | None = None
        self.setWindowTitle(self.tr("Give a colleague a task"))
        self.resize(560, 360)
        self.form = FieldForm()
        self.assignee = self.form.add_field("assignee", self.tr("To"), QComboBox())
        for user_id, name in services.tasks.colleagues():
            if user_id != services.actor.user_id:
                self.assignee.addItem(name, user_id)
        self.due_on = self.form.add_field("due_on", self.tr("Due on"), DateInput())
        self.due_on.set_value(date.today())
        self.note = self.form.add_field("note", self.tr("What is to be done"), QPlainTextEdit())
        self.error = FormError()
        lay_out_form(self, self.form, self.error, self.save)
        if self.assignee.count() == 0:
            self.error.show_message(Message("GiveTaskDialog", _NOBODY))

    def _due(self) -> date:
        try:
            due = self.due_on.value()
        except DomainError as error:
            raise DomainError(error.message, field="due_on") from error
        if due is None:
            raise DomainError(Message("GiveTaskDialog", _DUE_MISSING), field="due_on")
        return due

    def save(self) -> None:
        def give():
            self.task_id = self._services.tasks.give(ManualTaskInput(
                self.assignee.currentData(), self._due(), self.note.toPlainText()))
        if submit(self.form, self.error, give):
            self.accept()
