"""The services the screens and the command line use, built once over one database.

Each service module is imported when its property is first read, so start-up (the sign-in window)
and a short command pay only for the services they use.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from charity_desk.services.actor import Actor
from charity_desk.services.permission_guard import guarded

if TYPE_CHECKING:
    from charity_desk.db.engine import Database
    from charity_desk.services.applications import ApplicationService
    from charity_desk.services.appointments import AppointmentService
    from charity_desk.services.association import AssociationService
    from charity_desk.services.audit_search import AuditSearchService
    from charity_desk.services.audit_verify import AuditVerifyService
    from charity_desk.services.auth import AuthService
    from charity_desk.services.backups import BackupService
    from charity_desk.services.beneficiaries import BeneficiaryService
    from charity_desk.services.beneficiary_file import BeneficiaryFileService
    from charity_desk.services.board_reports import BoardReportService
    from charity_desk.services.breaches import BreachService
    from charity_desk.services.committees import CommitteeService
    from charity_desk.services.complaints import ComplaintService
    from charity_desk.services.dashboard import DashboardService
    from charity_desk.services.data_requests import DataRequestService
    from charity_desk.services.delivery import DeliveryService
    from charity_desk.services.duplicates import DuplicateService
    from charity_desk.services.eform_import import ApplicationImportService
    from charity_desk.services.exports import ExportService
    from charity_desk.services.file_edits import FileEditService
    from charity_desk.services.household_reports import HouseholdReportService
    from charity_desk.services.households import HouseholdService
    from charity_desk.services.inquiries import InquiryService
    from charity_desk.services.letters import LetterService
    from charity_desk.services.lists import ListService
    from charity_desk.services.meeting_documents import MeetingDocumentService
    from charity_desk.services.merge_files import MergeService
    from charity_desk.services.messages import MessageService
    from charity_desk.services.person_export import PersonExportService
    from charity_desk.services.privacy_notice import PrivacyNoticeService
    from charity_desk.services.programs import ProgramService
    from charity_desk.services.reach import ReachService
    from charity_desk.services.referrals import ReferralService
    from charity_desk.services.registration import RegistrationService
    from charity_desk.services.retention import RetentionService
    from charity_desk.services.reverification import ReverificationService
    from charity_desk.services.role_permissions import RolePermissionService
    from charity_desk.services.settings import SettingsService
    from charity_desk.services.setup import SetupService
    from charity_desk.services.surveys import SurveyService
    from charity_desk.services.tasks.reports import TaskReportService
    from charity_desk.services.tasks.service import TaskService
    from charity_desk.services.users import UserService
    from charity_desk.services.visits import VisitService


class Services:
    """Services that need no signed-in user."""

    def __init__(self, db: Database):
        self.db = db

    @cached_property
    def auth(self) -> AuthService:
        from charity_desk.services.auth import AuthService

        return AuthService(self.db)

    @cached_property
    def setup(self) -> SetupService:
        from charity_desk.services.setup import SetupService

        return SetupService(self.db)

    @cached_property
    def settings(self) -> SettingsService:
        from charity_desk.services.settings import SettingsService

        return SettingsService(self.db)

    def acting_as(self, actor: Actor) -> ActorServices:
        return ActorServices(self.db, actor)


class ActorServices:
    """Services acting for one signed-in user: each public method checks that user's permissions
    first (services.permission_guard: what each method needs is declared next to it), and every
    session they open carries the user, so the caseload rule filters each read and checks each write
    (services.caseload)."""

    def __init__(self, db: Database, actor: Actor):
        from charity_desk.services.caseload import ActorDatabase

        self.db = ActorDatabase(db, actor)
        self.actor = actor

    @cached_property
    def beneficiaries(self) -> BeneficiaryService:
        from charity_desk.services.beneficiaries import BeneficiaryService

        return guarded(BeneficiaryService)(self.db, self.actor)

    @cached_property
    def users(self) -> UserService:
        from charity_desk.services.users import UserService

        return guarded(UserService)(self.db, self.actor)

    @cached_property
    def backups(self) -> BackupService:
        from charity_desk.services.backups import BackupService

        return guarded(BackupService)(self.db, self.actor)

    @cached_property
    def audit_verify(self) -> AuditVerifyService:
        from charity_desk.services.audit_verify import AuditVerifyService

        return guarded(AuditVerifyService)(self.db, self.actor)

    @cached_property
    def audit_search(self) -> AuditSearchService:
        from charity_desk.services.audit_search import AuditSearchService

        return guarded(AuditSearchService)(self.db, self.actor)

    @cached_property
    def role_permissions(self) -> RolePermissionService:
        from charity_desk.services.role_permissions import RolePermissionService

        return guarded(RolePermissionService)(self.db, self.actor)

    @cached_property
    def registration(self) -> RegistrationService:
        from charity_desk.services.registration import RegistrationService

        return guarded(RegistrationService)(self.db, self.actor)

    @cached_property
    def files(self) -> BeneficiaryFileService:
        from charity_desk.services.beneficiary_file import BeneficiaryFileService

        return guarded(BeneficiaryFileService)(self.db, self.actor)

    @cached_property
    def file_edits(self) -> FileEditService:
        from charity_desk.services.file_edits import FileEditService

        return guarded(FileEditService)(self.db, self.actor)

    @cached_property
    def households(self) -> HouseholdService:
        from charity_desk.services.households import HouseholdService

        return guarded(HouseholdService)(self.db, self.actor)

    @cached_property
    def household_reports(self) -> HouseholdReportService:
        from charity_desk.services.household_reports import HouseholdReportService

        return guarded(HouseholdReportService)(self.db, self.actor)

    @cached_property
    def inquiries(self) -> InquiryService:
        from charity_desk.services.inquiries import InquiryService

        return guarded(InquiryService)(self.db, self.actor)

    @cached_property
    def programs(self) -> ProgramService:
        from charity_desk.services.programs import ProgramService

        return guarded(ProgramService)(self.db, self.actor)

    @cached_property
    def lists(self) -> ListService:
        """Every list that grows with the association, read a page at a time."""
        from charity_desk.services.lists import ListService

        return guarded(ListService)(self.db, self.actor)

    @cached_property
    def applications(self) -> ApplicationService:
        from charity_desk.services.applications import ApplicationService

        return guarded(ApplicationService)(self.db, self.actor)

    @cached_property
    def imports(self) -> ApplicationImportService:
        from charity_desk.services.eform_import import ApplicationImportService

        return guarded(ApplicationImportService)(self.db, self.actor)

    @cached_property
    def visits(self) -> VisitService:
        from charity_desk.services.visits import VisitService

        return guarded(VisitService)(self.db, self.actor)

    @cached_property
    def appointments(self) -> AppointmentService:
        from charity_desk.services.appointments import AppointmentService

        return guarded(AppointmentService)(self.db, self.actor)

    @cached_property
    def messages(self) -> MessageService:
        from charity_desk.services.messages import MessageService

        return guarded(MessageService)(self.db, self.actor)

    @cached_property
    def delivery(self) -> DeliveryService:
        from charity_desk.services.delivery import DeliveryService

        return guarded(DeliveryService)(self.db, self.actor)

    @cached_property
    def surveys(self) -> SurveyService:
        from charity_desk.services.surveys import SurveyService

        return guarded(SurveyService)(self.db, self.actor)

    @cached_property
    def complaints(self) -> ComplaintService:
        from charity_desk.services.complaints import ComplaintService

        return guarded(ComplaintService)(self.db, self.actor)

    @cached_property
    def reach(self) -> ReachService:
        from charity_desk.services.reach import ReachService

        return guarded(ReachService)(self.db, self.actor)

    @cached_property
    def reverification(self) -> ReverificationService:
        from charity_desk.services.reverification import ReverificationService

        return guarded(ReverificationService)(self.db, self.actor)

    @cached_property
    def dashboard(self) -> DashboardService:
        from charity_desk.services.dashboard import DashboardService

        return guarded(DashboardService)(self.db, self.actor)

    @cached_property
    def exports(self) -> ExportService:
        from charity_desk.services.exports import ExportService

        return guarded(ExportService)(self.db, self.actor)

    @cached_property
    def board_reports(self) -> BoardReportService:
        from charity_desk.services.board_reports import BoardReportService

        return guarded(BoardReportService)(self.db, self.actor)

    @cached_property
    def committees(self) -> CommitteeService:
        from charity_desk.services.committees import CommitteeService

        return guarded(CommitteeService)(self.db, self.actor)

    @cached_property
    def letters(self) -> LetterService:
        from charity_desk.services.letters import LetterService

        return guarded(LetterService)(self.db, self.actor)

    @cached_property
    def meeting_documents(self) -> MeetingDocumentService:
        from charity_desk.services.meeting_documents import MeetingDocumentService

        return guarded(MeetingDocumentService)(self.db, self.actor)

    @cached_property
    def referrals(self) -> ReferralService:
        from charity_desk.services.referrals import ReferralService

        return guarded(ReferralService)(self.db, self.actor)

    @cached_property
    def association(self) -> AssociationService:
        from charity_desk.services.association import AssociationService

        return guarded(AssociationService)(self.db, self.actor)

    @cached_property
    def privacy_notice(self) -> PrivacyNoticeService:
        from charity_desk.services.privacy_notice import PrivacyNoticeService

        return guarded(PrivacyNoticeService)(self.db, self.actor)

    @cached_property
    def data_requests(self) -> DataRequestService:
        from charity_desk.services.data_requests import DataRequestService

        return guarded(DataRequestService)(self.db, self.actor)

    @cached_property
    def breaches(self) -> BreachService:
        from charity_desk.services.breaches import BreachService

        return guarded(BreachService)(self.db, self.actor)

    @cached_property
    def retention(self) -> RetentionService:
        from charity_desk.services.retention import RetentionService

        return guarded(RetentionService)(self.db, self.actor)

    @cached_property
    def merges(self) -> MergeService:
        """Merging duplicate files, the merges made, their undo and their figures."""
        from charity_desk.services.merge_files import MergeService

        return guarded(MergeService)(self.db, self.actor)

    @cached_property
    def person_export(self) -> PersonExportService:
        from charity_desk.services.person_export import PersonExportService

        return guarded(PersonExportService)(self.db, self.actor)

    @cached_property
    def tasks(self) -> TaskService:
        """My work today: one's tasks, tasks given to colleagues, the team's load for a supervisor."""
        from charity_desk.services.tasks.service import TaskService

        return guarded(TaskService)(self.db, self.actor)

    @cached_property
    def duplicates(self) -> DuplicateService:
        """Suspected duplicate files: compare, dismiss, scan; candidates at the desk."""
        from charity_desk.services.duplicates import DuplicateService

        return guarded(DuplicateService)(self.db, self.actor)

    @cached_property
    def task_reports(self) -> TaskReportService:
        """Tasks done on time per person and kind, and how long they took."""
        from charity_desk.services.tasks.reports import TaskReportService

        return guarded(TaskReportService)(self.db, self.actor)
