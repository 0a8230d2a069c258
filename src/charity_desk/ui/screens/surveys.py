"""Surveys and feedback: the surveys owed, their results, complaints and suggestions, indirect reach
and the annual re-verification of files — everything that tells the association how it serves.

Only the tab in front is built when the page is first shown; each other one when it is opened."""

from __future__ import annotations

from importlib import import_module

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from charity_desk.domain.roles import Permission
from charity_desk.services.registry import ActorServices
from charity_desk.ui.widgets.lazy_tabs import LazyTabs


def _tab(module: str, name: str, services: ActorServices):
    """A builder of one tab, its module imported when the tab is first built."""
    return lambda: getattr(import_module(f"charity_desk.ui.screens.{module}"), name)(services)


class SurveysPage(QWidget):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        title = QLabel(self.tr("Surveys and feedback"))
        title.setObjectName("pageTitle")
        # Results and reach figures are reports: only the roles that may see reports get them.
        reports = services.actor.can(Permission.REPORTS_VIEW)
        self.tabs = LazyTabs()
        for key, name, module, widget, shown in (
                ("pending", self.tr("Pending surveys"), "surveys_pending", "PendingSurveysTab", True),
                ("results", self.tr("Results"), "survey_results", "SurveyResultsTab", reports),
                ("complaints", self.tr("Complaints and suggestions"), "complaints_tab", "ComplaintsTab", True),
                ("reach", self.tr("Indirect reach"), "reach_tab", "ReachTab", reports),
                ("reverification", self.tr("Re-verification"), "reverification_tab", "ReverificationTab", True)):
            if shown:
                self.tabs.add_lazy(key, name, _tab(module, widget, services))
        self.tabs.currentChanged.connect(self.activate)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)

    def _page(self, key: str):
        return self.tabs.tab(key) if self.tabs.has(key) else None

    @property
    def pending(self):
        return self._page("pending")

    @property
    def results(self):
        return self._page("results")

    @property
    def complaints(self):
        return self._page("complaints")

    @property
    def reach(self):
        return self._page("reach")

    @property
    def reverification(self):
        return self._page("reverification")

    def activate(self, *_args) -> None:
        self.tabs.currentWidget().activate()
