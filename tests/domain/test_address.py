"""National address parts: optional, but in the right form when given."""

import pytest

from charity_desk.domain.address import NationalAddress, validate_national_address
from charity_desk.domain.messages import DomainError


def test_empty_address_is_fine():
    assert validate_national_address(NationalAddress()) == NationalAddress()


def test_digits_and_short_address_are_normalized():
    cleaned = validate_national_address(
        NationalAddress(building_number="٢٩٢٩", postal_code=" 12345 ", short_address="rrrd 2929")
    )
    assert (cleaned.building_number, cleaned.postal_code, cleaned.short_address) == (
        "2929",
        "12345",
        "RRRD2929",
    )


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("building_number", "123"),
        ("postal_code", "1234"),
        ("additional_number", "12a4"),
        ("short_address", "RRR2929"),
    ],
)
def test_wrong_form_names_the_field(field, value):
    with pytest.raises(DomainError) as error:
        validate_national_address(NationalAddress(**{field: value}))
    assert error.value.field == field
