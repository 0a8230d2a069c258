"""A checklist awaiting verification is the task of its file's researcher, wherever the file goes, and of
whoever took the application only while the file has no researcher: read from the application's own columns
(the file's researcher copied onto it by the database), still held to the reader's caseload."""

from __future__ import annotations

from datetime import timedelta

from tests.services.test_tasks import TODAY, _keys, team  # noqa: F401

from charity_desk.services.applications import ConsentInput
from charity_desk.services.programs import ProgramInput, Requirement


def test_a_checklist_follows_its_file_from_researcher_to_researcher(team):  # noqa: F811
    admin, first, second = team["as"]["admin"], team["as"]["res1"], team["as"]["res2"]
    program = admin.programs.save(ProgramInput(code="RENT", name="مساعدة الإيجار", kind="cash", instructions=".",
                                               requirements=(Requirement("id", "صورة الهوية"),)))
    application = admin.applications.apply(team["person"], program, "in_person", ConsentInput("written"))
    key, due = f"checklist:{application}", TODAY + timedelta(days=7)
    assert key in _keys(admin, today=due)  # who took it, while the file has no researcher

    admin.visits.assign(team["person"], team["ids"]["res1"])
    assert key in _keys(first, today=due) and key not in _keys(admin, today=due) | _keys(second, today=due)

    admin.visits.assign(team["person"], team["ids"]["res2"])
    assert key in _keys(second, today=due) and key not in _keys(first, today=due) | _keys(admin, today=due)
    assert (admin.tasks.summary(today=due).count("today", "checklist"), second.tasks.summary(today=due).count(
        "today", "checklist"), first.tasks.summary(today=due).count("today", "checklist")) == (0, 1, 0)

    admin.visits.assign(team["person"], None)  # no researcher again: back to who took it
    assert key in _keys(admin, today=due) and key not in _keys(second, today=due)
