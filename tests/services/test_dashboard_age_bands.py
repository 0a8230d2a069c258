"""The dashboard's age bands are computed by the database (a CASE over the birth date): the same age a
person has by the calendar, on birthdays and on 29 February included."""

from datetime import date

import pytest
from sqlalchemy import Date, create_engine, literal, select

from charity_desk.services.dashboard import _age_band


def _band(born: date | None, on: date) -> str:
    with create_engine("sqlite://").connect() as connection:
        return connection.scalar(select(_age_band(literal(born, Date), on)))


@pytest.mark.parametrize(("born", "on", "band"), [
    (date(2008, 6, 1), date(2026, 6, 1), "18-29"),     # eighteenth birthday that day
    (date(2008, 6, 2), date(2026, 6, 1), "0-17"),      # one day short
    (date(1996, 6, 2), date(2026, 6, 1), "18-29"),     # still 29
    (date(1996, 6, 1), date(2026, 6, 1), "30-44"),
    (date(1966, 6, 1), date(2026, 6, 1), "60+"),
    (date(1966, 6, 2), date(2026, 6, 1), "45-59"),
    (date(1930, 1, 1), date(2026, 6, 1), "60+"),
    (date(2006, 2, 28), date(2024, 2, 29), "18-29"),   # a leap day: the cutoff falls back to the 28th
    (date(2006, 3, 1), date(2024, 2, 29), "0-17"),
    (None, date(2026, 6, 1), "?"),
])
def test_age_band_on_the_boundaries(born, on, band):
    assert _band(born, on) == band
