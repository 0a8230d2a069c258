"""Producing a report off the GUI thread: the PDF opens in the print preview, the workbook is saved
where the person chooses. One report at a time; failures show on the page's error line.

The report service (and the PDF library under it) is loaded by the first report's worker, not with
the page."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget

from charity_desk.domain.messages import QT_TRANSLATE_NOOP
from charity_desk.services.dashboard import DashboardFilter
from charity_desk.services.errors import ServiceError
from charity_desk.services.registry import ActorServices
from charity_desk.ui.bidi import ltr
from charity_desk.ui.document_jobs import DocumentJobs
from charity_desk.ui.export_folder import proposed_folder
from charity_desk.ui.progress_task import ProgressTask
from charity_desk.ui.widgets.form_error import FormError

if TYPE_CHECKING:
    from charity_desk.services.board_reports import ReportKind

TITLES: dict[str, str] = {
    "board": QT_TRANSLATE_NOOP("ReportJobs", "Board report"),
    "program": QT_TRANSLATE_NOOP("ReportJobs", "Program report"),
    "staff": QT_TRANSLATE_NOOP("ReportJobs", "Staff development report"),
}


def file_stem(kind: ReportKind, f: DashboardFilter) -> str:
    return f"{kind}-report-{f.start:%Y%m%d}-{f.end:%Y%m%d}"


class ReportJobs(QObject):
    #: The path of a workbook just saved.
    saved = Signal(str)

    def __init__(self, owner: QWidget, services: ActorServices, error: FormError, notice: QLabel):
        super().__init__(owner)
        self._owner = owner
        self._services = services
        self._error = error
        self._notice = notice
        self.documents = DocumentJobs(owner, error)
        self.task: ProgressTask | None = None

    @property
    def busy(self) -> bool:
        return self.task is not None or self.documents.busy

    def title(self, kind: ReportKind) -> str:
        return self.tr(TITLES[kind])

    def preview(self, kind: ReportKind, f: DashboardFilter) -> None:
        if self.busy:
            return
        self._notice.hide()
        services = self._services
        self.documents.run(self.tr("Preparing the report…"), self.title(kind), f"{file_stem(kind, f)}.pdf",
                           lambda _progress, _cancelled: services.board_reports.pdf(kind, f))

    def choose_path(self, suggested: str) -> str:
        """Where to save the workbook; empty when the person closes the file dialog."""
        path, _filter = QFileDialog.getSaveFileName(self._owner, self.tr("Save the report as Excel"),
                                                    str(proposed_folder() / suggested),
                                                    self.tr("Excel workbooks (*.xlsx)"))
        return path

    def save_xlsx(self, kind: ReportKind, f: DashboardFilter) -> None:
        if self.busy:
            return
        path = self.choose_path(f"{file_stem(kind, f)}.xlsx")
        if not path:
            return
        target = Path(path if path.lower().endswith(".xlsx") else f"{path}.xlsx")
        self._error.clear_message()
        self._notice.hide()
        services = self._services
        self.task = ProgressTask(self._owner, self.tr("Preparing the report…"),
                                 lambda _progress, _cancelled: services.board_reports.xlsx(kind, f, target))
        self.task.finished.connect(lambda _result: self._saved(target))
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(self._done)
        self.task.start()

    def _done(self) -> None:
        self.task = None

    def _saved(self, path: Path) -> None:
        self._done()
        self._notice.setText(self.tr("The report was saved to {path}").format(path=ltr(str(path))))
        self._notice.show()
        self.saved.emit(str(path))

    def _failed(self, error: Exception) -> None:
        self._done()
        if isinstance(error, ServiceError):
            self._error.show_message(error.message)
            return
        self._error.setText(self.tr("The report could not be saved: {details}").format(details=str(error)))
        self._error.show()
