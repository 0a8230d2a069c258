"""A social researcher's own home visits still to write up, as a list read a page at a time,
the soonest first (``ix_home_visit_researcher_status`` finds them)."""

from __future__ import annotations

from sqlalchemy import select

from charity_desk.db.engine import Database
from charity_desk.db.models import Beneficiary, HomeVisit
from charity_desk.services.actor import Actor
from charity_desk.services.application_views import VisitView
from charity_desk.services.list_pages import KeysetList


def my_visits(db: Database, actor: Actor) -> KeysetList:

    def visit(row) -> VisitView:
        v, name = row
        return VisitView(v.id, v.version_id, v.application_id, v.beneficiary_id, name, actor.full_name,
                         v.scheduled_for, v.status, v.visited_on, v.findings, v.housing_condition, v.recommendation)

    statement = (select(HomeVisit, Beneficiary.full_name)
                 .join(Beneficiary, Beneficiary.id == HomeVisit.beneficiary_id)
                 .where(HomeVisit.researcher_id == actor.user_id, HomeVisit.status == "scheduled"))
    return KeysetList(db, statement, visit, HomeVisit.id, {"planned": HomeVisit.scheduled_for}, "planned")
