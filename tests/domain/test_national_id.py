"""National ID / Iqama validation (SAUDI.md's examples, and properties of the check digit)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from charity_desk.domain.digits import to_western_digits
from charity_desk.domain.messages import DomainError
from charity_desk.domain.national_id import (
    IdKind,
    complete_with_check_digit,
    id_kind,
    luhn_ok,
    normalize_national_id,
    validate_national_id,
)

nine_digits = st.from_regex(r"[12][0-9]{8}", fullmatch=True)
ten_digits = st.from_regex(r"[0-9]{10}", fullmatch=True)
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
EASTERN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def error_of(raw: str) -> DomainError:
    with pytest.raises(DomainError) as error:
        validate_national_id(raw)
    assert error.value.field == "national_id"
    return error.value


@pytest.mark.parametrize("value", ["1000000008", "1012345672", "1058529940", "2034567897"])
def test_valid_examples(value):
    assert luhn_ok(value)
    assert validate_national_id(value) == value


@pytest.mark.parametrize("value", ["1000000000", "1012345678", "2034567895"])
def test_wrong_check_digit_is_overridable(value):
    assert not luhn_ok(value)
    assert error_of(value).overridable


@pytest.mark.parametrize(
    ("value", "params"),
    [
        ("", {}),
        ("   ", {}),
        ("10123x5672", {}),
        ("1012345672a", {}),
        ("12345", {"count": 5}),
        ("101234567", {"count": 9}),
        ("10123456720", {"count": 11}),
        ("3012345678", {"digit": "3"}),
        ("0012345678", {"digit": "0"}),
    ],
)
def test_form_errors_are_not_overridable_and_carry_their_details(value, params):
    error = error_of(value)
    assert not error.overridable
    assert error.message.context == "NationalId"
    assert error.message.params == params


def test_3012345678_passes_luhn_but_fails_first_digit():
    assert luhn_ok("3012345678")
    assert error_of("3012345678").message.params == {"digit": "3"}


def test_other_unicode_digits_are_not_digits_here():
    # "²".isdigit() is True in Python; it must be refused, not crash the check digit.
    assert not error_of("1²²²²²²²²²").overridable
    assert not luhn_ok("1²²²²²²²²²")


def test_messages_are_complete_sentences():
    assert str(error_of("101234567")) == "The national ID must have 10 digits; you typed 9."
    assert "supervisor" in str(error_of("1012345678"))


@pytest.mark.parametrize(
    "raw",
    [
        "١٠١٢٣٤٥٦٧٢",
        "۱۰۱۲۳۴۵۶۷۲",
        " 1012-345-672 ",
        "1012 345 672",
        "\u200f1012345672\u200f",
        "1012–345–672",
        "١٠١٢ ٣٤٥ 672",
    ],
)
def test_any_digits_separators_and_direction_marks_are_accepted(raw):
    assert normalize_national_id(raw) == "1012345672"
    assert validate_national_id(raw) == "1012345672"


def test_kind():
    assert id_kind("1012345672") is IdKind.CITIZEN
    assert id_kind("2034567897") is IdKind.RESIDENT
    assert IdKind.CITIZEN == "1"


def test_luhn_of_non_digits_and_empty_is_false():
    assert not luhn_ok("")
    assert not luhn_ok("10123-5672")


@pytest.mark.parametrize("bad", ["", "12345678", "1234567890", "12345678x"])
def test_completing_needs_nine_digits(bad):
    with pytest.raises(ValueError):
        complete_with_check_digit(bad)


def test_completing_the_examples():
    assert complete_with_check_digit("101234567") == "1012345672"
    assert complete_with_check_digit("203456789") == "2034567897"
    assert complete_with_check_digit("100000000") == "1000000008"


@given(nine_digits)
def test_completed_ids_are_always_valid(first_nine):
    value = complete_with_check_digit(first_nine)
    assert value.startswith(first_nine) and len(value) == 10
    assert validate_national_id(value) == value
    assert id_kind(value) == first_nine[0]


@given(nine_digits, st.integers(0, 9), st.integers(1, 9))
def test_any_single_digit_change_is_caught(first_nine, position, delta):
    value = complete_with_check_digit(first_nine)
    changed = value[:position] + str((int(value[position]) + delta) % 10) + value[position + 1 :]
    assert not luhn_ok(changed)


@given(nine_digits, st.integers(0, 8))
def test_adjacent_swaps_are_caught_except_09(first_nine, position):
    value = complete_with_check_digit(first_nine)
    a, b = value[position], value[position + 1]
    swapped = value[:position] + b + a + value[position + 2 :]
    assert luhn_ok(swapped) == (a == b or {a, b} == {"0", "9"})


@given(ten_digits)
def test_validation_agrees_with_the_rules(value):
    try:
        assert validate_national_id(value) == value
        assert value[0] in "12" and luhn_ok(value)
    except DomainError as error:
        assert error.overridable == (value[0] in "12")
        assert value[0] not in "12" or not luhn_ok(value)


@given(nine_digits, st.sampled_from([ARABIC_INDIC, EASTERN]))
def test_arabic_digits_validate_like_western(first_nine, table):
    value = complete_with_check_digit(first_nine)
    written = value.translate(table)
    assert to_western_digits(written) == value
    assert validate_national_id(written) == value
