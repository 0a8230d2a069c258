"""The caseload rule as an attack on every service: a social researcher with no file of their own calls
every public method of every service the screens and the command line use (found by introspection of
the registry, so a method added later is called too) with the ids, national IDs and names of files
that are not theirs.  Each call must refuse, or return nothing of those files, and change none of them.

A new method whose arguments this test cannot make fails the test until it gets a recipe below
(``_argument``) or a justified exclusion (``EXCLUDED``).
"""

from __future__ import annotations

import inspect
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from functools import cached_property
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy import inspect as inspect_model

from charity_desk.db.models import (
    Application,
    Appointment,
    Beneficiary,
    ChecklistItem,
    Complaint,
    Enrolment,
    FamilyMember,
    HomeVisit,
    Inquiry,
    IssuedLetter,
    Meeting,
    MoneyItem,
    Program,
    ProgramSession,
    Referral,
    StoredDocument,
    SurveyRequest,
)
from charity_desk.domain.application_flow import State
from charity_desk.domain.roles import Role
from charity_desk.services.actor import SYSTEM
from charity_desk.services.applications import ConsentInput
from charity_desk.services.appointment_views import BookingInput
from charity_desk.services.association import ProfileInput
from charity_desk.services.audit_search import AuditFilter
from charity_desk.services.breaches import BreachInput
from charity_desk.services.caseload import OutsideCaseload, file_paths
from charity_desk.services.committees import DecisionInput, MemberInput
from charity_desk.services.complaints import ComplaintInput
from charity_desk.services.dashboard import DashboardFilter
from charity_desk.services.data_requests import DataRequestInput
from charity_desk.services.delivery import DeliveryInput
from charity_desk.services.demo import generate_demo
from charity_desk.services.demo_activity import add_demo_activity
from charity_desk.services.duplicates import PersonDraft
from charity_desk.services.errors import NotFound, PermissionDenied, ServiceError
from charity_desk.services.file_edits import FamilyMemberInput, HealthInput, HousingInput
from charity_desk.services.inquiries import InquiryInput
from charity_desk.services.person_input import PersonInput
from charity_desk.services.programs import ProgramInput
from charity_desk.services.referral_views import PartnerInput
from charity_desk.services.registration import InterviewInput
from charity_desk.services.registry import ActorServices
from charity_desk.services.tasks.service import ManualTaskInput
from charity_desk.services.visits import VisitReport

PASSWORD = "researcher 123"

#: Methods not called, and why.
EXCLUDED = {
    "backups.create_daily": "the automatic copy of the whole database made at sign-in whoever signs in, "
                            "kept in the protected backup folder; the screens never show its content",
}

#: A refusal on a call naming another person's file must be one of these (an InvalidInput would
#: mean this test's own arguments are wrong, and prove nothing about the rule).
REFUSALS = (OutsideCaseload, NotFound, PermissionDenied)


def _services_and_methods():
    for name, value in vars(ActorServices).items():
        if isinstance(value, cached_property):
            yield name


