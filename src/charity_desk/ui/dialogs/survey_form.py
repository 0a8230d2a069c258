"""Taking one satisfaction survey (clauses 3-4, 3-5, 5-9), at the desk, by phone or from paper.

The questionnaire comes from data/surveys.json.  Its introduction is read to the person first:
evaluation is their right and a tool for improvement.  Answering anonymously keeps the answers
without any link to the person, and the form says so before it is ticked.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from charity_desk.i18n import current_language
from charity_desk.reference import survey_templates
from charity_desk.services.registry import ActorServices
from charity_desk.services.surveys import CHANNELS, PendingSurvey
from charity_desk.ui.feedback_labels import SURVEY_CHANNELS, label, likert_label
from charity_desk.ui.form_keyboard import keyboard_form
from charity_desk.ui.form_submit import submit
from charity_desk.ui.formatting import show_number
from charity_desk.ui.widgets.field_form import FieldForm
from charity_desk.ui.widgets.form_error import FormError


def localized(item: dict, key: str) -> str:
    """``key_ar`` or ``key_en`` of a questionnaire entry, in the screen's language."""
    return item.get(f"{key}_{current_language()}") or item[f"{key}_ar"]


class LikertChoice(QWidget):
    """Five radio buttons, 1 (not satisfied at all) to 5 (very satisfied); none chosen at first."""

    chosen = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)  # so an invalid answer shows its frame
        self.group = QButtonGroup(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 4, 2)
        for point in range(1, 6):
            button = QRadioButton(f"{show_number(point)} {likert_label(point)}")
            self.group.addButton(button, point)
            row.addWidget(button)
        row.addStretch()
        self.group.idToggled.connect(lambda _point, checked: checked and self.chosen.emit())

    def value(self) -> int | None:
        return self.group.checkedId() if self.group.checkedId() > 0 else None

    def set_value(self, point: int) -> None:
        self.group.button(point).setChecked(True)


class SurveyFormDialog(QDialog):
    def __init__(self, services: ActorServices, survey: PendingSurvey, parent=None):
        super().__init__(parent)
        self._services = services
        self._survey = survey
        questionnaire = survey_templates()[survey.questionnaire]
        self.setWindowTitle(localized(questionnaire, "title"))
        self.resize(880, 720)
        who = QLabel(self.tr("{name} — {program}").format(name=survey.beneficiary_name, program=survey.program))
        who.setObjectName("fileName")
        self.intro = QLabel(localized(questionnaire, "intro"))
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet("background: #e6f2f2; color: #0f5257; border-radius: 6px; padding: 10px;"
                                 " font-weight: 600;")
        self.form = FieldForm()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.likert: dict[str, LikertChoice] = {}
        self.texts: dict[str, QPlainTextEdit] = {}
        for question in questionnaire["questions"]:
            if question["kind"] == "likert":
                choice = self.form.add_field(question["code"], localized(question, "text"), LikertChoice())
                choice.chosen.connect(lambda code=question["code"]: self._answered(code))
                self.likert[question["code"]] = choice
            else:
                box = self.form.add_field(question["code"], localized(question, "text"), QPlainTextEdit())
                box.setMaximumHeight(70)
                self.texts[question["code"]] = box
        self.channel = QComboBox()
        for code in CHANNELS:
            self.channel.addItem(label(SURVEY_CHANNELS, code), code)
        self.form.add_field("channel", self.tr("Answers taken"), self.channel)
        self.anonymous = QCheckBox(self.tr("Answer anonymously"))
        note = QLabel(self.tr("Anonymous answers are kept without the person's name or file: nobody can tell "
                              "afterwards who gave them."))
        note.setObjectName("muted")
        note.setWordWrap(True)
        self.error = FormError()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        keys = keyboard_form(self, self.save, [self.form], self.error)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(keys.cancel)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(who)
        body_layout.addWidget(self.intro)
        body_layout.addLayout(self.form)
        body_layout.addWidget(self.anonymous)
        body_layout.addWidget(note)
        body_layout.addStretch()
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _answered(self, code: str) -> None:
        self.form.clear_error(code)
        self.error.clear_message()

    def answers(self) -> dict[str, object]:
        """Likert points chosen (unanswered ones left out, for the service to name) and the free text."""
        chosen = {code: choice.value() for code, choice in self.likert.items() if choice.value() is not None}
        return chosen | {code: box.toPlainText().strip() for code, box in self.texts.items()}

    def save(self) -> None:
        if submit(self.form, self.error, lambda: self._services.surveys.record(
                self._survey.id, self.answers(), self.channel.currentData(), self.anonymous.isChecked())):
            self.accept()
