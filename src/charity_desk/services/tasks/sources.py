"""Every source of tasks, in the order their counts are shown.  A new kind adds its module and one line."""

from __future__ import annotations

from charity_desk.services.tasks.appointments import AppointmentTasks
from charity_desk.services.tasks.checklists import ChecklistTasks
from charity_desk.services.tasks.complaints import ComplaintTasks
from charity_desk.services.tasks.manual import ManualTasks
from charity_desk.services.tasks.meetings import MeetingTasks
from charity_desk.services.tasks.privacy import BreachTasks, DataRequestTasks
from charity_desk.services.tasks.referrals import ReferralTasks
from charity_desk.services.tasks.reverification import ReverificationTasks
from charity_desk.services.tasks.source import TaskSource
from charity_desk.services.tasks.surveys import SurveyTasks
from charity_desk.services.tasks.visits import VisitTasks

SOURCES: tuple[TaskSource, ...] = (
    ManualTasks(),
    VisitTasks(),
    ChecklistTasks(),
    ComplaintTasks(),
    DataRequestTasks(),
    BreachTasks(),
    MeetingTasks(),
    ReferralTasks(),
    SurveyTasks(),
    ReverificationTasks(),
    AppointmentTasks(),
)

