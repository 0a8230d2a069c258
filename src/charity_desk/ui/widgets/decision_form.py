"""The committee's decision on one agenda item, shaped by the outcome chosen.

Accepting asks for what is granted, rejecting for the reason, deferring for what is missing;
the other rows are hidden so the secretary is never asked for something that does not apply.
Votes appear only for committees that vote.  Checking the decision is the service's job: this
form only reads what was typed, and shows the service's errors next to the fields.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from charity_desk.domain.digits import compact_number
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message
from charity_desk.reference import rejection_reasons
from charity_desk.services.committees import DecisionInput
from charity_desk.services.errors import InvalidInput
from charity_desk.ui.widgets.choice_combo import ChoiceCombo
from charity_desk.ui.widgets.count_spin_box import CountSpinBox
from charity_desk.ui.widgets.field_form import FieldForm

_BAD_AMOUNT = Message("DecisionForm", QT_TRANSLATE_NOOP("DecisionForm", "Write the amount in riyals, for example 1500."))
_ROWS_FOR = {"accepted": ("amount", "service", "duration_months"), "rejected": ("reason_code", "reason_text"),
             "deferred": ("missing",)}
NOT_SET = -1


def _number_box(minimum: int, maximum: int) -> QSpinBox:
    """A count that may be left empty: its lowest value shows as a dash and reads as None."""
    box = QSpinBox()
    box.setRange(minimum, maximum)
    box.setSpecialValueText("—")
    box.setAlignment(Qt.AlignmentFlag.AlignCenter)
    box.setMinimumWidth(60)
    return box


def _amount(text: str) -> Decimal | None:
    """Riyals as typed: Arabic-Indic digits, thousands separators and the Arabic decimal comma accepted."""
    compact = compact_number(text).replace(",", "").replace("٬", "").replace("٫", ".")
    if not compact:
        return None
    try:
        return Decimal(compact)
    except InvalidOperation:
        raise InvalidInput([DomainError(_BAD_AMOUNT, field="amount")]) from None


class VotesInput(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.votes_for, self.against, self.abstain = _number_box(-1, 99), _number_box(-1, 99), _number_box(-1, 99)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for label, box in ((self.tr("For"), self.votes_for), (self.tr("Against"), self.against),
                           (self.tr("Abstaining"), self.abstain)):
            layout.addWidget(QLabel(label))
            layout.addWidget(box)
            layout.addSpacing(6)
        layout.addStretch()

    def values(self) -> tuple[int | None, int | None, int | None]:
        return tuple(None if b.value() == NOT_SET else b.value() for b in (self.votes_for, self.against, self.abstain))

    def set_values(self, values: tuple[int | None, int | None, int | None]) -> None:
        for box, value in zip((self.votes_for, self.against, self.abstain), values, strict=True):
            box.setValue(NOT_SET if value is None else value)


class OutcomeChoice(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for code, text in (("accepted", self.tr("Accept")), ("rejected", self.tr("Reject")),
                           ("deferred", self.tr("Defer"))):
            button = QRadioButton(text)
            button.setObjectName(f"outcome_{code}")
            self.group.addButton(button)
            self.buttons[code] = button
            layout.addWidget(button)
            layout.addSpacing(12)
        layout.addStretch()
        self.group.buttonToggled.connect(lambda _button, checked: checked and self.changed.emit())

    def code(self) -> str:
        return next((code for code, button in self.buttons.items() if button.isChecked()), "")

    def set_code(self, code: str) -> None:
        self.group.setExclusive(False)
        for key, button in self.buttons.items():
            button.setChecked(key == code)
        self.group.setExclusive(True)
        self.changed.emit()


class DecisionForm(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.form = FieldForm(self)
        self.form.setFieldGrowthPolicy(FieldForm.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.outcome = self.form.add_field("outcome", self.tr("Decision"), OutcomeChoice())
        self.amount = self.form.add_field("amount", self.tr("Amount (riyals)"), QLineEdit())
        self.amount.setPlaceholderText(self.tr("for example 1500"))
        side = Qt.AlignmentFlag.AlignRight if QApplication.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        self.amount.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        self.service = self.form.add_field("service", self.tr("Service granted"), QLineEdit())
        self.duration = self.form.add_field("duration_months", self.tr("Duration"), CountSpinBox("month", 0, 120))
        self.duration.setSpecialValueText("—")
        self.duration.setMaximumWidth(160)
        self.reason = self.form.add_field("reason_code", self.tr("Reason for rejection"),
                                          ChoiceCombo(rejection_reasons()))
        self.reason_text = self.form.add_field("reason_text", self.tr("Reason in words"), QLineEdit())
        self.missing = self.form.add_field("missing", self.tr("Missing before a decision"), QLineEdit())
        self.missing.setPlaceholderText(self.tr("for example: a certified rent contract"))
        self.rationale = self.form.add_field("rationale", self.tr("Rationale"), QPlainTextEdit())
        self.rationale.setFixedHeight(54)
        self.votes = self.form.add_field("votes_for", self.tr("Votes"), VotesInput())
        self.outcome.changed.connect(self._show_rows)
        self.reason.currentIndexChanged.connect(self._show_rows)
        self._votes_shown = True
        self._show_rows()

    def show_votes(self, shown: bool) -> None:
        self._votes_shown = shown
        self._show_rows()

    def _show_rows(self) -> None:
        outcome = self.outcome.code()
        for rows in _ROWS_FOR.values():
            for name in rows:
                self.form.setRowVisible(self.form.widgets[name].parentWidget(), name in _ROWS_FOR.get(outcome, ()))
        self.form.setRowVisible(self.votes.parentWidget(), self._votes_shown)
        self.reason_text.setPlaceholderText(self.tr("Required for “Other reason”") if self.reason.code() == "other"
                                            else self.tr("Optional details"))

    def value(self) -> DecisionInput:
        """What was typed, for the outcome chosen; raises InvalidInput when the amount cannot be read."""
        outcome = self.outcome.code()
        shown = set(_ROWS_FOR.get(outcome, ()))
        votes = self.votes.values() if self._votes_shown else (None, None, None)
        return DecisionInput(
            outcome=outcome,
            amount=_amount(self.amount.text()) if "amount" in shown else None,
            service=self.service.text() if "service" in shown else "",
            duration_months=(self.duration.value() or None) if "duration_months" in shown else None,
            reason_code=self.reason.code() if "reason_code" in shown else "",
            reason_text=self.reason_text.text() if "reason_text" in shown else "",
            missing=self.missing.text() if "missing" in shown else "",
            rationale=self.rationale.toPlainText(),
            votes_for=votes[0], votes_against=votes[1], votes_abstain=votes[2],
        )

    def set_value(self, decision: DecisionInput | None) -> None:
        """Show a recorded decision, or an empty form for an item not decided yet."""
        self.form.clear_errors()
        decision = decision or DecisionInput(outcome="")
        self.amount.setText("" if decision.amount is None else f"{decision.amount:f}")
        self.service.setText(decision.service)
        self.duration.setValue(decision.duration_months or 0)
        self.reason.set_code(decision.reason_code)
        self.reason_text.setText(decision.reason_text)
        self.missing.setText(decision.missing)
        self.rationale.setPlainText(decision.rationale)
        self.votes.set_values((decision.votes_for, decision.votes_against, decision.votes_abstain))
        self.outcome.set_code(decision.outcome)
