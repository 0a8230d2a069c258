"""Referring a person to another association (clause 5-10): to whom, why, which data is shared.

Once saved, the dialog stays open on its result so the referral letter can be previewed and
printed at once; closing it then, in any way, reports the referral as made.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message
from charity_desk.i18n import translate
from charity_desk.services.errors import InvalidInput, ServiceError
from charity_desk.services.referral_views import SHARED_ITEMS, ReferralView
from charity_desk.services.referrals import referral_input_errors
from charity_desk.services.registry import ActorServices
from charity_desk.ui.dialogs.partner import PartnerDialog
from charity_desk.ui.form_keyboard import keyboard_form
from charity_desk.ui.formatting import show_text
from charity_desk.ui.widgets.date_input import GREGORIAN, DateInput
from charity_desk.ui.widgets.field_form import FieldForm
from charity_desk.ui.widgets.form_error import FormError
from charity_desk.ui.widgets.pdf_preview import PdfPreviewDialog

DEFAULT_SHARED = ("name", "national_id", "request")
FOLLOW_UP_AFTER = timedelta(days=14)
CHOOSE_PARTNER = Message("ReferralDialog", QT_TRANSLATE_NOOP("ReferralDialog", "Choose the association to refer to."))


class ReferralDialog(QDialog):
    def __init__(self, services: ActorServices, beneficiary_id: int, application_id: int | None = None,
                 parent=None):
        super().__init__(parent)
        self._services = services
        self._beneficiary_id = beneficiary_id
        self._application_id = application_id
        self.referral: ReferralView | None = None
        self.preview: PdfPreviewDialog | None = None
        self.setWindowTitle(self.tr("Refer to another association"))
        self.resize(640, 560)
        self.form = FieldForm()
        self.partner = QComboBox()
        self.partner.currentIndexChanged.connect(self._show_partner)
        new_partner = QPushButton(self.tr("New partner…"))
        new_partner.clicked.connect(self._new_partner)
        partner_row = QWidget()
        row = QHBoxLayout(partner_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.partner, 1)
        row.addWidget(new_partner)
        self.form.add_field("partner", self.tr("Refer to"), partner_row)
        self.partner_services = QLabel()
        self.partner_services.setObjectName("muted")
        self.partner_services.setWordWrap(True)
        self.form.addRow("", self.partner_services)
        self.reason = self.form.add_field("reason", self.tr("Why it is referred"), QPlainTextEdit())
        self.reason.setMinimumHeight(70)
        self.items: dict[str, QCheckBox] = {}
        items_box = QWidget()
        grid = QGridLayout(items_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, (code, label) in enumerate(SHARED_ITEMS.items()):
            self.items[code] = QCheckBox(translate("Referrals", label))
            self.items[code].setChecked(code in DEFAULT_SHARED)
            grid.addWidget(self.items[code], index // 3, index % 3)
        self.form.add_field("shared_items", self.tr("Data shared with them"), items_box)
        self.informed = self.form.add_field("beneficiary_informed", "", QCheckBox(
            self.tr("The beneficiary was told about the referral and the data shared")))
        self.follow_up = self.form.add_field("follow_up_on", self.tr("Follow up on"), DateInput(GREGORIAN))
        self.follow_up.set_value(date.today() + FOLLOW_UP_AFTER)
        self.application_note = QLabel()
        self.application_note.setObjectName("muted")
        self.application_note.setWordWrap(True)
        if application_id is not None:
            number = services.applications.view(application_id).summary.number
            self.application_note.setText(self.tr("Application {number} will end as «Referred elsewhere».")
                                          .format(number=show_text(number)))
        self.error = FormError()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        refer = self.buttons.addButton(self.tr("Refer"), QDialogButtonBox.ButtonRole.AcceptRole)
        refer.setObjectName("refer")
        self._keys = keyboard_form(self, self.save, [self.form], self.error, self._cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self._cancel)

        self.finished_text = QLabel()
        self.finished_text.setWordWrap(True)
        preview = QPushButton(self.tr("Preview and print the letter…"))
        preview.clicked.connect(self.preview_letter)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        self.finished_panel = QWidget()
        finished_layout = QVBoxLayout(self.finished_panel)
        finished_layout.addWidget(self.finished_text)
        finished_row = QHBoxLayout()
        finished_row.addWidget(preview)
        finished_row.addStretch()
        finished_row.addWidget(close)
        finished_layout.addLayout(finished_row)
        finished_layout.addStretch()
        self.finished_panel.hide()

        self.entry = QWidget()
        entry_layout = QVBoxLayout(self.entry)
        entry_layout.setContentsMargins(0, 0, 0, 0)
        entry_layout.addLayout(self.form)
        entry_layout.addWidget(self.application_note)
        entry_layout.addWidget(self.error)
        entry_layout.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.entry)
        layout.addWidget(self.finished_panel)
        self._load_partners()

    def _load_partners(self, select: int | None = None) -> None:
        self._partners = {p.id: p for p in self._services.referrals.partners()}
        self.partner.clear()
        for partner in self._partners.values():
            label = f"{partner.name} — {partner.city}" if partner.city else partner.name
            self.partner.addItem(label, partner.id)
        if select is not None:
            self.partner.setCurrentIndex(self.partner.findData(select))
        self._show_partner()

    def _show_partner(self) -> None:
        partner = self._partners.get(self.partner.currentData())
        self.partner_services.setText(partner.services if partner else self.tr(
            "No association in the directory yet: add one with «New partner…»."))

    def _new_partner(self) -> None:
        dialog = PartnerDialog(self._services, self)
        if dialog.exec():
            self._load_partners(select=dialog.partner_id)

    def save(self) -> None:
        self.form.clear_errors()
        self.error.clear_message()
        errors: dict[str, Message] = {}
        follow_up = None
        try:
            follow_up = self.follow_up.value()
        except DomainError as error:
            errors["follow_up_on"] = error.message
        if self.partner.currentData() is None:
            self._show_partner()
            errors["partner"] = CHOOSE_PARTNER
        shared = [code for code, box in self.items.items() if box.isChecked()]
        for field, message in referral_input_errors(self.reason.toPlainText(), shared, self.informed.isChecked(),
                                                    follow_up, date.today()).items():
            errors.setdefault(field, message)
        if errors:  # every one at once, the keyboard in the first
            if unknown := self.form.show_errors(errors):
                self.error.show_message(errors[unknown[0]])
            return
        try:
            referral_id = self._services.referrals.refer(
                self._beneficiary_id, self.partner.currentData(), self.reason.toPlainText(), shared,
                self.informed.isChecked(), application_id=self._application_id, follow_up_on=follow_up)
        except InvalidInput as error:
            if unknown := self.form.show_errors(error.fields):
                self.error.show_message(error.fields[unknown[0]])
            return
        except ServiceError as error:
            self.error.show_message(error.message)
            return
        self.referral = next(r for r in self._services.referrals.for_beneficiary(self._beneficiary_id)
                             if r.id == referral_id)
        self.finished_text.setText(self.tr("The referral to {partner} was saved. Its letter, number {reference}, is in "
                                       "the outgoing register and the data shared is in the disclosure log.")
                               .format(partner=self.referral.partner_name, reference=self.referral.letter_reference))
        self.entry.hide()
        self.finished_panel.show()
        self.resize(self.width(), self.layout().totalHeightForWidth(self.width()))

    def preview_letter(self) -> None:
        reference = self.referral.letter_reference
        pdf = self._services.letters.render([self.referral.letter_id])
        self.preview = PdfPreviewDialog(pdf, self.tr("Referral letter {reference}").format(reference=reference),
                                        f"referral-{reference.replace('/', '-')}.pdf", self)
        self.preview.open()

    def _cancel(self) -> None:
        """Escape or Cancel: once saved it just closes; before, it asks if something was typed."""
        if self.referral is not None:
            self.accept()
        else:
            self._keys.close_unless_kept()

    def reject(self) -> None:
        """After saving, the referral is made whichever way the dialog is closed."""
        if self.referral is not None:
            self.accept()
        else:
            super().reject()
