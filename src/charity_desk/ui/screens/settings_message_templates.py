"""Settings: the wording of the text message sent for each kind of event, with the fields it may use.

The same way of editing as the letters' templates (settings_templates): fields are stored by their
code names and edited by their names in this language, chosen with «Insert field».
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from charity_desk.domain.messages import QT_TRANSLATE_NOOP
from charity_desk.domain.template_fields import fields_in, rename_fields
from charity_desk.i18n import translate
from charity_desk.services.errors import InvalidInput, ServiceError
from charity_desk.services.message_sources import FIELDS
from charity_desk.services.registry import ActorServices
from charity_desk.ui.screens.messages_tab import EVENT_LABELS
from charity_desk.ui.widgets.field_form import FieldForm
from charity_desk.ui.widgets.form_error import FormError

#: The name each field goes by while a person edits a message (one word: spaces joined by «_»).
FIELD_NAMES = {
    "name": QT_TRANSLATE_NOOP("MessageFields", "name"),
    "association": QT_TRANSLATE_NOOP("MessageFields", "association"),
    "date": QT_TRANSLATE_NOOP("MessageFields", "date"),
    "time": QT_TRANSLATE_NOOP("MessageFields", "time"),
    "kind": QT_TRANSLATE_NOOP("MessageFields", "appointment_kind"),
    "reference": QT_TRANSLATE_NOOP("MessageFields", "appointment_number"),
    "application_number": QT_TRANSLATE_NOOP("MessageFields", "application_number"),
    "program": QT_TRANSLATE_NOOP("MessageFields", "program"),
    "outcome": QT_TRANSLATE_NOOP("MessageFields", "decision"),
    "missing": QT_TRANSLATE_NOOP("MessageFields", "missing"),
}


def shown_names() -> dict[str, str]:
    return {code: translate("MessageFields", name).replace(" ", "_") for code, name in FIELD_NAMES.items()}


class MessageTemplatesBox(QGroupBox):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Text messages"))
        self._services = services
        self._templates: dict[str, str] = {}
        self._names = shown_names()
        self._meanings = {
            "name": self.tr("the person's name"), "association": self.tr("the association's name"),
            "date": self.tr("the appointment's day (Hijri and Gregorian)"), "time": self.tr("the appointment's time"),
            "kind": self.tr("desk or home visit"), "reference": self.tr("the appointment's number"),
            "application_number": self.tr("application number"), "program": self.tr("program name"),
            "outcome": self.tr("the committee's decision"), "missing": self.tr("what is missing"),
        }
        self.form = FieldForm()
        self.event_kind = self.form.add_field("event", self.tr("Message"), QComboBox())
        for code, label in EVENT_LABELS.items():
            self.event_kind.addItem(translate("MessagesTab", label), code)
        self.body = self.form.add_field("body", self.tr("Text"), QPlainTextEdit())
        self.body.setMinimumHeight(90)
        self.insert_menu = QMenu(self)
        self.insert_button = QPushButton(self.tr("Insert field"))
        self.insert_button.setMenu(self.insert_menu)
        self.fields_hint = QLabel()
        self.fields_hint.setObjectName("muted")
        self.fields_hint.setWordWrap(True)
        self.error = FormError()
        self.saved = QLabel()
        self.saved.setObjectName("muted")
        save = QPushButton(self.tr("Save message"))
        save.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.insert_button)
        row.addWidget(save)
        row.addWidget(self.saved)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.fields_hint)
        layout.addWidget(self.error)
        layout.addLayout(row)
        self.event_kind.currentIndexChanged.connect(self._show_event)

    def activate(self) -> None:
        self._templates = self._services.messages.templates()
        self._show_event()

    def _show_event(self) -> None:
        event = self.event_kind.currentData()
        self.body.setPlainText(rename_fields(self._templates.get(event, ""), self._names))
        self.insert_menu.clear()
        for code in FIELDS[event]:
            action = self.insert_menu.addAction(f"{self._meanings[code]} — {{{self._names[code]}}}")
            action.triggered.connect(lambda _checked=False, c=code: self.insert_field(c))
        self.fields_hint.setText(self.tr("Fields this message may use: {fields}").format(
            fields="، ".join("{" + self._names[c] + "}" for c in FIELDS[event])))
        self.form.clear_errors()
        self.error.clear_message()
        self.saved.clear()

    def insert_field(self, code: str) -> None:
        self.body.insertPlainText("{" + self._names[code] + "}")
        self.body.setFocus()

    def save(self) -> None:
        self.form.clear_errors()
        self.error.clear_message()
        self.saved.clear()
        event = self.event_kind.currentData()
        allowed = {self._names[c] for c in FIELDS[event]}
        unknown = [name for name in fields_in(self.body.toPlainText()) if name not in allowed]
        if unknown:
            self.error.setText(self.tr("This message cannot fill {unknown}. Use «Insert field» to choose one of "
                                       "its fields.").format(unknown="، ".join("{" + n + "}" for n in unknown)))
            self.error.show()
            return
        to_codes = {name: code for code, name in self._names.items()}
        try:
            self._services.messages.save_template(event, rename_fields(self.body.toPlainText(), to_codes))
        except InvalidInput as error:
            self.form.show_errors(error.fields)
            self.error.show_message(error.message)
            return
        except ServiceError as error:
            self.error.show_message(error.message)
            return
        self._templates = self._services.messages.templates()
        self.saved.setText(self.tr("Saved. Messages prepared from now on use this wording."))
