"""Adding or correcting one family member."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QDialog, QLineEdit

from charity_desk.domain.household import parse_amount
from charity_desk.domain.messages import DomainError
from charity_desk.reference import choices
from charity_desk.services.errors import InvalidInput, ServiceError
from charity_desk.services.file_edits import FamilyMemberInput
from charity_desk.services.file_views import FamilyMemberView
from charity_desk.services.registry import ActorServices
from charity_desk.ui.form_submit import lay_out_form
from charity_desk.ui.widgets.choice_combo import ChoiceCombo
from charity_desk.ui.widgets.date_input import DateInput
from charity_desk.ui.widgets.field_form import FieldForm
from charity_desk.ui.widgets.form_error import FormError


class FamilyMemberDialog(QDialog):
    def __init__(self, services: ActorServices, beneficiary_id: int, member: FamilyMemberView | None = None,
                 parent=None):
        super().__init__(parent)
        self._services = services
        self._beneficiary_id = beneficiary_id
        self._member = member
        self.setWindowTitle(self.tr("Family member"))
        self.form = FieldForm()
        self.full_name = self.form.add_field("full_name", self.tr("Full name"), QLineEdit())
        self.relation = self.form.add_field("relation", self.tr("Relation"), ChoiceCombo(choices("relation")))
        self.national_id = self.form.add_field("national_id", self.tr("National ID (if any)"), QLineEdit())
        self.gender = self.form.add_field("gender", self.tr("Gender"), ChoiceCombo(choices("gender")))
        self.birth_date = self.form.add_field("birth_date", self.tr("Birth date"), DateInput())
        self.income = self.form.add_field("monthly_income", self.tr("Monthly income (riyals)"), QLineEdit("0"))
        self.disability = self.form.add_field("disability", self.tr("Disability"), QLineEdit())
        self.schooling = self.form.add_field("schooling", self.tr("Schooling"), ChoiceCombo(choices("schooling")))
        self.reason = self.form.add_field("reason", self.tr("Reason for the correction"), QLineEdit())
        self.reason.setVisible(member is not None)
        self.error = FormError()
        lay_out_form(self, self.form, self.error, self._save)
        if member is not None:
            self.full_name.setText(member.full_name)
            self.relation.set_code(member.relation)
            self.national_id.setText(member.national_id)
            self.gender.set_code(member.gender)
            self.birth_date.set_value(member.birth_date)
            self.income.setText(str(member.monthly_income))
            self.disability.setText(member.disability)
            self.schooling.set_code(member.schooling)

    def _input(self) -> FamilyMemberInput:
        errors, birth, income = [], None, Decimal("0")
        try:
            birth = self.birth_date.value()
        except DomainError as error:
            errors.append(DomainError(error.message, field="birth_date"))
        try:
            income = parse_amount(self.income.text() or "0", field="monthly_income")
        except DomainError as error:
            errors.append(error)
        if errors:
            raise InvalidInput(errors)
        return FamilyMemberInput(self.full_name.text(), self.relation.code(), self.national_id.text(),
                                 self.gender.code(), birth, income, self.disability.text(), self.schooling.code())

    def _save(self) -> None:
        self.form.clear_errors()
        try:
            data = self._input()
            if self._member is None:
                self._services.file_edits.add_family_member(self._beneficiary_id, data)
            else:
                self._services.file_edits.update_family_member(self._member.id, self._member.version, data,
                                                               self.reason.text())
        except InvalidInput as error:
            self.form.show_errors(error.fields)
            self.error.show_message(error.message)
            return
        except ServiceError as error:
            self.form.show_errors({error.field: error.message} if error.field else {})
            self.error.show_message(error.message)
            return
        self.accept()
