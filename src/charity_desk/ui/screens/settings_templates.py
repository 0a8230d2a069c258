"""Settings: the wording of each kind of letter, with the fields that kind may use (clause 1-3)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from charity_desk.domain.messages import QT_TRANSLATE_NOOP
from charity_desk.i18n import translate
from charity_desk.services.errors import InvalidInput, ServiceError
from charity_desk.services.letters import PLACEHOLDERS
from charity_desk.services.registry import ActorServices
from charity_desk.ui.widgets.template_box import TemplateBox

#: The name each field goes by while a person edits a template (one word: spaces joined by «_»).
FIELD_NAMES = {
    "program": QT_TRANSLATE_NOOP("LetterFields", "program"),
    "application_number": QT_TRANSLATE_NOOP("LetterFields", "application_number"),
    "committee": QT_TRANSLATE_NOOP("LetterFields", "committee"),
    "meeting_number": QT_TRANSLATE_NOOP("LetterFields", "meeting_number"),
    "meeting_date": QT_TRANSLATE_NOOP("LetterFields", "meeting_date"),
    "award": QT_TRANSLATE_NOOP("LetterFields", "award"),
    "reason": QT_TRANSLATE_NOOP("LetterFields", "reason"),
    "missing": QT_TRANSLATE_NOOP("LetterFields", "missing"),
    "beneficiary_name": QT_TRANSLATE_NOOP("LetterFields", "beneficiary_name"),
    "national_id": QT_TRANSLATE_NOOP("LetterFields", "national_id"),
    "partner": QT_TRANSLATE_NOOP("LetterFields", "partner"),
}


def shown_names() -> dict[str, str]:
    """Stored field code → the name shown in this language (``{رقم_الطلب}`` for ``{application_number}``)."""
    return {code: translate("LetterFields", name).replace(" ", "_") for code, name in FIELD_NAMES.items()}


class LetterTemplatesBox(TemplateBox):
    def __init__(self, services: ActorServices, parent=None):
        meanings = {
            "program": self.tr("program name"), "application_number": self.tr("application number"),
            "committee": self.tr("committee name"), "meeting_number": self.tr("meeting number"),
            "meeting_date": self.tr("meeting date"), "award": self.tr("what was granted"),
            "reason": self.tr("the reason"), "missing": self.tr("what is missing"),
            "beneficiary_name": self.tr("beneficiary's name"), "national_id": self.tr("national ID"),
            "partner": self.tr("the other association"),
        }
        super().__init__(shown_names(), meanings, self.tr("Insert field"), self.tr("Save template"), parent)
        self.setTitle(self.tr("Letter templates"))
        self._services = services
        self._templates: dict[str, tuple[str, str]] = {}
        kinds = {"acceptance": self.tr("Acceptance"), "rejection": self.tr("Rejection"),
                 "deferral": self.tr("Deferral"), "referral": self.tr("Referral to another association")}
        self.kind = self.form.add_field("kind", self.tr("Letter"), QComboBox())
        for kind in PLACEHOLDERS:
            self.kind.addItem(kinds[kind], kind)
        self.subject = self.form.add_field("subject", self.tr("Subject"), QLineEdit())
        self.body = self.form.add_field("body", self.tr("Body (one paragraph a line)"), QPlainTextEdit())
        self.body.setMinimumHeight(150)
        #: The text field a chosen field is inserted into: the one last edited.
        self._target: QLineEdit | QPlainTextEdit = self.body
        self.subject.installEventFilter(self)
        self.body.installEventFilter(self)
        self.save_button.clicked.connect(self.save)
        self.lay_out()
        self.kind.currentIndexChanged.connect(self._show_kind)

    def eventFilter(self, watched: QWidget, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == event.Type.FocusIn and watched in (self.subject, self.body):
            self._target = watched
        return False

    def activate(self) -> None:
        self._templates = self._services.letters.templates()
        self._show_kind()

    def _show_kind(self) -> None:
        kind = self.kind.currentData()
        subject, body = self._templates.get(kind, ("", ""))
        self.subject.setText(self.shown(subject))
        self.body.setPlainText(self.shown(body))
        self.offer_fields(sorted(PLACEHOLDERS[kind], key=lambda c: self._meanings[c]),
                          self.tr("Fields this letter may use: {fields}"), self.insert_field)

    def insert_field(self, code: str) -> None:
        """Put ``{name}`` at the cursor of the subject or the body, whichever was edited last."""
        if isinstance(self._target, QLineEdit):
            self._target.insert(self.token(code))
        else:
            self._target.insertPlainText(self.token(code))
        self._target.setFocus()

    def save(self) -> None:
        self.clear_state()
        kind = self.kind.currentData()
        if self.refuse_unknown(self.subject.text() + "\n" + self.body.toPlainText(), PLACEHOLDERS[kind], self.tr(
                "This letter cannot fill {unknown}. Use «Insert field» to choose one of its fields.")):
            return
        try:
            self._services.letters.save_template(kind, self.stored(self.subject.text()),
                                                 self.stored(self.body.toPlainText()))
        except InvalidInput as error:
            self.form.show_errors(error.fields)
            return
        except ServiceError as error:
            self.error.show_message(error.message)
            return
        self._templates = self._services.letters.templates()
        self.saved.setText(self.tr("Saved. Letters issued from now on use this wording."))
