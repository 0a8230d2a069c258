"""Applying to a program for a person (clause 5-7): the instructions are shown and accepted."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
)

from charity_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from charity_desk.reference import channels
from charity_desk.services.applications import CONSENT_METHODS, ConsentInput, application_input_errors
from charity_desk.services.auth import AuthService
from charity_desk.services.double_benefit import DoubleBenefit, DoubleBenefitApproval
from charity_desk.services.errors import InvalidInput, ServiceError
from charity_desk.services.registry import ActorServices
from charity_desk.ui.dialogs.double_benefit import DoubleBenefitDialog
from charity_desk.ui.form_submit import lay_out_form
from charity_desk.ui.widgets.choice_combo import ChoiceCombo
from charity_desk.ui.widgets.field_form import FieldForm
from charity_desk.ui.widgets.form_error import FormError


class NewApplicationDialog(QDialog):
    def __init__(self, services: ActorServices, beneficiary_id: int, parent=None):
        super().__init__(parent)
        self._services = services
        self._beneficiary_id = beneficiary_id
        self.application_id: int | None = None
        self.setWindowTitle(self.tr("New application"))
        self.resize(620, 520)
        self.form = FieldForm()
        self.program = self.form.add_field("program", self.tr("Program"), QComboBox())
        self._programs = {p.id: p for p in services.programs.list(active_only=True)}
        for program in self._programs.values():
            self.program.addItem(program.name, program.id)
        self.channel = self.form.add_field("channel", self.tr("Came by"), ChoiceCombo(channels(), False))
        self.instructions = self.form.add_field("instructions", self.tr("Program instructions"), QPlainTextEdit())
        self.instructions.setReadOnly(True)
        labels = {"written": self.tr("Written (signed form)"), "verbal": self.tr("Verbal, at the desk"),
                  "electronic": self.tr("Electronic (online form)")}
        self.consent_method = self.form.add_field("consent_method", self.tr("How it was accepted"), QComboBox())
        for method in CONSENT_METHODS:
            self.consent_method.addItem(labels[method], method)
        self.accepted = self.form.add_field("accepted", "", QCheckBox(
            self.tr("The applicant was told the instructions and accepts them")))
        self.guardian_name = self.form.add_field("guardian_name", self.tr("Guardian (if the applicant lacks "
                                                                          "capacity)"), QLineEdit())
        self.guardian_id = self.form.add_field("guardian_national_id", self.tr("Guardian's national ID"), QLineEdit())
        self.error = FormError()
        lay_out_form(self, self.form, self.error, self._save)
        self.program.currentIndexChanged.connect(self._show_instructions)
        self._show_instructions()

    def _show_instructions(self) -> None:
        program = self._programs.get(self.program.currentData())
        self.instructions.setPlainText(
            self.tr("Version {version}:").format(version=program.instructions_version) + "\n" + program.instructions
            if program else "")

    def _consent(self) -> ConsentInput:
        return ConsentInput(self.consent_method.currentData(), self.guardian_name.text(), self.guardian_id.text())

    def _form_errors(self) -> dict[str, Message]:
        """Everything to correct before the application can be made, all at once."""
        errors: dict[str, Message] = {}
        if self.program.currentData() is None:
            errors["program"] = Message("NewApplicationDialog", QT_TRANSLATE_NOOP(
                "NewApplicationDialog", "There is no open program to apply to."))
        errors.update(application_input_errors(self.channel.code(), self._consent()))
        if not self.accepted.isChecked():
            errors["accepted"] = Message("NewApplicationDialog", QT_TRANSLATE_NOOP(
                "NewApplicationDialog", "The applicant must be told the program's instructions and accept them."))
        return errors

    def _save(self, approval: DoubleBenefitApproval | None = None) -> None:
        self.form.clear_errors()
        self.error.clear_message()
        if errors := self._form_errors():
            self.form.show_errors(errors)
            return
        try:
            self.application_id = self._services.applications.apply(
                self._beneficiary_id, self.program.currentData(), self.channel.code(), self._consent(),
                double_benefit=approval)
        except DoubleBenefit as warning:  # another member of the household receives it: a supervisor decides
            dialog = DoubleBenefitDialog(AuthService(self._services.db), self._services.actor, warning, self)
            if dialog.exec():
                self._save(dialog.approval)
            return
        except InvalidInput as error:
            self.form.show_errors(error.fields)
            self.error.show_message(error.message)
            return
        except ServiceError as error:
            self.error.show_message(error.message)
            return
        self.accept()
