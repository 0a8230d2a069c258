"""Appointments on a real database: booking, clashes refused with the clash named, day and week,
arrivals and no-shows, the caseload rule, the figure of appointments kept, and the slip read back."""

from __future__ import annotations

from datetime import date, time

import pytest
import qrcode
from qrcode.constants import ERROR_CORRECT_M

from charity_desk.documents.appointment_slip import Slip, slip_story
from charity_desk.documents.letter import LetterHead
from charity_desk.documents.qr import QUIET_MODULES, QrCode
from charity_desk.domain.roles import Role
from charity_desk.services.appointment_views import BookingInput
from charity_desk.services.association import ProfileInput
from charity_desk.services.caseload import OutsideCaseload
from charity_desk.services.errors import InvalidInput, PermissionDenied, ServiceError
from charity_desk.services.person_input import PersonInput
from pdf_reading import missing_pieces, page_image, pdf_text

TODAY = date(2026, 12, 6)  # a Sunday
TUESDAY = date(2026, 12, 8)
PASSWORD = "staff password 42"


def _person(acting, first: str, national_id: str, mobile: str = "0551234567") -> int:
    return acting.registration.register(PersonInput(
        first_name=first, father_name="سعد", grandfather_name="علي", family_name="الدوسري", national_id=national_id,
        gender="female", birth_date=date(1985, 3, 2), mobile=mobile), today=TODAY)


@pytest.fixture
def desk(services, admin):
    acting = services.acting_as(admin)
    acting.association.save(ProfileInput("جمعية البر الخيرية", address="الرياض، حي الملز، شارع الستين"), acting.association.profile().version)
    clerk = acting.users.create("desk1", "سارة المطيري", Role.FRONT_DESK, PASSWORD).id
    researcher = acting.users.create("res1", "خالد العتيبي", Role.SOCIAL_RESEARCHER, PASSWORD).id
    noura = _person(acting, "نورة", "1012345672")
    huda = _person(acting, "هدى", "1000000008", mobile="0561234567")
    return acting, clerk, researcher, noura, huda


def test_a_walk_in_is_booked_at_the_desk_and_shown_in_the_day_and_week(services, desk):
    acting, clerk, _researcher, noura, _huda = desk
    booked = acting.appointments.book(BookingInput(noura, clerk, "desk", TUESDAY, time(10, 30), 30, "تسليم المستندات"),
                                      today=TODAY)
    (shown,) = acting.appointments.day(clerk, TUESDAY)
    assert (shown.id, shown.person_name, shown.staff_name, shown.ends_at) == (
        booked, "نورة سعد علي الدوسري", "سارة المطيري", time(11, 0))
    assert shown.reference == "1448/00001" and shown.status == "booked"
    assert [a.id for a in acting.appointments.between(clerk, TODAY, date(2026, 12, 12))] == [booked]
    assert acting.appointments.day(clerk, TODAY) == []
    assert [a.id for _, a in acting.appointments.agenda(TUESDAY).page(None, 10)] == [booked]


def test_a_double_booking_of_the_staff_member_is_refused_naming_the_clash(services, desk):
    acting, clerk, _researcher, noura, huda = desk
    acting.appointments.book(BookingInput(noura, clerk, "desk", TUESDAY, time(10, 0), 60), today=TODAY)
    with pytest.raises(InvalidInput) as refused:
        acting.appointments.book(BookingInput(huda, clerk, "desk", TUESDAY, time(10, 30), 30), today=TODAY)
    shown = refused.value.fields["starts_at"].render(lambda _c, text: text)
    assert "سارة المطيري" in shown and "نورة سعد علي الدوسري" in shown
    assert "10:00" in shown and "11:00" in shown
    # Back to back is no clash; the same person twice at once is.
    acting.appointments.book(BookingInput(huda, clerk, "desk", TUESDAY, time(11, 0), 30), today=TODAY)
    researcher = desk[2]
    with pytest.raises(InvalidInput) as twice:
        acting.appointments.book(BookingInput(noura, researcher, "home_visit", TUESDAY, time(10, 45), 30), today=TODAY)
    assert "نورة" in twice.value.fields["starts_at"].render(lambda _c, text: text)
    # A cancelled appointment frees its slot.
    (first, _second) = acting.appointments.day(clerk, TUESDAY)
    acting.appointments.cancel(first.id)
    acting.appointments.book(BookingInput(huda, clerk, "desk", TUESDAY, time(10, 0), 60), today=TODAY)


