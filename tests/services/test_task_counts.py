"""The counts of «My work today» are read from the tasks' kinds and due dates alone (no name or detail read
only to be counted), and still agree with the lists, kind by kind and group by group, for a researcher held
to a caseload as for a supervisor looking at the team."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

from tests.services.test_tasks import TODAY, team  # noqa: F401
from tests.ui.test_lazy_pages import statements

from charity_desk.services.tasks.lists import GROUPS
from charity_desk.services.tasks.service import ManualTaskInput


def _listed(acting, today) -> Counter:
    return Counter((row.kind, group) for group in GROUPS
                   for _key, row in acting.tasks.tasks(group, today=today).page(None, 500))


def test_the_counts_read_no_names_and_agree_with_the_lists(team, database):  # noqa: F811
    admin, researcher = team["as"]["admin"], team["as"]["res1"]
    admin.visits.assign(team["person"], team["ids"]["res1"])
    admin.visits.schedule(team["person"], team["ids"]["res1"], TODAY)
    admin.visits.schedule(team["person"], team["ids"]["res1"], TODAY + timedelta(days=3))
    admin.tasks.give(ManualTaskInput(team["ids"]["res1"], TODAY, "اكتب التقرير", beneficiary_id=team["person"]))
    admin.tasks.give(ManualTaskInput(team["ids"]["res1"], TODAY + timedelta(days=2), "اتصل بالأسرة"))
    due = TODAY + timedelta(days=admin.reverification.period_days())

    for today in (TODAY, TODAY + timedelta(days=1), due + timedelta(days=2)):
        with statements(database) as sent:
            summary = researcher.tasks.summary(today=today)
        counted = Counter({(k.kind, group): getattr(k, group) for k in summary.kinds for group in GROUPS})
        assert +counted == _listed(researcher, today), today
        counting = [s for s in sent if "count(" in s.lower()]
        assert counting and not any("full_name" in s or "note" in s for s in counting)

    # The supervisor's view of the same colleague counts the same tasks.
    load = next(m for m in admin.tasks.team(today=TODAY + timedelta(days=1)) if m.user_id == team["ids"]["res1"])
    listed = _listed(researcher, TODAY + timedelta(days=1))
    assert (load.overdue, load.today, load.week) == tuple(
        sum(n for (_kind, group), n in listed.items() if group == wanted) for wanted in GROUPS)
    assert load.overdue == 2 and load.week == 2
