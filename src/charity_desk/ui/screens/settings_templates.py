"""Settings: the wording of each kind of letter, with the fields that kind may use (clause 1-3)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from charity_desk.services.errors import InvalidInput, ServiceError
from charity_desk.services.letters import PLACEHOLDERS
from charity_desk.services.registry import ActorServices
from charity_desk.ui.bidi import ltr
from charity_desk.ui.widgets.field_form import FieldForm
from charity_desk.ui.widgets.form_error import FormError


class LetterTemplatesBox(QGroupBox):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Letter templates"))
        self._services = services
        self._templates: dict[str, tuple[str, str]] = {}
        kinds = {"acceptance": self.tr("Acceptance"), "rejection": self.tr("Rejection"),
                 "deferral": self.tr("Deferral"), "referral": self.tr("Referral to another association")}
        self._meanings = {
            "program": self.tr("program name"), "application_number": self.tr("application number"),
            "committee": self.tr("committee name"), "meeting_number": self.tr("meeting number"),
            "meeting_date": self.tr("meeting date"), "award": self.tr("what was granted"),
            "reason": self.tr("the reason"), "missing": self.tr("what is missing"),
            "beneficiary_name": self.tr("beneficiary's name"), "national_id": self.tr("national ID"),
            "partner": self.tr("the other association"),
        }
        self.form = FieldForm()
        self.kind = self.form.add_field("kind", self.tr("Letter"), QComboBox())
        for kind in PLACEHOLDERS:
            self.kind.addItem(kinds[kind], kind)
        self.subject = self.form.add_field("subject", self.tr("Subject"), QLineEdit())
        self.body = self.form.add_field("body", self.tr("Body (one paragraph a line)"), QPlainTextEdit())
        self.body.setMinimumHeight(150)
        self.placeholders = QListWidget()
        self.placeholders.setMaximumWidth(300)
        self.placeholders.itemDoubleClicked.connect(self._insert)
        fields = QVBoxLayout()
        fields.addWidget(QLabel(self.tr("Fields it may use (double-click to insert):")))
        fields.addWidget(self.placeholders)
        self.error = FormError()
        self.saved = QLabel()
        self.saved.setObjectName("muted")
        save = QPushButton(self.tr("Save template"))
        save.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(save)
        row.addWidget(self.saved)
        row.addStretch()
        top = QHBoxLayout()
        top.addLayout(self.form, 1)
        top.addLayout(fields)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addLayout(row)
        self.kind.currentIndexChanged.connect(self._show_kind)

    def activate(self) -> None:
        self._templates = self._services.letters.templates()
        self._show_kind()

    def _show_kind(self) -> None:
        kind = self.kind.currentData()
        subject, body = self._templates.get(kind, ("", ""))
        self.subject.setText(subject)
        self.body.setPlainText(body)
        self.placeholders.clear()
        for name in sorted(PLACEHOLDERS[kind]):
            item = QListWidgetItem(f"{self._meanings[name]}: {ltr('{' + name + '}')}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.placeholders.addItem(item)
        self.form.clear_errors()
        self.error.clear_message()
        self.saved.clear()

    def _insert(self, item: QListWidgetItem) -> None:
        self.body.insertPlainText("{" + item.data(Qt.ItemDataRole.UserRole) + "}")
        self.body.setFocus()

    def save(self) -> None:
        self.form.clear_errors()
        self.error.clear_message()
        self.saved.clear()
        kind = self.kind.currentData()
        try:
            self._services.letters.save_template(kind, self.subject.text(), self.body.toPlainText())
        except InvalidInput as error:
            self.form.show_errors(error.fields)
            return
        except ServiceError as error:
            self.error.show_message(error.message)
            return
        self._templates = self._services.letters.templates()
        self.saved.setText(self.tr("Saved. Letters issued from now on use this wording."))
