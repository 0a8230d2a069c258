"""Hijri and Gregorian dates: conversion, formatting, entry in either calendar."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from charity_desk.domain.dates import (
    HijriDate,
    age_on,
    check_not_future,
    format_dual,
    format_gregorian,
    format_hijri_numeric,
    from_hijri,
    parse_date,
    to_hijri,
)
from charity_desk.domain.messages import DomainError


def test_known_pairs():
    assert to_hijri(date(2026, 11, 24)) == HijriDate(1448, 6, 14)
    assert from_hijri(1446, 9, 1) == date(2025, 3, 1)


def test_dual_format_as_official_letters_write_it():
    assert format_dual(date(2026, 11, 24)) == "14 جمادى الآخرة 1448هـ الموافق 24/11/2026م"
    assert format_gregorian(date(2026, 1, 5)) == "05/01/2026"
    assert format_hijri_numeric(date(2026, 11, 24)) == "14/06/1448"


@pytest.mark.parametrize("text", ["14/06/1448", "1448-06-14", "١٤/٠٦/١٤٤٨", "14-6-1448هـ"])
def test_hijri_entry(text):
    assert parse_date(text, "hijri") == date(2026, 11, 24)


@pytest.mark.parametrize("text", ["24/11/2026", "2026-11-24", "٢٤/١١/٢٠٢٦", "24.11.2026م"])
def test_gregorian_entry(text):
    assert parse_date(text) == date(2026, 11, 24)


@pytest.mark.parametrize(
    ("text", "calendar"),
    [
        ("31/02/2026", "gregorian"),
        ("30/13/1448", "hijri"),
        ("1/1/1501", "hijri"),
        ("yesterday", "gregorian"),
        ("", "hijri"),
    ],
)
def test_bad_dates_say_what_to_fix(text, calendar):
    with pytest.raises(DomainError) as error:
        parse_date(text, calendar)
    assert error.value.field == "date"


def test_out_of_range_gregorian_is_a_message_not_a_crash():
    with pytest.raises(DomainError):
        to_hijri(date(1900, 1, 1))


def test_future_and_age():
    with pytest.raises(DomainError):
        check_not_future(date(2026, 11, 26), today=date(2026, 11, 25))
    check_not_future(date(2026, 11, 25), today=date(2026, 11, 25))
    assert age_on(date(2000, 11, 26), date(2026, 11, 25)) == 25
    assert age_on(date(2000, 11, 25), date(2026, 11, 25)) == 26


@given(st.dates(min_value=date(1924, 8, 1), max_value=date(2077, 11, 16)))
def test_round_trip_through_hijri(value):
    h = to_hijri(value)
    assert from_hijri(h.year, h.month, h.day) == value
    assert parse_date(format_hijri_numeric(value), "hijri") == value
