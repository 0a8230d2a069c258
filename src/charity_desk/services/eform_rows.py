"""One row of an e-form export, checked as strictly as a walk-in typed at the desk (clause 5-3).

The person's fields go through ``clean_person``, the same rules as the registration form, so an
imported file is never weaker than a typed one.  On top of that, what only a file can bring is
refused here: cells over 500 characters, formulas that were never calculated, text that starts like
a spreadsheet formula (= + - @) in a free-text field — it would run as a formula the day someone
exports the data to Excel — and names with digits or symbols (a wrong column, usually); both rules are
domain.free_text's, the same as at the desk.  Every
problem of the row is reported, each at its column.

Cells arrive as typed values: an .xlsx may give numbers (an ID the form stored as a number, a phone
that lost its leading 0) and dates; a CSV gives text.  Times without a zone are the association's
local time (Arabia Standard Time, UTC+3 all year) and are stored in UTC.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from functools import cache

from charity_desk.domain.dates import parse_date, to_hijri
from charity_desk.domain.digits import strip_direction_marks, to_western_digits
from charity_desk.domain.free_text import is_name, starts_like_formula
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message
from charity_desk.domain.national_id import validate_national_id
from charity_desk.reference import regions
from charity_desk.services.eform_columns import consent_words, fold, value_codes
from charity_desk.services.eform_reader import FORMULA_WITHOUT_VALUE, SheetRow
from charity_desk.services.errors import InvalidInput
from charity_desk.services.person_input import PersonInput, clean_person

CONTEXT = "EformImport"
MAX_CELL = 500
LOCAL_TIME = timezone(timedelta(hours=3), "AST")
FIRST_HIJRI_BIRTH_YEAR, LAST_HIJRI_BIRTH_YEAR = 1300, 1500
_NAMES = ("first_name", "father_name", "grandfather_name", "family_name", "guardian_name")
_FREE_TEXT = (*_NAMES, "city", "nationality")
_YEAR = re.compile(r"[0-9]{4}")
_TIMESTAMP = re.compile(
    r"(?:(?P<y>[0-9]{4})[-/.](?P<m>[0-9]{1,2})[-/.](?P<d>[0-9]{1,2})"
    r"|(?P<d2>[0-9]{1,2})[-/.](?P<m2>[0-9]{1,2})[-/.](?P<y2>[0-9]{4}))"
    r"(?:[ T]+(?P<hour>[0-9]{1,2}):(?P<minute>[0-9]{2})(?::(?P<second>[0-9]{2})(?:\.[0-9]+)?)?"
    r"\s*(?P<half>am|pm|ص|م)?)?\s*(?P<utc>z|utc)?",
    re.IGNORECASE,
)
_FUTURE_TOLERANCE = timedelta(hours=1)


@dataclass(frozen=True)
class Problem:
    """Why a row is refused (or, as a warning, what to check); ``field`` is "" for the whole row."""

    row: int
    field: str
    message: Message


@dataclass(frozen=True)
class RowValues:
    """A row that passed every check: the person's column values and the application's."""

    row: int
    person: dict
    channel: str
    submitted_at: datetime
    guardian_name: str
    guardian_national_id: str


class RowRejected(Exception):
    def __init__(self, problems: list[Problem]):
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = problems


def _message(text: str, **params) -> Message:
    return Message(CONTEXT, text, params)


def cell_text(value) -> str:
    """A cell as the text a person would read in it (an integral number without ``.0``)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()
    return str(value).strip()


def _cell_problem(field: str, value) -> Message | None:
    if value is FORMULA_WITHOUT_VALUE:
        return _message(QT_TRANSLATE_NOOP(
            "EformImport", "The cell holds a formula that was never calculated; type the value itself."))
    if isinstance(value, str) and len(value) > MAX_CELL:
        return _message(QT_TRANSLATE_NOOP("EformImport", "The cell is too long (more than {limit} characters)."),
                        limit=MAX_CELL)
    text = cell_text(value)
    if field in _FREE_TEXT and starts_like_formula(text):
        return _message(QT_TRANSLATE_NOOP(
            "EformImport", "The text starts like a spreadsheet formula (= + - @); it is not imported."))
    if field in _NAMES and text and not is_name(text):
        return _message(QT_TRANSLATE_NOOP("EformImport", "A name may contain letters only, without digits or symbols."))
    return None


@cache
def _regions() -> dict[str, str]:
    return {fold(name): name for name in regions()}


def _region(text: str) -> str | None:
    folded = fold(text)
    return _regions().get(folded) or _regions().get(folded.removeprefix("منطقه "))


def _birth_date(value, calendar_text: str) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = cell_text(value)
    if not text:
        return None
    calendar = value_codes("birth_calendar").get(fold(calendar_text)) if calendar_text else None
    if calendar_text and calendar is None:
        raise DomainError(_message(QT_TRANSLATE_NOOP(
            "EformImport", "Write the calendar as هجري (Hijri) or ميلادي (Gregorian).")), field="birth_calendar")
    if calendar is None:
        year = _YEAR.search(to_western_digits(text))
        hijri = year is not None and FIRST_HIJRI_BIRTH_YEAR <= int(year.group()) <= LAST_HIJRI_BIRTH_YEAR
        calendar = "hijri" if hijri else "gregorian"
    return parse_date(text, calendar)


