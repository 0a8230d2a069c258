"""The privacy notice shown at intake: the version in force, its earlier versions, and a new text."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from charity_desk.services.registry import ActorServices
from charity_desk.ui.form_submit import submit
from charity_desk.ui.formatting import show_moment, show_text
from charity_desk.ui.widgets.field_form import FieldForm
from charity_desk.ui.widgets.form_error import FormError
from charity_desk.ui.widgets.simple_table import SimpleTable


class PrivacyNoticeTab(QWidget):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self._services = services
        self.current = QLabel()
        self.current.setWordWrap(True)
        explain = QLabel(self.tr("Staff show or print this text for every new person and record that it was "
                                 "acknowledged. Changing it makes a new version; people keep the version they saw."))
        explain.setObjectName("muted")
        explain.setWordWrap(True)
        editor = QWidget()
        self.form = FieldForm(editor)
        self.text = self.form.add_field("text", self.tr("Text of the notice"), QPlainTextEdit())
        self.record_button = QPushButton(self.tr("Record as a new version"))
        self.record_button.clicked.connect(self.record)
        self.saved = QLabel()
        self.saved.setObjectName("muted")
        self.error = FormError()
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved, 1)
        buttons.addWidget(self.record_button)
        self.form.addRow(self.error)
        self.form.addRow(buttons)
        self.history = SimpleTable([self.tr("Version"), self.tr("Recorded"), self.tr("By")])
        splitter = QSplitter()
        splitter.addWidget(editor)
        splitter.addWidget(self.history)
        splitter.setSizes([700, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addWidget(explain)
        layout.addWidget(splitter, 1)

    def activate(self, *_args) -> None:
        versions = self._services.privacy_notice.history()
        current = versions[0] if versions else self._services.privacy_notice.current()
        if current.recorded_at is None:
            self.current.setText(self.tr("In force: version {version} (the text the application came with).")
                                 .format(version=show_text(str(current.version))))
        else:
            self.current.setText(self.tr("In force: version {version}, recorded {when} by {name}.").format(
                version=show_text(str(current.version)), when=show_moment(current.recorded_at),
                name=current.recorded_by or self.tr("the application")))
        self.text.setPlainText(current.text)
        self.history.set_rows([(v.version, show_moment(v.recorded_at), v.recorded_by or self.tr("the application"))
                               for v in versions or [current]])

    def record(self) -> None:
        version: list[int] = []
        if submit(self.form, self.error, lambda: version.append(self._services.privacy_notice.record(
                self.text.toPlainText()))):
            self.activate()
            self.saved.setText(self.tr("Version {version} recorded.").format(version=version[0]))
