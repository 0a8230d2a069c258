"""Receiving a complaint or a suggestion (clauses 2-1, 3-5), by whatever channel it came."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
)

from charity_desk.domain.counting import OBLIQUE
from charity_desk.reference import channels, complaint_categories
from charity_desk.services.complaints import ComplaintInput
from charity_desk.services.registry import ActorServices
from charity_desk.ui.feedback_labels import COMPLAINT_KINDS, label
from charity_desk.ui.form_submit import lay_out_form, submit
from charity_desk.ui.formatting import counted
from charity_desk.ui.widgets.choice_combo import ChoiceCombo
from charity_desk.ui.widgets.field_form import FieldForm
from charity_desk.ui.widgets.form_error import FormError


class NewComplaintDialog(QDialog):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self._services = services
        self.complaint_id: int | None = None
        self.setWindowTitle(self.tr("New complaint or suggestion"))
        self.resize(620, 520)
        self.form = FieldForm()
        self.kind = self.form.add_field("kind", self.tr("Kind"), QComboBox())
        self.kind.addItem("", "")
        for code in COMPLAINT_KINDS:
            self.kind.addItem(label(COMPLAINT_KINDS, code), code)
        self.channel = self.form.add_field("channel", self.tr("Came by"), ChoiceCombo(channels()))
        self.category = self.form.add_field("category", self.tr("Category"), ChoiceCombo(complaint_categories()))
        self.due = QLabel()
        self.due.setObjectName("muted")
        self.form.addRow("", self.due)
        self.person_name = self.form.add_field("person_name", self.tr("Name (optional)"), QLineEdit())
        self.phone = self.form.add_field("phone", self.tr("Mobile (optional)"), QLineEdit())
        self.details = self.form.add_field("details", self.tr("What the person said"), QPlainTextEdit())
        self.category.currentIndexChanged.connect(self._show_due)
        self.error = FormError()
        lay_out_form(self, self.form, self.error, self.save)

    def _show_due(self) -> None:
        category = next((c for c in complaint_categories() if c.code == self.category.code()), None)
        self.due.setText("" if category is None else self.tr(
            "To be answered within {days} of receipt.").format(days=counted(category.target_days, "day", OBLIQUE)))

    def save(self) -> None:
        def receive():
            self.complaint_id = self._services.complaints.receive(ComplaintInput(
                kind=self.kind.currentData(), channel=self.channel.code(), category=self.category.code(),
                details=self.details.toPlainText(), person_name=self.person_name.text(), phone=self.phone.text()))
        if submit(self.form, self.error, receive):
            self.accept()
