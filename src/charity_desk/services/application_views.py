"""Plain read models of applications for the screens."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from charity_desk.domain.application_flow import State
from charity_desk.domain.eligibility import RuleResult


@dataclass(frozen=True)
class ApplicationSummary:
    id: int
    number: str
    beneficiary_id: int
    beneficiary_name: str
    national_id: str
    program_name: str
    state: State
    submitted_at: datetime


@dataclass(frozen=True)
class ChecklistItemView:
    id: int
    version: int
    code: str
    label: str
    required: bool
    status: str
    note: str
    document_id: int | None
    marked_by: str
    marked_at: datetime | None


@dataclass(frozen=True)
class TransitionView:
    at: datetime
    #: None for the first entry, when the application was received.
    from_state: State | None
    to_state: State
    user: str
    reason: str


@dataclass(frozen=True)
class VisitView:
    id: int
    version: int
    application_id: int | None
    beneficiary_id: int
    beneficiary_name: str
    researcher: str
    scheduled_for: date
    status: str
    visited_on: date | None
    findings: str
    housing_condition: str
    recommendation: str


@dataclass(frozen=True)
class ApplicationView:
    summary: ApplicationSummary
    version: int
    program_id: int
    channel: str
    instructions_version: int
    consent_method: str
    consent_at: datetime
    guardian_name: str
    checklist: tuple[ChecklistItemView, ...]
    checklist_complete: bool
    eligibility: tuple[RuleResult, ...]
    eligibility_passed: bool | None
    transitions: tuple[TransitionView, ...]
    visits: tuple[VisitView, ...]
    next_states: tuple[State, ...]
