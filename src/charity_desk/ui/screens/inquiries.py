"""Inquiries (clause 3-3): log a question from anyone, answer it from the library, see response times."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from charity_desk.domain.messages import QT_TRANSLATE_NOOP
from charity_desk.i18n import current_language
from charity_desk.reference import channels, choice_label
from charity_desk.services.errors import InvalidInput, ServiceError
from charity_desk.services.inquiries import InquiryInput
from charity_desk.services.registry import ActorServices
from charity_desk.ui.form_keyboard import keyboard_form
from charity_desk.ui.formatting import show_moment
from charity_desk.ui.models.paged_list import Column, PagedListModel
from charity_desk.ui.widgets.choice_combo import ChoiceCombo
from charity_desk.ui.widgets.field_form import FieldForm
from charity_desk.ui.widgets.form_error import FormError
from charity_desk.ui.widgets.paged_table import PagedTable

LOG_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("InquiriesPage", "Received"), lambda i: show_moment(i.received_at), ltr=True),
    Column(QT_TRANSLATE_NOOP("InquiriesPage", "Channel"), lambda i: choice_label("channel", i.channel,
                                                                                 current_language())),
    Column(QT_TRANSLATE_NOOP("InquiriesPage", "Name"), lambda i: i.person_name),
    Column(QT_TRANSLATE_NOOP("InquiriesPage", "Question"), lambda i: i.question),
    Column(QT_TRANSLATE_NOOP("InquiriesPage", "Answer"), lambda i: i.answer),
    Column(QT_TRANSLATE_NOOP("InquiriesPage", "Minutes to answer"),
           lambda i: "" if i.response_minutes is None else i.response_minutes),
    Column(QT_TRANSLATE_NOOP("InquiriesPage", "Answered by"), lambda i: i.answered_by),
)


class InquiriesPage(QWidget):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self._services = services
        title = QLabel(self.tr("Inquiries"))
        title.setObjectName("pageTitle")
        self.form = FieldForm()
        self.channel = self.form.add_field("channel", self.tr("Channel"), ChoiceCombo(channels(), False))
        self.person_name = self.form.add_field("person_name", self.tr("Name (optional)"), QLineEdit())
        self.phone = self.form.add_field("phone", self.tr("Mobile (optional)"), QLineEdit())
        self.question = self.form.add_field("question", self.tr("Question"), QPlainTextEdit())
        self.library = QComboBox()
        self.library.currentIndexChanged.connect(self._use_template)
        self.form.add_field("template", self.tr("Answer library"), self.library)
        self.answer = self.form.add_field("answer", self.tr("Answer"), QPlainTextEdit())
        for box in (self.question, self.answer):
            box.setMaximumHeight(80)
        self.keep_in_library = QCheckBox(self.tr("Add this answer to the library as:"))
        self.library_title = QLineEdit()
        library_row = QHBoxLayout()
        library_row.addWidget(self.keep_in_library)
        library_row.addWidget(self.library_title, 1)
        self.error = FormError()
        keyboard_form(self, self.save, [self.form], self.error)  # Ctrl+Enter saves, Tab leaves the boxes
        save = QPushButton(self.tr("Save inquiry"))
        save.clicked.connect(self.save)
        answer_selected = QPushButton(self.tr("Answer the selected inquiry"))
        answer_selected.clicked.connect(self._answer_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(save)
        buttons.addWidget(answer_selected)
        buttons.addStretch()
        self.open_only = QCheckBox(self.tr("Only unanswered"))
        self.open_only.toggled.connect(self.activate)
        self.log_model = PagedListModel("InquiriesPage", LOG_COLUMNS, parent=self)
        self.table = PagedTable(self.log_model)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(self.form)
        layout.addLayout(library_row)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.open_only)
        layout.addWidget(self.table, 1)

    def activate(self) -> None:
        self._fill_library()
        self.log_model.set_source(self._services.lists.inquiries(open_only=self.open_only.isChecked()))

    def _fill_library(self) -> None:
        self.library.blockSignals(True)
        self.library.clear()
        self.library.addItem("", None)
        for template in self._services.inquiries.templates():
            self.library.addItem(template.title, template)
        self.library.blockSignals(False)

    def _use_template(self) -> None:
        template = self.library.currentData()
        if template is not None:
            self.answer.setPlainText(template.answer)

    def _template_id(self) -> int | None:
        template = self.library.currentData()
        if template is not None and self.answer.toPlainText().strip() == template.answer:
            return template.id
        if self.keep_in_library.isChecked() and self.answer.toPlainText().strip():
            return self._services.inquiries.save_template(self.library_title.text(), self.answer.toPlainText(),
                                                          question=self.question.toPlainText())
        return None

    def save(self) -> None:
        self.form.clear_errors()
        self.error.clear_message()
        try:
            template_id = self._template_id()
            inquiry_id = self._services.inquiries.log(InquiryInput(
                channel=self.channel.code(), question=self.question.toPlainText(), person_name=self.person_name.text(),
                phone=self.phone.text(), answer=self.answer.toPlainText(), answer_template_id=template_id))
        except InvalidInput as error:
            self.form.show_errors(error.fields)
            self.error.show_message(error.message)
            return
        except ServiceError as error:
            self.error.show_message(error.message)
            return
        for widget in (self.person_name, self.phone, self.question, self.answer, self.library_title):
            widget.clear()
        self.keep_in_library.setChecked(False)
        self._fill_library()
        self.table.refresh(inquiry_id)

    def _answer_selected(self) -> None:
        inquiry_id = self.table.current_id()
        if inquiry_id is None:
            return
        try:
            self._services.inquiries.answer(inquiry_id, self.answer.toPlainText(), self._template_id())
        except ServiceError as error:
            self.error.show_message(error.message)
            return
        self.answer.clear()
        self.table.refresh(inquiry_id)
