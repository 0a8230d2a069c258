"""PDPL registers on real databases: the versioned privacy notice and its acknowledgement at intake,
data-subject requests (30 days, one extension), breaches (72 hours), permissions and the audit trail."""

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from charity_desk.db.models import AuditEntry, Beneficiary, NoticeAcknowledgement
from charity_desk.domain.roles import Role
from charity_desk.reference import default_privacy_notice
from charity_desk.services.breaches import BreachInput
from charity_desk.services.data_requests import DataRequestInput
from charity_desk.services.errors import InvalidInput, PermissionDenied, StaleRecord
from charity_desk.services.person_input import PersonInput
from charity_desk.services.privacy_notice import NoticeAcknowledgementInput
from charity_desk.services.registration import InterviewInput

TODAY = date(2026, 11, 25)
NAME = "نورة سعد الدوسري"
DISCOVERED = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)


def person(national_id="1012345672") -> PersonInput:
    return PersonInput("نورة", "سعد", "علي", "الدوسري", national_id, "female", date(1985, 3, 2), "0551234567")


def interview() -> InterviewInput:
    return InterviewInput(channel="in_person", reason="طلب مساعدة")


def audit_rows(services) -> tuple[set[str], str]:
    with services.db.read_session() as session:
        return set(session.scalars(select(AuditEntry.action))), " ".join(session.scalars(select(AuditEntry.details)))


@pytest.fixture
def desk(services, admin):
    services.acting_as(admin).users.create("desk", "موظف الاستقبال", Role.FRONT_DESK, "desk password")
    return services.auth.login("desk", "desk password")


def test_walk_in_needs_the_notice_acknowledged_and_stores_version_method_time_staff(services, admin, desk):
    registration = services.acting_as(desk).registration
    with pytest.raises(InvalidInput) as refused:
        registration.register(person(), interview(), today=TODAY)
    assert set(refused.value.fields) == {"privacy_notice"}
    assert refused.value.message.context == "PrivacyNotice"
    with pytest.raises(InvalidInput) as refused:  # reported together with the person's own errors
        registration.register(person(national_id="12"), interview(), today=TODAY)
    assert set(refused.value.fields) == {"national_id", "privacy_notice"}
    with services.db.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Beneficiary)) == 0

    current = services.acting_as(desk).privacy_notice.current()
    assert current.version == 1 and current.text == default_privacy_notice() and "حماية البيانات" in current.text
    before = datetime.now(UTC)
    new_id = registration.register(person(), interview(), today=TODAY,
                                   notice=NoticeAcknowledgementInput(current.version, "written"))
    (ack,) = services.acting_as(desk).privacy_notice.acknowledgements(new_id)
    assert (ack.version, ack.method, ack.staff) == (1, "written", "موظف الاستقبال")
    assert before - timedelta(seconds=1) <= ack.acknowledged_at <= datetime.now(UTC) + timedelta(seconds=1)
    actions, details = audit_rows(services)
    assert {"privacy_notice.recorded", "privacy_notice.acknowledged", "beneficiary.created"} <= actions
    assert "نورة" not in details and "حماية" not in details


def test_a_new_notice_version_is_what_people_acknowledge_from_then_on(services, admin, desk):
    acting = services.acting_as(admin)
    assert acting.privacy_notice.record("إشعار الخصوصية — الإصدار الثاني") == 2
    with pytest.raises(InvalidInput) as same:
        acting.privacy_notice.record("إشعار الخصوصية — الإصدار الثاني")
    assert same.value.field == "text"
    with pytest.raises(PermissionDenied):
        services.acting_as(desk).privacy_notice.record("نص آخر")
    assert [n.version for n in acting.privacy_notice.history()] == [2, 1]  # the default was written down first
    assert services.acting_as(desk).privacy_notice.current().text == "إشعار الخصوصية — الإصدار الثاني"

    # A form opened before the change still shows version 1: the person must see the new one first.
    with pytest.raises(InvalidInput) as stale:
        services.acting_as(desk).registration.register(person(), interview(), today=TODAY,
                                                       notice=NoticeAcknowledgementInput(1, "verbal"))
    assert stale.value.field == "privacy_notice" and stale.value.errors[0].message.params == {"version": 2}
    new_id = services.acting_as(desk).registration.register(person(), interview(), today=TODAY,
                                                            notice=NoticeAcknowledgementInput(2, "verbal"))
    assert [a.version for a in acting.privacy_notice.acknowledgements(new_id)] == [2]
    with services.db.read_session() as session:
        assert session.scalar(select(func.count()).select_from(NoticeAcknowledgement)) == 1


def test_request_is_due_in_30_days_and_may_be_extended_once(services, admin):
    requests = services.acting_as(admin).data_requests
    request_id = requests.receive(DataRequestInput("copy", date(2026, 11, 1), person_name=NAME,
                                                   identity_how="بطاقة الهوية الوطنية"), today=TODAY)
    (view,) = requests.list()
    assert view.due_on == date(2026, 12, 1) and view.person_name == NAME
    assert view.identity_checked and view.identity_checked_by == "مدير النظام"
    assert not view.overdue(date(2026, 12, 1)) and view.overdue(date(2026, 12, 2))
    assert view.days_left(TODAY) == 6

    with pytest.raises(InvalidInput) as refused:
        requests.extend(request_id, 31, " ", expected_version=view.version)
    assert set(refused.value.fields) == {"days", "reason"}
    assert requests.extend(request_id, 20, "الملفات الورقية في المستودع", expected_version=view.version) == date(
        2026, 12, 21)
    (extended,) = requests.list()
    assert (extended.extension_days, extended.due_on) == (20, date(2026, 12, 21))
    with pytest.raises(StaleRecord):
        requests.extend(request_id, 5, "سبب", expected_version=view.version)
    with pytest.raises(InvalidInput) as second:
        requests.extend(request_id, 5, "سبب آخر", expected_version=extended.version)
    assert second.value.field == "days" and second.value.errors[0].message.params == {"days": 20}
    assert "only one extension" in second.value.message.text


