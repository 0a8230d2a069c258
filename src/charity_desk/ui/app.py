"""Starting the GUI: fonts, language, database (upgraded after a backup), first run, sign-in.

The sign-in window is drawn first and the database opened right behind it: opening it (SQLAlchemy,
the schema check, the first-run check) costs more than drawing the window, and what the person types
meanwhile waits in Qt's queue. Nothing on this path loads the document, spreadsheet, migration or
crypto libraries.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from importlib.resources import files
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from charity_desk import __version__
from charity_desk.config import MachineSettings, backup_dir
from charity_desk.i18n import install_language, render
from charity_desk.ui.dialogs.login import LoginDialog
from charity_desk.ui.first_paint import call_after_first_paint
from charity_desk.ui.fonts import application_font, load_ui_fonts
from charity_desk.ui.gui_thread_gc import collect_on_gui_thread
from charity_desk.ui.wheel_guard import install_wheel_guard

if TYPE_CHECKING:
    from charity_desk.db.engine import Database
    from charity_desk.services.actor import Actor
    from charity_desk.services.registry import Services
    from charity_desk.ui.daily_backup import DailyBackup
    from charity_desk.ui.main_window import MainWindow

#: Set (by benchmarks/startup.py) to print STARTUP_PROBE_LINE once the sign-in window is drawn, then
#: DATABASE_OPEN_LINE and quit once the database behind it is open (without the daily backup).
STARTUP_PROBE_ENV = "CHARITY_DESK_STARTUP_PROBE"
STARTUP_PROBE_LINE = "sign-in window shown"
DATABASE_OPEN_LINE = "database open"
#: Printed instead of DATABASE_OPEN_LINE when the database is encrypted: it opens with the sign-in.
DATABASE_LOCKED_LINE = "database waits for the sign-in"

def create_application(language: str, argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    # The same look on Windows and Linux (Fusion); text boxes follow the language; the wheel turns no field
    # it is not in.
    install_wheel_guard(app, "Fusion")
    app.setApplicationName("Charity Desk")
    app.setApplicationVersion(__version__)
    app.setFont(application_font(load_ui_fonts()))
    app.setStyleSheet((files("charity_desk.resources") / "style.qss").read_text(encoding="utf-8"))
    install_language(app, language)
    collect_on_gui_thread(app)
    return app


def open_database(url: str, parent=None) -> Database | None:
    """Open and upgrade the database; on failure say why in the user's language and return None."""
    from charity_desk.db.backup import BackupError
    from charity_desk.db.engine import Database, DatabaseLocationError
    from charity_desk.services import schema_upgrade

    try:
        db = Database(url)
    except DatabaseLocationError as error:
        QMessageBox.critical(
            parent, QApplication.translate("App", "Cannot open the database"), render(error.message)
        )
        return None
    if not schema_upgrade.work_due(db):
        return db
    from charity_desk.services.errors import ServiceError

    try:
        _run_upgrade(db, url, parent)
    except BackupError as error:
        QMessageBox.critical(
            parent,
            QApplication.translate("App", "Cannot upgrade the database"),
            QApplication.translate(
                "App",
                "The backup taken before the upgrade failed, so nothing was changed. Details: {details}",
            ).format(details=str(error)),
        )
        return None
    except ServiceError as error:  # e.g. the copy cannot be sealed: this desk lacks the trail's secret
        QMessageBox.critical(
            parent, QApplication.translate("App", "Cannot upgrade the database"), render(error.message)
        )
        return None
    return db


def _run_upgrade(db: Database, url: str, parent) -> None:
    """The upgrade step (a sealed copy, the schema, the audit trail's one-time seal) off the GUI
    thread, behind a progress dialog that keeps the sign-in window from taking input meanwhile."""
    from charity_desk.services import schema_upgrade

    _behind_progress(
        QApplication.translate("App", "Preparing the database…"),
        lambda report: schema_upgrade.upgrade(db, backup_dir(url), report),
        parent,
    )


