"""Programs and activities (clauses 1-1, 5-8): what they give, to whom, with which documents.

Rules and checklists are data an administrator or program manager edits in a form, never code.
Changing the instructions text makes a new version; applications keep the version accepted.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select

from charity_desk.db.engine import Database
from charity_desk.db.models import Program, ProgramInstructions, ProgramRequirement
from charity_desk.domain.eligibility import EligibilityRules
from charity_desk.domain.free_text import free_text_errors
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message
from charity_desk.domain.roles import Permission
from charity_desk.services import audit
from charity_desk.services.actor import Actor
from charity_desk.services.errors import InvalidInput, NotFound, StaleRecord
from charity_desk.services.permission_guard import open_to_signed_in, requires

KINDS = ("cash", "in_kind", "course", "service")
_CODE = re.compile(r"^[A-Za-z0-9_\-]{2,30}$")


@dataclass(frozen=True)
class Requirement:
    code: str
    label: str
    required: bool = True


@dataclass(frozen=True)
class ProgramInput:
    code: str
    name: str
    kind: str
    instructions: str
    requirements: tuple[Requirement, ...] = ()
    rules: EligibilityRules = field(default_factory=EligibilityRules)
    capacity: int = 0
    starts_on: date | None = None
    ends_on: date | None = None
    visit_required: bool = False
    active: bool = True


@dataclass(frozen=True)
class ProgramView:
    id: int
    version: int
    code: str
    name: str
    kind: str
    capacity: int
    starts_on: date | None
    ends_on: date | None
    visit_required: bool
    active: bool
    rules: EligibilityRules
    requirements: tuple[Requirement, ...]
    instructions: str
    instructions_version: int


def _error(text: str, field_name: str) -> DomainError:
    return DomainError(Message("Programs", text), field=field_name)


def _validate(data: ProgramInput) -> None:
    errors = []
    if not _CODE.match(data.code or ""):
        errors.append(_error(QT_TRANSLATE_NOOP("Programs", "The code is 2 to 30 Latin letters, digits, - or _."), "code"))
    if not data.name.strip():
        errors.append(_error(QT_TRANSLATE_NOOP("Programs", "Enter the program's name."), "name"))
    errors += free_text_errors([("name", data.name)] + [("requirements", r.label) for r in data.requirements])
    if data.kind not in KINDS:
        errors.append(_error(QT_TRANSLATE_NOOP("Programs", "Choose the kind of program."), "kind"))
    if not data.instructions.strip():
        errors.append(_error(QT_TRANSLATE_NOOP("Programs", "Write the program's instructions for applicants."),
                             "instructions"))
    if data.capacity < 0:
        errors.append(_error(QT_TRANSLATE_NOOP("Programs", "The capacity cannot be negative."), "capacity"))
    if data.starts_on and data.ends_on and data.ends_on < data.starts_on:
        errors.append(_error(QT_TRANSLATE_NOOP("Programs", "The program cannot end before it starts."), "ends_on"))
    codes = [r.code for r in data.requirements]
    if len(codes) != len(set(codes)) or any(not r.code.strip() or not r.label.strip() for r in data.requirements):
        errors.append(_error(QT_TRANSLATE_NOOP("Programs", "Each required document needs a unique code and a name."),
                             "requirements"))
    rules = data.rules
    if (rules.min_age is not None and rules.max_age is not None and rules.min_age > rules.max_age) or (
        rules.min_family_size is not None and rules.max_family_size is not None
        and rules.min_family_size > rules.max_family_size
    ):
        errors.append(_error(QT_TRANSLATE_NOOP("Programs", "A minimum in the rules is above its maximum."), "rules"))
    if errors:
        raise InvalidInput(errors)


def current_instructions(session, program_id: int) -> ProgramInstructions:
    return session.scalars(
        select(ProgramInstructions).where(ProgramInstructions.program_id == program_id)
        .order_by(ProgramInstructions.version.desc()).limit(1)
    ).one()


def requirements_of(session, program_id: int) -> tuple[Requirement, ...]:
    rows = session.scalars(select(ProgramRequirement).where(ProgramRequirement.program_id == program_id)
                           .order_by(ProgramRequirement.position))
    return tuple(Requirement(r.code, r.label, r.required) for r in rows)


def program_view(session, program: Program) -> ProgramView:
    instructions = current_instructions(session, program.id)
    return ProgramView(program.id, program.version_id, program.code, program.name, program.kind, program.capacity,
                       program.starts_on, program.ends_on, program.visit_required, program.active,
                       EligibilityRules.from_data(json.loads(program.eligibility_rules)),
                       requirements_of(session, program.id), instructions.text, instructions.version)


class ProgramService:
    def __init__(self, db: Database, actor: Actor):
        self._db = db
        self._actor = actor

    @requires(Permission.PROGRAM_MANAGE)
    def save(self, data: ProgramInput, program_id: int | None = None, expected_version: int | None = None) -> int:
        """Create (no id) or change a program; new instructions text becomes a new version."""
        _validate(data)
        with self._db.session() as session:
            taken = session.scalar(select(Program.id).where(func.lower(Program.code) == data.code.strip().lower()))
            if taken is not None and taken != program_id:
                raise InvalidInput([_error(QT_TRANSLATE_NOOP("Programs", "Another program already has this code."),
                                           "code")])
            if program_id is None:
                program = Program()
                session.add(program)
            else:
                program = session.get(Program, program_id)
                if program is None:
                    raise NotFound("program", program_id)
                if expected_version is not None and program.version_id != expected_version:
                    raise StaleRecord()
            program.code, program.name, program.kind = data.code.strip(), data.name.strip(), data.kind
            program.capacity, program.starts_on, program.ends_on = data.capacity, data.starts_on, data.ends_on
            program.visit_required, program.active = data.visit_required, data.active
            program.eligibility_rules = json.dumps(data.rules.to_data(), ensure_ascii=False, sort_keys=True)
            session.flush()
            self._save_instructions(session, program.id, data.instructions.strip())
            self._save_requirements(session, program.id, data.requirements)
            audit.record(session, self._actor, "program.saved", "program", program.id)
            return program.id

    def _save_instructions(self, session, program_id: int, text: str) -> None:
        latest = session.scalars(select(ProgramInstructions).where(ProgramInstructions.program_id == program_id)
                                 .order_by(ProgramInstructions.version.desc()).limit(1)).first()
        if latest is None or latest.text != text:
            session.add(ProgramInstructions(program_id=program_id, version=(latest.version + 1) if latest else 1,
                                            text=text, created_by_id=self._actor.user_id))

    @staticmethod
    def _save_requirements(session, program_id: int, requirements: tuple[Requirement, ...]) -> None:
        existing = {r.code: r for r in session.scalars(
            select(ProgramRequirement).where(ProgramRequirement.program_id == program_id))}
        for position, requirement in enumerate(requirements):
            row = existing.pop(requirement.code, None) or ProgramRequirement(program_id=program_id,
                                                                             code=requirement.code)
            row.label, row.required, row.position = requirement.label.strip(), requirement.required, position
            session.add(row)
        for row in existing.values():
            session.delete(row)

    @open_to_signed_in("programs and their rules are shown in every screen's choosers; no one's data")
    def list(self, active_only: bool = False) -> list[ProgramView]:
        with self._db.read_session() as session:
            statement = select(Program).order_by(Program.name)
            if active_only:
                statement = statement.where(Program.active)
            return [program_view(session, p) for p in session.scalars(statement)]

    @open_to_signed_in("programs and their rules are shown in every screen's choosers; no one's data")
    def get(self, program_id: int) -> ProgramView:
        with self._db.read_session() as session:
            program = session.get(Program, program_id)
            if program is None:
                raise NotFound("program", program_id)
            return program_view(session, program)

    @open_to_signed_in("programs and their rules are shown in every screen's choosers; no one's data")
    def by_code(self, code: str) -> ProgramView:
        with self._db.read_session() as session:
            program = session.scalar(select(Program).where(func.lower(Program.code) == code.strip().lower()))
            if program is None:
                raise NotFound("program", code)
            return program_view(session, program)
