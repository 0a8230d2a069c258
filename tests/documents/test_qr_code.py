"""The QR code is drawn module for module where the encoder put it, so a reader can decode it."""

from __future__ import annotations

import io
import subprocess

import qrcode
from PIL import Image
from qrcode.constants import ERROR_CORRECT_M
from reportlab.pdfgen.canvas import Canvas

from charity_desk.documents.qr import QUIET_MODULES, QrCode


def test_modules_are_drawn_where_the_encoder_put_them(tmp_path):
    payload = "https://verify.example.org/l/K7QF-2M9D"
    reference = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=QUIET_MODULES)
    reference.add_data(payload)
    matrix = reference.get_matrix()
    size = len(matrix) * 10.0  # ten points a module; at 72 dpi ten pixels
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(size, size))
    QrCode(payload, size).drawOn(canvas, 0, 0)
    canvas.save()
    (tmp_path / "qr.pdf").write_bytes(buffer.getvalue())
    subprocess.run(
        ["pdftoppm", "-png", "-r", "72", "-singlefile", str(tmp_path / "qr.pdf"), str(tmp_path / "qr")],
        check=True,
    )
    image = Image.open(tmp_path / "qr.png").convert("L")
    drawn = [
        [image.getpixel((column * 10 + 5, row * 10 + 5)) < 128 for column in range(len(matrix))]
        for row in range(len(matrix))
    ]
    assert drawn == matrix
