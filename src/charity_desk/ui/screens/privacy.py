"""Privacy (PDPL): the registers an administrator keeps — data-subject requests, breaches — and the
privacy notice shown at intake. Each tab is a widget with ``activate()``; ``add_tab`` adds one more.

Only the tab in front is built when the page is first shown; each other one when it is opened."""

from __future__ import annotations

from importlib import import_module

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from charity_desk.services.registry import ActorServices
from charity_desk.ui.widgets.lazy_tabs import LazyTabs


class PrivacyPage(QWidget):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self.services = services
        title = QLabel(self.tr("Privacy and personal data"))
        title.setObjectName("pageTitle")
        self.tabs = LazyTabs()
        for key, name, module, widget in (
                ("requests", self.tr("Data requests"), "privacy_requests", "DataRequestsTab"),
                ("breaches", self.tr("Breaches"), "privacy_breaches", "BreachesTab"),
                ("notice", self.tr("Privacy notice"), "privacy_notice_tab", "PrivacyNoticeTab"),
                ("retention", self.tr("Retention"), "privacy_retention", "RetentionTab")):
            self.tabs.add_lazy(key, name, lambda m=module, w=widget: getattr(
                import_module(f"charity_desk.ui.screens.{m}"), w)(services))
        self.tabs.currentChanged.connect(self.activate)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)

    @property
    def requests(self):
        return self.tabs.tab("requests")

    @property
    def breaches(self):
        return self.tabs.tab("breaches")

    @property
    def notice(self):
        return self.tabs.tab("notice")

    @property
    def retention(self):
        return self.tabs.tab("retention")

    def add_tab(self, tab: QWidget, title: str) -> QWidget:
        """Add a tab (any widget with an ``activate()`` method), built already; returns it."""
        self.tabs.addTab(tab, title)
        return tab

    def activate(self, *_args) -> None:
        self.tabs.currentWidget().activate()
