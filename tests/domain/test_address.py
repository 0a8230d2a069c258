"""National address parts: optional, but in the right form when given."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from charity_desk.domain.address import NationalAddress, validate_national_address
from charity_desk.domain.messages import DomainError

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def test_empty_address_is_fine():
    assert validate_national_address(NationalAddress()) == NationalAddress()


def test_a_full_address_is_kept():
    address = NationalAddress(
        building_number="2929",
        street="طريق الملك فهد",
        district="العليا",
        city="الرياض",
        postal_code="12345",
        additional_number="7788",
        unit="12",
        short_address="RRRD2929",
    )
    assert validate_national_address(address) == address


def test_digits_spaces_and_short_address_are_normalized():
    cleaned = validate_national_address(
        NationalAddress(
            building_number="٢٩٢٩",
            street="  شارع   ٢٠ ",
            postal_code=" 12345 ",
            additional_number="۷۷۸۸",
            unit="\u200f٣",
            short_address="rrrd 2929",
        )
    )
    assert cleaned == NationalAddress(
        building_number="2929",
        street="شارع 20",
        postal_code="12345",
        additional_number="7788",
        unit="3",
        short_address="RRRD2929",
    )


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("building_number", "123"),
        ("building_number", "12345"),
        ("building_number", "12a4"),
        ("postal_code", "1234"),
        ("postal_code", "123456"),
        ("additional_number", "12a4"),
        ("additional_number", "77889"),
        ("short_address", "RRR2929"),
        ("short_address", "RRRD292"),
        ("short_address", "2929RRRD"),
        ("short_address", "ررر2929"),
        ("short_address", "ÉRRD2929"),
    ],
)
def test_wrong_form_names_the_field_and_the_form(field, value):
    with pytest.raises(DomainError) as error:
        validate_national_address(NationalAddress(**{field: value}))
    assert error.value.field == field
    assert not error.value.overridable
    assert error.value.message.context == "Address"
    assert "digits" in str(error.value) and "for example" in str(error.value)


def test_the_first_bad_part_is_named():
    with pytest.raises(DomainError) as error:
        validate_national_address(NationalAddress(building_number="1", postal_code="1"))
    assert error.value.field == "building_number"


@given(
    st.from_regex(r"[0-9]{4}", fullmatch=True),
    st.from_regex(r"[0-9]{5}", fullmatch=True),
    st.from_regex(r"[0-9]{4}", fullmatch=True),
    st.from_regex(r"[A-Z]{4}[0-9]{4}", fullmatch=True),
    st.booleans(),
)
def test_right_forms_in_any_digits_are_accepted(building, postal, additional, short, arabic):
    def written(text: str) -> str:
        return text.translate(ARABIC_INDIC) if arabic else text

    cleaned = validate_national_address(
        NationalAddress(
            building_number=written(building),
            postal_code=written(postal),
            additional_number=written(additional),
            short_address=written(short.lower()),
        )
    )
    assert (
        cleaned.building_number,
        cleaned.postal_code,
        cleaned.additional_number,
        cleaned.short_address,
    ) == (
        building,
        postal,
        additional,
        short,
    )
    assert validate_national_address(cleaned) == cleaned