@pytest.fixture
def world(services, admin, admin_password, tmp_path):
    """150 demo files with their applications, visits, referrals, deliveries and surveys; a meeting
    with an agenda; a document and a data request: none of them is the researcher's."""
    acting = services.acting_as(admin)
    researcher_id = acting.users.create("res1", "الباحثة", Role.SOCIAL_RESEARCHER, PASSWORD).id
    generate_demo(services.db, SYSTEM, 150, seed=5)
    add_demo_activity(services.db, SYSTEM, seed=5)
    with services.db.read_session() as session:
        target = session.scalar(select(Application.beneficiary_id).order_by(Application.id).limit(1))
        waiting = session.scalar(select(Application.id).where(
            Application.state == State.READY_FOR_COMMITTEE.value).limit(1))
    scan = tmp_path / "id.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    acting.file_edits.attach_document(target, "national_id", scan)
    committee = acting.committees.save_committee("لجنة المساعدات", 1, [MemberInput("رئيس اللجنة", role="chair")])
    meeting = acting.committees.open_meeting(committee, date.today())
    if waiting is not None:
        acting.committees.set_attendance(meeting, {m.id: True for m in acting.committees.meeting(meeting).members})
    acting.data_requests.receive(DataRequestInput("access", date.today(), beneficiary_id=target))
    desk = acting.users.create("desk9", "موظف الاستقبال", Role.FRONT_DESK, PASSWORD).id  # no demo appointments
    acting.appointments.book(BookingInput(target, desk, "desk", _next_working_day(), time(9, 0), 30))
    with services.db.read_session() as session:
        person = session.get(Beneficiary, target)
        # A program the file has not applied to (else the row is refused as a second open application).
        code = session.scalar(select(Program.code).where(Program.id.not_in(
            select(Application.program_id).where(Application.beneficiary_id == target))).order_by(Program.id).limit(1))
        values = {"first_name": "مريم", "father_name": "سعد", "family_name": "القحطاني",
                  "national_id": person.national_id, "gender": "أنثى", "birth_date": "1985-03-02",
                  "mobile": "0551234567", "consent": "نعم"}
    eform = tmp_path / "eform.csv"
    eform.write_text(",".join(values) + "\n" + ",".join(values.values()) + "\n", encoding="utf-8")
    mapping = {key: index for index, key in enumerate(values)}
    preview = acting.imports.preview(eform, mapping, code)
    assert [row.beneficiary_id for row in preview.rows] == [target]  # matched to the file: the attack below
    with services.db.read_session() as session:
        other_file = session.scalar(select(Beneficiary.id).where(Beneficiary.id != target).limit(1))
    return {"researcher": researcher_id, "target": target, "other_file": other_file,
            "tmp": tmp_path, "admin_password": admin_password,
            "eform": eform, "mapping": mapping, "program_code": code, "preview": preview}


def _next_working_day() -> date:
    """A Tuesday to come: a day appointments can be booked on."""
    return date.today() + timedelta(days=(1 - date.today().weekday()) % 7 or 7)


def _first(session, column, *where):
    found = session.scalar(select(column).where(*where).order_by(column).limit(1))
    return found if found is not None else 999_999


def _ids(services, target: int) -> dict[str, object]:
    with services.db.read_session() as session:
        person = session.get(Beneficiary, target)
        return {
            "beneficiary_id": target,
            "national_id": person.national_id,
            "application_id": _first(session, Application.id, Application.beneficiary_id == target),
            "checklist_item": _first(session, ChecklistItem.id),
            "money_item": _first(session, MoneyItem.id),
            "member_id": _first(session, FamilyMember.id),
            "document_id": _first(session, StoredDocument.id),
            "inquiry_id": _first(session, Inquiry.id, Inquiry.beneficiary_id.is_not(None)),
            "complaint_id": _first(session, Complaint.id, Complaint.beneficiary_id.is_not(None)),
            "referral_id": _first(session, Referral.id),
            "visit_id": _first(session, HomeVisit.id),
            "enrolment_id": _first(session, Enrolment.id),
            "survey": _first(session, SurveyRequest.id),
            "meeting_id": _first(session, Meeting.id),
            "session_id": _first(session, ProgramSession.id),
            "letter": _first(session, IssuedLetter.id),
            "program_id": session.scalar(select(Application.program_id).where(Application.beneficiary_id == target)),
            "appointment_id": _first(session, Appointment.id, Appointment.beneficiary_id == target),
        }


def _markers(services) -> set[str]:
    """What would show that a file leaked: each person's and family member's name, ID and phone."""
    with services.db.read_session() as session:
        found = set()
        for row in session.execute(select(Beneficiary.full_name, Beneficiary.national_id, Beneficiary.mobile)):
            found.update(v for v in row if v)
        for row in session.execute(select(FamilyMember.full_name, FamilyMember.national_id)):
            found.update(v for v in row if v and len(v) > 8)
    return found


def _person_input(national_id: str) -> PersonInput:
    return PersonInput(first_name="نورة", father_name="سعد", grandfather_name="علي", family_name="الدوسري",
                       national_id=national_id, gender="female", birth_date=date(1985, 3, 2), mobile="0551234567")


