"""The main window: navigation on the start side, the current page, and the idle lock."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from importlib import import_module

from PySide6.QtCore import QTimer, Signal
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
from charity_desk.ui.formatting import show_number
from charity_desk.ui.gui_thread_gc import mark_long_lived
from charity_desk.ui.idle_lock import IdleWatcher
from charity_desk.ui.idle_steps import IdleSteps
from charity_desk.ui.widgets.lock_screen import LockScreen
from charity_desk.ui.widgets.task_reminder import REMINDER_INTERVAL_MS, TaskReminder


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

        self.pages = LazyPages()
        self._hidden_dialogs: list[QDialog] = []
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(210)
        self.stack = QStackedWidget()
        self._add_page("my_work", self.tr("My work today"), self._my_work)
        if actor.can(Permission.TEAM_SUPERVISE):
            self._add_page("team", self.tr("Team tasks"), self._team)
        self._add_page("front_desk", self.tr("Front desk"), self._front_desk)
        self._add_page("beneficiaries", self.tr("Beneficiaries"), self._beneficiaries)
        self._add_page("appointments", self.tr("Appointments"),
                       lambda: _screen("appointments", "AppointmentsPage")(actor_services))
        self._add_page("inquiries", self.tr("Inquiries"), lambda: _screen("inquiries", "InquiriesPage")(actor_services))
        self._add_page("applications", self.tr("Applications"),
                       lambda: _screen("applications", "ApplicationsPage")(actor_services))
        self._add_page("committee", self.tr("Committee"), lambda: _screen("committee", "CommitteePage")(actor_services))
        self._add_page("programs", self.tr("Programs"), lambda: _screen("programs", "ProgramsPage")(actor_services))
        self._add_page("surveys", self.tr("Surveys"), lambda: _screen("surveys", "SurveysPage")(actor_services))
        if actor.can(Permission.DUPLICATES_REVIEW):
            self._add_page("duplicates", self.tr("Duplicate files"),
                           lambda: _screen("duplicates_review", "DuplicatesReviewPage")(actor_services))
        if actor.can(Permission.REPORTS_VIEW):
            self._add_page("reports", self.tr("Reports"), lambda: _screen("dashboard", "DashboardPage")(actor_services))
        if actor.can(Permission.PRIVACY_MANAGE):
            self._add_page("privacy", self.tr("Privacy"), lambda: _screen("privacy", "PrivacyPage")(actor_services))
        if actor.can(Permission.SETTINGS_MANAGE):
            self._add_page("audit", self.tr("Audit"), lambda: _screen("audit", "AuditPage")(actor_services))
        self._add_page("settings", self.tr("Settings"), lambda: self._settings(language))
        self.nav.currentRowChanged.connect(self._show_page)
        self._file_page: QWidget | None = None
        #: The navigation entry a file was opened from (``_show_file_page``).
        self._row_before_file = 0

        header = QWidget()
        header.setObjectName("header")
        who = QLabel(f"{actor.full_name} — {translate('Roles', ROLE_LABELS[actor.role])}")
        name = QLabel(association_name)
        name.setObjectName("associationName")
        lock = QPushButton(self.tr("Lock"))
        lock.clicked.connect(self.lock)
        change_password = QPushButton(self.tr("Change password"))
        change_password.setObjectName("changePassword")
        change_password.clicked.connect(lambda: import_module("charity_desk.ui.dialogs.change_password")
                                        .change_own_password(actor_services.users, self))
        sign_out = QPushButton(self.tr("Sign out"))
        sign_out.clicked.connect(self.sign_out_requested)
        header_layout = QHBoxLayout(header)
        header_layout.addWidget(name)
        header_layout.addStretch()
        header_layout.addWidget(who)
        header_layout.addWidget(change_password)
        header_layout.addWidget(lock)
        header_layout.addWidget(sign_out)

        workspace = QWidget()
        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        workspace_layout = QVBoxLayout(workspace)
        workspace_layout.addWidget(header)
        # What is due today and overdue, at sign-in and every hour (never a dialog).
        self.reminder = TaskReminder()
        self.reminder.show_requested.connect(self.show_tasks)
        self._remind_at_next_count = True
        self._reminder_timer = QTimer(self)
        self._reminder_timer.setInterval(REMINDER_INTERVAL_MS)
        self._reminder_timer.timeout.connect(self.check_reminder)
        self._reminder_timer.start()
        workspace_layout.addWidget(self.reminder)
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
        # The file screen (a dozen tabs) and the pages of BUILT_AHEAD are built once the window has been on
        # screen a moment, before the first search is typed and opened, so opening the first file is as
        # quick as the next: a short step at a time, a key typed meanwhile served between two steps.
        self.preparation = IdleSteps(self._steps_ahead(), self, after_step=mark_long_lived)
        QTimer.singleShot(PREPARE_FILE_SCREEN_MS, self, self._prepare_ahead)

    def _add_page(self, key: str, title: str, build: Callable[[], QWidget]) -> None:
        """A navigation entry whose page is built when first shown (the window appears at once after sign-in)."""
        placeholder = QWidget()
        self.nav.addItem(title)
        self.stack.addWidget(placeholder)
        self.pages.add(key, lambda: self._build_page(placeholder, build))

    def _build_page(self, placeholder: QWidget, build: Callable[[], QWidget]) -> QWidget:
        page = build()
        mark_long_lived()  # the page lives as long as the window: the collections during work leave it alone
        index = self.stack.indexOf(placeholder)
        current = self.stack.currentIndex() == index
        self.stack.insertWidget(index, page)
        if current:
            self.stack.setCurrentIndex(index)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        return page

    def _my_work(self) -> QWidget:
        page = _screen("my_work", "MyWorkPage")(self._actor_services)
        page.open_requested.connect(self.open_task)
        page.summary_changed.connect(self._tasks_counted)
        return page

    def _team(self) -> QWidget:
        page = _screen("team_tasks", "TeamTasksPage")(self._actor_services)
        page.open_requested.connect(self.open_task)
        return page

    def _tasks_counted(self, summary) -> None:
        """The navigation's badge shows the overdue count; at sign-in and at each hourly check, the reminder."""
        title = self.tr("My work today")
        item = self.nav.item(list(self.pages).index("my_work"))
        item.setText(self.tr("{title} ({count})").format(title=title, count=show_number(summary.overdue))
                     if summary.overdue else title)
        if self._remind_at_next_count:
            self._remind_at_next_count = False
            self.reminder.remind(summary.overdue, summary.due_today)

    def check_reminder(self) -> None:
        """The hourly check: count the tasks again and remind of what is due."""
        self._remind_at_next_count = True
        self.pages["my_work"].reload()

    def show_tasks(self, group: str = "today") -> None:
        from charity_desk.services.tasks.lists import GROUPS

        self.show_page("my_work")
        page = self.pages["my_work"]
        page.groups.setCurrentIndex(GROUPS.index(group))
        page.table.setFocus()

    def open_task(self, task) -> None:
        """Go where a task is done (ui.task_places)."""
        from charity_desk.ui.task_places import open_place

        open_place(self, task)

    @property
    def actor_services(self) -> ActorServices:
        return self._actor_services

    def _front_desk(self) -> QWidget:
        page = _screen("front_desk", "FrontDeskPage")(self._actor_services)
        page.open_requested.connect(self.open_file)
        page.new_walk_in_requested.connect(self.new_walk_in)
        return page

    def _beneficiaries(self) -> QWidget:
        page = _screen("beneficiaries", "BeneficiariesPage")(self._actor_services)
        page.open_requested.connect(self.open_file)
        return page

    def _settings(self, language: str) -> QWidget:
        page = _screen("settings", "SettingsPage")(self._services, self._actor_services, language)
        page.language_changed.connect(self.language_changed)
        return page

    @property
    def file_page(self) -> QWidget:
        """One beneficiary's file, reached from a search or a list (not from the navigation); built when first opened."""
        if self._file_page is None:
            page = _screen("beneficiary_file", "BeneficiaryFilePage")(self._actor_services)
            page.back_requested.connect(self._back_from_file)
            page.open_application.connect(self.open_application)
            page.open_appointment.connect(self.open_appointment)
            self.stack.addWidget(page)
            self._file_page = page
        return self._file_page

    def _prepare_ahead(self) -> None:
        if not self.is_locked:
            self.preparation.start()

    def _steps_ahead(self) -> Iterator[None]:
        import_module("charity_desk.ui.screens.beneficiary_file")
        yield
        yield from self.file_page.preparation()
        for key in BUILT_AHEAD:
            if key in self.pages and not self.pages.is_built(key):
                self.pages[key]  # noqa: B018 - building it is the point
                yield

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        page = self.pages[list(self.pages)[row]]
        self.stack.setCurrentWidget(page)
        page.activate()

    def open_file(self, beneficiary_id: int) -> None:
        if self.file_page.show_file(beneficiary_id):
            self._show_file_page()

    def _show_file_page(self) -> None:
        """A file is not a navigation entry: while it shows, no entry is highlighted, so choosing any entry
        (the one it was opened from too) leaves it; «back» returns to that one."""
        if self.nav.currentRow() >= 0:
            self._row_before_file = self.nav.currentRow()
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(-1)
        self.nav.clearSelection()
        self.nav.blockSignals(False)
        self.stack.setCurrentWidget(self.file_page)
        self.file_page.setFocus()  # the keyboard follows: never left in a page no longer shown

    def _back_from_file(self) -> None:
        self.nav.setCurrentRow(self._row_before_file)

    def open_application(self, application_id: int) -> None:
        self.show_page("applications")
        self.pages["applications"].show_application(application_id)

    def open_appointment(self, appointment_id: int) -> None:
        self.show_page("appointments")
        self.pages["appointments"].show_record(appointment_id)

    def new_walk_in(self) -> QDialog:
        from charity_desk.ui.dialogs.walk_in import WalkInDialog

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
        self._reminder_timer.stop()
        super().closeEvent(event)


class LazyPages(Mapping[str, QWidget]):
    """The navigation's pages by key, in navigation order; a page is built the first time it is asked for."""

    def __init__(self):
        self._builders: dict[str, Callable[[], QWidget]] = {}
        self._built: dict[str, QWidget] = {}

    def add(self, key: str, build: Callable[[], QWidget]) -> None:
        self._builders[key] = build

    def __getitem__(self, key: str) -> QWidget:
        if key not in self._built:
            self._built[key] = self._builders[key]()
        return self._built[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._builders)

    def __len__(self) -> int:
        return len(self._builders)

    def is_built(self, key: str) -> bool:
        return key in self._built


#: How long after sign-in the file screen is built, while the person reads the window or starts typing.
PREPARE_FILE_SCREEN_MS = 1_000
#: Pages built ahead too, after the file screen (each in one step of about 20 ms): their first visit then
#: only reads their data.  Settings builds its general tab and the staff accounts list up front.
BUILT_AHEAD = ("settings",)

def _screen(module: str, name: str):
    """A screen's class, its module imported when the page is first built."""
    return getattr(import_module(f"charity_desk.ui.screens.{module}"), name)


def _application():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()
