"""The lists that grow with the association, each a ``KeysetList`` read a page at a time.

One service for the screens' lists: each method checks the acting user's permission and returns
the list's query (filtered and sorted in SQL, counted with COUNT, one row re-read by id); the
queries themselves live in small ``*_lists`` modules next to the services that write those rows,
each imported when its list is first asked for (a page pays only for the lists it shows).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from charity_desk.db.engine import Database
from charity_desk.domain.application_flow import State
from charity_desk.domain.roles import Permission
from charity_desk.services.actor import Actor
from charity_desk.services.list_pages import KeysetList
from charity_desk.services.permission_guard import requires

if TYPE_CHECKING:
    from charity_desk.services.committee_lists import AgendaCounts


class ListService:
    def __init__(self, db: Database, actor: Actor):
        self._db = db
        self._actor = actor

    @requires(Permission.BENEFICIARY_VIEW)
    def application_queue(self, states: frozenset[State], program_id: int | None = None) -> KeysetList:
        from charity_desk.services import application_lists

        return application_lists.queue_list(self._db, self._actor, states, program_id)

    @requires(Permission.BENEFICIARY_VIEW)
    def complaints(self, wanted: str, today: date) -> KeysetList:
        """Complaints and suggestions kept by the filter (all, open, overdue, closed), earliest due first."""
        from charity_desk.services import register_lists

        return register_lists.complaints(self._db, self._actor, wanted, today)

    @requires(Permission.PRIVACY_MANAGE)
    def data_requests(self, wanted: str, today: date) -> KeysetList:
        from charity_desk.services import register_lists

        return register_lists.data_requests(self._db, self._actor, wanted, today)

    @requires(Permission.PRIVACY_MANAGE)
    def breaches(self) -> KeysetList:
        from charity_desk.services import register_lists

        return register_lists.breaches(self._db, self._actor)

    @requires(Permission.BENEFICIARY_VIEW)
    def inquiries(self, open_only: bool = False) -> KeysetList:
        """The inquiry log, newest first (only those not answered yet when ``open_only``)."""
        from charity_desk.services import inquiry_lists

        return inquiry_lists.inquiries(self._db, self._actor, open_only)

    @requires(Permission.BENEFICIARY_VIEW)
    def outgoing_register(self) -> KeysetList:
        """The letters issued, newest first."""
        from charity_desk.services import letter_lists

        return letter_lists.outgoing_register(self._db, self._actor)

    @requires(Permission.BENEFICIARY_VIEW)
    def meetings(self) -> KeysetList:
        """Committee meetings, the newest held first."""
        from charity_desk.services import committee_lists

        return committee_lists.meetings(self._db, self._actor)

    @requires(Permission.BENEFICIARY_VIEW)
    def pending_surveys(self) -> KeysetList:
        """Surveys owed, the oldest first."""
        from charity_desk.services import survey_lists

        return survey_lists.pending_surveys(self._db, self._actor)

    @requires(Permission.BENEFICIARY_VIEW)
    def agenda(self, meeting_id: int) -> KeysetList:
        """A meeting's agenda, in the order the applications were received."""
        from charity_desk.services import committee_lists

        return committee_lists.agenda(self._db, self._actor, meeting_id)

    @requires(Permission.BENEFICIARY_VIEW)
    def agenda_counts(self, meeting_id: int) -> AgendaCounts:
        from charity_desk.services import committee_lists

        return committee_lists.agenda_counts(self._db, self._actor, meeting_id)

    @requires(Permission.BENEFICIARY_VIEW)
    def agenda_application_ids(self, meeting_id: int) -> list[int]:
        from charity_desk.services import committee_lists

        return committee_lists.agenda_application_ids(self._db, self._actor, meeting_id)

    @requires(Permission.BENEFICIARY_VIEW)
    def reverification_due(self, period_days: int, today: date) -> KeysetList:
        """Active files not confirmed with the person in the last ``period_days``, never-confirmed first."""
        from charity_desk.services import reverification_lists

        return reverification_lists.due(self._db, self._actor, period_days, today)

    @requires(Permission.VISIT_EDIT)
    def my_visits(self) -> KeysetList:
        """The signed-in researcher's home visits still to write up, the soonest first."""
        from charity_desk.services import visit_lists

        return visit_lists.my_visits(self._db, self._actor)

    @requires(Permission.BENEFICIARY_VIEW)
    def program_sessions(self, program_id: int) -> KeysetList:
        """A program's sessions, the newest first."""
        from charity_desk.services import session_lists

        return session_lists.program_sessions(self._db, self._actor, program_id)

    @requires(Permission.PRIVACY_MANAGE)
    def retention_flags(self, run_id: int) -> KeysetList:
        """The records a pending retention check flagged, in the order found."""
        from charity_desk.services import retention_lists

        return retention_lists.flags(self._db, self._actor, run_id)

    @requires(Permission.PRIVACY_MANAGE)
    def destructions(self) -> KeysetList:
        """The destruction records, the newest first."""
        from charity_desk.services import retention_lists

        return retention_lists.destructions(self._db, self._actor)

    @requires(Permission.PRIVACY_MANAGE)
    def legal_holds(self) -> KeysetList:
        """The people on legal hold, by name."""
        from charity_desk.services import retention_lists

        return retention_lists.legal_holds(self._db, self._actor)

    @requires(Permission.BENEFICIARY_VIEW)
    def beneficiaries(self) -> KeysetList:
        """Every registered person, by name."""
        from charity_desk.services import beneficiary_lists

        return beneficiary_lists.everyone(self._db, self._actor)

    @requires(Permission.USERS_MANAGE)
    def staff_accounts(self) -> KeysetList:
        """The staff accounts by username, each marked when locked after failed sign-ins."""
        from charity_desk.services import user_lists

        return user_lists.accounts(self._db, self._actor)

    @requires(Permission.REPORTS_VIEW)
    def survey_comments(self, program_id: int | None = None, start: date | None = None, end: date | None = None,
                        staff_id: int | None = None) -> KeysetList:
        """What people wrote in the surveys answered in the period, the newest first."""
        from charity_desk.services import survey_lists

        return survey_lists.comments(self._db, self._actor, program_id, start, end, staff_id)

    @requires(Permission.DUPLICATES_REVIEW)
    def duplicate_pairs(self, status: str = "open") -> KeysetList:
        """Suspected duplicate pairs of a status (open, dismissed, merged), the highest score first."""
        from charity_desk.services import duplicate_lists

        return duplicate_lists.pairs(self._db, self._actor, status)
