"""Closing a complaint or suggestion: the reply given, and whether the person was satisfied with it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from charity_desk.services.complaints import ComplaintView
from charity_desk.services.registry import ActorServices
from charity_desk.ui.form_submit import lay_out_form, submit
from charity_desk.ui.widgets.field_form import FieldForm
from charity_desk.ui.widgets.form_error import FormError

#: The radio button ids of «person satisfied?»: yes, no, not known (the person could not be asked).
YES, NO, UNKNOWN = 1, 0, 2


class CloseComplaintDialog(QDialog):
    def __init__(self, services: ActorServices, complaint: ComplaintView, parent=None):
        super().__init__(parent)
        self._services = services
        self._complaint = complaint
        self.setWindowTitle(self.tr("Close with a reply"))
        self.resize(560, 360)
        self.form = FieldForm()
        self.reply = self.form.add_field("reply", self.tr("Reply given to the person"), QPlainTextEdit())
        answers = QWidget()
        row = QHBoxLayout(answers)
        row.setContentsMargins(0, 0, 0, 0)
        self.satisfied = QButtonGroup(self)
        for answer, text in ((YES, self.tr("Yes")), (NO, self.tr("No")), (UNKNOWN, self.tr("Not known"))):
            button = QRadioButton(text)
            self.satisfied.addButton(button, answer)
            row.addWidget(button)
        row.addStretch()
        self.satisfied.button(UNKNOWN).setChecked(True)
        self.form.add_field("person_satisfied", self.tr("Was the person satisfied with the reply?"), answers)
        self.error = FormError()
        lay_out_form(self, self.form, self.error, self.save)

    def person_satisfied(self) -> bool | None:
        return {YES: True, NO: False}.get(self.satisfied.checkedId())

    def save(self) -> None:
        if submit(self.form, self.error, lambda: self._services.complaints.close(
                self._complaint.id, self.reply.toPlainText(), self.person_satisfied(),
                expected_version=self._complaint.version)):
            self.accept()
