"""Recording what was given to an enrolled person (clause 5-8: the service delivery log).

The service checks the delivery against the committee's decision; when it refuses (more cash than
decided, or after the decided duration) its reason is shown here and nothing is recorded.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
)

from charity_desk.domain.household import parse_amount
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message
from charity_desk.services.delivery import KINDS, DeliveryInput
from charity_desk.services.errors import InvalidInput
from charity_desk.services.registry import ActorServices
from charity_desk.ui.feedback_labels import DELIVERY_KINDS, label
from charity_desk.ui.form_submit import lay_out_form, submit
from charity_desk.ui.widgets.date_input import GREGORIAN, DateInput
from charity_desk.ui.widgets.field_form import FieldForm
from charity_desk.ui.widgets.form_error import FormError

_NO_DATE = Message("RecordDeliveryDialog", QT_TRANSLATE_NOOP("RecordDeliveryDialog", "Enter the delivery date."))
_NO_ENROLMENT = Message("RecordDeliveryDialog", QT_TRANSLATE_NOOP(
    "RecordDeliveryDialog", "The person is not enrolled in any session: enrol them from an accepted application."))


class RecordDeliveryDialog(QDialog):
    def __init__(self, services: ActorServices, beneficiary_id: int, parent=None):
        super().__init__(parent)
        self._services = services
        self.delivery_id: int | None = None
        self.setWindowTitle(self.tr("Record delivery"))
        self.resize(600, 480)
        self.form = FieldForm()
        self.enrolment = self.form.add_field("enrolment", self.tr("Program and session"), QComboBox())
        for enrolment_id, program, session in services.delivery.enrolments(beneficiary_id):
            self.enrolment.addItem(f"{program} — {session}", enrolment_id)
        self.kind = self.form.add_field("kind", self.tr("What was given"), QComboBox())
        for code in KINDS:
            self.kind.addItem(label(DELIVERY_KINDS, code), code)
        self.delivered_on = self.form.add_field("delivered_on", self.tr("Date"), DateInput(GREGORIAN))
        self.delivered_on.set_value(date.today())
        self.amount = self.form.add_field("amount", self.tr("Amount (riyals)"), QLineEdit())
        self.items = self.form.add_field("items", self.tr("Items"), QLineEdit())
        self.items.setPlaceholderText(self.tr("for example: food basket"))
        self.quantity = self.form.add_field("quantity", self.tr("Quantity"), QSpinBox())
        self.quantity.setRange(0, 100_000)
        self.notes = self.form.add_field("notes", self.tr("Notes"), QPlainTextEdit())
        self.notes.setMaximumHeight(70)
        self.kind.currentIndexChanged.connect(self._fit_kind)
        self.error = FormError()
        lay_out_form(self, self.form, self.error, self.save)
        self._fit_kind()
        if not self.enrolment.count():
            self.error.show_message(_NO_ENROLMENT)

    def _fit_kind(self) -> None:
        """Cash takes an amount; the other kinds take items and a quantity."""
        cash = self.kind.currentData() == "cash"
        self.amount.setEnabled(cash)
        self.items.setEnabled(not cash)
        self.quantity.setEnabled(not cash)

    def _input(self) -> DeliveryInput:
        """What was typed; every field that cannot be read is refused at once (InvalidInput)."""
        errors, when, amount = [], None, Decimal("0")
        try:
            when = self.delivered_on.value()
        except DomainError as error:
            errors.append(DomainError(error.message, field="delivered_on"))
        else:
            if when is None:
                errors.append(DomainError(_NO_DATE, field="delivered_on"))
        cash = self.kind.currentData() == "cash"
        if cash:
            try:
                amount = parse_amount(self.amount.text())
            except DomainError as error:
                errors.append(DomainError(error.message, field="amount"))
        if errors:
            raise InvalidInput(errors)
        return DeliveryInput(kind=self.kind.currentData(), delivered_on=when, amount=amount,
                             items="" if cash else self.items.text(), quantity=0 if cash else self.quantity.value(),
                             notes=self.notes.toPlainText())

    def save(self) -> None:
        if self.enrolment.currentData() is None:
            return

        def deliver():
            self.delivery_id = self._services.delivery.deliver(self.enrolment.currentData(), self._input())
        if submit(self.form, self.error, deliver):
            self.accept()
