"""The application's life, as one explicit state machine (ARCHITECTURE rule 3).

received → under verification → incomplete (missing items) / verified → visit requested →
visit done → ready for committee → accepted / rejected / deferred → enrolled → completed;
withdrawn and referred end an application from any open state.  Services ask ``check`` before
every change; screens list ``next_states`` to offer only what is allowed.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message
from charity_desk.domain.roles import Permission


class State(StrEnum):
    RECEIVED = "received"
    UNDER_VERIFICATION = "under_verification"
    INCOMPLETE = "incomplete"
    VERIFIED = "verified"
    VISIT_REQUESTED = "visit_requested"
    VISIT_DONE = "visit_done"
    READY_FOR_COMMITTEE = "ready_for_committee"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    DEFERRED = "deferred"
    ENROLLED = "enrolled"
    COMPLETED = "completed"
    WITHDRAWN = "withdrawn"
    REFERRED = "referred"


STATE_LABELS: dict[State, str] = {
    State.RECEIVED: QT_TRANSLATE_NOOP("ApplicationState", "Received"),
    State.UNDER_VERIFICATION: QT_TRANSLATE_NOOP("ApplicationState", "Under verification"),
    State.INCOMPLETE: QT_TRANSLATE_NOOP("ApplicationState", "Incomplete"),
    State.VERIFIED: QT_TRANSLATE_NOOP("ApplicationState", "Verified"),
    State.VISIT_REQUESTED: QT_TRANSLATE_NOOP("ApplicationState", "Home visit requested"),
    State.VISIT_DONE: QT_TRANSLATE_NOOP("ApplicationState", "Home visit done"),
    State.READY_FOR_COMMITTEE: QT_TRANSLATE_NOOP("ApplicationState", "Ready for committee"),
    State.ACCEPTED: QT_TRANSLATE_NOOP("ApplicationState", "Accepted"),
    State.REJECTED: QT_TRANSLATE_NOOP("ApplicationState", "Rejected"),
    State.DEFERRED: QT_TRANSLATE_NOOP("ApplicationState", "Deferred"),
    State.ENROLLED: QT_TRANSLATE_NOOP("ApplicationState", "Enrolled"),
    State.COMPLETED: QT_TRANSLATE_NOOP("ApplicationState", "Completed"),
    State.WITHDRAWN: QT_TRANSLATE_NOOP("ApplicationState", "Withdrawn"),
    State.REFERRED: QT_TRANSLATE_NOOP("ApplicationState", "Referred elsewhere"),
}

_EXITS = {State.WITHDRAWN, State.REFERRED}
_MOVES: dict[State, set[State]] = {
    State.RECEIVED: {State.UNDER_VERIFICATION},
    State.UNDER_VERIFICATION: {State.INCOMPLETE, State.VERIFIED},
    State.INCOMPLETE: {State.UNDER_VERIFICATION},
    State.VERIFIED: {State.VISIT_REQUESTED, State.READY_FOR_COMMITTEE},
    State.VISIT_REQUESTED: {State.VISIT_DONE},
    State.VISIT_DONE: {State.READY_FOR_COMMITTEE},
    State.READY_FOR_COMMITTEE: {State.ACCEPTED, State.REJECTED, State.DEFERRED},
    State.DEFERRED: {State.UNDER_VERIFICATION, State.READY_FOR_COMMITTEE},
    State.ACCEPTED: {State.ENROLLED},
    State.ENROLLED: {State.COMPLETED},
}
FINAL_STATES = frozenset({State.REJECTED, State.COMPLETED, State.WITHDRAWN, State.REFERRED})
OPEN_STATES = frozenset(State) - FINAL_STATES

#: Who may move an application into each state.
PERMISSION_FOR: dict[State, Permission] = {
    State.ACCEPTED: Permission.COMMITTEE_DECIDE,
    State.REJECTED: Permission.COMMITTEE_DECIDE,
    State.DEFERRED: Permission.COMMITTEE_DECIDE,
    State.VISIT_DONE: Permission.VISIT_EDIT,
}
#: Moving into these states needs a written reason.
REASON_REQUIRED = frozenset({State.INCOMPLETE, State.REJECTED, State.DEFERRED, State.WITHDRAWN, State.REFERRED})


def state_name(state: State) -> Message:
    return Message("ApplicationState", STATE_LABELS[state])


def next_states(current: State) -> frozenset[State]:
    """Every state reachable in one step from ``current``."""
    if current in FINAL_STATES:
        return frozenset()
    return frozenset(_MOVES.get(current, set()) | _EXITS)


@dataclass(frozen=True)
class Conditions:
    """Facts about the application that some moves depend on."""

    checklist_complete: bool
    visit_required: bool = False
    visit_done: bool = False
    eligibility_checked: bool = False


def _refuse(text: str, **params) -> DomainError:
    return DomainError(Message("ApplicationFlow", text, params), field="state")


def check(current: State, target: State, conditions: Conditions, reason: str = "") -> None:
    """Raise DomainError saying why ``current`` → ``target`` is not allowed now; return when it is."""
    if target not in next_states(current):
        raise _refuse(
            QT_TRANSLATE_NOOP("ApplicationFlow", "An application that is «{current}» cannot become «{target}»."),
            current=state_name(current), target=state_name(target),
        )
    if target in REASON_REQUIRED and not reason.strip():
        raise _refuse(QT_TRANSLATE_NOOP("ApplicationFlow", "Write the reason for this decision."))
    if target in {State.VERIFIED, State.ENROLLED} and not conditions.checklist_complete:
        raise _refuse(QT_TRANSLATE_NOOP(
            "ApplicationFlow",
            "The verification checklist is not complete: every required item must be verified against the original.",
        ))
    if target == State.READY_FOR_COMMITTEE:
        if conditions.visit_required and not conditions.visit_done:
            raise _refuse(QT_TRANSLATE_NOOP("ApplicationFlow", "This program needs a home visit before the committee."))
        if not conditions.eligibility_checked:
            raise _refuse(QT_TRANSLATE_NOOP("ApplicationFlow", "Check eligibility before sending to the committee."))


#: What each work queue holds: the applications waiting for that kind of work.
WORK_QUEUES: dict[str, frozenset[State]] = {
    "verification": frozenset({State.RECEIVED, State.UNDER_VERIFICATION, State.INCOMPLETE, State.DEFERRED,
                               State.VERIFIED}),
    "visits": frozenset({State.VISIT_REQUESTED}),
    "committee": frozenset({State.READY_FOR_COMMITTEE}),
    "enrollment": frozenset({State.ACCEPTED, State.ENROLLED}),
}
