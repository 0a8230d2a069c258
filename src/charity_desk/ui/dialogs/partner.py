"""Adding another association to the referral directory, from the referral dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLineEdit, QPlainTextEdit

from charity_desk.services.errors import InvalidInput, ServiceError
from charity_desk.services.referral_views import PartnerInput
from charity_desk.services.registry import ActorServices
from charity_desk.ui.form_submit import lay_out_form
from charity_desk.ui.widgets.field_form import FieldForm
from charity_desk.ui.widgets.form_error import FormError


class PartnerDialog(QDialog):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self._services = services
        self.partner_id: int | None = None
        self.setWindowTitle(self.tr("New partner association"))
        self.resize(520, 380)
        self.form = FieldForm()
        self.name = self.form.add_field("name", self.tr("Association"), QLineEdit())
        self.offered = self.form.add_field("services", self.tr("Services it provides"), QPlainTextEdit())
        self.city = self.form.add_field("city", self.tr("City"), QLineEdit())
        self.phone = self.form.add_field("phone", self.tr("Phone"), QLineEdit())
        self.email = self.form.add_field("email", self.tr("E-mail"), QLineEdit())
        self.contact_person = self.form.add_field("contact_person", self.tr("Contact person"), QLineEdit())
        self.error = FormError()
        lay_out_form(self, self.form, self.error, self.save)

    def save(self) -> None:
        self.form.clear_errors()
        self.error.clear_message()
        data = PartnerInput(self.name.text(), self.offered.toPlainText(), self.city.text(), self.phone.text(),
                            self.email.text(), self.contact_person.text())
        try:
            self.partner_id = self._services.referrals.save_partner(data)
        except InvalidInput as error:
            self.form.show_errors(error.fields)
            return
        except ServiceError as error:
            self.error.show_message(error.message)
            return
        self.accept()
