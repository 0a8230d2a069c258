"""Amounts of money as official Saudi letters write them: «1,500 ريال (ألف وخمسمائة ريال فقط لا غير)».

num2words spells each group of three digits; the thousands, millions and billions and the riyal and
halala nouns are put together here because num2words' Arabic gets them wrong (101,000 comes out as
«مائة و ألف ألف», 1 riyal as «واحد ريال»), and because it writes «و خمسمائة» with a space where
letters write «وخمسمائة». The counted noun follows Arabic grammar: ريالان, ثلاثة ريالات,
خمسة عشر ريالاً, مائة ريال; halalas are feminine: هللتان, ثلاث هللات, إحدى عشرة هللة.
"""

from __future__ import annotations

from decimal import Decimal

from num2words import num2words

_LIMIT = 10**12

# singular, dual, dual before a noun (construct state), plural (3-10), accusative (11-99)
_Forms = tuple[str, str, str, str, str]
_SCALES: tuple[tuple[int, _Forms], ...] = (
    (10**9, ("مليار", "ملياران", "مليارا", "مليارات", "ملياراً")),
    (10**6, ("مليون", "مليونان", "مليونا", "ملايين", "مليوناً")),
    (10**3, ("ألف", "ألفان", "ألفا", "آلاف", "ألفاً")),
)
_RIYAL: _Forms = ("ريال", "ريالان", "ريال", "ريالات", "ريالاً")
# Words of num2words' masculine numbers and their feminine forms, for counting halalas.
_FEMININE = {
    "واحد": "إحدى",
    "أحد": "إحدى",
    "اثنان": "اثنتان",
    "اثنا": "اثنتا",
    "ثلاثة": "ثلاث",
    "أربعة": "أربع",
    "خمسة": "خمس",
    "ستة": "ست",
    "سبعة": "سبع",
    "ثمانية": "ثماني",
    "تسعة": "تسع",
    "عشرة": "عشر",
    "عشر": "عشرة",
}


def _check(amount: Decimal | int) -> Decimal:
    if not isinstance(amount, Decimal | int) or isinstance(amount, bool):
        raise TypeError(f"amounts are Decimal, not {type(amount).__name__}")
    amount = Decimal(amount)
    if not amount.is_finite() or amount < 0 or amount >= _LIMIT:
        raise ValueError(f"amount out of range: {amount}")
    if amount != amount.quantize(Decimal("0.01")):
        raise ValueError(f"amount has fractions of a halala: {amount}")
    return amount


def _number(count: int) -> str:
    """1 to 999 in words, masculine, as letters write it (مائتا, not مئتا; وخمسمائة, not و خمسمائة)."""
    return num2words(count, lang="ar").replace(" و ", " و").replace("مئت", "مائت")


def _counted(count: int, forms: _Forms, *, construct: bool) -> str:
    """``count`` (1 to 999) of a masculine noun: ألف, ألفان, ثلاثة آلاف, أحد عشر ألفاً, مائة ألف.

    ``construct``: the noun is followed by another (ألفا ريال, أحد عشر ألف ريال).
    """
    singular, dual, dual_construct, plural, accusative = forms
    if count == 1:
        return singular
    if count == 2:
        return dual_construct if construct else dual
    last_two = count % 100
    if 3 <= last_two <= 10:
        noun = plural
    elif last_two >= 11 and not construct:
        noun = accusative
    else:
        noun = singular
    return f"{_number(count)} {noun}"


def _riyals(riyals: int) -> str:
    if riyals == 1:
        return "ريال واحد"
    parts = []
    remaining = riyals
    for size, forms in _SCALES:
        count, remaining = divmod(remaining, size)
        if count:
            parts.append(_counted(count, forms, construct=remaining == 0))
    if remaining == 0:
        return " و".join(parts) + " ريال"
    if remaining <= 2 and parts:
        parts.append(f"{_number(remaining)} ريال")
    else:
        parts.append(_counted(remaining, _RIYAL, construct=False))
    return " و".join(parts)


def _halalas(halalas: int) -> str:
    if halalas == 1:
        return "هللة واحدة"
    if halalas == 2:
        return "هللتان"
    words = " ".join(_FEMININE.get(word, word) for word in _number(halalas).split(" "))
    return f"{words} {'هللات' if halalas <= 10 else 'هللة'}"


def amount_in_words_ar(amount: Decimal | int) -> str:
    """``Decimal("1500.50")`` → «ألف وخمسمائة ريال وخمسون هللة»."""
    amount = _check(amount)
    riyals = int(amount)
    halalas = int((amount - riyals) * 100)
    parts = []
    if riyals:
        parts.append(_riyals(riyals))
    if halalas:
        parts.append(_halalas(halalas))
    return " و".join(parts) if parts else "صفر ريال"


def format_amount(amount: Decimal | int) -> str:
    """``1,500`` for whole riyals, ``1,500.50`` with halalas."""
    amount = _check(amount)
    return f"{amount:,.0f}" if amount == amount.to_integral_value() else f"{amount:,.2f}"


def amount_phrase(amount: Decimal | int) -> str:
    """«1,500 ريال (ألف وخمسمائة ريال فقط لا غير)»: the figures and the words, as in aid letters."""
    return f"{format_amount(amount)} ريال ({amount_in_words_ar(amount)} فقط لا غير)"
