"""Audit page (administrators): check that no audit entry was altered or removed, and search the entries.

The check reads the whole trail, possibly millions of rows, so it runs off the GUI thread with
a progress bar and can be cancelled; it only reads, so cancelling leaves nothing behind.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from charity_desk.i18n import render
from charity_desk.services.audit_verify import ChainReport
from charity_desk.services.errors import ServiceError
from charity_desk.services.registry import ActorServices
from charity_desk.ui.background_task import BackgroundTask
from charity_desk.ui.screens.audit_search import AuditSearchPanel
from charity_desk.ui.widgets.form_error import FormError


class AuditPage(QWidget):
    def __init__(self, actor_services: ActorServices, parent=None):
        super().__init__(parent)
        self._service = actor_services.audit_verify
        # Kept after it ends: the pool thread may still be leaving run() when ``finished`` arrives.
        self._task: BackgroundTask | None = None
        self._running = False
        title = QLabel(self.tr("Audit trail"))
        title.setObjectName("pageTitle")
        intro = QLabel(
            self.tr(
                "Every action is written to the audit trail, each entry sealed together with the one "
                "before it. The check reads the whole trail and names the first entry that was altered "
                "or removed."
            )
        )
        intro.setWordWrap(True)
        self.check_button = QPushButton(self.tr("Check the audit trail"))
        self.check_button.clicked.connect(self.check)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.progress = QProgressBar()
        self.progress.hide()
        self.result = QLabel()
        self.result.setObjectName("auditResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = FormError()

        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.result)
        layout.addWidget(self.error)
        self.search = AuditSearchPanel(actor_services)
        layout.addWidget(self.search, 1)

    def activate(self) -> None:
        self.search.activate()

    @property
    def running(self) -> bool:
        return self._running

    def check(self) -> None:
        self.result.clear()
        self.error.clear_message()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.check_button.setEnabled(False)
        self.cancel_button.show()
        self._running = True
        self._task = BackgroundTask(
            lambda progress, cancelled: self._service.verify(progress=progress, cancelled=cancelled)
        )
        self._task.signals.progress.connect(self._progressed)
        self._task.signals.finished.connect(self._finished)
        self._task.signals.failed.connect(self._failed)
        self._task.start()

    def cancel(self) -> None:
        if self._running:
            self._task.cancel()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _finished(self, report: ChainReport) -> None:
        self._done()
        if report.ok:
            self.result.setText(render(report.message()))
        else:
            self.error.show_message(report.message())

    def _failed(self, error: Exception) -> None:
        self._done()
        if isinstance(error, ServiceError):
            self.error.show_message(error.message)
        else:
            self.error.setText(
                self.tr("The check stopped because of an unexpected error: {details}").format(
                    details=str(error)
                )
            )
            self.error.show()

    def _done(self) -> None:
        self._running = False
        self.progress.hide()
        self.cancel_button.hide()
        self.check_button.setEnabled(True)
