"""Every table, imported here so that ``Base.metadata`` knows them all."""

from charity_desk.db.models.applications import (
    Application,
    ApplicationTransition,
    ChecklistItem,
    HomeVisit,
    VisitPhoto,
)
from charity_desk.db.models.appointments import Appointment, MessageTemplate, SentMessage
from charity_desk.db.models.association import AssociationProfile, Setting
from charity_desk.db.models.audit import AuditEntry
from charity_desk.db.models.beneficiaries import Beneficiary
from charity_desk.db.models.committee import Committee, CommitteeMember, Decision, Meeting, MeetingAttendance
from charity_desk.db.models.contacts import AnswerTemplate, ContactEntry, Inquiry
from charity_desk.db.models.correspondence import (
    Disclosure,
    IssuedLetter,
    LetterTemplate,
    PartnerAssociation,
    Referral,
)
from charity_desk.db.models.dashboard_counters import (
    ApplicationDayTotal,
    ApplicationMonthTotal,
    DeliveryDayTotal,
    InquiryDayTotal,
    ServedPerson,
)
from charity_desk.db.models.duplicates import DuplicateKey, DuplicatePair
from charity_desk.db.models.feedback import Complaint, ReachFigure, SurveyRequest, SurveyResponse
from charity_desk.db.models.household import FamilyMember, HealthRecord, Housing, MoneyItem, NeedsAssessment
from charity_desk.db.models.households import DoubleBenefitOverride, HouseholdLink, HouseholdMembership
from charity_desk.db.models.merges import FileMerge
from charity_desk.db.models.privacy import (
    BreachRecord,
    DataSubjectRequest,
    NoticeAcknowledgement,
    PrivacyNotice,
)
from charity_desk.db.models.programs import Program, ProgramInstructions, ProgramRequirement
from charity_desk.db.models.records import DocumentContent, FieldChange, StoredDocument
from charity_desk.db.models.retention import DestructionRecord, RetentionFlag, RetentionRule, RetentionRun
from charity_desk.db.models.reverification_counts import ConfirmationDayTotal
from charity_desk.db.models.services_delivery import Enrolment, ProgramSession, ServiceDelivery
from charity_desk.db.models.tasks import ManualTask
from charity_desk.db.models.users import RolePermission, SignInThrottle, UserAccount

__all__ = [
    "ApplicationDayTotal",
    "ApplicationMonthTotal",
    "ConfirmationDayTotal",
    "DeliveryDayTotal",
    "InquiryDayTotal",
    "ServedPerson",
    "Appointment",
    "MessageTemplate",
    "SentMessage",
    "BreachRecord",
    "DataSubjectRequest",
    "NoticeAcknowledgement",
    "PrivacyNotice",
    "Application",
    "ApplicationTransition",
    "ChecklistItem",
    "Committee",
    "Complaint",
    "Enrolment",
    "CommitteeMember",
    "Decision",
    "DestructionRecord",
    "Disclosure",
    "DuplicateKey",
    "DuplicatePair",
    "IssuedLetter",
    "LetterTemplate",
    "Meeting",
    "MeetingAttendance",
    "PartnerAssociation",
    "Referral",
    "RetentionFlag",
    "RetentionRule",
    "RetentionRun",
    "HomeVisit",
    "Program",
    "ProgramSession",
    "ReachFigure",
    "ServiceDelivery",
    "SurveyRequest",
    "SurveyResponse",
    "ProgramInstructions",
    "ProgramRequirement",
    "VisitPhoto",
    "AnswerTemplate",
    "AssociationProfile",
    "AuditEntry",
    "Beneficiary",
    "ContactEntry",
    "DocumentContent",
    "FamilyMember",
    "DoubleBenefitOverride",
    "HouseholdLink",
    "HouseholdMembership",
    "FieldChange",
    "FileMerge",
    "HealthRecord",
    "Housing",
    "Inquiry",
    "MoneyItem",
    "NeedsAssessment",
    "ManualTask",
    "Setting",
    "StoredDocument",
    "RolePermission",
    "SignInThrottle",
    "UserAccount",
]
