"""The privacy notice in force, shown to the person at the desk or printed for them to keep."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument, QTextOption
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from charity_desk.services.privacy_notice import NoticeView
from charity_desk.ui.formatting import show_text


class PrivacyNoticeTextDialog(QDialog):
    def __init__(self, notice: NoticeView, parent=None):
        super().__init__(parent)
        self._notice = notice
        self.setWindowTitle(self.tr("Privacy notice"))
        self.resize(640, 560)
        version = QLabel(show_text(self.tr("Version {version}").format(version=notice.version)))
        version.setObjectName("muted")
        self.text = QPlainTextEdit(notice.text)
        self.text.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = buttons.addButton(self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.print_notice)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(version)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)

    def document(self) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(self.font())
        option = QTextOption()
        option.setTextDirection(QApplication.layoutDirection())
        document.setDefaultTextOption(option)
        document.setPlainText(self._notice.text)
        return document

    def print_notice(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec():
            self.document().print_(printer)
