"""Settings: the wording of the text message sent for each kind of event, with the fields it may use.

The same way of editing as the letters' templates (settings_templates): fields are stored by their
code names and edited by their names in this language, chosen with «Insert field».
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QPlainTextEdit

from charity_desk.domain.messages import QT_TRANSLATE_NOOP
from charity_desk.i18n import translate
from charity_desk.services.errors import InvalidInput, ServiceError
from charity_desk.services.message_sources import FIELDS
from charity_desk.services.registry import ActorServices
from charity_desk.ui.screens.messages_tab import EVENT_LABELS
from charity_desk.ui.widgets.template_box import TemplateBox

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


class MessageTemplatesBox(TemplateBox):
    def __init__(self, services: ActorServices, parent=None):
        meanings = {
            "name": self.tr("the person's name"), "association": self.tr("the association's name"),
            "date": self.tr("the appointment's day (Hijri and Gregorian)"), "time": self.tr("the appointment's time"),
            "kind": self.tr("desk or home visit"), "reference": self.tr("the appointment's number"),
            "application_number": self.tr("application number"), "program": self.tr("program name"),
            "outcome": self.tr("the committee's decision"), "missing": self.tr("what is missing"),
        }
        super().__init__(shown_names(), meanings, self.tr("Insert field"), self.tr("Save message"), parent)
        self.setTitle(self.tr("Text messages"))
        self._services = services
        self._templates: dict[str, str] = {}
        self.event_kind = self.form.add_field("event", self.tr("Message"), QComboBox())
        for code, label in EVENT_LABELS.items():
            self.event_kind.addItem(translate("MessagesTab", label), code)
        self.body = self.form.add_field("body", self.tr("Text"), QPlainTextEdit())
        self.body.setMinimumHeight(90)
        self.save_button.clicked.connect(self.save)
        self.lay_out()
        self.event_kind.currentIndexChanged.connect(self._show_event)

    def activate(self) -> None:
        self._templates = self._services.messages.templates()
        self._show_event()

    def _show_event(self) -> None:
        event = self.event_kind.currentData()
        self.body.setPlainText(self.shown(self._templates.get(event, "")))
        self.offer_fields(FIELDS[event], self.tr("Fields this message may use: {fields}"), self.insert_field)

    def insert_field(self, code: str) -> None:
        self.body.insertPlainText(self.token(code))
        self.body.setFocus()

    def save(self) -> None:
        self.clear_state()
        event = self.event_kind.currentData()
        if self.refuse_unknown(self.body.toPlainText(), FIELDS[event], self.tr(
                "This message cannot fill {unknown}. Use «Insert field» to choose one of its fields.")):
            return
        try:
            self._services.messages.save_template(event, self.stored(self.body.toPlainText()))
        except InvalidInput as error:
            self.form.show_errors(error.fields)
            self.error.show_message(error.message)
            return
        except ServiceError as error:
            self.error.show_message(error.message)
            return
        self._templates = self._services.messages.templates()
        self.saved.setText(self.tr("Saved. Messages prepared from now on use this wording."))
