"""Print preview for any document the application produces (letters, minutes, case summaries).

The dialog shows the very bytes that will be printed or saved: the PDF is read from memory
(QBuffer), never written to a temporary file, so personal data does not linger on disk.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
)

from charity_desk.ui.bidi import ltr
from charity_desk.ui.formatting import counted
from charity_desk.ui.pdf_printing import prepare_printer, print_document

ZOOM_STEP = 1.25
ZOOM_RANGE = (0.25, 4.0)


class PdfPreviewDialog(QDialog):
    def __init__(self, pdf: bytes, title: str, file_name: str, parent=None):
        super().__init__(parent)
        self._file_name = file_name
        self.setWindowTitle(title)
        self.resize(900, 860)
        self._data = QByteArray(pdf)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        # A page is never mirrored; scrolling and zoom behave as in any document viewer.
        self.view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.pageNavigator().currentPageChanged.connect(self._show_position)
        self.view.zoomFactorChanged.connect(self._show_position)

        style = self.style()
        self.previous_button = self._button(self.tr("Previous page"), lambda: self.go_to(self.current_page - 1),
                                            style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.next_button = self._button(self.tr("Next page"), lambda: self.go_to(self.current_page + 1),
                                        style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.page_label = QLabel()
        self.page_label.setObjectName("muted")
        zoom_out = self._button(self.tr("Zoom out"), lambda: self.zoom_by(1 / ZOOM_STEP))
        zoom_out.setShortcut(QKeySequence.StandardKey.ZoomOut)
        zoom_in = self._button(self.tr("Zoom in"), lambda: self.zoom_by(ZOOM_STEP))
        zoom_in.setShortcut(QKeySequence.StandardKey.ZoomIn)
        fit_width = self._button(self.tr("Fit width"), lambda: self._fit(QPdfView.ZoomMode.FitToWidth))
        fit_page = self._button(self.tr("Whole page"), lambda: self._fit(QPdfView.ZoomMode.FitInView))
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("muted")
        self.print_button = self._button(self.tr("Print…"), self.print_pages)
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.setDefault(True)
        self.save_button = self._button(self.tr("Save as PDF…"), self._choose_file)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        close = self._button(self.tr("Close"), self.reject)
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.hide()

        toolbar = QHBoxLayout()
        for widget in (self.previous_button, self.page_label, self.next_button):
            toolbar.addWidget(widget)
        toolbar.addSpacing(18)
        for widget in (zoom_out, self.zoom_label, zoom_in, fit_width, fit_page):
            toolbar.addWidget(widget)
        toolbar.addStretch()
        for widget in (self.print_button, self.save_button, close):
            toolbar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        self._show_position()

    def _button(self, text: str, action, icon=None) -> QPushButton:
        button = QPushButton(text)
        if icon is not None:
            button.setIcon(icon)
        button.setAutoDefault(False)
        button.clicked.connect(action)
        return button

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    @property
    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        page = max(0, min(page, self.page_count - 1))
        self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())
        self._show_position()

    def zoom_by(self, factor: float) -> None:
        low, high = ZOOM_RANGE
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(low, min(self.view.zoomFactor() * factor, high)))

    def _fit(self, mode: QPdfView.ZoomMode) -> None:
        self.view.setZoomMode(mode)
        self._show_position()

    def _show_position(self) -> None:
        page = self.current_page
        self.page_label.setText(self.tr("Page {page} of {pages}").format(page=page + 1, pages=self.page_count))
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < self.page_count - 1)
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom:
            self.zoom_label.setText(self.tr("{percent}%").format(percent=round(self.view.zoomFactor() * 100)))
        else:
            self.zoom_label.clear()

    def print_pages(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        prepare_printer(printer, self.document)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.page_count)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            printed = print_document(self.document, printer)
            self._say(self.tr("Sent to the printer: {count}.").format(count=counted(printed, "page")))

    def _choose_file(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), self._file_name,
                                                    self.tr("PDF documents (*.pdf)"))
        if path:
            self.save_to(Path(path if path.lower().endswith(".pdf") else f"{path}.pdf"))

    def save_to(self, path: Path) -> bool:
        try:
            path.write_bytes(self._data.data())
        except OSError as error:
            self._say(self.tr("The file could not be saved: {details}").format(details=error.strerror))
            return False
        self._say(self.tr("Saved to {path}").format(path=ltr(str(path))))
        return True

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()
