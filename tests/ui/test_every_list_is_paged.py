"""Every list that grows with the association shows one page until the view asks for more: each
screen's list over a few pages of rows inserted in bulk (the services' own tables, one statement
each), its total counted in SQL, and the pages following each other without a row twice."""

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtWidgets import QDialog, QWidget
from queue_data import bulk_people, food_program
from sqlalchemy import insert

from charity_desk.db.models import (
    BreachRecord,
    Committee,
    Complaint,
    DataSubjectRequest,
    DestructionRecord,
    HomeVisit,
    Inquiry,
    IssuedLetter,
    Meeting,
    ProgramSession,
    RetentionFlag,
    RetentionRun,
    SurveyRequest,
    SurveyResponse,
)
from charity_desk.ui.dialogs.my_visits import MyVisitsDialog
from charity_desk.ui.screens.committee import CommitteePage
from charity_desk.ui.screens.complaints_tab import ComplaintsTab
from charity_desk.ui.screens.inquiries import InquiriesPage
from charity_desk.ui.screens.outgoing_register import OutgoingRegister
from charity_desk.ui.screens.privacy_breaches import BreachesTab
from charity_desk.ui.screens.privacy_requests import DataRequestsTab
from charity_desk.ui.screens.privacy_retention import RetentionTab
from charity_desk.ui.screens.reverification_tab import ReverificationTab
from charity_desk.ui.screens.survey_results import SurveyResultsTab
from charity_desk.ui.screens.surveys_pending import PendingSurveysTab
from charity_desk.ui.widgets.program_sessions import ProgramSessions

TODAY = date.today()
NOW = datetime.now(UTC)


def _insert(acting, model, rows: list[dict]) -> None:
    with acting.db.session() as session:
        session.execute(insert(model), rows)


def _complaints(acting, n):
    _insert(acting, Complaint, [{"kind": "complaint", "received_on": TODAY, "channel": "in_person",
                                 "category": "other", "details": f"شكوى {i}", "due_on": TODAY + timedelta(days=i % 9)}
                                for i in range(n)])
    tab = ComplaintsTab(acting)
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("all"))
    return tab, lambda: tab.entries_model


def _data_requests(acting, n):
    _insert(acting, DataSubjectRequest, [{"kind": "access", "person_name": f"طالب {i}", "received_on": TODAY,
                                          "due_on": TODAY + timedelta(days=30)} for i in range(n)])
    tab = DataRequestsTab(acting)
    return tab, lambda: tab.entries_model


def _breaches(acting, n):
    _insert(acting, BreachRecord, [{"description": f"حادثة {i}", "discovered_at": NOW - timedelta(hours=i % 50),
                                    "records_affected": 1, "categories": "[]"} for i in range(n)])
    tab = BreachesTab(acting)
    return tab, lambda: tab.entries_model


def _inquiries(acting, n):
    _insert(acting, Inquiry, [{"received_at": NOW - timedelta(minutes=i), "channel": "in_person",
                               "question": f"سؤال {i}"} for i in range(n)])
    page = InquiriesPage(acting)
    return page, lambda: page.log_model


def _letters(acting, n):
    _insert(acting, IssuedLetter, [{"reference_number": f"ص/{i}", "kind": "acceptance", "issued_on": TODAY,
                                    "addressee": f"مستفيد {i}", "subject": "قرار", "body": "...",
                                    "verification_code": f"CODE-{i:05d}"} for i in range(n)])
    register = OutgoingRegister(acting)
    register.activate = register.refresh
    return register, lambda: register.letters_model


def _meetings(acting, n):
    _insert(acting, Committee, [{"name": "لجنة المساعدات", "quorum": 1}])
    _insert(acting, Meeting, [{"committee_id": 1, "number": f"1448/{i}", "held_on": TODAY - timedelta(days=i),
                               "status": "closed"} for i in range(n)])
    page = CommitteePage(acting)
    return page, lambda: page.meetings_model


