"""The committee's printed documents: numbered minutes of a meeting and one-page case summaries.

Both are built only from what is stored, so printing them again gives the same document.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from charity_desk.db.engine import Database
from charity_desk.db.models import (
    Application,
    ChecklistItem,
    Committee,
    CommitteeMember,
    Decision,
    HomeVisit,
    Housing,
    Meeting,
    MeetingAttendance,
    NeedsAssessment,
    Program,
)
from charity_desk.documents import case_summary as summary_doc
from charity_desk.documents import minutes as minutes_doc
from charity_desk.domain.clock import format_clock_ar
from charity_desk.domain.counting import count_arabic
from charity_desk.domain.dates import age_on
from charity_desk.domain.needs import Questionnaire
from charity_desk.domain.roles import Permission
from charity_desk.i18n import in_arabic
from charity_desk.reference import choice_label, needs_questionnaire_data
from charity_desk.services import audit
from charity_desk.services.actor import Actor
from charity_desk.services.beneficiary_file import load_person, money_summary
from charity_desk.services.errors import NotFound
from charity_desk.services.letterhead import load_letterhead
from charity_desk.services.permission_guard import requires

_CHECK_STATUS_AR = {"pending": "لم يُقدَّم", "provided": "مُقدَّم", "verified": "مطابق للأصل", "mismatch": "غير مطابق"}
_ROLE_AR = {"chair": "رئيس اللجنة", "member": "عضو", "secretary": "أمين السر"}


def _case(session: Session, application: Application, letterhead, today: date) -> summary_doc.CaseSummary:
    person = load_person(session, application.beneficiary_id)
    money = money_summary(session, person.id)
    program = session.get(Program, application.program_id)
    housing = session.get(Housing, person.id)
    needs = session.scalars(select(NeedsAssessment).where(NeedsAssessment.beneficiary_id == person.id)
                            .order_by(NeedsAssessment.assessed_at.desc()).limit(1)).first()
    bands = {b.code: b.label_ar for b in Questionnaire.from_data(needs_questionnaire_data()).bands}
    visit = session.scalars(select(HomeVisit).where(HomeVisit.application_id == application.id,
                                                    HomeVisit.status == "done")
                            .order_by(HomeVisit.visited_on.desc()).limit(1)).first()
    housing_text = "، ".join(p for p in (choice_label("housing_tenure", housing.tenure),
                                          choice_label("housing_kind", housing.kind),
                                          choice_label("housing_condition", housing.condition)) if p) \
        if housing else ""
    return summary_doc.CaseSummary(
        letterhead=letterhead, application_number=application.number, program=program.name,
        submitted=application.submitted_at.date(), beneficiary_name=person.full_name,
        national_id=person.national_id, age=age_on(person.birth_date, today) if person.birth_date else 0,
        region_city=f"{person.region} — {person.city}".strip(" —"), family_size=money.household_size,
        income_per_person=money.income_per_person, total_income=money.total_income,
        total_expenses=money.total_expenses, housing=housing_text,
        needs_score=needs.score if needs else 0, needs_band=bands.get(needs.band, "") if needs else "",
        eligibility=tuple(summary_doc.EligibilityLine(in_arabic("Eligibility", r["label"]), r["passed"], r["actual"],
                                                      r["expected"])
                          for r in json.loads(application.eligibility or "[]")),
        checklist=tuple(summary_doc.ChecklistItem(i.label, _CHECK_STATUS_AR.get(i.status, i.status))
                        for i in session.scalars(select(ChecklistItem).where(ChecklistItem.application_id ==
                                                                             application.id))),
        visit_findings=visit.findings if visit else "", recommendation=visit.recommendation if visit else "",
    )


class MeetingDocumentService:
    def __init__(self, db: Database, actor: Actor):
        self._db = db
        self._actor = actor

    @requires(Permission.BENEFICIARY_VIEW)
    def case_summaries(self, application_ids: list[int], progress: Callable[[int, int], None] | None = None,
                       cancelled: Callable[[], bool] | None = None, today: date | None = None) -> bytes:
        with self._db.session() as session:
            head, _signatory, _policy = load_letterhead(session)
            cases = []
            for application_id in application_ids:
                application = session.get(Application, application_id)
                if application is None:
                    raise NotFound("application", application_id)
                cases.append(_case(session, application, head, today or date.today()))
            audit.record(session, self._actor, "case_summaries.printed", "application", "", count=len(cases))
        return summary_doc.render_case_summaries(cases, progress=progress, cancelled=cancelled)

    @requires(Permission.BENEFICIARY_VIEW)
    def minutes(self, meeting_id: int) -> bytes:
        with self._db.session() as session:
            meeting = session.get(Meeting, meeting_id)
            if meeting is None:
                raise NotFound("meeting", meeting_id)
            committee = session.get(Committee, meeting.committee_id)
            head, _signatory, policy = load_letterhead(session)
            members = session.execute(select(CommitteeMember, MeetingAttendance.present)
                                      .join(MeetingAttendance, MeetingAttendance.member_id == CommitteeMember.id)
                                      .where(MeetingAttendance.meeting_id == meeting_id)
                                      .order_by(CommitteeMember.id)).all()
            decisions = []
            for decision, application in session.execute(
                    select(Decision, Application).join(Application, Application.id == Decision.application_id)
                    .where(Decision.meeting_id == meeting_id).order_by(Decision.id)):
                person = load_person(session, application.beneficiary_id)
                program = session.get(Program, application.program_id)
                rationale = "، ".join(p for p in (decision.rationale, decision.reason_text, decision.missing) if p)
                decisions.append(minutes_doc.MinutesDecision(
                    application_number=application.number, beneficiary_name=person.full_name,
                    national_id=person.national_id, program=program.name, decision=decision.outcome,
                    amount=decision.amount,
                    duration=count_arabic(decision.duration_months, "month") if decision.duration_months
                    else decision.service,
                    rationale=rationale, votes_for=decision.votes_for, votes_against=decision.votes_against,
                    votes_abstain=decision.votes_abstain))
            present = [m for m, is_present in members if is_present]
            chair = next((m.name for m, _ in members if m.role == "chair"), "")
            document = minutes_doc.MeetingMinutes(
                letterhead=head, committee_name=committee.name, meeting_number=meeting.number,
                meeting_date=meeting.held_on, place=meeting.place, chair=chair,
                started_at=format_clock_ar(meeting.starts_at) if meeting.starts_at else "",
                attendees=tuple(minutes_doc.Attendee(m.name, m.title or _ROLE_AR.get(m.role, ""), p)
                                for m, p in members),
                quorum_required=committee.quorum, quorum_met=len(present) >= committee.quorum,
                agenda_intro="دراسة الطلبات الجاهزة للعرض على اللجنة واتخاذ القرار بشأنها.",
                decisions=tuple(decisions), closing="وبعد استكمال جدول الأعمال رُفعت الجلسة.",
                signatories=tuple(minutes_doc.Signatory(m.name, m.title or _ROLE_AR.get(m.role, "")) for m in present),
                policy_reference=policy)
            audit.record(session, self._actor, "minutes.printed", "meeting", meeting_id)
        return minutes_doc.render_minutes(document)
