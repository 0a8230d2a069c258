"""The screens to look at: a small demo association, and every dialog made as its screen makes it.

Shared by the test that no English shows in Arabic and by ``scripts/screenshots.py``.
"""

from __future__ import annotations

from datetime import date, time, timedelta
from decimal import Decimal

from charity_desk.domain.application_flow import State
from charity_desk.services.breaches import BreachInput
from charity_desk.services.committees import DecisionInput, MemberInput
from charity_desk.services.complaints import ComplaintInput
from charity_desk.services.data_requests import DataRequestInput
from charity_desk.services.demo import generate_demo
from charity_desk.services.demo_activity import add_demo_activity


def build_demo_association(services, admin):
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


def every_dialog(acting, services, window):
    """Each dialog of the application, made as its screen makes it, with demo records to show."""
    from charity_desk.ui.dialogs.book_appointment import BookAppointmentDialog
    from charity_desk.ui.dialogs.breach import NewBreachDialog
    from charity_desk.ui.dialogs.breach_follow_up import BreachReportDialog, CloseBreachDialog
    from charity_desk.ui.dialogs.change_password import ChangePasswordDialog, ResetPasswordDialog
    from charity_desk.ui.dialogs.close_complaint import CloseComplaintDialog
    from charity_desk.ui.dialogs.data_request import NewDataRequestDialog
    from charity_desk.ui.dialogs.data_request_follow_up import CloseDataRequestDialog, ExtendDataRequestDialog
    from charity_desk.ui.dialogs.enrol_session import EnrolSessionDialog
    from charity_desk.ui.dialogs.export_list import ExportListDialog
    from charity_desk.ui.dialogs.export_person import ExportPersonDialog
    from charity_desk.ui.dialogs.family_member import FamilyMemberDialog
    from charity_desk.ui.dialogs.first_run import FirstRunDialog
    from charity_desk.ui.dialogs.give_task import GiveTaskDialog
    from charity_desk.ui.dialogs.import_applications import ImportApplicationsDialog
    from charity_desk.ui.dialogs.login import LoginDialog
    from charity_desk.ui.dialogs.merge_files import MergeFilesDialog
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
    yield "book appointment", BookAppointmentDialog(acting, parent=window)
    yield "family member", FamilyMemberDialog(acting, person, parent=window)
    yield "record delivery", RecordDeliveryDialog(acting, person, window)
    yield "referral", ReferralDialog(acting, person, parent=window)
    yield "export person", ExportPersonDialog(acting, person, "مستفيد", window)
    yield "export list", ExportListDialog(acting, window)
    first, second = (p.id for p in acting.beneficiaries.page(None, 2))
    yield "merge files", MergeFilesDialog(acting.merges.compare(first, second), window)
    yield "import applications", ImportApplicationsDialog(acting, window)
    yield "my visits", MyVisitsDialog(acting, window)
    yield "give task", GiveTaskDialog(acting, window)
    yield "new complaint", NewComplaintDialog(acting, window)
    yield "new meeting", NewMeetingDialog(acting.committees, window)
    yield "new session", NewSessionDialog(acting, program, window)
    yield "new user", NewUserDialog(acting.users, window)
    yield "change password", ChangePasswordDialog(acting.users, parent=window)
    yield "reset password", ResetPasswordDialog(acting.users, acting.users.list()[0], window)
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
