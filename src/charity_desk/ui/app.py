"""Starting the GUI: fonts, language, database (upgraded after a backup), first run, sign-in."""

from __future__ import annotations

import os
import sys
from importlib.resources import files
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from charity_desk import __version__
from charity_desk.config import MachineSettings, backup_dir
from charity_desk.db.backup import BackupError
from charity_desk.db.engine import Database, DatabaseLocationError
from charity_desk.db.migrate import upgrade_database
from charity_desk.i18n import install_language, render
from charity_desk.services.registry import Services
from charity_desk.ui.daily_backup import DailyBackup
from charity_desk.ui.dialogs.first_run import FirstRunDialog
from charity_desk.ui.dialogs.login import LoginDialog
from charity_desk.ui.first_paint import call_after_first_paint
from charity_desk.ui.fonts import application_font, load_ui_fonts
from charity_desk.ui.formatting import apply_digit_style
from charity_desk.ui.gui_thread_gc import collect_on_gui_thread

if TYPE_CHECKING:
    from charity_desk.ui.main_window import MainWindow

#: Set (by benchmarks/startup.py) to print STARTUP_PROBE_LINE and quit once the sign-in window is drawn,
#: without the daily backup (which would only start then).
STARTUP_PROBE_ENV = "CHARITY_DESK_STARTUP_PROBE"
STARTUP_PROBE_LINE = "sign-in window shown"

def create_application(language: str, argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setStyle("Fusion")  # the same look on Windows and Linux
    app.setApplicationName("Charity Desk")
    app.setApplicationVersion(__version__)
    app.setFont(application_font(load_ui_fonts()))
    app.setStyleSheet((files("charity_desk.resources") / "style.qss").read_text(encoding="utf-8"))
    install_language(app, language)
    collect_on_gui_thread(app)
    return app


def open_database(url: str, parent=None) -> Database | None:
    """Open and upgrade the database; on failure say why in the user's language and return None."""
    try:
        db = Database(url)
    except DatabaseLocationError as error:
        QMessageBox.critical(
            parent, QApplication.translate("App", "Cannot open the database"), render(error.message)
        )
        return None
    progress = QProgressDialog(QApplication.translate("App", "Preparing the database…"), "", 0, 0, parent)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setMinimumDuration(400)
    try:
        upgrade_database(db.engine, backup_dir())
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
    finally:
        progress.close()
    return db


class AppController:
    """Walks the person through first run and sign-in, then keeps the main window."""

    def __init__(
        self,
        app: QApplication,
        services: Services,
        settings: MachineSettings,
        idle_timeout_ms: int | None = None,
    ):
        self.app = app
        self.services = services
        self.settings = settings
        self._idle_timeout_ms = idle_timeout_ms
        self.window: MainWindow | None = None
        self.login: LoginDialog | None = None
        self.actor_services = None

    def start(self) -> bool:
        state = self.services.setup.state()
        if not state.complete and not FirstRunDialog(self.services.setup, state).exec():
            return False
        return self.show_login()

    def show_login(self) -> bool:
        self.login = LoginDialog(self.services.auth, self.services.setup.association_name())
        self.login.accepted.connect(self._signed_in)
        self.login.show()
        return True

    def _signed_in(self) -> None:
        from charity_desk.services.letters import prepare_documents
        from charity_desk.ui.background_task import BackgroundTask

        self.actor_services = self.services.acting_as(self.login.actor)
        self._open_main_window()
        BackgroundTask(lambda _progress, _cancelled: prepare_documents()).start()

    def _open_main_window(self) -> None:
        from charity_desk.ui.main_window import MainWindow  # its pages load after sign-in, not before

        timeout = self._idle_timeout_ms or self.services.settings.idle_lock_minutes() * 60_000
        apply_digit_style(self.services.settings.digit_style())
        self.window = MainWindow(
            self.services,
            self.actor_services,
            self.services.setup.association_name(),
            self.settings.language,
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
        self.settings.language = language
        self.settings.save()
        install_language(self.app, language)
        old = self.window
        self._open_main_window()
        self._discard(old)
        self.window.show_page("settings")


def run_gui(db_option: str | None = None) -> int:
    settings = MachineSettings.load()
    app = create_application(settings.language)
    db = open_database(settings.effective_database_url(db_option))
    if db is None:
        return 1
    controller = AppController(app, Services(db), settings)
    app.setQuitOnLastWindowClosed(True)
    if not controller.start():
        return 0
    if os.environ.get(STARTUP_PROBE_ENV):
        call_after_first_paint(controller.login, lambda: _report_shown(app))
        return app.exec()
    daily_backup = DailyBackup(controller.services)
    call_after_first_paint(controller.login, daily_backup.start)
    try:
        return app.exec()
    finally:
        daily_backup.finish()


def _report_shown(app: QApplication) -> None:
    print(STARTUP_PROBE_LINE, flush=True)
    app.quit()