def _behind_progress(label: str, work: Callable, parent):
    """``work(report)`` off the GUI thread behind a modal progress dialog that cannot be cancelled;
    returns its result or raises its error."""
    from PySide6.QtCore import QEventLoop

    from charity_desk.ui.background_task import BackgroundTask

    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setCancelButton(None)  # a half-done upgrade cannot be left
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.show()  # at once: until it is modal, a password typed in the sign-in window would be taken
    task = BackgroundTask(lambda report, _cancelled: work(report))
    outcome: list[BaseException | None] = []
    results: list[object] = []
    loop = QEventLoop()

    def progressed(done: int, total: int) -> None:
        progress.setMaximum(1000)  # bytes of a large file do not fit the dialog's int
        progress.setValue(min(1000, done * 1000 // total) if total > 0 else 0)

    task.signals.progress.connect(progressed)
    task.signals.finished.connect(lambda result: (results.append(result), outcome.append(None), loop.quit()))
    task.signals.failed.connect(lambda error: (outcome.append(error), loop.quit()))
    task.start()
    try:
        loop.exec()
    finally:
        progress.close()
    if outcome and outcome[0] is not None:
        raise outcome[0]
    return results[0] if results else None


def encrypt_after_sign_in(db: Database, url: str, username: str, password: str, parent) -> None:
    """A plain database from before encryption is encrypted now, on the first sign-in after the
    upgrade (services.encryption_conversion); the person is told where the plain copy taken first is."""
    from charity_desk.services import encryption_conversion
    from charity_desk.services.errors import ServiceError

    if not encryption_conversion.due(db):
        return
    try:
        backup = _behind_progress(
            QApplication.translate("App", "Encrypting the database…"),
            lambda report: encryption_conversion.convert(db, backup_dir(url), username, password, report),
            parent,
        )
    except ServiceError as error:
        QMessageBox.warning(parent, QApplication.translate("App", "The database is not encrypted"),
                            render(error.message))
        return
    QMessageBox.information(
        parent,
        QApplication.translate("App", "The database is now encrypted"),
        QApplication.translate(
            "App",
            "The database is now encrypted: without signing in, its file cannot be read. The copy taken "
            "before encrypting it is NOT encrypted: keep it somewhere safe, or delete it once every member "
            "of staff has signed in once. It is here:\n{path}",
        ).format(path=f"\u2066{backup}\u2069"),
    )


class AppController:
    """Walks the person through first run and sign-in, then keeps the main window."""

    def __init__(
        self,
        app: QApplication,
        services: Services | None,
        settings: MachineSettings,
        idle_timeout_ms: int | None = None,
        language: str | None = None,
    ):
        self.app = app
        self.services = services
        self.settings = settings
        #: The window's language: the settings', unless this start asked for another (``--lang``).
        self.language = language or settings.language
        self._idle_timeout_ms = idle_timeout_ms
        self.window: MainWindow | None = None
        self.login: LoginDialog | None = None
        self.actor_services = None
        #: The database's address while its key waits for the first sign-in (an encrypted file).
        self.url: str | None = None
        self._opened_later: Callable[[], None] | None = None
        #: The first sign-in's name and password: a plain database is encrypted with them.
        self.first_sign_in: tuple[str, str] | None = None

    def start(self) -> bool:
        from charity_desk.ui.dialogs.first_run import FirstRunDialog

        state = self.services.setup.state()
        if not state.complete and not FirstRunDialog(self.services.setup, state).exec():
            return False
        return self.show_login()

    def sign_in_while_opening(
        self, url: str, shown: Callable[[], None], opened: Callable[[], None],
        locked: Callable[[], None] | None = None,
    ) -> None:
        """Draw the sign-in window now (titled with the name last read), then open the database.

        ``shown`` runs once the window is drawn; ``opened`` once the database is open and set up. If
        it cannot be opened, or first run is left, the application exits (1 or 0).  An encrypted
        database opens with the sign-in (its key is unwrapped with the password typed): ``locked``
        runs when the window waits for that.
        """
        self.login = LoginDialog(_AuthOnceOpen(self), self.settings.association_name)
        self.login.accepted.connect(self._signed_in)
        self.login.show()

        def after_drawn() -> None:
            shown()
            if self._locked(url):
                self._opened_later = opened
                if locked is not None:
                    locked()
            elif self._open(url):
                opened()

        call_after_first_paint(self.login, after_drawn)

    def _locked(self, url: str) -> bool:
        """An encrypted database waits for the sign-in: its key is unwrapped with the password typed.
        Meanwhile the window shows the association's name from the key-slot file."""
        from charity_desk.db import key_slots
        from charity_desk.db.engine import sqlite_path
        from charity_desk.services import auth

        self.url = url
        if not auth.is_locked(url):
            return False
        name = key_slots.association_name(sqlite_path(url))
        if name:
            self.login.set_association_name(name)
        return True

    def open_unlocked(self) -> bool:
        """Open the database whose key the sign-in just unwrapped."""
        if not self._open(self.url):
            return False
        opened, self._opened_later = self._opened_later, None
        if opened is not None:
            opened()
        return True

    def _open(self, url: str) -> bool:
        from charity_desk.services.registry import Services

        db = open_database(url, self.login)
        if db is None:
            self.app.exit(1)
            return False
        self.services = Services(db)
        state = self.services.setup.state()
        if not state.complete:
            from charity_desk.ui.dialogs.first_run import FirstRunDialog

            if not FirstRunDialog(self.services.setup, state, self.login).exec():
                self.app.exit(0)
                return False
        name = self.services.setup.association_name()
        self.login.set_association_name(name)
        if name != self.settings.association_name:
            self.settings.association_name = name
            self.settings.save()
        return True

    def show_login(self) -> bool:
        self.login = LoginDialog(self.services.auth, self.services.setup.association_name())
        self.login.accepted.connect(self._signed_in)
        self.login.show()
        return True

    def _signed_in(self) -> None:
        from charity_desk.services.letters import prepare_documents
        from charity_desk.ui.background_task import BackgroundTask

        if self.first_sign_in is not None:
            username, password = self.first_sign_in
            self.first_sign_in = None
            encrypt_after_sign_in(self.services.db, self.services.db.url, username, password, self.login)
            self._keep_name_in_key_file()

        self.actor_services = self.services.acting_as(self.login.actor)
        if self.login.actor.must_change_password and not self._own_password_chosen():
            return
        self._open_main_window()
        BackgroundTask(lambda _progress, _cancelled: prepare_documents()).start()

    def _own_password_chosen(self) -> bool:
        """After an administrator reset the password: the person chooses their own, or is signed out."""
        from charity_desk.ui.dialogs.change_password import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.actor_services.users, required=True)
        if dialog.exec():
            self.actor_services = self.services.acting_as(dialog.actor)
            return True
        self.services.auth.logout(self.actor_services.actor)
        self.show_login()
        return False

    def _keep_name_in_key_file(self) -> None:
        """The name the sign-in window shows before the database opens follows the settings."""
        from charity_desk.db.engine import sqlite_path
        from charity_desk.services import key_slot_updates

        path = sqlite_path(self.services.db.url)
        if path is not None:
            key_slot_updates.association_name(path, self.services.setup.association_name())

    def _open_main_window(self) -> None:
        from charity_desk.ui.formatting import apply_digit_style
        from charity_desk.ui.main_window import MainWindow  # its pages load after sign-in, not before

        timeout = self._idle_timeout_ms or self.services.settings.idle_lock_minutes() * 60_000
        apply_digit_style(self.services.settings.digit_style())
        self.window = MainWindow(
            self.services,
            self.actor_services,
            self.services.setup.association_name(),
            self.language,
            timeout,
        )
        self.window.sign_out_requested.connect(self._sign_out)
        self.window.language_changed.connect(self._change_language)
        self.window.show()

    @staticmethod
    def _discard(window: MainWindow | None) -> None:
        if window is not None:
            window.close()
            window.deleteLater()

    def _sign_out(self) -> None:
        self.services.auth.logout(self.actor_services.actor)
        # Show the next window before closing this one, so the application does not quit in between.
        self.show_login()
        self._discard(self.window)
        self.window = None

    def _change_language(self, language: str) -> None:
        """Switch language and direction now, by rebuilding the window in the new language."""
        self.settings.language = self.language = language
        self.settings.save()
        install_language(self.app, language)
        old = self.window
        self._open_main_window()
        self._discard(old)
        self.window.show_page("settings")


def run_gui(db_option: str | None = None, language: str | None = None) -> int:
    """The window over ``db_option`` (or the settings' database), in ``language`` for this start
    (or the settings' language); the settings keep their own."""
    settings = MachineSettings.load()
    language = language or settings.language
    app = create_application(language)
    app.setQuitOnLastWindowClosed(True)
    controller = AppController(app, None, settings, language=language)
    url = settings.effective_database_url(db_option)
    if os.environ.get(STARTUP_PROBE_ENV):
        controller.sign_in_while_opening(
            url, lambda: _report(STARTUP_PROBE_LINE), lambda: (_report(DATABASE_OPEN_LINE), app.quit()),
            lambda: (_report(DATABASE_LOCKED_LINE), app.quit()),
        )
        return app.exec()
    daily_backups: list[DailyBackup] = []

    def start_daily_backup() -> None:
        from charity_desk.ui.daily_backup import DailyBackup

        daily_backups.append(DailyBackup(controller.services))
        daily_backups[0].start()

    controller.sign_in_while_opening(url, lambda: None, start_daily_backup)
    try:
        return app.exec()
    finally:
        for daily_backup in daily_backups:
            daily_backup.finish()


class _AuthOnceOpen:
    """The sign-in window's way to the database opened after it was drawn: by the time a key typed
    there is handled, the database is open (both run on the GUI thread, in that order)."""

    def __init__(self, controller: AppController):
        self._controller = controller

    def login(self, username: str, password: str) -> Actor:
        controller = self._controller
        if controller.services is None:
            from charity_desk.services import auth

            auth.unlock(controller.url, username, password)
            self._open_or_fail()
        actor = controller.services.auth.login(username, password)
        controller.first_sign_in = (username, password)
        return actor

    def recover(self, username: str, code: str, new_password: str):
        controller = self._controller
        if controller.services is None:
            from charity_desk.services import auth

            auth.unlock_with_recovery(controller.url, code)
            self._open_or_fail()
        recovered = controller.services.auth.recover(username, code, new_password)
        controller.first_sign_in = (username, new_password)
        return recovered

    def _open_or_fail(self) -> None:
        if not self._controller.open_unlocked():  # it said why; the application is leaving
            from charity_desk.domain.messages import QT_TRANSLATE_NOOP, Message
            from charity_desk.services.auth import LoginFailed

            raise LoginFailed(Message("App", QT_TRANSLATE_NOOP("App", "Cannot open the database")))


def _report(line: str) -> None:
    print(line, flush=True)