def test_request_for_a_file_and_its_closure(services, admin):
    acting = services.acting_as(admin)
    beneficiary = acting.registration.register(person(), today=TODAY)
    requests = acting.data_requests
    with pytest.raises(InvalidInput) as refused:
        requests.receive(DataRequestInput("erase", TODAY + timedelta(days=1)), today=TODAY)
    assert set(refused.value.fields) == {"kind", "person", "received_on"}
    request_id = requests.receive(DataRequestInput("correction", TODAY, beneficiary_id=beneficiary,
                                                   details="تصحيح رقم الجوال"), today=TODAY)
    view = requests.list(open_only=True)[0]
    assert view.person_name == "نورة سعد علي الدوسري" and not view.identity_checked
    with pytest.raises(InvalidInput) as unchecked:  # no data is given or changed before the identity is checked
        requests.close(request_id, "fulfilled", "صُحح الرقم", expected_version=view.version)
    assert unchecked.value.field == "outcome"
    requests.check_identity(request_id, "حضر بالهوية الأصلية", expected_version=view.version)
    view = requests.list()[0]
    requests.close(request_id, "fulfilled", "صُحح الرقم", closed_on=TODAY, expected_version=view.version)
    closed = requests.list()[0]
    assert (closed.status, closed.outcome, closed.closed_on) == ("closed", "fulfilled", TODAY)
    assert not closed.overdue(TODAY + timedelta(days=90)) and requests.list(open_only=True) == []
    actions, details = audit_rows(services)
    assert {"data_request.received", "data_request.identity_checked", "data_request.closed"} <= actions
    assert "الجوال" not in details and "الهوية" not in details


def test_breach_has_72_hours_to_be_notified(services, admin):
    breaches = services.acting_as(admin).breaches
    now = DISCOVERED + timedelta(hours=26)
    with pytest.raises(InvalidInput) as refused:
        breaches.record(BreachInput(" ", now + timedelta(hours=2), -1, ("secrets",)), now=now)
    assert set(refused.value.fields) == {"description", "discovered_at", "records_affected", "categories"}
    breach_id = breaches.record(BreachInput("فقد جهاز محمول غير مشفر", DISCOVERED, 140, ("identity", "contact")),
                                now=now)
    (view,) = breaches.list()
    assert view.discovered_at == DISCOVERED and view.notify_by == datetime(2026, 11, 27, 10, 0, tzinfo=UTC)
    assert view.hours_left(now) == 46
    assert view.hours_left(DISCOVERED + timedelta(hours=71, minutes=59)) == 0
    assert view.hours_left(DISCOVERED + timedelta(hours=75)) == -3
    assert view.hours_overdue(DISCOVERED + timedelta(hours=75, minutes=30)) == 3
    assert not view.notice_overdue(now) and view.notice_overdue(DISCOVERED + timedelta(hours=73))

    breaches.add_action(breach_id, "أوقفت حسابات الجهاز", expected_version=view.version)
    view = breaches.list()[0]
    with pytest.raises(InvalidInput) as early:
        breaches.mark_reported(breach_id, DISCOVERED - timedelta(hours=1), expected_version=view.version, now=now)
    assert early.value.field == "reported_at"
    breaches.mark_reported(breach_id, DISCOVERED + timedelta(hours=80), "SDAIA-123",
                           expected_version=view.version, now=DISCOVERED + timedelta(hours=81))
    view = breaches.list()[0]
    assert view.reported_late and not view.notice_overdue(DISCOVERED + timedelta(hours=100))
    assert "أوقفت حسابات الجهاز" in view.actions and view.report_reference == "SDAIA-123"
    with pytest.raises(InvalidInput):
        breaches.close(breach_id, "", expected_version=view.version)
    breaches.close(breach_id, "استُرد الجهاز وأُبلغ الأشخاص", expected_version=view.version)
    assert breaches.list()[0].status == "closed" and breaches.list(open_only=True) == []
    actions, details = audit_rows(services)
    assert {"breach.recorded", "breach.action", "breach.reported", "breach.closed"} <= actions
    assert "جهاز" not in details and "SDAIA" not in details


def test_the_registers_are_refused_to_other_roles(services, admin, desk):
    acting = services.acting_as(desk)
    for call in (lambda: acting.data_requests.receive(DataRequestInput("access", TODAY, person_name=NAME)),
                 acting.data_requests.list, acting.breaches.list, acting.privacy_notice.history,
                 lambda: acting.breaches.record(BreachInput("x", DISCOVERED, 1, ("identity",)))):
        with pytest.raises(PermissionDenied) as refused:
            call()
        assert refused.value.permission == "privacy.manage"
    assert acting.privacy_notice.current().version == 1  # the desk shows the notice at intake
