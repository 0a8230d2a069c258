"""Household money: monthly totals and income per person, as eligibility rules read them."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal

from charity_desk.domain.digits import to_western_digits
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message

CENT = Decimal("0.01")
MAX_AMOUNT = Decimal("9999999999.99")


def parse_amount(text: str, field: str = "amount") -> Decimal:
    """A riyal amount typed by a person: digits (any script), optional «,» thousands and «.» or «٫» halalas."""
    cleaned = to_western_digits((text or "").strip()).replace("٬", "").replace(",", "").replace("٫", ".")
    try:
        value = Decimal(cleaned)
    except ArithmeticError:
        value = None
    if (
        value is None
        or not value.is_finite()
        or value < 0
        or value > MAX_AMOUNT
        or value != value.quantize(CENT)
    ):
        raise DomainError(
            Message(
                "Amounts",
                QT_TRANSLATE_NOOP("Amounts", "Write the amount in riyals, for example 1500 or 1500.50."),
            ),
            field=field,
        )
    return value.quantize(CENT)


def monthly_total(amounts: Iterable[Decimal]) -> Decimal:
    return sum(amounts, Decimal("0")).quantize(CENT)


def income_per_person(total_income: Decimal, household_size: int) -> Decimal:
    """Monthly income divided by everyone in the household (the applicant counts)."""
    return (total_income / max(household_size, 1)).quantize(CENT, rounding=ROUND_HALF_UP)
