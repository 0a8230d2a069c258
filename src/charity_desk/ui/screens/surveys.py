"""Surveys and feedback: the surveys owed, their results, complaints and suggestions, indirect reach
and the annual re-verification of files — everything that tells the association how it serves."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from charity_desk.domain.roles import Permission
from charity_desk.services.registry import ActorServices
from charity_desk.ui.screens.complaints_tab import ComplaintsTab
from charity_desk.ui.screens.reach_tab import ReachTab
from charity_desk.ui.screens.reverification_tab import ReverificationTab
from charity_desk.ui.screens.survey_results import SurveyResultsTab
from charity_desk.ui.screens.surveys_pending import PendingSurveysTab


class SurveysPage(QWidget):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        title = QLabel(self.tr("Surveys and feedback"))
        title.setObjectName("pageTitle")
        # Results and reach figures are reports: only the roles that may see reports get them.
        reports = services.actor.can(Permission.REPORTS_VIEW)
        self.pending = PendingSurveysTab(services)
        self.results = SurveyResultsTab(services) if reports else None
        self.complaints = ComplaintsTab(services)
        self.reach = ReachTab(services) if reports else None
        self.reverification = ReverificationTab(services)
        self.tabs = QTabWidget()
        for tab, name in ((self.pending, self.tr("Pending surveys")), (self.results, self.tr("Results")),
                          (self.complaints, self.tr("Complaints and suggestions")),
                          (self.reach, self.tr("Indirect reach")), (self.reverification, self.tr("Re-verification"))):
            if tab is not None:
                self.tabs.addTab(tab, name)
        self.tabs.currentChanged.connect(self.activate)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)

    def activate(self, *_args) -> None:
        self.tabs.currentWidget().activate()
