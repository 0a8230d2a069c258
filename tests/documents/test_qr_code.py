"""The QR code is drawn module for module where the encoder put it, so a reader can decode it."""

from __future__ import annotations

import io

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.pdfgen.canvas import Canvas

from charity_desk.documents.qr import QUIET_MODULES, QrCode
from pdf_reading import page_image


def test_modules_are_drawn_where_the_encoder_put_them():
    payload = "https://verify.example.org/l/K7QF-2M9D"
    reference = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=QUIET_MODULES)
    reference.add_data(payload)
    matrix = reference.get_matrix()
    size = len(matrix) * 10.0  # ten points a module; at 72 dpi ten pixels
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(size, size))
    QrCode(payload, size).drawOn(canvas, 0, 0)
    canvas.save()
    image = page_image(buffer.getvalue()).convert("L")
    drawn = [
        [image.getpixel((column * 10 + 5, row * 10 + 5)) < 128 for column in range(len(matrix))]
        for row in range(len(matrix))
    ]
    assert drawn == matrix
