"""Is this letter ours? The code printed at the foot of a letter, checked against the register.

A letter is brought back by a beneficiary, or a bank or landlord calls to ask about it: the code
may be read out in Arabic digits, in lower case, with spaces.  The answer says plainly whether
the letter was issued here and still says what was issued, and shows what the register holds so
the caller can compare it with the paper in their hand.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from charity_desk.services.errors import ServiceError
from charity_desk.services.letters import LetterCheck, LetterService
from charity_desk.ui.bidi import ltr
from charity_desk.ui.formatting import show_date
from charity_desk.ui.widgets.form_error import FormError

GENUINE, ALTERED, MISSING = "genuine", "altered", "missing"


def verdict(check: LetterCheck) -> str:
    if not check.found:
        return MISSING
    return GENUINE if check.genuine else ALTERED


class VerifyLetterDialog(QDialog):
    def __init__(self, letters: LetterService, parent=None):
        super().__init__(parent)
        self._letters = letters
        self.check: LetterCheck | None = None
        self.setWindowTitle(self.tr("Verify a letter"))
        self.setMinimumWidth(560)
        intro = QLabel(self.tr("Type the verification code printed at the foot of the letter, next to its QR code. "
                               "Arabic digits, small letters and spaces are accepted."))
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        self.code = QLineEdit()
        self.code.setObjectName("verificationCode")
        self.code.setPlaceholderText("XXXX-XXXX")
        self.code.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setMaxLength(20)
        self.code.returnPressed.connect(self.verify)
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.verify)
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(self.check_button)

        self.result = QFrame()
        self.result.setObjectName("verifyResult")
        self.verdict_label = QLabel()
        self.verdict_label.setObjectName("verifyVerdict")
        self.verdict_label.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.details = QWidget()
        details = QFormLayout(self.details)
        details.setContentsMargins(0, 6, 0, 0)
        self.reference, self.issued_on, self.addressee, self.subject = QLabel(), QLabel(), QLabel(), QLabel()
        self.subject.setWordWrap(True)
        # A value that starts with a number would otherwise be laid out, and aligned, left to right.
        start = Qt.AlignmentFlag.AlignRight if QApplication.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        for label, value in ((self.tr("Reference number"), self.reference), (self.tr("Date"), self.issued_on),
                             (self.tr("Addressee"), self.addressee), (self.tr("Subject"), self.subject)):
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAlignment(start | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
            details.addRow(label, value)
        result_layout = QVBoxLayout(self.result)
        result_layout.addWidget(self.verdict_label)
        result_layout.addWidget(self.explanation)
        result_layout.addWidget(self.details)
        self.result.hide()
        self.error = FormError()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.result)
        layout.addWidget(self.error)
        layout.addStretch()
        layout.addWidget(buttons)

    def verify(self) -> None:
        self.error.clear_message()
        if not self.code.text().strip():
            self.code.setFocus()
            return
        try:
            self.check = self._letters.verify(self.code.text())
        except ServiceError as error:
            self.result.hide()
            self.error.show_message(error.message)
            return
        self._show(self.check)
        self.code.selectAll()

    def _show(self, check: LetterCheck) -> None:
        kind = verdict(check)
        titles = {GENUINE: self.tr("✓ Genuine letter"), ALTERED: self.tr("✗ Altered letter"),
                  MISSING: self.tr("✗ No letter has this code")}
        explanations = {
            GENUINE: self.tr("The association issued this letter, and the register still holds exactly what was "
                             "issued. Compare the paper with the details below."),
            ALTERED: self.tr("A letter with this code is in the register, but its stored text was changed after it "
                             "was issued. Do not rely on it; tell the association's management."),
            MISSING: self.tr("The association issued no letter with this code. Check the code was typed correctly; "
                             "if it was, the letter is not genuine."),
        }
        self.verdict_label.setText(titles[kind])
        self.explanation.setText(explanations[kind])
        self.reference.setText(ltr(check.reference_number))
        self.issued_on.setText(show_date(check.issued_on))
        self.addressee.setText(check.addressee)
        self.subject.setText(check.subject)
        self.details.setVisible(check.found)
        self.result.setProperty("verdict", kind)
        for widget in (self.result, self.verdict_label):
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        self.result.show()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))