def _needs_answers() -> dict[str, str]:
    from charity_desk.domain.needs import Questionnaire
    from charity_desk.reference import needs_questionnaire_data

    return {q.code: q.options[0].code for q in Questionnaire.from_data(needs_questionnaire_data()).questions}


def _argument(service: str, method: str, parameter: inspect.Parameter, ids: dict, world: dict):
    """A valid argument naming something of another person's file where the parameter can."""
    name, key = parameter.name, f"{service}.{method}.{parameter.name}"
    specific = {
        "applications.mark_item.item_id": ids["checklist_item"],
        "file_edits.remove_money_item.item_id": ids["money_item"],
        "surveys.decline.request_id": ids["survey"],
        "surveys.record.request_id": ids["survey"],
        "data_requests.check_identity.request_id": 1,
        "data_requests.close.request_id": 1,
        "data_requests.extend.request_id": 1,
        "file_edits.update_person.data": _person_input(ids["national_id"]),
        "file_edits.assess_needs.answers": _needs_answers(),
        "registration.register.person": _person_input(ids["national_id"]),
        "visits.schedule.researcher_id": world["researcher"],
        "visits.assign.researcher_id": world["researcher"],
        "file_edits.attach_document.kind": "national_id",
        "file_edits.attach_document.path": world["tmp"] / "id.png",
        "applications.transition.target": State.IN_REVIEW if hasattr(State, "IN_REVIEW") else list(State)[1],
        "applications.mark_item.status": "verified",
        "applications.apply.channel": "in_person",
        "committees.record_decision.data": DecisionInput("accepted", amount=Decimal("500"), service="سلة"),
        "file_edits.add_money_item.direction": "income",
        "file_edits.add_money_item.category": "salary",
        "referrals.record_outcome.status": "accepted",
        "complaints.close.person_satisfied": True,
        "surveys.record.channel": "phone",
        "exports.export.kind": "beneficiaries",
        "retention.set_years.code": "beneficiary",
        "imports.preview.path": world["eform"],
        "imports.columns.path": world["eform"],
        "imports.preview.mapping": world["mapping"],
        "imports.preview.program_code": world["program_code"],
        # An administrator's preview matched the row to the other file: committing it would attach
        # an application to that file.
        "imports.commit.preview": world["preview"],
        "audit_search.page.criteria": AuditFilter(beneficiary_id=ids["beneficiary_id"]),
        # Two files, neither the researcher's: merged into one, or compared.
        "merges.merge.survivor_id": ids["beneficiary_id"],
        "merges.merge.merged_id": world["other_file"],
        "merges.compare.first_id": ids["beneficiary_id"],
        "merges.compare.second_id": world["other_file"],
        "merges.undo.merge_id": 1,
        "applications.apply.consent": ConsentInput("written"),
        "appointments.day.staff_id": 1,
        "appointments.between.staff_id": 1,
        "messages.mark_sent.source_ids": [ids["appointment_id"]],
        "tasks.reassign.kind": "visit",
        "tasks.reassign.record_id": ids["visit_id"],
        "tasks.reassign.to_user_id": world["researcher"],
        "tasks.tasks.group": "open",
        # The researcher's own password, changed: nothing of anyone's file is read or returned.
        "users.change_own_password.current_password": PASSWORD,
    }
    if key in specific:
        return specific[key]
    by_name = {
        "beneficiary_id": ids["beneficiary_id"],
        "beneficiary_ids": [ids["beneficiary_id"]],
        "application_id": ids["application_id"],
        "application_ids": [ids["application_id"]],
        "member_id": ids["member_id"],
        "document_id": ids["document_id"],
        "inquiry_id": ids["inquiry_id"],
        "complaint_id": ids["complaint_id"],
        "referral_id": ids["referral_id"],
        "visit_id": ids["visit_id"],
        "enrolment_id": ids["enrolment_id"],
        "meeting_id": ids["meeting_id"],
        "session_id": ids["session_id"],
        "letter_ids": [ids["letter"]],
        "program_id": ids["program_id"],
        "national_id": ids["national_id"],
        "query": ids["national_id"],
        "expected_version": 1,
        "password": world["admin_password"],
        "new_password": "كلمة مرور جديدة 1",
        "reason": "تجربة",
        "answer": "الجواب",
        "outcome": "تم",
        "action": "إجراء",
        "reply": "الرد",
        "details": "تفاصيل",
        "summary": "ملخص",
        "text": "نص الإشعار",
        "how": "بطاقة الهوية",
        "title": "عنوان",
        "subject": "الموضوع",
        "body": "النص",
        "name": "اسم",
        "code": "RENT",
        "typed_code": "ABCD-EFGH",
        "days": 30,
        "years": 5,
        "period_days": 365,
        "quorum": 1,
        "amount": Decimal("100"),
        "shared_items": ["name"],
        "beneficiary_informed": True,
        "anonymous": False,
        "answers": {},
        "present": {},
        "members": [MemberInput("رئيس", role="chair")],
        "granted": [],
        "flag_ids": [],
        "figures": [],
        "user_id": 1,
        "committee_id": 1,
        "partner_id": 1,
        "breach_id": 1,
        "template_id": 1,
        "run_id": 1,
        "kind": "rejection",
        "path": world["tmp"] / "out.xlsx",
        "folder": world["tmp"],
        "file": world["tmp"] / "none.db",
        "states": frozenset(State),
        "held_on": date.today(),
        "starts_on": date.today(),
        "ends_on": date.today(),
        "scheduled_for": date.today(),
        "start": date(2000, 1, 1),
        "end": date(2100, 1, 1),
        "reported_at": datetime.now(UTC),
        "after": None,
        "limit": 500,
        "role": Role.SOCIAL_RESEARCHER,
        "username": "someone",
        "full_name": "أحد",
        "status": "accepted",
        "f": DashboardFilter(date(2000, 1, 1), date(2100, 1, 1)),
        "wanted": "all",
        "today": date.today(),
        "appointment_id": ids["appointment_id"],
        "day": _next_working_day(),
        "first": date(2000, 1, 1),
        "last": date(2100, 1, 1),
        "event": "appointment",
        "task_id": 1,
        "pair_id": 1,
    }
    if name in by_name:
        return by_name[name]
    by_type = {
        "FamilyMemberInput": FamilyMemberInput("ابن الملف", "son"),
        "HousingInput": HousingInput("rented", "apartment", 3, Decimal("1500"), "good"),
        "HealthInput": HealthInput("سكري", "", "أنسولين"),
        "InterviewInput": InterviewInput("in_person", "تحديث البيانات"),
        "DeliveryInput": DeliveryInput("cash", date.today(), Decimal("100")),
        "VisitReport": VisitReport(date.today(), "ملاحظات", "good", "يستحق"),
        "InquiryInput": InquiryInput("phone", "سؤال", beneficiary_id=ids["beneficiary_id"]),
        "ComplaintInput": ComplaintInput("complaint", "phone", "service", "تفاصيل",
                                         beneficiary_id=ids["beneficiary_id"]),
        "DataRequestInput": DataRequestInput("access", date.today(), beneficiary_id=ids["beneficiary_id"]),
        "ProgramInput": ProgramInput(code="NEW", name="برنامج جديد", kind="cash", instructions="."),
        "PartnerInput": PartnerInput("جمعية أخرى"),
        "ProfileInput": ProfileInput("جمعية البر الخيرية"),
        "PersonDraft": PersonDraft("نورة", national_id=ids["national_id"], mobile="0551234567"),
        "BreachInput": BreachInput("وصف", datetime.now(UTC), 1, ("contact",)),
        "BookingInput": BookingInput(ids["beneficiary_id"], world["researcher"], "home_visit", _next_working_day(),
                                     time(11, 0), 30),
        "ManualTaskInput": ManualTaskInput(world["researcher"], date.today(), "راجع الملف",
                                           beneficiary_id=ids["beneficiary_id"]),
    }
    annotation = str(parameter.annotation)
    for type_name, value in by_type.items():
        if type_name in annotation:
            return value
    raise LookupError(key)


