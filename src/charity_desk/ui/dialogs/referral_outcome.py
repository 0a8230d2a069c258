"""What the other association did with a referral, and when to follow it up next."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QPlainTextEdit

from charity_desk.domain.messages import DomainError
from charity_desk.i18n import translate
from charity_desk.services.errors import InvalidInput, ServiceError
from charity_desk.services.referral_views import STATUSES, ReferralView
from charity_desk.services.registry import ActorServices
from charity_desk.ui.form_submit import lay_out_form
from charity_desk.ui.widgets.date_input import GREGORIAN, DateInput
from charity_desk.ui.widgets.field_form import FieldForm
from charity_desk.ui.widgets.form_error import FormError


class ReferralOutcomeDialog(QDialog):
    def __init__(self, services: ActorServices, referral: ReferralView, parent=None):
        super().__init__(parent)
        self._services = services
        self._referral = referral
        self.setWindowTitle(self.tr("Outcome of the referral to {partner}").format(partner=referral.partner_name))
        self.resize(520, 320)
        self.form = FieldForm()
        self.status = self.form.add_field("status", self.tr("What became of it"), QComboBox())
        for code, label in STATUSES.items():
            self.status.addItem(translate("Referrals", label), code)
        self.status.setCurrentIndex(self.status.findData(referral.status))
        self.outcome = self.form.add_field("outcome", self.tr("Their answer or what they did"), QPlainTextEdit())
        self.outcome.setPlainText(referral.outcome)
        self.follow_up = self.form.add_field("follow_up_on", self.tr("Next follow-up (while open)"),
                                             DateInput(GREGORIAN))
        self.follow_up.set_value(referral.follow_up_on)
        self.error = FormError()
        lay_out_form(self, self.form, self.error, self.save)

    def save(self) -> None:
        self.form.clear_errors()
        self.error.clear_message()
        try:
            follow_up = self.follow_up.value()
        except DomainError as error:
            self.form.show_errors({"follow_up_on": error.message})
            return
        if follow_up == self._referral.follow_up_on:
            follow_up = None  # unchanged: an overdue date stands until a new one is chosen
        try:
            self._services.referrals.record_outcome(self._referral.id, self.status.currentData(),
                                                    self.outcome.toPlainText(), self._referral.version, follow_up)
        except InvalidInput as error:
            self.form.show_errors(error.fields)
            return
        except ServiceError as error:
            self.error.show_message(error.message)
            return
        self.accept()
