"""Hijri and Gregorian dates: conversion, formatting, entry in either calendar."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from charity_desk.domain.dates import (
    FIRST_DATE,
    LAST_DATE,
    HijriDate,
    age_on,
    check_not_future,
    format_dual,
    format_gregorian,
    format_hijri,
    format_hijri_numeric,
    from_hijri,
    hijri_month_name,
    parse_date,
    to_hijri,
)
from charity_desk.domain.messages import DomainError

supported_dates = st.dates(min_value=FIRST_DATE, max_value=LAST_DATE)
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def error_of(call, *args) -> DomainError:
    with pytest.raises(DomainError) as error:
        call(*args)
    assert error.value.field == "date"
    assert error.value.message.context == "Dates"
    return error.value


@pytest.mark.parametrize(
    ("gregorian", "hijri"),
    [
        (date(2026, 11, 24), HijriDate(1448, 6, 14)),
        (date(2025, 3, 1), HijriDate(1446, 9, 1)),  # 1 Ramadan 1446
        (date(2025, 3, 30), HijriDate(1446, 10, 1)),  # Eid al-Fitr 1446: Ramadan had 29 days
        (date(2024, 7, 7), HijriDate(1446, 1, 1)),
        (date(1924, 8, 1), HijriDate(1343, 1, 1)),
        (date(2077, 11, 16), HijriDate(1500, 12, 30)),
    ],
)
def test_known_pairs(gregorian, hijri):
    assert to_hijri(gregorian) == hijri
    assert from_hijri(hijri.year, hijri.month, hijri.day) == gregorian


def test_supported_span():
    assert [FIRST_DATE.isoformat(), LAST_DATE.isoformat()] == ["1924-08-01", "2077-11-16"]


def test_formats_as_official_letters_write_them():
    assert format_dual(date(2026, 11, 24)) == "14 جمادى الآخرة 1448هـ الموافق 24/11/2026م"
    assert format_hijri(date(2025, 3, 1)) == "1 رمضان 1446هـ"
    assert format_gregorian(date(2026, 1, 5)) == "05/01/2026"
    assert format_hijri_numeric(date(2026, 11, 24)) == "14/06/1448"
    assert format_hijri_numeric(date(2025, 3, 1)) == "01/09/1446"


def test_month_names():
    assert hijri_month_name(1) == "محرم"
    assert hijri_month_name(9) == "رمضان"
    assert hijri_month_name(12) == "ذو الحجة"
    for month in (0, 13, -1):
        with pytest.raises(ValueError):
            hijri_month_name(month)


@pytest.mark.parametrize(
    "text",
    [
        "14/06/1448",
        "14/6/1448",
        "1448-06-14",
        "1448/6/14",
        "١٤/٠٦/١٤٤٨",
        "14-6-1448هـ",
        "14/06/1448 ه",
        "14 / 06 / 1448",
    ],
)
def test_hijri_entry(text):
    assert parse_date(text, "hijri") == date(2026, 11, 24)


@pytest.mark.parametrize(
    "text",
    [
        "24/11/2026",
        "2026-11-24",
        "2026/11/24",
        "٢٤/١١/٢٠٢٦",
        "۲۴/۱۱/۲۰۲۶",
        "24.11.2026م",
        " 24-11-2026 ",
        "\u200f24/11/2026",
    ],
)
def test_gregorian_entry(text):
    assert parse_date(text, "gregorian") == date(2026, 11, 24)
    assert parse_date(text) == date(2026, 11, 24)


@pytest.mark.parametrize(
    "text", ["", "yesterday", "24/11/26", "24112026", "2026-11", "1/2/3/2026", "24/11/2026 10:00"]
)
def test_unreadable_text_shows_the_expected_form(text):
    for calendar in ("gregorian", "hijri"):
        assert "day/month/year" in str(error_of(parse_date, text, calendar))


@pytest.mark.parametrize(
    ("text", "calendar", "params"),
    [
        ("31/02/2026", "gregorian", {"month": 2, "year": 2026, "days": 28}),
        ("29/02/2027", "gregorian", {"month": 2, "year": 2027, "days": 28}),
        ("0/1/2026", "gregorian", {"month": 1, "year": 2026, "days": 31}),
        ("30/09/1446", "hijri", {"month": 9, "year": 1446, "days": 29}),
        ("31/01/1447", "hijri", {"month": 1, "year": 1447, "days": 30}),
        ("1/13/1448", "hijri", {"month": 13}),
        ("1/0/2026", "gregorian", {"month": 0}),
    ],
)
def test_impossible_day_or_month_says_the_allowed_range(text, calendar, params):
    assert error_of(parse_date, text, calendar).message.params == params


def test_leap_day_is_accepted():
    assert parse_date("29/02/2028") == date(2028, 2, 29)


@pytest.mark.parametrize(
    ("text", "calendar", "hint"),
    [("14/06/1448", "gregorian", "Hijri calendar"), ("24/11/2026", "hijri", "Gregorian calendar")],
)
def test_a_year_from_the_other_calendar_says_which_to_choose(text, calendar, hint):
    error = error_of(parse_date, text, calendar)
    assert hint in str(error)
    assert set(error.message.params) == {"year"}


@pytest.mark.parametrize(
    ("text", "calendar"),
    [
        ("1/1/1342", "hijri"),
        ("1/1/1501", "hijri"),
        ("31/07/1924", "gregorian"),
        ("17/11/2077", "gregorian"),
        ("1/1/1800", "gregorian"),
        ("1/1/9999", "gregorian"),
        ("1/1/0000", "hijri"),
    ],
)
def test_out_of_range_is_a_message_not_a_crash(text, calendar):
    error = error_of(parse_date, text, calendar)
    assert error.message.params == {"first": "01/08/1924", "last": "16/11/2077"}
    assert str(error) == "Enter a date from 01/08/1924 to 16/11/2077 (1343 to 1500 AH)."


@pytest.mark.parametrize(
    "value", [date(1900, 1, 1), date(1924, 7, 31), date(2077, 11, 17), date(9999, 12, 31)]
)
def test_converting_out_of_range_is_a_domain_error(value):
    error_of(to_hijri, value)
    error_of(format_dual, value)


def test_from_hijri_checks_its_arguments():
    assert error_of(from_hijri, 1446, 9, 30).message.params["days"] == 29
    assert error_of(from_hijri, 1446, 0, 1).message.params == {"month": 0}
    error_of(from_hijri, 1342, 12, 29)


def test_future():
    today = date(2026, 11, 25)
    error = error_of(check_not_future, date(2026, 11, 26), today)
    assert str(error) == "The date 26/11/2026 is in the future; enter today's date or an earlier one."
    assert check_not_future(today, today) is None
    check_not_future(date(1990, 1, 1), today)


@pytest.mark.parametrize(
    ("birth", "today", "age"),
    [
        (date(2000, 11, 26), date(2026, 11, 25), 25),
        (date(2000, 11, 25), date(2026, 11, 25), 26),
        (date(2026, 11, 25), date(2026, 11, 25), 0),
        (date(2000, 2, 29), date(2001, 2, 28), 0),
        (date(2000, 2, 29), date(2001, 3, 1), 1),
        (date(2000, 2, 29), date(2004, 2, 29), 4),
        (date(1999, 12, 31), date(2000, 1, 1), 0),
    ],
)
def test_age(birth, today, age):
    assert age_on(birth, today) == age


@given(supported_dates)
def test_round_trip_through_hijri(value):
    h = to_hijri(value)
    assert from_hijri(h.year, h.month, h.day) == value
    assert parse_date(format_hijri_numeric(value), "hijri") == value
    assert parse_date(format_hijri_numeric(value).translate(ARABIC_INDIC), "hijri") == value
    assert parse_date(format_gregorian(value), "gregorian") == value
    assert parse_date(value.isoformat(), "gregorian") == value


@given(supported_dates.filter(lambda d: d < LAST_DATE))
def test_hijri_days_follow_each_other(value):
    today, tomorrow = to_hijri(value), to_hijri(value + timedelta(days=1))
    if tomorrow.day == 1:
        assert today.day in (29, 30)
        assert (tomorrow.year, tomorrow.month) == (
            (today.year, today.month + 1) if today.month < 12 else (today.year + 1, 1)
        )
    else:
        assert tomorrow == HijriDate(today.year, today.month, today.day + 1)


@given(supported_dates)
def test_dual_format_is_hijri_then_gregorian(value):
    text = format_dual(value)
    h = to_hijri(value)
    assert text == f"{h.day} {hijri_month_name(h.month)} {h.year}هـ الموافق {format_gregorian(value)}م"


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)).filter(
        lambda d: (d.month, d.day) != (2, 29)
    ),
    st.integers(0, 120),
)
def test_age_on_birthdays(birth, years):
    birthday = birth.replace(year=birth.year + years)
    assert age_on(birth, birthday) == years
    assert age_on(birth, birthday - timedelta(days=1)) == years - 1
