"""Export one of the main lists to Excel (issue 7): masked by default; national IDs, phones and
amounts only for people allowed to see them, after typing their password again.

The export runs off the GUI thread behind a cancellable progress dialog; a cancelled or failed
export leaves no file (documents.xlsx_export writes under a temporary name).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from charity_desk.domain.messages import QT_TRANSLATE_NOOP
from charity_desk.domain.roles import Permission
from charity_desk.services.errors import ServiceError
from charity_desk.services.registry import ActorServices
from charity_desk.ui.bidi import ltr
from charity_desk.ui.export_folder import proposed_folder, remember_folder
from charity_desk.ui.formatting import counted
from charity_desk.ui.progress_task import ProgressTask
from charity_desk.ui.widgets.form_error import FormError

#: The lists of services.exports.LISTS, in the order offered.
LIST_NAMES = {
    "beneficiaries": QT_TRANSLATE_NOOP("ExportListDialog", "Beneficiaries"),
    "applications": QT_TRANSLATE_NOOP("ExportListDialog", "Applications"),
    "services": QT_TRANSLATE_NOOP("ExportListDialog", "Services delivered"),
    "surveys": QT_TRANSLATE_NOOP("ExportListDialog", "Satisfaction surveys"),
}


class ExportListDialog(QDialog):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self._exports = services.exports
        self.task: ProgressTask | None = None
        self.setWindowTitle(self.tr("Export a list to Excel"))
        self.setMinimumWidth(560)
        intro = QLabel(self.tr("The whole list is written to an Excel workbook. National IDs, phone numbers "
                               "and amounts are masked unless you include them below."))
        intro.setObjectName("muted")
        intro.setWordWrap(True)
        self.kind = QComboBox()
        for kind, name in LIST_NAMES.items():
            self.kind.addItem(self.tr(name), kind)
        self.kind.currentIndexChanged.connect(self._suggest_path)
        actor = services.actor
        self.reveal = QCheckBox(self.tr("Include national IDs, phones and amounts"))
        self.reveal.setEnabled(actor.can(Permission.EXPORT) and actor.can(Permission.INCOME_VIEW))
        if not self.reveal.isEnabled():
            self.reveal.setToolTip(self.tr("Your role may export masked lists only."))
        self.reveal.toggled.connect(self._reveal_toggled)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Your password, asked again for unmasked data"))
        self.password_label = QLabel(self.tr("Password"))
        self.path = QLineEdit()
        self.path.setObjectName("exportPath")
        choose = QPushButton(self.tr("Choose…"))
        choose.setAutoDefault(False)
        choose.clicked.connect(self._choose)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("List"), self.kind)
        form.addRow("", self.reveal)
        form.addRow(self.password_label, self.password)
        form.addRow(self.tr("Save to"), where)
        self.error = FormError()
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        layout.addStretch()
        layout.addWidget(self.buttons)
        self._reveal_toggled(False)
        self._suggest_path()

    def _reveal_toggled(self, checked: bool) -> None:
        self.password.setVisible(checked)
        self.password_label.setVisible(checked)
        if not checked:
            self.password.clear()

    def _suggest_path(self) -> None:
        folder = Path(self.path.text()).parent if self.path.text() else proposed_folder()
        self.path.setText(str(folder / f"{self.kind.currentData()}-{date.today():%Y%m%d}.xlsx"))

    def _choose(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the list as"), self.path.text(),
                                                    self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.path.setText(path)

    def _target(self) -> Path | None:
        text = self.path.text().strip()
        if not text:
            return None
        return Path(text if text.lower().endswith(".xlsx") else f"{text}.xlsx")

    def export(self) -> None:
        if self.task is not None:
            return
        self.error.clear_message()
        self.notice.hide()
        target = self._target()
        if target is None or not target.parent.is_dir():
            self.error.setText(self.tr("Choose a folder that exists to save the file in."))
            self.error.show()
            return
        reveal = self.reveal.isChecked()
        if reveal and not self.password.text():
            self.error.setText(self.tr("Type your password again to include national IDs, phones and amounts."))
            self.error.show()
            self.password.setFocus()
            return
        kind, password, exports = self.kind.currentData(), self.password.text(), self._exports
        self.task = ProgressTask(self, self.tr("Exporting the list…"), lambda progress, cancelled: exports.export(
            kind, target, reveal_sensitive=reveal, password=password if reveal else None,
            progress=progress, cancelled=cancelled))
        self.task.finished.connect(lambda rows: self._finished(rows, target))
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(self._cancelled)
        self.export_button.setEnabled(False)
        self.task.start()

    def _done(self) -> None:
        self.task = None
        self.export_button.setEnabled(True)
        self.password.clear()

    def _finished(self, rows: int, target: Path) -> None:
        self._done()
        remember_folder(target.parent)
        self.notice.setText(self.tr("{count} saved to {path}").format(count=counted(rows, "row"),
                                                                       path=ltr(str(target))))
        self.notice.show()

    def _cancelled(self) -> None:
        self._done()
        self.notice.setText(self.tr("The export was cancelled; no file was written."))
        self.notice.show()

    def _failed(self, error: Exception) -> None:
        self._done()
        if isinstance(error, ServiceError):
            self.error.show_message(error.message)
        else:
            self.error.setText(self.tr("The list could not be exported: {details}").format(details=str(error)))
            self.error.show()