def _calls(acting: ActorServices, ids: dict, world: dict):
    for service_name in _services_and_methods():
        service = getattr(acting, service_name)
        for method_name, function in inspect.getmembers(type(service), inspect.isfunction):
            if method_name.startswith("_") or f"{service_name}.{method_name}" in EXCLUDED:
                continue
            parameters = list(inspect.signature(function).parameters.values())[1:]
            arguments, missing = {}, []
            for parameter in parameters:
                if parameter.default is not inspect.Parameter.empty:
                    continue
                try:
                    arguments[parameter.name] = _argument(service_name, method_name, parameter, ids, world)
                except LookupError as error:
                    missing.append(str(error))
            yield f"{service_name}.{method_name}", getattr(service, method_name), arguments, missing


def _file_rows(services) -> dict[tuple[str, object], tuple]:
    """Every row of every file, as it is now."""
    rows = {}
    with services.db.read_session() as session:
        for model in [Beneficiary, *file_paths()]:
            columns = inspect_model(model).columns
            key = inspect_model(model).primary_key[0]
            for row in session.execute(select(*columns)):
                rows[(model.__name__, row._mapping[key.name])] = tuple(row)
    return rows


def test_every_service_method_refuses_or_hides_files_outside_the_caseload(services, world):
    ids = _ids(services, world["target"])
    markers = _markers(services)
    before = _file_rows(services)
    with services.db.read_session() as session:
        people_before = session.scalar(select(func.count(Beneficiary.id)))
    researcher = services.acting_as(services.auth.login("res1", PASSWORD))
    leaks, unmade, wrong_refusals, called = [], [], [], 0
    for name, method, arguments, missing in _calls(researcher, ids, world):
        if missing:
            unmade.extend(missing)
            continue
        called += 1
        try:
            result = method(**arguments)
        except ServiceError as refused:
            names_a_file = any(
                isinstance(v, int) or (isinstance(v, list) and v) for k, v in arguments.items() if k.endswith(("_id", "_ids")))
            if names_a_file and not isinstance(refused, REFUSALS):
                wrong_refusals.append(f"{name}: {type(refused).__name__} {refused}")
            continue
        shown = repr(result)
        if callable(getattr(result, "page", None)):  # a lazy keyset list: read what it would show
            shown += repr(result.page(None, 1000))
        if isinstance(result, Path) and result.is_file():
            shown += result.read_bytes().decode("utf-8", "ignore")
        supplied = repr(arguments) + "".join(
            v.read_text("utf-8") for v in arguments.values() if isinstance(v, Path) and v.suffix == ".csv")
        leaked = sorted(m for m in markers if m in shown and m not in supplied)
        if leaked:
            leaks.append(f"{name} returned {leaked[:3]}")
    assert not unmade, f"no argument recipe (add one to _argument, or an exclusion): {unmade}"
    assert not leaks, leaks
    assert not wrong_refusals, wrong_refusals
    assert called > 100
    after = _file_rows(services)
    changed = [(k, row, after.get(k)) for k, row in before.items() if after.get(k) != row]
    assert not changed, f"rows of files outside the caseload changed or deleted (key, before, after): {changed[:5]}"
    with services.db.read_session() as session:
        new_people = session.scalars(select(Beneficiary.assigned_researcher_id).where(
            Beneficiary.id > max(k[1] for k in before if k[0] == "Beneficiary"))).all()
    assert set(new_people) <= {world["researcher"]}
    added = [k for k in after if k not in before and k[0] != "Beneficiary"]
    assert people_before == len([k for k in before if k[0] == "Beneficiary"])
    assert not [k for k in added if after[k] and k[0] != "Beneficiary" and _belongs_outside(services, k, world)]


def _belongs_outside(services, key, world) -> bool:
    from charity_desk.services.caseload import _files_of

    model = next(m for m in file_paths() if m.__name__ == key[0])
    with services.db.read_session() as session:
        files = _files_of(session, {model: {key[1]}})
        owners = set(session.scalars(select(Beneficiary.assigned_researcher_id).where(Beneficiary.id.in_(files))))
    return bool(owners - {world["researcher"]})
