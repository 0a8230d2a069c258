"""Registering a walk-in: validation of every field, duplicate refusal, similar-person warning."""

from datetime import date

import pytest
from sqlalchemy import func, select

from charity_desk.db.models import Beneficiary, ContactEntry
from charity_desk.domain.roles import Permission, Role
from charity_desk.services.errors import InvalidInput, PermissionDenied, ServiceError
from charity_desk.services.person_input import IdOverride, PersonInput
from charity_desk.services.privacy_notice import NoticeAcknowledgementInput
from charity_desk.services.registration import DuplicatePerson, InterviewInput, PossibleDuplicate

TODAY = date(2026, 11, 25)
#: The privacy notice's first version, shown and acknowledged at the desk (needed for every walk-in).
NOTICE = NoticeAcknowledgementInput(1, "written")


def person(**changes) -> PersonInput:
    values = dict(
        first_name="نورة",
        father_name="سعد",
        grandfather_name="علي",
        family_name="الدوسري",
        national_id="1012345672",
        gender="female",
        birth_date=date(1985, 3, 2),
        mobile="0551234567",
        region="الرياض",
        city="الرياض",
    )
    values.update(changes)
    return PersonInput(**values)


def count(services, model) -> int:
    with services.db.read_session() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_walk_in_and_interview_saved_together(services, admin):
    interview = InterviewInput(
        channel="in_person",
        reason="طلب مساعدة إيجار",
        asked="شروط البرنامج",
        answered="شرحت الشروط",
        minutes_spent=15,
    )
    new_id = services.acting_as(admin).registration.register(
        person(national_id="١٠١٢٣٤٥٦٧٢"), interview, today=TODAY, notice=NOTICE
    )
    file = services.acting_as(admin).files.open(new_id)
    assert file.person.national_id == "1012345672"
    assert file.person.mobile == "+966551234567"
    assert file.person.full_name == "نورة سعد علي الدوسري"
    assert [c.reason for c in file.contacts] == ["طلب مساعدة إيجار"]
    assert file.contacts[0].minutes_spent == 15 and file.contacts[0].staff == "مدير النظام"
    assert services.acting_as(admin).beneficiaries.search("الدوسري نوره")[0].id == new_id


def test_every_bad_field_is_reported_and_nothing_saved(services, admin):
    with pytest.raises(InvalidInput) as error:
        services.acting_as(admin).registration.register(
            person(
                first_name=" ",
                national_id="12345",
                mobile="0112345678",
                birth_date=date(2030, 1, 1),
                gender="",
            ),
            today=TODAY,
        )
    assert set(error.value.fields) == {"first_name", "national_id", "mobile", "birth_date", "gender"}
    assert count(services, Beneficiary) == 0


def test_same_national_id_is_refused_with_the_existing_file(services, admin):
    registration = services.acting_as(admin).registration
    first = registration.register(person(), today=TODAY)
    with pytest.raises(DuplicatePerson) as error:
        registration.register(person(first_name="مريم", mobile="0500000001"), today=TODAY)
    assert error.value.existing.id == first
    assert count(services, Beneficiary) == 1


def test_similar_person_must_be_confirmed(services, admin):
    registration = services.acting_as(admin).registration
    registration.register(person(), today=TODAY)
    similar = person(national_id="1058529940")  # same name, birth date and phone
    with pytest.raises(PossibleDuplicate) as warning:
        registration.register(similar, today=TODAY)
    assert len(warning.value.candidates) == 1
    registration.register(similar, confirmed_not_duplicate=True, today=TODAY)
    assert count(services, Beneficiary) == 2


def test_failed_check_digit_needs_a_supervisor_and_a_reason(services, admin, admin_password):
    users = services.acting_as(admin).users
    users.create("desk", "موظف", Role.FRONT_DESK, "desk password")
    desk = services.auth.login("desk", "desk password")
    registration = services.acting_as(desk).registration
    with pytest.raises(InvalidInput) as error:
        registration.register(person(national_id="1012345678"), today=TODAY)
    assert error.value.errors[0].overridable
    with pytest.raises(InvalidInput):
        registration.register(
            person(national_id="1012345678"), override=IdOverride(desk, "البطاقة صحيحة"), today=TODAY
        )
    with pytest.raises(PermissionDenied):
        services.auth.authorize("desk", "desk password", Permission.ID_CHECK_OVERRIDE, desk)
    supervisor = services.auth.authorize("admin", admin_password, Permission.ID_CHECK_OVERRIDE, desk)
    new_id = registration.register(
        person(national_id="1012345678"),
        override=IdOverride(supervisor, "طابقت البطاقة الأصلية"),
        today=TODAY,
    )
    assert (
        services.acting_as(admin).files.open(new_id).person.national_id_override_reason
        == "طابقت البطاقة الأصلية"
    )


def test_bad_interview_saves_nothing(services, admin):
    with pytest.raises(ServiceError) as error:
        services.acting_as(admin).registration.register(
            person(), InterviewInput(channel="pigeon", reason="x"), today=TODAY, notice=NOTICE
        )
    assert error.value.field == "channel"
    assert count(services, Beneficiary) == 0 and count(services, ContactEntry) == 0
