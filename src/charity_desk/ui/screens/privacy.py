"""Privacy (PDPL): the registers an administrator keeps — data-subject requests, breaches — and the
privacy notice shown at intake. Each tab is a widget with ``activate()``; ``add_tab`` adds one more."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from charity_desk.services.registry import ActorServices
from charity_desk.ui.screens.privacy_breaches import BreachesTab
from charity_desk.ui.screens.privacy_notice_tab import PrivacyNoticeTab
from charity_desk.ui.screens.privacy_requests import DataRequestsTab
from charity_desk.ui.screens.privacy_retention import RetentionTab


class PrivacyPage(QWidget):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self.services = services
        title = QLabel(self.tr("Privacy and personal data"))
        title.setObjectName("pageTitle")
        self.tabs = QTabWidget()
        self.requests = self.add_tab(DataRequestsTab(services), self.tr("Data requests"))
        self.breaches = self.add_tab(BreachesTab(services), self.tr("Breaches"))
        self.notice = self.add_tab(PrivacyNoticeTab(services), self.tr("Privacy notice"))
        self.retention = self.add_tab(RetentionTab(services), self.tr("Retention"))
        self.tabs.currentChanged.connect(self.activate)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)

    def add_tab(self, tab: QWidget, title: str) -> QWidget:
        """Add a tab (any widget with an ``activate()`` method); returns it."""
        self.tabs.addTab(tab, title)
        return tab

    def activate(self, *_args) -> None:
        self.tabs.currentWidget().activate()
