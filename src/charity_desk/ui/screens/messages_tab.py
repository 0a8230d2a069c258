"""The text messages due for one kind of event, written out for the SMS provider, then marked sent.

The application never sends anything itself: the file (Excel or CSV) goes to the provider's web
page, and once it has been taken the messages are marked sent and logged in each person's contact log.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from charity_desk.domain.messages import QT_TRANSLATE_NOOP
from charity_desk.domain.phone import display_mobile
from charity_desk.domain.roles import Permission
from charity_desk.services.errors import ServiceError
from charity_desk.services.registry import ActorServices
from charity_desk.ui.export_folder import proposed_folder
from charity_desk.ui.form_submit import submit
from charity_desk.ui.formatting import show_number, show_text
from charity_desk.ui.models.paged_list import Column, PagedListModel
from charity_desk.ui.progress_task import ProgressTask
from charity_desk.ui.widgets.form_error import FormError
from charity_desk.ui.widgets.paged_table import PagedTable


def _mobile(message) -> str:
    from charity_desk.i18n import translate

    if message.can_send:
        return message.mobile
    return translate("MessagesTab", "not a Saudi mobile: {number}").format(number=message.stored_mobile or "—")


MESSAGE_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("MessagesTab", "Name"), lambda m: m.name),
    Column(QT_TRANSLATE_NOOP("MessagesTab", "Mobile"), _mobile, ltr=True,
           tooltip=lambda m: display_mobile(m.mobile) if m.mobile else m.stored_mobile),
    Column(QT_TRANSLATE_NOOP("MessagesTab", "Message"), lambda m: m.text, tooltip=lambda m: m.text),
)
EVENT_LABELS = {
    "appointment": QT_TRANSLATE_NOOP("MessagesTab", "Appointment reminders"),
    "decision": QT_TRANSLATE_NOOP("MessagesTab", "Committee decisions"),
    "missing_document": QT_TRANSLATE_NOOP("MessagesTab", "Missing documents"),
    "survey": QT_TRANSLATE_NOOP("MessagesTab", "Survey invitations"),
}


class MessagesTab(QWidget):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self._services = services
        self._report = None
        self._task: ProgressTask | None = None
        self.event_kind = QComboBox()
        for code, label in EVENT_LABELS.items():
            self.event_kind.addItem(self.tr(label), code)
        self.event_kind.currentIndexChanged.connect(self.activate)
        self.count = QLabel()
        self.model = PagedListModel("MessagesTab", MESSAGE_COLUMNS, parent=self)
        self.model.total_changed.connect(
            lambda total: self.count.setText(self.tr("Messages due: {count}").format(count=show_number(total))))
        self.table = PagedTable(self.model)
        self.format = QComboBox()
        self.format.addItem(self.tr("Excel workbook (.xlsx)"), ".xlsx")
        self.format.addItem(self.tr("CSV file (.csv)"), ".csv")
        self.format.currentIndexChanged.connect(self._propose_path)
        self.path = QLineEdit()
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_path)
        can_export = services.actor.can(Permission.EXPORT)
        self.export_button = QPushButton(self.tr("Write the file for the SMS provider"))
        self.export_button.clicked.connect(self.export)
        self.export_button.setEnabled(can_export)
        self.mark_button = QPushButton(self.tr("Mark as sent"))
        self.mark_button.clicked.connect(self.mark_sent)
        self.mark_button.setEnabled(False)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.error = FormError()
        hint = QLabel(show_text(self.tr("The file holds the name, the mobile in +966 form and the text of each message. "
                              "Upload it on the SMS provider's page, then mark the messages as sent: each is "
                              "logged in the person's contact log.")))
        hint.setWordWrap(True)
        hint.setObjectName("muted")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Messages for")))
        top.addWidget(self.event_kind)
        top.addStretch()
        top.addWidget(self.count)
        file_row = QHBoxLayout()
        file_row.addWidget(self.format)
        file_row.addWidget(self.path, 1)
        file_row.addWidget(choose)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.mark_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(file_row)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addWidget(self.error)

    def activate(self) -> None:
        self._report = None
        self.mark_button.setEnabled(False)
        self.result.clear()
        submit(None, self.error, lambda: self.model.set_source(self._services.messages.due(self.event_kind.currentData())))
        self._propose_path()

    def _propose_path(self) -> None:
        name = f"sms-{self.event_kind.currentData()}-{date.today().isoformat()}{self.format.currentData()}"
        self.path.setText(str(proposed_folder() / name))

    def _choose_path(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the messages as"), self.path.text())
        if path:
            self.path.setText(path)

    def export(self) -> None:
        """Write the file off the GUI thread; the people whose number cannot be used are listed after."""
        if self._task is not None:
            return
        event, path, messages = self.event_kind.currentData(), Path(self.path.text()), self._services.messages
        self.error.clear_message()
        self._task = ProgressTask(self, self.tr("Writing the messages…"),
                                  lambda _progress, cancelled: messages.export(event, path, cancelled=cancelled))
        self._task.finished.connect(self._exported)
        self._task.failed.connect(self._failed)
        self._task.cancelled.connect(self._forget_task)
        self._task.start()

    def _forget_task(self) -> None:
        self._task = None

    def _failed(self, error: Exception) -> None:
        self._task = None
        if isinstance(error, ServiceError):
            self.error.show_message(error.message)
        else:
            self.error.setText(self.tr("The file could not be written: {details}").format(details=str(error)))
            self.error.show()

    def _exported(self, report) -> None:
        self._task = None
        self._report = report
        text = self.tr("{count} messages written to {path}.").format(count=show_number(len(report.exported)),
                                                                     path=report.path)
        if report.refused:
            text += " " + self.tr("Not written, their number is not a Saudi mobile: {people}.").format(
                people="، ".join(f"{name} ({show_text(number) or '—'})" for name, number in report.refused))
        self.result.setText(text)
        self.mark_button.setEnabled(bool(report.exported))

    def mark_sent(self) -> None:
        """Record the file's messages as sent, off the GUI thread (thousands of contact-log entries)."""
        report, messages = self._report, self._services.messages
        if report is None or self._task is not None:
            return
        self.error.clear_message()
        self._task = ProgressTask(self, self.tr("Marking the messages as sent…"),
                                  lambda _progress, _cancelled: messages.mark_sent(report.event, report.exported))
        self._task.finished.connect(self._marked)
        self._task.failed.connect(self._failed)
        self._task.cancelled.connect(self._forget_task)
        self._task.start()

    def _marked(self, count: int) -> None:
        self._task = None
        self._report = None
        self.mark_button.setEnabled(False)
        self.model.set_source(self._services.messages.due(self.event_kind.currentData()))
        self.result.setText(self.tr("{count} messages marked as sent and logged.").format(count=show_number(count)))
