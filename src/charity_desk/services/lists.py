"""The lists that grow with the association, each a ``KeysetList`` read a page at a time.

One service for the screens' lists: each method checks the acting user's permission and returns
the list's query (filtered and sorted in SQL, counted with COUNT, one row re-read by id); the
queries themselves live in small ``*_lists`` modules next to the services that write those rows.
"""

from __future__ import annotations

from charity_desk.db.engine import Database
from charity_desk.domain.application_flow import State
from charity_desk.services import application_lists
from charity_desk.services.actor import Actor
from charity_desk.services.list_pages import KeysetList


class ListService:
    def __init__(self, db: Database, actor: Actor):
        self._db = db
        self._actor = actor

    def application_queue(self, states: frozenset[State], program_id: int | None = None) -> KeysetList:
        return application_lists.queue_list(self._db, self._actor, states, program_id)