def _sessions(acting, n):
    program = food_program(acting)
    _insert(acting, ProgramSession, [{"program_id": program, "name": f"دورة {i}", "starts_on": TODAY}
                                     for i in range(n)])
    widget = ProgramSessions(acting)
    widget.activate = lambda: widget.load(program)
    return widget, lambda: widget.sessions_model


def _surveys(acting, n):
    program = food_program(acting)
    _insert(acting, ProgramSession, [{"program_id": program, "name": "دورة", "starts_on": TODAY, "status": "ended"}])
    people = bulk_people(acting, n)
    _insert(acting, SurveyRequest, [{"session_id": 1, "program_id": program, "beneficiary_id": person,
                                     "questionnaire": "satisfaction"} for person in people])
    tab = PendingSurveysTab(acting)
    return tab, lambda: tab.surveys_model


def _survey_comments(acting, n):
    program = food_program(acting)
    _insert(acting, ProgramSession, [{"program_id": program, "name": "دورة", "starts_on": TODAY, "status": "ended"}])
    _insert(acting, SurveyResponse, [{"program_id": program, "session_id": 1, "questionnaire": "satisfaction",
                                      "answered_on": TODAY - timedelta(days=i % 30), "channel": "desk",
                                      "answers": "{}", "satisfied": True, "comment": f"ملاحظة {i}"}
                                     for i in range(n)])
    tab = SurveyResultsTab(acting)
    return tab, lambda: tab.comments_model


def _reverification(acting, n):
    bulk_people(acting, n)
    tab = ReverificationTab(acting)
    return tab, lambda: tab.due_model


def _my_visits(acting, n):
    people = bulk_people(acting, n)
    _insert(acting, HomeVisit, [{"beneficiary_id": person, "researcher_id": acting.actor.user_id,
                                 "scheduled_for": TODAY + timedelta(days=i % 20)} for i, person in enumerate(people)])
    dialog = MyVisitsDialog(acting)
    dialog.activate = dialog.reload
    return dialog, lambda: dialog.visits_model


def _legal_holds(acting, n):
    bulk_people(acting, n, legal_hold=True, legal_hold_reason="مطالبة قضائية")
    tab = RetentionTab(acting)
    return tab, lambda: tab.holds_model


def _retention_flags(acting, n):
    _insert(acting, RetentionRun, [{"as_of": TODAY}])
    _insert(acting, RetentionFlag, [{"run_id": 1, "category": "audit", "record_id": i, "relevant_on": TODAY}
                                    for i in range(n)])
    tab = RetentionTab(acting)
    return tab, lambda: tab.flags_model


def _destructions(acting, n):
    _insert(acting, DestructionRecord, [{"category": "contact_log", "action": "deleted", "record_count": i,
                                         "years": 5, "cutoff": TODAY} for i in range(n)])
    tab = RetentionTab(acting)
    return tab, lambda: tab.destructions_model


LISTS = {"complaints": _complaints, "data requests": _data_requests, "breaches": _breaches,
         "inquiries": _inquiries, "letters register": _letters, "meetings": _meetings,
         "program sessions": _sessions, "surveys owed": _surveys, "survey comments": _survey_comments, "re-verification": _reverification,
         "my home visits": _my_visits, "legal holds": _legal_holds, "retention flags": _retention_flags,
         "destruction records": _destructions}


@pytest.mark.parametrize("name", list(LISTS))
def test_the_list_is_read_a_page_at_a_time(gui_app, qtbot, services, admin, name):
    acting = services.acting_as(admin)
    size = 250
    screen, model_of = LISTS[name](acting, size)
    if not isinstance(screen, QDialog):
        qtbot.addWidget(screen)
    assert isinstance(screen, QWidget)
    screen.activate()
    model = model_of()
    page = model.page_size
    assert model.rowCount() == page < size
    assert model.total == size  # counted in SQL, not from the rows read
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * page
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == size
    ids = [model.row_id(row) for row in range(size)]
    assert len(set(ids)) == size  # each page continued after the last, no row twice
    if isinstance(screen, QDialog):
        screen.deleteLater()
