"""A QR code drawn as one vector path: sharp at any size, no image files.

The ``qrcode`` package encodes; the dark modules are drawn here as horizontal runs in a single path.
ReportLab's own QR widget builds one validated shape object per module and encodes twice, which
took about 40 ms per code, too slow for a batch of 200 letters.
"""

from __future__ import annotations

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib import colors
from reportlab.platypus import Flowable

QUIET_MODULES = 2


class QrCode(Flowable):
    """A square ``size`` points wide, quiet zone included; level M survives a creased or stamped page."""

    def __init__(self, payload: str, size: float):
        super().__init__()
        code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=QUIET_MODULES)
        code.add_data(payload)
        code.make(fit=True)
        self.matrix: list[list[bool]] = code.get_matrix()
        self.width = self.height = size

    def wrap(self, availWidth, availHeight):
        return self.width, self.height

    def draw(self):
        module = self.width / len(self.matrix)
        path = self.canv.beginPath()
        for row_index, row in enumerate(self.matrix):
            y = self.height - (row_index + 1) * module
            column = 0
            while column < len(row):
                if not row[column]:
                    column += 1
                    continue
                start = column
                while column < len(row) and row[column]:
                    column += 1
                path.rect(start * module, y, (column - start) * module, module)
        self.canv.setFillColor(colors.black)
        self.canv.drawPath(path, stroke=0, fill=1)
