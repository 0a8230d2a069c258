"""Producing a document off the GUI thread, then opening it in the print preview.

Screens that print (the meeting, the outgoing register) hand over a service call; this keeps
one batch at a time per screen, reports failures on the screen's error line, and says nothing
when the person cancelled.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from charity_desk.services.errors import ServiceError
from charity_desk.ui.background_task import Work
from charity_desk.ui.progress_task import ProgressTask
from charity_desk.ui.widgets.form_error import FormError
from charity_desk.ui.widgets.pdf_preview import PdfPreviewDialog


class DocumentJobs(QObject):
    #: The preview dialog that was just opened.
    previewed = Signal(object)

    def __init__(self, owner: QWidget, error: FormError):
        super().__init__(owner)
        self._owner = owner
        self._error = error
        self.task: ProgressTask | None = None
        self.preview: PdfPreviewDialog | None = None

    @property
    def busy(self) -> bool:
        return self.task is not None

    def run(self, label: str, title: str, file_name: str, work: Work) -> None:
        """``work(progress, cancelled)`` returns the PDF bytes; it runs on a worker thread."""
        if self.busy:
            return
        self._error.clear_message()
        self.task = ProgressTask(self._owner, label, work)
        self.task.finished.connect(lambda pdf: self._show(pdf, title, file_name))
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(self._done)
        self.task.start()

    def _done(self) -> None:
        self.task = None

    def _show(self, pdf: bytes, title: str, file_name: str) -> None:
        self._done()
        preview = PdfPreviewDialog(pdf, title, file_name, self._owner)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.destroyed.connect(lambda _object=None: self._forget(preview))
        self.preview = preview
        preview.open()
        self.previewed.emit(preview)

    def _forget(self, preview: PdfPreviewDialog) -> None:
        if self.preview is preview:
            self.preview = None

    def _failed(self, error: Exception) -> None:
        self._done()
        if isinstance(error, ServiceError):
            self._error.show_message(error.message)
            return
        self._error.setText(self.tr("The document could not be produced: {details}").format(details=str(error)))
        self._error.show()
