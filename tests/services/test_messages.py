"""Messages without a network, as attacks: a name that starts like a formula is written as text, a
number that is not a Saudi mobile is reported and not exported, marking sent twice logs once; the
file is read back with openpyxl and as CSV."""

from __future__ import annotations

import csv
from datetime import date, time

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from charity_desk.db.models import Beneficiary, ContactEntry, SentMessage
from charity_desk.domain.roles import Role
from charity_desk.services.appointment_views import BookingInput
from charity_desk.services.association import ProfileInput
from charity_desk.services.errors import InvalidInput, PermissionDenied
from charity_desk.services.person_input import PersonInput

TODAY = date(2026, 12, 6)
TUESDAY = date(2026, 12, 8)


def _person(acting, first: str, national_id: str, mobile: str) -> int:
    return acting.registration.register(PersonInput(
        first_name=first, father_name="سعد", grandfather_name="علي", family_name="الدوسري", national_id=national_id,
        gender="female", birth_date=date(1985, 3, 2), mobile=mobile), today=TODAY)


@pytest.fixture
def booked(services, admin):
    """Three people booked on Tuesday: one ordinary, one whose name starts with «=», one whose number
    (written straight into the database, as an old import might have left it) is a landline."""
    acting = services.acting_as(admin)
    acting.association.save(ProfileInput("جمعية البر الخيرية"), acting.association.profile().version)
    clerk = acting.users.create("desk1", "سارة المطيري", Role.FRONT_DESK, "staff password 42").id
    noura = _person(acting, "نورة", "1012345672", "0551234567")
    formula = _person(acting, "هدى", "1000000008", "0561234567")
    landline = _person(acting, "منى", "1058529940", "0571234567")
    with services.db.session() as session:
        session.get(Beneficiary, formula).full_name = '=HYPERLINK("http://x","y")'
        session.get(Beneficiary, landline).mobile = "0114567890"
    ids = [acting.appointments.book(BookingInput(p, clerk, "desk", TUESDAY, time(9 + n, 0), 30), today=TODAY)
           for n, p in enumerate((noura, formula, landline))]
    return acting, ids, (noura, formula, landline)


def _count(services, model) -> int:
    with services.db.read_session() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_the_messages_due_are_listed_with_the_mobile_in_966_form_and_the_text_filled(services, booked):
    acting, ids, _people = booked
    due = acting.messages.due("appointment", today=TODAY)
    assert due.count() == 3
    messages = [m for _, m in due.page(None, 10)]
    first = messages[0]
    assert (first.source_id, first.name, first.mobile) == (ids[0], "نورة سعد علي الدوسري", "+966551234567")
    assert "نورة سعد علي الدوسري" in first.text and "جمعية البر الخيرية" in first.text
    assert "1448/00001" in first.text and "9:00" in first.text and "08/12/2026" in first.text
    assert "{" not in first.text
    assert [m.can_send for m in messages] == [True, True, False]


def test_the_spreadsheet_writes_a_formula_name_as_text_and_leaves_out_a_landline(services, booked, tmp_path):
    acting, ids, _people = booked
    report = acting.messages.export("appointment", tmp_path / "sms.xlsx", today=TODAY)
    assert report.exported == (ids[0], ids[1])
    assert report.refused == (("منى سعد علي الدوسري", "0114567890"),)
    sheet = load_workbook(tmp_path / "sms.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("الاسم", "الجوال", "نص الرسالة")
    assert [r[1] for r in rows[1:]] == ["+966551234567", "+966561234567"]
    name_cell = sheet.cell(row=3, column=1)
    assert name_cell.data_type == "s" and name_cell.value.startswith("'=")
    assert all(sheet.cell(row=r, column=2).data_type == "s" for r in (2, 3))
    assert all(not str(r[2]).startswith("=") for r in rows[1:])
    assert "0114567890" not in repr(rows)
    assert _count(services, SentMessage) == 0  # exporting is not sending


def test_the_csv_is_utf8_for_the_provider_and_escapes_formulas(services, booked, tmp_path):
    acting, _ids, _people = booked
    acting.messages.export("appointment", tmp_path / "sms.csv", today=TODAY)
    raw = (tmp_path / "sms.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == ["الاسم", "الجوال", "نص الرسالة"] and len(rows) == 3
    assert rows[2][0].startswith("'=") and rows[1][1] == "+966551234567"


def test_marking_sent_twice_logs_each_message_once_in_the_contact_log(services, booked, tmp_path):
    acting, ids, (noura, _formula, landline) = booked
    report = acting.messages.export("appointment", tmp_path / "sms.xlsx", today=TODAY)
    assert acting.messages.mark_sent("appointment", report.exported, today=TODAY) == 2
    assert acting.messages.mark_sent("appointment", report.exported, today=TODAY) == 0
    assert _count(services, SentMessage) == 2 and _count(services, ContactEntry) == 2
    with services.db.read_session() as session:
        entry = session.scalar(select(ContactEntry).where(ContactEntry.beneficiary_id == noura))
        assert (entry.kind, entry.channel) == ("message", "phone_letter")
        assert "1448/00001" in entry.answered
    # A landline cannot be marked sent even when asked for; the sent ones are no longer due.
    assert acting.messages.mark_sent("appointment", [ids[2]], today=TODAY) == 0
    assert [m.source_id for _, m in acting.messages.due("appointment", today=TODAY).page(None, 10)] == [ids[2]]


def test_a_template_may_use_only_its_events_fields_and_is_used_once_saved(services, booked):
    acting, _ids, _people = booked
    with pytest.raises(InvalidInput):
        acting.messages.save_template("appointment", "{name} {award}")
    with pytest.raises(InvalidInput):
        acting.messages.save_template("appointment", "=cmd|' /C calc'!A0 {name}")
    acting.messages.save_template("appointment", "مرحبًا {name}، موعدكم {date} الساعة {time}.")
    (_, first), *_ = acting.messages.due("appointment", today=TODAY).page(None, 1)
    assert first.text.startswith("مرحبًا نورة سعد علي الدوسري، موعدكم 28 جمادى الآخرة 1448هـ")


def test_a_front_desk_lists_but_may_not_export_without_the_export_permission(services, booked, tmp_path):
    acting, _ids, _people = booked
    clerk = services.acting_as(services.auth.login("desk1", "staff password 42"))
    assert clerk.messages.due("appointment", today=TODAY).count() == 3
    with pytest.raises(PermissionDenied):
        clerk.messages.export("appointment", tmp_path / "sms.xlsx")
    assert not (tmp_path / "sms.xlsx").exists()
