"""Demo programs and applications spread over every state of the state machine, for training."""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from charity_desk.db.models import (
    Application,
    ApplicationTransition,
    ChecklistItem,
    Program,
    ProgramInstructions,
    ProgramRequirement,
)
from charity_desk.domain.application_flow import State
from charity_desk.domain.dates import to_hijri
from charity_desk.domain.eligibility import EligibilityRules
from charity_desk.services.sequences import reserve_in_sequence

DEMO_PROGRAMS = (
    ("DEMO-RENT", "مساعدة سداد الإيجار", "cash", True, EligibilityRules(max_income_per_person=1500),
     "تُصرف المساعدة مرة واحدة في السنة بعد الزيارة المنزلية وقرار اللجنة.",
     (("national_id", "صورة الهوية الوطنية"), ("lease", "عقد الإيجار الموثق"), ("income", "إثبات الدخل"))),
    ("DEMO-FOOD", "السلة الغذائية الشهرية", "in_kind", False, EligibilityRules(max_income_per_person=1200),
     "تُسلَّم السلة شهريًا من مقر الجمعية بعد إبراز الهوية.",
     (("national_id", "صورة الهوية الوطنية"), ("family_card", "سجل الأسرة"))),
    ("DEMO-SKILLS", "دورة المهارات المهنية", "course", False, EligibilityRules(min_age=18, max_age=45),
     "الالتزام بحضور 80٪ من ساعات الدورة شرط لاستلام الشهادة.",
     (("national_id", "صورة الهوية الوطنية"),)),
)
#: The path through the state machine that leads to each state, so the history looks real.
_PATHS: dict[State, tuple[State, ...]] = {
    State.RECEIVED: (),
    State.UNDER_VERIFICATION: (State.UNDER_VERIFICATION,),
    State.INCOMPLETE: (State.UNDER_VERIFICATION, State.INCOMPLETE),
    State.VERIFIED: (State.UNDER_VERIFICATION, State.VERIFIED),
    State.VISIT_REQUESTED: (State.UNDER_VERIFICATION, State.VERIFIED, State.VISIT_REQUESTED),
    State.VISIT_DONE: (State.UNDER_VERIFICATION, State.VERIFIED, State.VISIT_REQUESTED, State.VISIT_DONE),
    State.READY_FOR_COMMITTEE: (State.UNDER_VERIFICATION, State.VERIFIED, State.READY_FOR_COMMITTEE),
    State.ACCEPTED: (State.UNDER_VERIFICATION, State.VERIFIED, State.READY_FOR_COMMITTEE, State.ACCEPTED),
    State.REJECTED: (State.UNDER_VERIFICATION, State.VERIFIED, State.READY_FOR_COMMITTEE, State.REJECTED),
    State.DEFERRED: (State.UNDER_VERIFICATION, State.VERIFIED, State.READY_FOR_COMMITTEE, State.DEFERRED),
    State.ENROLLED: (State.UNDER_VERIFICATION, State.VERIFIED, State.READY_FOR_COMMITTEE, State.ACCEPTED,
                     State.ENROLLED),
    State.COMPLETED: (State.UNDER_VERIFICATION, State.VERIFIED, State.READY_FOR_COMMITTEE, State.ACCEPTED,
                      State.ENROLLED, State.COMPLETED),
    State.WITHDRAWN: (State.WITHDRAWN,),
    State.REFERRED: (State.UNDER_VERIFICATION, State.REFERRED),
}
_VERIFIED_STATES = {s for s, path in _PATHS.items() if State.VERIFIED in path}
_REASONS = {State.INCOMPLETE: "ينقص عقد الإيجار", State.REJECTED: "الدخل أعلى من الحد المعتمد",
            State.DEFERRED: "بانتظار تحديث بيانات الدخل", State.WITHDRAWN: "بطلب من المستفيد",
            State.REFERRED: "الطلب خارج اختصاص الجمعية"}


def demo_programs(session: Session, now: datetime) -> list[tuple[Program, list[tuple[str, str]]]]:
    """The demo programs, created once and reused by later runs."""
    programs = []
    for code, name, kind, visit, rules, instructions, requirements in DEMO_PROGRAMS:
        program = session.scalar(select(Program).where(Program.code == code))
        if program is None:
            program = Program(code=code, name=name, kind=kind, visit_required=visit,
                              eligibility_rules=json.dumps(rules.to_data(), ensure_ascii=False))
            session.add(program)
            session.flush()
            session.add(ProgramInstructions(program_id=program.id, version=1, text=instructions, created_at=now))
            for position, (req_code, label) in enumerate(requirements):
                session.add(ProgramRequirement(program_id=program.id, code=req_code, label=label, position=position))
            session.flush()
        programs.append((program, list(requirements)))
    return programs


def add_demo_applications(session: Session, rng: random.Random, beneficiary_ids: list[int],
                          programs: list[tuple[Program, list[tuple[str, str]]]], now: datetime) -> int:
    """One application for each given person, the states cycling so that every state appears."""
    states = list(State)
    hijri_year = to_hijri(now.date()).year
    first = reserve_in_sequence(session, f"application:{hijri_year}", len(beneficiary_ids))
    rows = []
    for offset, beneficiary_id in enumerate(beneficiary_ids):
        program, _requirements = programs[offset % len(programs)]
        state = states[offset % len(states)]
        submitted = now - timedelta(days=rng.randrange(5, 400))
        rows.append({"number": f"{hijri_year}-{first + offset:06d}", "beneficiary_id": beneficiary_id,
                     "program_id": program.id, "state": state.value, "channel": rng.choice(["in_person", "website"]),
                     "submitted_at": submitted, "instructions_version": 1, "consent_method": "written",
                     "consent_at": submitted, "guardian_name": "", "guardian_national_id": "", "eligibility": "",
                     "imported_from": "", "version_id": 1, "created_at": submitted, "updated_at": submitted,
                     "decided_at": submitted + timedelta(days=20) if State.READY_FOR_COMMITTEE in _PATHS[state]
                     and state not in {State.READY_FOR_COMMITTEE} else None})
    session.execute(insert(Application), rows)
    ids = dict(session.execute(select(Application.number, Application.id).where(
        Application.number.in_([r["number"] for r in rows]))).all())
    transitions, items = [], []
    for offset, row in enumerate(rows):
        application_id, state = ids[row["number"]], State(row["state"])
        previous, at = "", row["submitted_at"]
        for step in (State.RECEIVED, *_PATHS[state]):
            transitions.append({"application_id": application_id, "from_state": previous, "to_state": step.value,
                                "at": at, "user_id": None, "reason": _REASONS.get(step, "")})
            previous, at = step.value, at + timedelta(days=rng.randrange(1, 6))
        for code, label in programs[offset % len(programs)][1]:
            items.append({"application_id": application_id, "code": code, "label": label, "required": True,
                          "status": "verified" if state in _VERIFIED_STATES else "pending", "note": "",
                          "version_id": 1})
    session.execute(insert(ApplicationTransition), transitions)
    session.execute(insert(ChecklistItem), items)
    return len(rows)
