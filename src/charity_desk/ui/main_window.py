"""The main window: navigation on the start side, the current page, and the idle lock."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from charity_desk.domain.roles import ROLE_LABELS, Permission
from charity_desk.i18n import translate
from charity_desk.services.registry import ActorServices, Services
from charity_desk.ui.dialogs.walk_in import WalkInDialog
from charity_desk.ui.idle_lock import IdleWatcher
from charity_desk.ui.screens.applications import ApplicationsPage
from charity_desk.ui.screens.audit import AuditPage
from charity_desk.ui.screens.beneficiaries import BeneficiariesPage
from charity_desk.ui.screens.beneficiary_file import BeneficiaryFilePage
from charity_desk.ui.screens.committee import CommitteePage
from charity_desk.ui.screens.dashboard import DashboardPage
from charity_desk.ui.screens.front_desk import FrontDeskPage
from charity_desk.ui.screens.inquiries import InquiriesPage
from charity_desk.ui.screens.privacy import PrivacyPage
from charity_desk.ui.screens.programs import ProgramsPage
from charity_desk.ui.screens.settings import SettingsPage
from charity_desk.ui.screens.surveys import SurveysPage
from charity_desk.ui.widgets.lock_screen import LockScreen


class MainWindow(QMainWindow):
    sign_out_requested = Signal()
    language_changed = Signal(str)

    def __init__(
        self,
        services: Services,
        actor_services: ActorServices,
        association_name: str,
        language: str,
        idle_timeout_ms: int,
        parent=None,
    ):
        super().__init__(parent)
        self._services = services
        self._actor_services = actor_services
        actor = actor_services.actor
        self.setWindowTitle(self.tr("Charity Desk — {name}").format(name=association_name))
        self.resize(1200, 760)

        self.pages: dict[str, QWidget] = {}
        self._hidden_dialogs: list[QDialog] = []
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(210)
        self.stack = QStackedWidget()
        front_desk = FrontDeskPage(actor_services)
        front_desk.open_requested.connect(self.open_file)
        front_desk.new_walk_in_requested.connect(self.new_walk_in)
        beneficiaries = BeneficiariesPage(actor_services)
        beneficiaries.open_requested.connect(self.open_file)
        self._add_page("front_desk", self.tr("Front desk"), front_desk)
        self._add_page("beneficiaries", self.tr("Beneficiaries"), beneficiaries)
        self._add_page("inquiries", self.tr("Inquiries"), InquiriesPage(actor_services))
        self._add_page("applications", self.tr("Applications"), ApplicationsPage(actor_services))
        self._add_page("committee", self.tr("Committee"), CommitteePage(actor_services))
        self._add_page("programs", self.tr("Programs"), ProgramsPage(actor_services))
        self._add_page("surveys", self.tr("Surveys"), SurveysPage(actor_services))
        if actor.can(Permission.REPORTS_VIEW):
            self._add_page("reports", self.tr("Reports"), DashboardPage(actor_services))
        if actor.can(Permission.PRIVACY_MANAGE):
            self._add_page("privacy", self.tr("Privacy"), PrivacyPage(actor_services))
        if actor.can(Permission.SETTINGS_MANAGE):
            self._add_page("audit", self.tr("Audit"), AuditPage(actor_services))
        settings = SettingsPage(services, actor_services, language)
        settings.language_changed.connect(self.language_changed)
        self._add_page("settings", self.tr("Settings"), settings)
        self.nav.currentRowChanged.connect(self._show_page)
        # The file page is reached from a search or a list, not from the navigation.
        self.file_page = BeneficiaryFilePage(actor_services)
        self.file_page.back_requested.connect(lambda: self._show_page(self.nav.currentRow()))
        self.file_page.open_application.connect(self.open_application)
        self.stack.addWidget(self.file_page)

        header = QWidget()
        header.setObjectName("header")
        who = QLabel(f"{actor.full_name} — {translate('Roles', ROLE_LABELS[actor.role])}")
        name = QLabel(association_name)
        name.setObjectName("associationName")
        lock = QPushButton(self.tr("Lock"))
        lock.clicked.connect(self.lock)
        sign_out = QPushButton(self.tr("Sign out"))
        sign_out.clicked.connect(self.sign_out_requested)
        header_layout = QHBoxLayout(header)
        header_layout.addWidget(name)
        header_layout.addStretch()
        header_layout.addWidget(who)
        header_layout.addWidget(lock)
        header_layout.addWidget(sign_out)

        workspace = QWidget()
        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        workspace_layout = QVBoxLayout(workspace)
        workspace_layout.addWidget(header)
        workspace_layout.addLayout(body, 1)

        self.lock_screen = LockScreen(services.auth, actor)
        self.lock_screen.unlocked.connect(self.unlock)
        self.lock_screen.sign_out_requested.connect(self.sign_out_requested)
        self.root = QStackedWidget()
        self.root.addWidget(workspace)
        self.root.addWidget(self.lock_screen)
        self.setCentralWidget(self.root)
        self.statusBar().showMessage(
            self.tr("Database: {where}").format(where=services.db.url.split("@")[-1])
        )

        self.idle = IdleWatcher(_application(), idle_timeout_ms, self)
        self.idle.idle.connect(self.lock)
        self.nav.setCurrentRow(0)

    def _add_page(self, key: str, title: str, page: QWidget) -> None:
        self.pages[key] = page
        self.nav.addItem(title)
        self.stack.addWidget(page)

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        self.stack.currentWidget().activate()

    def open_file(self, beneficiary_id: int) -> None:
        if self.file_page.show_file(beneficiary_id):
            self.stack.setCurrentWidget(self.file_page)

    def open_application(self, application_id: int) -> None:
        self.show_page("applications")
        self.pages["applications"].show_application(application_id)

    def new_walk_in(self) -> WalkInDialog:
        dialog = WalkInDialog(self._services, self._actor_services, self)
        dialog.open_file.connect(self.open_file)
        dialog.open()
        return dialog

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(list(self.pages).index(key))

    @property
    def is_locked(self) -> bool:
        return self.root.currentWidget() is self.lock_screen

    def lock(self) -> None:
        """Hide every piece of data, open dialogs included, until the password is entered again."""
        self.idle.pause()
        self._hidden_dialogs = [d for d in self.findChildren(QDialog) if d.isVisible()]
        for dialog in self._hidden_dialogs:
            dialog.hide()
        self.root.setCurrentWidget(self.lock_screen)
        self.lock_screen.prepare()

    def unlock(self) -> None:
        self.root.setCurrentIndex(0)
        self.idle.restart()
        for dialog in self._hidden_dialogs:
            dialog.show()
        self._hidden_dialogs = []
        self.stack.currentWidget().activate()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.idle.stop()
        super().closeEvent(event)


def _application():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()
