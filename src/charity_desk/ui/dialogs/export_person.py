"""Export one person's whole file for a data-subject request (PDPL): a PDF and a JSON copy in a
folder, after the password is typed again; the work runs behind a cancellable progress dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
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

from charity_desk.domain.roles import Permission
from charity_desk.services.errors import ServiceError
from charity_desk.services.registry import ActorServices
from charity_desk.ui.bidi import ltr
from charity_desk.ui.export_folder import proposed_folder, remember_folder
from charity_desk.ui.progress_task import ProgressTask
from charity_desk.ui.widgets.form_error import FormError


class ExportPersonDialog(QDialog):
    def __init__(self, services: ActorServices, beneficiary_id: int, full_name: str, parent=None):
        super().__init__(parent)
        self._export = services.person_export
        self._beneficiary_id = beneficiary_id
        self.task: ProgressTask | None = None
        self.setWindowTitle(self.tr("Export the whole file"))
        self.setMinimumWidth(560)
        intro = QLabel(self.tr("Everything held about {name} is written as a PDF to hand over and a "
                               "machine-readable JSON copy, for a data-subject request.").format(name=full_name))
        intro.setWordWrap(True)
        if not services.actor.can(Permission.HEALTH_VIEW):
            intro.setText(intro.text() + " " + self.tr("Health data is left out: your role may not see it."))
        self.folder = QLineEdit(str(proposed_folder()))
        choose = QPushButton(self.tr("Choose…"))
        choose.setAutoDefault(False)
        choose.clicked.connect(self._choose)
        where = QHBoxLayout()
        where.addWidget(self.folder, 1)
        where.addWidget(choose)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Your password, asked again before an export"))
        form = QFormLayout()
        form.addRow(self.tr("Save in folder"), where)
        form.addRow(self.tr("Password"), self.password)
        self.error = FormError()
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        layout.addStretch()
        layout.addWidget(buttons)

    def _choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save the file in"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def export(self) -> None:
        if self.task is not None:
            return
        self.error.clear_message()
        self.notice.hide()
        folder = Path(self.folder.text().strip())
        if not self.folder.text().strip() or not folder.is_dir():
            self.error.setText(self.tr("Choose a folder that exists to save the files in."))
            self.error.show()
            return
        if not self.password.text():
            self.error.setText(self.tr("Type your password again to export the file."))
            self.error.show()
            self.password.setFocus()
            return
        password, export, beneficiary_id = self.password.text(), self._export, self._beneficiary_id
        self.task = ProgressTask(self, self.tr("Exporting the file…"), lambda progress, cancelled: export.export(
            beneficiary_id, folder, password, progress=progress, cancelled=cancelled))
        self.task.finished.connect(self._finished)
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(self._cancelled)
        self.export_button.setEnabled(False)
        self.task.start()

    def _done(self) -> None:
        self.task = None
        self.export_button.setEnabled(True)
        self.password.clear()

    def _finished(self, result) -> None:
        self._done()
        remember_folder(result.pdf_path.parent)
        self.notice.setText(self.tr("Saved {pdf} and {json}").format(pdf=ltr(str(result.pdf_path)),
                                                                     json=ltr(str(result.json_path))))
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
            self.error.setText(self.tr("The file could not be exported: {details}").format(details=str(error)))
            self.error.show()
