"""The application state machine, exhaustively: every pair of states, every guard."""

import itertools

import pytest

from charity_desk.domain.application_flow import (
    FINAL_STATES,
    REASON_REQUIRED,
    WORK_QUEUES,
    Conditions,
    State,
    check,
    next_states,
)
from charity_desk.domain.messages import DomainError

ALL_CLEAR = Conditions(checklist_complete=True, visit_required=False, visit_done=True, eligibility_checked=True)

ALLOWED = {
    (State.RECEIVED, State.UNDER_VERIFICATION),
    (State.UNDER_VERIFICATION, State.INCOMPLETE),
    (State.UNDER_VERIFICATION, State.VERIFIED),
    (State.INCOMPLETE, State.UNDER_VERIFICATION),
    (State.VERIFIED, State.VISIT_REQUESTED),
    (State.VERIFIED, State.READY_FOR_COMMITTEE),
    (State.VISIT_REQUESTED, State.VISIT_DONE),
    (State.VISIT_DONE, State.READY_FOR_COMMITTEE),
    (State.READY_FOR_COMMITTEE, State.ACCEPTED),
    (State.READY_FOR_COMMITTEE, State.REJECTED),
    (State.READY_FOR_COMMITTEE, State.DEFERRED),
    (State.DEFERRED, State.UNDER_VERIFICATION),
    (State.DEFERRED, State.READY_FOR_COMMITTEE),
    (State.ACCEPTED, State.ENROLLED),
    (State.ENROLLED, State.COMPLETED),
} | {(s, exit_) for s in State if s not in FINAL_STATES for exit_ in (State.WITHDRAWN, State.REFERRED)}


@pytest.mark.parametrize(("current", "target"), list(itertools.product(State, State)))
def test_every_pair_of_states(current, target):
    if (current, target) in ALLOWED:
        check(current, target, ALL_CLEAR, reason="سبب")
        assert target in next_states(current)
    else:
        with pytest.raises(DomainError):
            check(current, target, ALL_CLEAR, reason="سبب")
        assert target not in next_states(current)


def test_final_states_lead_nowhere():
    assert all(next_states(s) == frozenset() for s in FINAL_STATES)


@pytest.mark.parametrize("target", sorted(REASON_REQUIRED))
def test_reason_required(target):
    current = State.READY_FOR_COMMITTEE if target in {State.REJECTED, State.DEFERRED} else State.UNDER_VERIFICATION
    with pytest.raises(DomainError):
        check(current, target, ALL_CLEAR, reason="  ")
    check(current, target, ALL_CLEAR, reason="السبب")


def test_verified_and_enrolled_need_a_complete_checklist():
    incomplete = Conditions(checklist_complete=False, eligibility_checked=True)
    with pytest.raises(DomainError):
        check(State.UNDER_VERIFICATION, State.VERIFIED, incomplete)
    with pytest.raises(DomainError):
        check(State.ACCEPTED, State.ENROLLED, incomplete)


def test_committee_needs_eligibility_and_the_visit_when_required():
    with pytest.raises(DomainError):
        check(State.VERIFIED, State.READY_FOR_COMMITTEE, Conditions(True, eligibility_checked=False))
    with pytest.raises(DomainError):
        check(State.VERIFIED, State.READY_FOR_COMMITTEE, Conditions(True, visit_required=True, visit_done=False,
                                                                   eligibility_checked=True))
    check(State.VISIT_DONE, State.READY_FOR_COMMITTEE, Conditions(True, visit_required=True, visit_done=True,
                                                                 eligibility_checked=True))


def test_refusal_names_both_states_in_arabic():
    with pytest.raises(DomainError) as error:
        check(State.RECEIVED, State.ACCEPTED, ALL_CLEAR)
    assert error.value.message.render() == "An application that is «Received» cannot become «Accepted»."


def test_every_open_state_is_in_some_queue_or_is_a_waiting_state():
    queued = set().union(*WORK_QUEUES.values())
    assert queued <= set(State) - FINAL_STATES
