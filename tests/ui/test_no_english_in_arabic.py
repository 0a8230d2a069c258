"""In Arabic, nothing on screen is in English: every navigation page (and each of its tabs, with the
first row of its lists chosen), every tab of a beneficiary's file and every dialog, on demo data.

A Latin word fails the test unless it is on a short list of names written in Latin everywhere
(Excel, PDF, QR, file formats, keyboard shortcuts, the name of the English language), or is a code the
association typed itself (a user name, a program's or a required document's code), a letter's
verification code, an e-mail or web address, or the database's address.
"""

from __future__ import annotations

import re
from datetime import date, time, timedelta
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableWidget, QTabWidget
from visible_text import visible_texts

from charity_desk.domain.application_flow import State
from charity_desk.services.breaches import BreachInput
from charity_desk.services.committees import DecisionInput, MemberInput
from charity_desk.services.complaints import ComplaintInput
from charity_desk.services.data_requests import DataRequestInput
from charity_desk.services.demo import generate_demo
from charity_desk.services.demo_activity import add_demo_activity
from charity_desk.ui.main_window import MainWindow

ALLOWED = {"excel", "pdf", "qr", "csv", "xlsx", "json", "png", "jpeg", "jpg", "sha-256", "ctrl", "shift", "alt",
           "esc", "english"}