@pytest.mark.parametrize(("day", "start", "minutes", "field"), [
    (date(2026, 12, 5), time(10, 0), 30, "day"),  # a day that has passed
    (date(2026, 12, 11), time(10, 0), 30, "day"),  # a Friday
    (TUESDAY, time(15, 45), 30, "starts_at"),  # ends after working hours
    (TUESDAY, time(7, 30), 30, "starts_at"),  # before they open
    (TUESDAY, time(10, 0), 7, "minutes"),
])
def test_a_slot_outside_the_working_days_and_hours_is_refused(services, desk, day, start, minutes, field):
    acting, clerk, _researcher, noura, _huda = desk
    with pytest.raises(InvalidInput) as refused:
        acting.appointments.book(BookingInput(noura, clerk, "desk", day, start, minutes), today=TODAY)
    assert field in refused.value.fields
    assert acting.appointments.between(clerk, TODAY, date(2026, 12, 12)) == []


def test_a_purpose_written_as_a_formula_is_refused(services, desk):
    acting, clerk, _researcher, noura, _huda = desk
    with pytest.raises(InvalidInput) as refused:
        acting.appointments.book(BookingInput(noura, clerk, "desk", TUESDAY, time(9, 0), 30, '=HYPERLINK("x")'),
                                 today=TODAY)
    assert "purpose" in refused.value.fields


def test_arrivals_and_no_shows_are_recorded_and_counted_as_kept(services, desk):
    acting, clerk, _researcher, noura, huda = desk
    came = acting.appointments.book(BookingInput(noura, clerk, "desk", TUESDAY, time(9, 0), 30), today=TODAY)
    away = acting.appointments.book(BookingInput(huda, clerk, "desk", TUESDAY, time(9, 30), 30), today=TODAY)
    with pytest.raises(ServiceError):
        acting.appointments.record_no_show(away, today=TODAY)  # not before the day
    acting.appointments.record_arrival(came)
    acting.appointments.record_no_show(away, today=TUESDAY)
    assert {a.id: a.status for a in acting.appointments.day(clerk, TUESDAY)} == {came: "arrived", away: "no_show"}
    with pytest.raises(ServiceError):
        acting.appointments.cancel(came)  # closed already
    figure = acting.appointments.kept(TODAY, TUESDAY)
    assert (figure.due, figure.kept, figure.no_show, figure.kept_percent) == (2, 1, 1, 50.0)
    assert acting.appointments.kept(TODAY, TUESDAY, staff_id=desk[2]).due == 0
    acting.appointments.book(BookingInput(noura, desk[2], "home_visit", TUESDAY, time(13, 0), 60), today=TODAY)
    cancelled = acting.appointments.book(BookingInput(huda, clerk, "desk", TUESDAY, time(13, 0), 30), today=TODAY)
    acting.appointments.cancel(cancelled)
    assert acting.appointments.kept_counts(TODAY, TUESDAY) == [(clerk, 2, 1, 1), (desk[2], 1, 0, 0)]
    assert acting.appointments.appointment(came).status == "arrived"


def test_todays_and_overdue_appointments_are_the_staff_members_own(services, desk):
    acting, clerk, _researcher, noura, huda = desk
    acting.appointments.book(BookingInput(noura, clerk, "desk", TODAY, time(9, 0), 30), today=TODAY)
    acting.appointments.book(BookingInput(huda, clerk, "desk", TUESDAY, time(9, 0), 30), today=TODAY)
    sara = services.acting_as(services.auth.login("desk1", PASSWORD))
    assert [a.person_name for a in sara.appointments.due_for_me(TODAY)] == ["نورة سعد علي الدوسري"]
    # Two days later, the unrecorded appointments are overdue.
    assert len(sara.appointments.due_for_me(date(2026, 12, 9))) == 2
    assert acting.appointments.due_for_me(TODAY) == []  # the administrator has none


