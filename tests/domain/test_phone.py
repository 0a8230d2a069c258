"""Saudi mobile numbers: every common way of writing them becomes +9665XXXXXXXX."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from charity_desk.domain.messages import DomainError
from charity_desk.domain.phone import display_mobile, mobile_search_forms, normalize_mobile


@pytest.mark.parametrize(
    "raw",
    [
        "0551234567",
        "551234567",
        "966551234567",
        "00966551234567",
        "+966551234567",
        "055 123 4567",
        "055-123-4567",
        "٠٥٥١٢٣٤٥٦٧",
        "+966 55 123 4567",
    ],
)
def test_accepted_forms(raw):
    assert normalize_mobile(raw) == "+966551234567"


@pytest.mark.parametrize("raw", ["", "0112345678", "05512345", "055123456789", "+971551234567", "abc"])
def test_refused_with_a_field(raw):
    with pytest.raises(DomainError) as error:
        normalize_mobile(raw)
    assert error.value.field == "phone"


def test_display_and_search_forms():
    assert display_mobile("+966551234567") == "055 123 4567"
    assert mobile_search_forms("+966551234567") == ["0551234567", "551234567", "966551234567"]


@given(st.from_regex(r"5[0-9]{8}", fullmatch=True), st.sampled_from(["0", "", "966", "00966", "+966"]))
def test_round_trip(local, prefix):
    stored = normalize_mobile(prefix + local)
    assert stored == "+966" + local
    assert normalize_mobile(display_mobile(stored)) == stored
