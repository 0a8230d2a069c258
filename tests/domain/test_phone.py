"""Saudi mobile numbers: every common way of writing them becomes +9665XXXXXXXX."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from charity_desk.domain.messages import DomainError
from charity_desk.domain.phone import display_mobile, mobile_search_forms, normalize_mobile

local_numbers = st.from_regex(r"5[0-9]{8}", fullmatch=True)
prefixes = st.sampled_from(["0", "", "966", "00966", "+966", "+9660"])
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@pytest.mark.parametrize(
    "raw",
    [
        "0551234567",
        "551234567",
        "966551234567",
        "00966551234567",
        "+966551234567",
        "+9660551234567",
        "055 123 4567",
        "055-123-4567",
        "(055) 123-4567",
        "055.123.4567",
        "٠٥٥١٢٣٤٥٦٧",
        "۰۵۵۱۲۳۴۵۶۷",
        "+٩٦٦ ٥٥ ١٢٣ ٤٥٦٧",
        "+966 55 123 4567",
        "\u200e+966551234567\u200e",
        " 0551234567 ",
    ],
)
def test_accepted_forms(raw):
    assert normalize_mobile(raw) == "+966551234567"


def message_of(raw: str) -> str:
    with pytest.raises(DomainError) as error:
        normalize_mobile(raw)
    assert error.value.field == "phone"
    assert not error.value.overridable
    assert error.value.message.context == "Phone"
    return str(error.value)


@pytest.mark.parametrize("raw", ["", "   ", "--"])
def test_empty_asks_for_the_number(raw):
    assert message_of(raw) == "Enter the mobile number."


@pytest.mark.parametrize("raw", ["abc", "055123456x", "05512+34567", "٠٥٥ abc"])
def test_letters_and_symbols(raw):
    assert "only digits" in message_of(raw)


@pytest.mark.parametrize("raw", ["0112345678", "0138765432", "+966112345678", "00966126543210"])
def test_landline_is_named(raw):
    assert "landline" in message_of(raw)


@pytest.mark.parametrize("raw", ["+971551234567", "0020123456789", "+1 555 123 4567"])
def test_foreign_number_is_named(raw):
    assert "Saudi" in message_of(raw) and "+966" in message_of(raw)


@pytest.mark.parametrize(
    "raw", ["05512345", "055123456789", "0451234567", "+96655123456", "0966551234567", "5"]
)
def test_wrong_length_or_start_shows_the_expected_form(raw):
    assert "0551234567" in message_of(raw)


def test_display_and_search_forms():
    assert display_mobile("+966551234567") == "055 123 4567"
    assert mobile_search_forms("+966551234567") == ["0551234567", "551234567", "966551234567"]


def test_display_leaves_unexpected_values_alone():
    assert display_mobile("0112345678") == "0112345678"
    assert display_mobile("") == ""


@given(local_numbers, prefixes, st.booleans())
def test_round_trip(local, prefix, arabic_digits):
    raw = prefix + local
    stored = normalize_mobile(raw.translate(ARABIC_INDIC) if arabic_digits else raw)
    assert stored == "+966" + local
    assert normalize_mobile(stored) == stored
    assert normalize_mobile(display_mobile(stored)) == stored
    assert all(normalize_mobile(form) == stored for form in mobile_search_forms(stored))


@given(local_numbers)
def test_display_shape(local):
    shown = display_mobile("+966" + local)
    assert [len(part) for part in shown.split(" ")] == [3, 3, 4]
    assert shown.replace(" ", "") == "0" + local


@given(st.text(max_size=20))
def test_anything_is_either_a_stored_mobile_or_a_phone_error(raw):
    try:
        stored = normalize_mobile(raw)
    except DomainError as error:
        assert error.field == "phone"
    else:
        assert stored.startswith("+9665") and len(stored) == 13 and stored[1:].isdigit()
