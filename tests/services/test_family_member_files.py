"""The file's family list names each member's own registered file, and only one the reader may open:
a researcher is not shown the way into a file outside their caseload."""

from __future__ import annotations

from charity_desk.domain.roles import Role
from services.household_world import build_household


def test_each_member_names_their_own_file_within_the_readers_caseload(services, admin):
    acting = services.acting_as(admin)
    h = build_household(acting)
    files = {m.full_name: m.file_id for m in acting.files.open(h.father).family}
    assert files == {"فهد سعد الشمري": h.son, "نوره عبد الله العتيبي": h.mother, "منيرة سعد الشمري": None}

    acting.users.create("res", "الباحثة", Role.SOCIAL_RESEARCHER, "researcher pass 1")
    researcher = services.acting_as(services.auth.login("res", "researcher pass 1"))
    acting.visits.assign(h.father, researcher.actor.user_id)
    acting.visits.assign(h.mother, researcher.actor.user_id)
    files = {m.full_name: m.file_id for m in researcher.files.open(h.father).family}
    assert files == {"فهد سعد الشمري": None, "نوره عبد الله العتيبي": h.mother, "منيرة سعد الشمري": None}
