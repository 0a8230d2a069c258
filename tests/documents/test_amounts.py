"""Amounts in figures and in words as Saudi letters write them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from charity_desk.documents.amounts import amount_in_words_ar, amount_phrase, format_amount


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        ("1", "ريال واحد"),
        ("2", "ريالان"),
        ("3", "ثلاثة ريالات"),
        ("10", "عشرة ريالات"),
        ("11", "أحد عشر ريالاً"),
        ("100", "مائة ريال"),
        ("200", "مائتا ريال"),
        ("250", "مائتان وخمسون ريالاً"),
        ("1500", "ألف وخمسمائة ريال"),
        ("2000", "ألفا ريال"),
        ("2500", "ألفان وخمسمائة ريال"),
        ("3000", "ثلاثة آلاف ريال"),
        ("11000", "أحد عشر ألف ريال"),
        ("12500", "اثنا عشر ألفاً وخمسمائة ريال"),
        ("101000", "مائة وواحد ألف ريال"),
        ("1000000", "مليون ريال"),
        ("1500000", "مليون وخمسمائة ألف ريال"),
        ("3000000", "ثلاثة ملايين ريال"),
        ("1500.50", "ألف وخمسمائة ريال وخمسون هللة"),
        ("1500.01", "ألف وخمسمائة ريال وهللة واحدة"),
        ("0.02", "هللتان"),
        ("0.05", "خمس هللات"),
        ("0.11", "إحدى عشرة هللة"),
        ("0.25", "خمس وعشرون هللة"),
        ("0", "صفر ريال"),
    ],
)
def test_words(amount, words):
    assert amount_in_words_ar(Decimal(amount)) == words


def test_the_conjunction_is_joined_to_the_next_word():
    for riyals in range(1, 3_000_000, 9_973):
        assert " و " not in amount_in_words_ar(Decimal(riyals) + Decimal("0.37"))


@pytest.mark.parametrize(
    ("amount", "figures"),
    [("1500", "1,500"), ("1500.50", "1,500.50"), ("1000000", "1,000,000"), ("7", "7"), ("1500.00", "1,500")],
)
def test_figures(amount, figures):
    assert format_amount(Decimal(amount)) == figures


def test_phrase_as_in_aid_letters():
    assert amount_phrase(Decimal("1500")) == "1,500 ريال (ألف وخمسمائة ريال فقط لا غير)"
    assert amount_phrase(Decimal("1500.50")) == "1,500.50 ريال (ألف وخمسمائة ريال وخمسون هللة فقط لا غير)"


@pytest.mark.parametrize("amount", [Decimal("-1"), Decimal("1.005"), Decimal("NaN"), Decimal(10**12)])
def test_impossible_amounts_are_refused(amount):
    with pytest.raises(ValueError):
        amount_in_words_ar(amount)


def test_floats_are_refused():
    with pytest.raises(TypeError):
        format_amount(1500.5)