_NOT_WORDS = re.compile(r"\S+://\S+|www\.\S+|\S+@\S+|(?:[A-Za-z]:)?[/\\]\S+"  # addresses and paths
                        r"|(?:Ctrl|Shift|Alt)\+\w+"  # keyboard shortcuts
                        r"|\b[A-Z0-9X]{4}-[A-Z0-9X]{4}\b")  # letter verification codes
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_]*(?:['-][A-Za-z0-9_]+)*")


def latin_words(texts: list[tuple[str, str]], own_codes: set[str]) -> list[tuple[str, str, list[str]]]:
    found = []
    for where, text in texts:
        words = [w for w in _WORD.findall(_NOT_WORDS.sub(" ", text))
                 if w.lower() not in ALLOWED and w not in own_codes]
        if words:
            found.append((where, text[:120], words))
    return found


@pytest.fixture
def demo(services, admin):
    """A small demo association: people, applications, a year of activity, meetings and registers."""
    acting = services.acting_as(admin)
    generate_demo(services.db, admin, 120, seed=3)
    add_demo_activity(services.db, admin, seed=3)
    committee = acting.committees.save_committee("لجنة المساعدات", 2, [
        MemberInput("أحمد السالم", "رئيس اللجنة", "chair"), MemberInput("نورة القحطاني", "عضو"),
        MemberInput("خالد الدوسري", "عضو")])
    ready = acting.applications.queue(frozenset({State.READY_FOR_COMMITTEE}), limit=1)
    closed = acting.committees.open_meeting(committee, date.today() - timedelta(days=7), "مقر الجمعية", time(10))
    acting.committees.set_attendance(closed, {m.id: True for m in acting.committees.meeting(closed).members})
    acting.committees.record_decision(closed, ready[0].id, DecisionInput(
        "accepted", amount=Decimal("1500"), duration_months=6, votes_for=3, votes_against=0, votes_abstain=0))
    acting.committees.close_meeting(closed)
    acting.letters.issue_for_meeting(closed)
    acting.committees.open_meeting(committee, date.today(), "مقر الجمعية", time(11, 30))
    people = acting.beneficiaries.page(None, 2)
    acting.data_requests.receive(DataRequestInput("copy", date.today() - timedelta(days=3), people[0].id,
                                                  details="نسخة من ملفه", identity_how="أصل الهوية الوطنية"))
    acting.breaches.record(BreachInput("فقدان قرص نسخ احتياطي", datetime_hours_ago(30), 120, ("identity",),
                                       "تغيير كلمات المرور"))
    return acting


def datetime_hours_ago(hours: int):
    from datetime import UTC, datetime

    return datetime.now(UTC) - timedelta(hours=hours)


def _settle(qtbot, page=None) -> None:
    QApplication.processEvents()
    if page is not None and hasattr(page, "busy"):
        qtbot.waitUntil(lambda: not page.busy, timeout=20_000)
    qtbot.wait(20)


def _choose_first_rows(root) -> None:
    for view in root.findChildren(QAbstractItemView):
        if view.isVisibleTo(root) and view.model() is not None and view.model().rowCount() > 0:
            if isinstance(view, QTableWidget):
                view.setCurrentCell(0, 0)
            else:
                view.setCurrentIndex(view.model().index(0, 0))


def _walk_tabs(qtbot, window, label: str, problems: list, user_names: set[str]) -> None:
    problems += [(label, *p) for p in latin_words(visible_texts(window), user_names)]
    for tabs in window.findChildren(QTabWidget):
        if not tabs.isVisibleTo(window):
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            _settle(qtbot)
            _choose_first_rows(tabs.currentWidget())
            _settle(qtbot)
            where = f"{label} › {tabs.tabText(index)}"
            problems += [(where, *p) for p in latin_words(visible_texts(window), user_names)]


def test_every_page_tab_and_dialog_is_arabic_only(gui_app, qtbot, services, admin, demo):
    user_names = {u.username for u in demo.users.list()}
    for program in demo.programs.list():
        user_names |= {program.code, *(r.code for r in program.requirements)}
    window = MainWindow(services, demo, services.setup.association_name(), "ar", 3_600_000)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    problems: list = []
    for key, page in window.pages.items():
        window.show_page(key)
        _settle(qtbot, page)
        _choose_first_rows(page)
        _settle(qtbot, page)
        _walk_tabs(qtbot, window, f"page {key}", problems, user_names)

    window.open_file(demo.beneficiaries.page(None, 1)[0].id)
    _settle(qtbot)
    _walk_tabs(qtbot, window, "file", problems, user_names)

    for name, dialog in _dialogs(demo, services, window):
        dialog.show()
        _settle(qtbot)
        problems += [(f"dialog {name}", *p) for p in latin_words(visible_texts(dialog), user_names)]
        dialog.reject()
    assert not problems, "\n".join(f"{where}: {who}: {text!r} {words}" for where, who, text, words in problems)


def _dialogs(acting, services, window):
    """Each dialog of the application, made as its screen makes it, with demo records to show."""
    from charity_desk.ui.dialogs.breach import NewBreachDialog
    from charity_desk.ui.dialogs.breach_follow_up import BreachReportDialog, CloseBreachDialog
    from charity_desk.ui.dialogs.close_complaint import CloseComplaintDialog
    from charity_desk.ui.dialogs.data_request import NewDataRequestDialog
    from charity_desk.ui.dialogs.data_request_follow_up import CloseDataRequestDialog, ExtendDataRequestDialog
    from charity_desk.ui.dialogs.enrol_session import EnrolSessionDialog
    from charity_desk.ui.dialogs.export_list import ExportListDialog
    from charity_desk.ui.dialogs.export_person import ExportPersonDialog
    from charity_desk.ui.dialogs.family_member import FamilyMemberDialog
    from charity_desk.ui.dialogs.first_run import FirstRunDialog
    from charity_desk.ui.dialogs.import_applications import ImportApplicationsDialog
    from charity_desk.ui.dialogs.login import LoginDialog
    from charity_desk.ui.dialogs.my_visits import MyVisitsDialog
    from charity_desk.ui.dialogs.new_application import NewApplicationDialog
    from charity_desk.ui.dialogs.new_complaint import NewComplaintDialog
    from charity_desk.ui.dialogs.new_meeting import NewMeetingDialog
    from charity_desk.ui.dialogs.new_session import NewSessionDialog
    from charity_desk.ui.dialogs.new_user import NewUserDialog
    from charity_desk.ui.dialogs.partner import PartnerDialog
    from charity_desk.ui.dialogs.privacy_notice_text import PrivacyNoticeTextDialog
    from charity_desk.ui.dialogs.record_delivery import RecordDeliveryDialog
    from charity_desk.ui.dialogs.referral import ReferralDialog
    from charity_desk.ui.dialogs.referral_outcome import ReferralOutcomeDialog
    from charity_desk.ui.dialogs.supervisor_approval import SupervisorApprovalDialog
    from charity_desk.ui.dialogs.survey_form import SurveyFormDialog
    from charity_desk.ui.dialogs.verify_letter import VerifyLetterDialog
    from charity_desk.ui.dialogs.visit_report import VisitReportDialog
    from charity_desk.ui.dialogs.walk_in import WalkInDialog

    person = acting.beneficiaries.page(None, 1)[0].id
    program = acting.programs.list()[0].id
    acting.complaints.receive(ComplaintInput("complaint", "in_person", "delay", "تأخر صرف المساعدة"))
    accepted = acting.applications.queue(frozenset({State.ACCEPTED}), limit=1)
    visits = [v for application in acting.applications.queue(frozenset({State.VISIT_REQUESTED}), limit=5)
              for v in acting.applications.view(application.id).visits if v.status == "scheduled"]
    referrals = [r for p in acting.beneficiaries.page(None, 40) for r in acting.referrals.for_beneficiary(p.id)]
    pending = acting.surveys.pending()
    yield "walk-in", WalkInDialog(services, acting, window)
    yield "new application", NewApplicationDialog(acting, person, window)
    yield "family member", FamilyMemberDialog(acting, person, parent=window)
    yield "record delivery", RecordDeliveryDialog(acting, person, window)
    yield "referral", ReferralDialog(acting, person, parent=window)
    yield "export person", ExportPersonDialog(acting, person, "مستفيد", window)
    yield "export list", ExportListDialog(acting, window)
    yield "import applications", ImportApplicationsDialog(acting, window)
    yield "my visits", MyVisitsDialog(acting, window)
    yield "new complaint", NewComplaintDialog(acting, window)
    yield "new meeting", NewMeetingDialog(acting.committees, window)
    yield "new session", NewSessionDialog(acting, program, window)
    yield "new user", NewUserDialog(acting.users, window)
    yield "partner", PartnerDialog(acting, window)
    yield "privacy notice", PrivacyNoticeTextDialog(acting.privacy_notice.current(), window)
    yield "verify letter", VerifyLetterDialog(acting.letters, window)
    yield "data request", NewDataRequestDialog(acting, window)
    yield "extend data request", ExtendDataRequestDialog(acting, acting.data_requests.list()[0], window)
    yield "close data request", CloseDataRequestDialog(acting, acting.data_requests.list()[0], window)
    yield "breach", NewBreachDialog(acting, window)
    yield "breach report", BreachReportDialog(acting, acting.breaches.list()[0], window)
    yield "close breach", CloseBreachDialog(acting, acting.breaches.list()[0], window)
    yield "close complaint", CloseComplaintDialog(acting, acting.complaints.list()[0], window)
    yield "supervisor approval", SupervisorApprovalDialog(services.auth, acting.actor, window)
    yield "login", LoginDialog(services.auth, services.setup.association_name())
    yield "first run", FirstRunDialog(services.setup, services.setup.state())
    if accepted:
        yield "enrol", EnrolSessionDialog(acting, acting.applications.view(accepted[0].id), window)
    if visits:
        yield "visit report", VisitReportDialog(acting, visits[0].id, visits[0].version, window)
    if referrals:
        yield "referral outcome", ReferralOutcomeDialog(acting, referrals[0], window)
    if pending:
        yield "survey", SurveyFormDialog(acting, pending[0], window)
