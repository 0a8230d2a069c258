"""Sending a PDF that is already laid out to a printer, page by page.

Qt has no way to hand a PDF to a printer as it is, so each page is rasterised by QtPdf at the
printer's resolution and painted over the whole sheet (the PDF carries its own margins).  The
resolution is capped: a 1200-dpi A4 page would be a half-gigabyte image for no visible gain.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

MAX_DPI = 600


def prepare_printer(printer: QPrinter, document: QPdfDocument) -> None:
    """Paper size and orientation from the document's first page, drawn edge to edge."""
    printer.setFullPage(True)
    points = document.pagePointSize(0)
    if points.isValid():
        size = QPageSize(QSize(round(points.width()), round(points.height())), "", QPageSize.SizeMatchPolicy.FuzzyMatch)
        orientation = (QPageLayout.Orientation.Landscape if points.width() > points.height()
                       else QPageLayout.Orientation.Portrait)
        printer.setPageSize(size)
        printer.setPageOrientation(orientation)


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Print every page, or the range chosen in the print dialog; returns how many were printed."""
    count = document.pageCount()
    first, last = 0, count - 1
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage():
        first, last = printer.fromPage() - 1, min(max(printer.toPage(), printer.fromPage()), count) - 1
    dpi = min(printer.resolution(), MAX_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        for page in range(first, last + 1):
            if printed:
                printer.newPage()
            sheet = printer.pageLayout().fullRectPixels(printer.resolution())
            points = document.pagePointSize(page)
            image = document.render(page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72)))
            target = QSize(image.size()).scaled(sheet.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(sheet.topLeft(), target), image)
            printed += 1
    finally:
        painter.end()
    return printed
