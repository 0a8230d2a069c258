"""Checking what was typed about a person before anything is saved.

Every field is checked and every problem reported at once, so the form can mark each field.  Names
and other free text follow domain.free_text, exactly as an imported e-form row does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from charity_desk.domain.address import NationalAddress, validate_national_address
from charity_desk.domain.dates import check_not_future
from charity_desk.domain.free_text import free_text_errors, name_errors
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message
from charity_desk.domain.national_id import normalize_national_id, validate_national_id
from charity_desk.domain.phone import normalize_mobile
from charity_desk.domain.roles import Permission
from charity_desk.reference import choices, regions
from charity_desk.services.actor import Actor
from charity_desk.services.errors import InvalidInput


@dataclass(frozen=True)
class PersonInput:
    first_name: str
    father_name: str
    grandfather_name: str
    family_name: str
    national_id: str
    gender: str
    birth_date: date | None
    mobile: str
    mobile_alt: str = ""
    nationality: str = "سعودي"
    marital_status: str = ""
    region: str = ""
    city: str = ""
    address: NationalAddress = field(default_factory=NationalAddress)


@dataclass(frozen=True)
class IdOverride:
    """A supervisor accepted a national ID whose check digit failed, and said why."""

    supervisor: Actor
    reason: str


def _required(field_name: str) -> DomainError:
    return DomainError(
        Message("PersonInput", QT_TRANSLATE_NOOP("PersonInput", "This field is required.")), field=field_name
    )


def _checked_id(raw: str, override: IdOverride | None, errors: list[DomainError]) -> tuple[str, str]:
    """The ID to store and the override reason (empty when the check digit passed)."""
    try:
        return validate_national_id(raw), ""
    except DomainError as error:
        if not error.overridable or override is None:
            errors.append(error)
        elif not override.supervisor.can(Permission.ID_CHECK_OVERRIDE) or not override.reason.strip():
            errors.append(
                DomainError(
                    Message(
                        "PersonInput",
                        QT_TRANSLATE_NOOP(
                            "PersonInput", "Only a supervisor may accept this ID, and must write the reason."
                        ),
                    ),
                    field="national_id",
                )
            )
        else:
            return normalize_national_id(raw), override.reason.strip()
    return "", ""


def clean_person(data: PersonInput, today: date, override: IdOverride | None = None) -> dict:
    """Column values for a Beneficiary, or InvalidInput listing every field to fix."""
    errors: list[DomainError] = []
    values: dict = {}
    for name in ("first_name", "father_name", "family_name"):
        values[name] = " ".join(getattr(data, name).split())
        if not values[name]:
            errors.append(_required(name))
    values["grandfather_name"] = " ".join(data.grandfather_name.split())
    names = ("first_name", "father_name", "grandfather_name", "family_name")
    errors += name_errors((name, values[name]) for name in names)
    values["national_id"], values["national_id_override_reason"] = _checked_id(
        data.national_id, override, errors
    )
    if data.gender not in {c.code for c in choices("gender")}:
        errors.append(_required("gender"))
    values["gender"] = data.gender
    if data.birth_date is None:
        errors.append(_required("birth_date"))
    else:
        try:
            check_not_future(data.birth_date, today)
        except DomainError as error:
            errors.append(DomainError(error.message, field="birth_date"))
    values["birth_date"] = data.birth_date
    for name in ("mobile", "mobile_alt"):
        raw = getattr(data, name)
        values[name] = ""
        if raw.strip() or name == "mobile":
            try:
                values[name] = normalize_mobile(raw)
            except DomainError as error:
                errors.append(DomainError(error.message, field=name))
    if data.region and data.region not in regions():
        errors.append(_required("region"))
    values.update(
        nationality=data.nationality.strip(),
        marital_status=data.marital_status,
        region=data.region,
        city=data.city.strip(),
    )
    errors += free_text_errors((name, values[name]) for name in ("nationality", "city"))
    try:
        address = validate_national_address(data.address)
        values.update({k: v for k, v in address.__dict__.items() if k != "city"})
    except DomainError as error:
        errors.append(error)
    if errors:
        raise InvalidInput(errors)
    return values
