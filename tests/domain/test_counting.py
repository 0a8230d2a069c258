"""Counted nouns agree with their number in Arabic, and numbers follow the chosen digit style."""

import pytest

from charity_desk.domain.counting import NOUNS, OBLIQUE, count_arabic, count_english
from charity_desk.domain.numerals import ARABIC_INDIC, WESTERN, format_number, format_percent, localize_digits


@pytest.mark.parametrize(("count", "expected"), [
    (0, "0 شهر"), (1, "شهر واحد"), (2, "شهران"), (3, "3 أشهر"), (6, "6 أشهر"), (10, "10 أشهر"),
    (11, "11 شهرًا"), (99, "99 شهرًا"), (100, "100 شهر"), (102, "102 شهر"), (103, "103 أشهر"),
    (111, "111 شهرًا"), (1000, "1,000 شهر"),
])
def test_months_agree_with_their_number(count, expected):
    assert count_arabic(count, "month", style=WESTERN) == expected


def test_feminine_nouns_take_wahida_and_no_tanween():
    assert count_arabic(1, "minute", style=WESTERN) == "دقيقة واحدة"
    assert count_arabic(10, "minute", style=WESTERN) == "10 دقائق"
    assert count_arabic(15, "minute", style=WESTERN) == "15 دقيقة"


def test_days_in_both_cases_and_arabic_indic_digits():
    assert count_arabic(2, "day") == "يومان"
    assert count_arabic(2, "day", OBLIQUE) == "يومين"
    assert count_arabic(3, "day", style=ARABIC_INDIC) == "٣ أيام"
    assert count_arabic(11, "month", style=ARABIC_INDIC) == "١١ شهرًا"
    assert count_arabic(10, "minute", style=ARABIC_INDIC) == "١٠ دقائق"


def test_every_noun_has_all_its_forms():
    for key, noun in NOUNS.items():
        assert all([noun.singular, noun.dual, noun.dual_oblique, noun.plural, noun.accusative]), key
        assert noun.dual != noun.dual_oblique, key
        assert count_english(1, key).endswith(noun.english) and count_english(5, key).endswith(noun.english_plural)


def test_digit_style_changes_digits_and_separators_only():
    assert localize_digits("رقم 1448-000024", ARABIC_INDIC) == "رقم ١٤٤٨\u200e-\u200e٠٠٠٠٢٤"
    assert localize_digits("رقم 1448-000024", WESTERN) == "رقم 1448-000024"
    assert localize_digits("الرمز 5QIJ-0WNA في www.birr2.org.sa بتاريخ 24/11", ARABIC_INDIC) == \
        "الرمز 5QIJ-0WNA في www.birr2.org.sa بتاريخ ٢٤/١١"
    assert format_number(1500.5, 2, ARABIC_INDIC) == "١٬٥٠٠٫٥٠"
    assert format_number(1500.5, 2, WESTERN) == "1,500.50"
    assert format_percent(0.666, WESTERN) == "67%" and format_percent(0.666, ARABIC_INDIC) == "٦٧٪"