def test_a_researcher_sees_only_the_appointments_of_their_caseload(services, desk):
    acting, clerk, researcher, noura, huda = desk
    visit = acting.appointments.book(BookingInput(noura, researcher, "home_visit", TUESDAY, time(10, 0), 60),
                                     today=TODAY)
    other = acting.appointments.book(BookingInput(huda, clerk, "desk", TUESDAY, time(10, 0), 60), today=TODAY)
    khalid = services.acting_as(services.auth.login("res1", PASSWORD))
    # Booking the home visit put the file in the researcher's caseload; the other file is not theirs.
    assert [a.id for a in khalid.appointments.day(researcher, TUESDAY)] == [visit]
    assert khalid.appointments.day(clerk, TUESDAY) == []
    assert [a.id for _, a in khalid.appointments.agenda(TUESDAY).page(None, 10)] == [visit]
    with pytest.raises(OutsideCaseload):
        khalid.appointments.slip(other)
    with pytest.raises(OutsideCaseload):
        khalid.appointments.record_arrival(other)
    # The researcher's own slot is taken whoever holds it, and the other file is not named.
    acting.appointments.book(BookingInput(huda, researcher, "desk", TUESDAY, time(12, 0), 30), today=TODAY)
    acting.visits.assign(huda, None)
    with pytest.raises(InvalidInput) as refused:
        khalid.appointments.book(BookingInput(noura, researcher, "desk", TUESDAY, time(12, 0), 30), today=TODAY)
    shown = refused.value.fields["starts_at"].render(lambda _c, text: text)
    assert "خالد العتيبي" in shown and "هدى" not in shown


def test_a_front_desk_cannot_send_a_home_visit_to_itself_nor_a_committee_member_book(services, desk, admin):
    acting, clerk, _researcher, noura, _huda = desk
    with pytest.raises(InvalidInput) as refused:
        acting.appointments.book(BookingInput(noura, clerk, "home_visit", TUESDAY, time(9, 0), 30), today=TODAY)
    assert "staff" in refused.value.fields
    acting.users.create("member1", "عضو اللجنة", Role.COMMITTEE_MEMBER, PASSWORD)
    member = services.acting_as(services.auth.login("member1", PASSWORD))
    with pytest.raises(PermissionDenied):
        member.appointments.book(BookingInput(noura, clerk, "desk", TUESDAY, time(9, 0), 30), today=TODAY)


def test_the_slip_reads_back_with_both_dates_the_time_the_association_and_the_reference(services, desk):
    acting, clerk, _researcher, noura, _huda = desk
    booked = acting.appointments.book(BookingInput(noura, clerk, "desk", TUESDAY, time(10, 30), 30, "تسليم المستندات"),
                                      today=TODAY)
    pdf = acting.appointments.slip(booked)
    text = pdf_text(pdf)
    expected = ["جمعية البر الخيرية", "الرياض، حي الملز، شارع الستين", "1448/00001", "28 جمادى الآخرة 1448هـ",
                "08/12/2026م", "10:30", "11:00", "نورة سعد علي الدوسري", "سارة المطيري", "تسليم المستندات"]
    assert not [e for e in expected if missing_pieces(e, text)], text
    image = page_image(pdf).convert("L")
    assert image.getextrema()[0] < 50  # something is drawn in black: the QR code among it


def test_the_slips_qr_code_carries_the_reference():
    slip = Slip("1448/00012", "نورة", "زيارة منزلية", "خالد", TUESDAY, time(10, 0), 30)
    story = slip_story(LetterHead("جمعية", "", "الرياض", ""), slip)

    def codes(flowables):
        for flowable in flowables:
            if isinstance(flowable, QrCode):
                yield flowable
            for cell_row in getattr(flowable, "_cellvalues", []):
                for cell in cell_row:
                    yield from codes(cell if isinstance(cell, list) else [cell])

    (code,) = list(codes(story))
    reference = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=QUIET_MODULES)
    reference.add_data("1448/00012")
    assert code.matrix == reference.get_matrix()
