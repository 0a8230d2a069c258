"""The print preview reads a PDF from memory, moves between pages, zooms, saves and prints."""

import io

from pypdf import PdfReader
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from reportlab.pdfgen import canvas

from charity_desk.ui.pdf_printing import prepare_printer, print_document
from charity_desk.ui.widgets.pdf_preview import PdfPreviewDialog


def _pdf(pages: int) -> bytes:
    buffer = io.BytesIO()
    document = canvas.Canvas(buffer)
    for page in range(pages):
        document.drawString(100, 700, f"page {page + 1}")
        document.showPage()
    document.save()
    return buffer.getvalue()


def test_preview_pages_zoom_and_save(gui_app, qtbot, tmp_path):
    pdf = _pdf(3)
    dialog = PdfPreviewDialog(pdf, "Letters", "letters.pdf")
    qtbot.addWidget(dialog)
    assert dialog.page_count == 3 and dialog.current_page == 0
    assert not dialog.previous_button.isEnabled() and dialog.next_button.isEnabled()
    dialog.next_button.click()
    assert dialog.current_page == 1
    dialog.go_to(10)
    assert dialog.current_page == 2 and not dialog.next_button.isEnabled()
    dialog.zoom_by(2)
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.Custom and dialog.zoom_label.text()
    assert dialog.save_to(tmp_path / "copy.pdf") and (tmp_path / "copy.pdf").read_bytes() == pdf
    assert not dialog.save_to(tmp_path / "missing" / "copy.pdf") and dialog.status.isVisibleTo(dialog)


def test_printing_sends_every_page_or_the_range_chosen(gui_app, qtbot, tmp_path):
    dialog = PdfPreviewDialog(_pdf(3), "Letters", "letters.pdf")
    qtbot.addWidget(dialog)
    for name, page_range, expected in (("all.pdf", None, 3), ("two.pdf", (2, 3), 2)):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / name))
        printer.setResolution(150)
        prepare_printer(printer, dialog.document)
        if page_range:
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setFromTo(*page_range)
        assert print_document(dialog.document, printer) == expected
        assert len(PdfReader(tmp_path / name).pages) == expected