def _timestamp(value, now: datetime) -> datetime:
    """The submission time in UTC; the local time of the form when it carries no zone."""
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime(value.year, value.month, value.day)
    else:
        text = strip_direction_marks(to_western_digits(cell_text(value)))
        match = _TIMESTAMP.fullmatch(text)
        if match is None:
            raise DomainError(_message(QT_TRANSLATE_NOOP(
                "EformImport", "Write the submission time as 2026-11-20 14:30 or 20/11/2026 14:30.")))
        parts = match.groupdict()
        hour = int(parts["hour"] or 0)
        if parts["half"] and parts["half"].lower() in {"pm", "م"} and hour < 12:
            hour += 12
        elif parts["half"] and parts["half"].lower() in {"am", "ص"} and hour == 12:
            hour = 0
        try:
            moment = datetime(int(parts["y"] or parts["y2"]), int(parts["m"] or parts["m2"]),
                              int(parts["d"] or parts["d2"]), hour, int(parts["minute"] or 0),
                              int(parts["second"] or 0), tzinfo=UTC if parts["utc"] else None)
        except ValueError as error:
            raise DomainError(_message(QT_TRANSLATE_NOOP(
                "EformImport", "The submission time is not a real date or time."))) from error
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=LOCAL_TIME)
    moment = moment.astimezone(UTC)
    if moment > now + _FUTURE_TOLERANCE:
        raise DomainError(_message(QT_TRANSLATE_NOOP("EformImport", "The submission time is in the future.")))
    to_hijri(moment.date())  # the application number needs the Hijri year
    return moment


def _choice(field: str, text: str, problems: list[Problem], row: int, message: str) -> str:
    if not text:
        return ""
    code = value_codes(field).get(fold(text))
    if code is None:
        problems.append(Problem(row, field, _message(message)))
        return ""
    return code


def check_row(row: SheetRow, mapping: dict[str, int], today: date, now: datetime) -> RowValues:
    """The row's values, or RowRejected with every problem found (never only the first)."""
    problems: list[Problem] = []
    raw = {field: row.cells[index] for field, index in mapping.items()}
    for field, value in raw.items():
        if (message := _cell_problem(field, value)) is not None:
            problems.append(Problem(row.number, field, message))
    reported = {p.field for p in problems}
    text = {field: "" if field in reported else cell_text(value) for field, value in raw.items()}
    get = text.get

    if fold(get("consent", "")) not in consent_words() and "consent" not in reported:
        problems.append(Problem(row.number, "consent", _message(QT_TRANSLATE_NOOP(
            "EformImport", "No consent: the applicant did not accept the program's instructions (clause 5-7)."))))
    gender = _choice("gender", get("gender", ""), problems, row.number,
                     QT_TRANSLATE_NOOP("EformImport", "Write the gender as ذكر (male) or أنثى (female)."))
    marital = _choice("marital_status", get("marital_status", ""), problems, row.number,
                      QT_TRANSLATE_NOOP("EformImport", "The marital status is not one of the known choices."))
    channel = _choice("channel", get("channel", ""), problems, row.number,
                      QT_TRANSLATE_NOOP("EformImport", "The channel is not one of the association's channels.")
                      ) if get("channel") else "website"
    region = ""
    if get("region"):
        region = _region(get("region", "")) or ""
        if not region:
            problems.append(Problem(row.number, "region", _message(QT_TRANSLATE_NOOP(
                "EformImport", "The region is not one of the 13 regions of the Kingdom."))))
    birth = None
    if "birth_date" not in reported:
        try:
            birth = _birth_date(raw.get("birth_date"), get("birth_calendar", ""))
        except DomainError as error:
            problems.append(Problem(row.number, error.field if error.field == "birth_calendar" else "birth_date",
                                    error.message))
            reported.add("birth_date")
    submitted = now
    if get("submitted_at") or isinstance(raw.get("submitted_at"), date):
        try:
            submitted = _timestamp(raw["submitted_at"], now)
        except DomainError as error:
            problems.append(Problem(row.number, "submitted_at", error.message))
    guardian_id = ""
    if get("guardian_national_id"):
        try:
            guardian_id = validate_national_id(get("guardian_national_id", ""))
        except DomainError as error:
            problems.append(Problem(row.number, "guardian_national_id", error.message))
    national_id = get("national_id", "")
    person = PersonInput(
        first_name=get("first_name", ""), father_name=get("father_name", ""),
        grandfather_name=get("grandfather_name", ""), family_name=get("family_name", ""),
        national_id=national_id, gender=gender, birth_date=birth, mobile=get("mobile", ""),
        mobile_alt=get("mobile_alt", ""), region=region, city=get("city", ""), marital_status=marital,
        nationality=get("nationality") or ("سعودي" if to_western_digits(national_id).startswith("1") else ""),
    )
    values: dict = {}
    try:
        values = clean_person(person, today)
    except InvalidInput as invalid:
        reported |= {p.field for p in problems}
        problems += [Problem(row.number, e.field or "", e.message) for e in invalid.errors
                     if (e.field or "") not in reported]
    if problems:
        raise RowRejected(problems)
    return RowValues(row.number, values, channel, submitted, get("guardian_name", ""), guardian_id)
