"""Verification codes are read however they are typed from a printed letter."""

import pytest

from charity_desk.services.letter_codes import normalize_code


@pytest.mark.parametrize("typed", ["AB2C-D7EF", "ab2c d7ef", " ab2cd7ef ", "AB٢C-D٧EF", "ab۲c\u200f-d۷ef"])
def test_code_is_normalised(typed):
    assert normalize_code(typed) == "AB2C-D7EF"


def test_a_code_of_the_wrong_length_is_left_as_typed():
    assert normalize_code(" abc-12 ") == "ABC-12"
