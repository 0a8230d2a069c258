"""National ID / Iqama validation (SAUDI.md's examples, and properties of the check digit)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from charity_desk.domain.messages import DomainError
from charity_desk.domain.national_id import (
    IdKind,
    complete_with_check_digit,
    id_kind,
    luhn_ok,
    validate_national_id,
)

nine_digits = st.from_regex(r"[12][0-9]{8}", fullmatch=True)


@pytest.mark.parametrize("value", ["1000000008", "1012345672", "1058529940", "2034567897"])
def test_valid_examples(value):
    assert validate_national_id(value) == value


@pytest.mark.parametrize("value", ["1000000000", "1012345678", "2034567895"])
def test_wrong_check_digit_is_overridable(value):
    with pytest.raises(DomainError) as error:
        validate_national_id(value)
    assert error.value.overridable and error.value.field == "national_id"


@pytest.mark.parametrize("value", ["3012345678", "", "12345", "10123456720", "10123x5672"])
def test_form_errors_are_not_overridable(value):
    with pytest.raises(DomainError) as error:
        validate_national_id(value)
    assert not error.value.overridable


def test_3012345678_passes_luhn_but_fails_first_digit():
    assert luhn_ok("3012345678")
    with pytest.raises(DomainError) as error:
        validate_national_id("3012345678")
    assert error.value.message.params == {"digit": "3"}


def test_arabic_indic_digits_spaces_and_dashes_are_accepted():
    assert validate_national_id("١٠١٢٣٤٥٦٧٢") == "1012345672"
    assert validate_national_id("۱۰۱۲۳۴۵۶۷۲") == "1012345672"
    assert validate_national_id(" 1012-345-672 ") == "1012345672"


def test_wrong_length_reports_the_count():
    with pytest.raises(DomainError) as error:
        validate_national_id("101234567")
    assert error.value.message.params == {"count": 9}


def test_kind():
    assert id_kind("1012345672") is IdKind.CITIZEN
    assert id_kind("2034567897") is IdKind.RESIDENT


@given(nine_digits)
def test_completed_ids_are_always_valid(first_nine):
    value = complete_with_check_digit(first_nine)
    assert value.startswith(first_nine) and validate_national_id(value) == value


@given(nine_digits, st.integers(0, 9), st.integers(1, 9))
def test_any_single_digit_change_is_caught(first_nine, position, delta):
    value = complete_with_check_digit(first_nine)
    changed = value[:position] + str((int(value[position]) + delta) % 10) + value[position + 1 :]
    assert not luhn_ok(changed)
