"""The breach register: each breach with its 72-hour countdown to notify the authority, the actions taken,
the notification and the closing."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from charity_desk.i18n import current_language
from charity_desk.reference import breach_categories
from charity_desk.services.breaches import BreachView
from charity_desk.services.registry import ActorServices
from charity_desk.ui.dialogs.breach import NewBreachDialog
from charity_desk.ui.dialogs.breach_follow_up import BreachReportDialog, CloseBreachDialog
from charity_desk.ui.form_submit import submit
from charity_desk.ui.formatting import show_moment
from charity_desk.ui.screens.complaints_tab import OVERDUE_BACKGROUND
from charity_desk.ui.widgets.form_error import FormError
from charity_desk.ui.widgets.simple_table import SimpleTable

LATE_BACKGROUND = QColor("#f8d0cc")  # the 72 hours have passed and the authority was not notified
COUNTDOWN_COLUMN = 3
URGENT_HOURS = 24


def _categories(codes: tuple[str, ...]) -> str:
    names = {c.code: c.label(current_language()) for c in breach_categories()}
    separator = "، " if current_language() == "ar" else ", "
    return separator.join(names.get(code, code) for code in codes)


class BreachesTab(QWidget):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self._services = services
        self._breaches: dict[int, BreachView] = {}
        new = QPushButton(self.tr("Record a breach…"))
        new.clicked.connect(self.new)
        self.count = QLabel()
        self.count.setObjectName("muted")
        top = QHBoxLayout()
        top.addWidget(self.count)
        top.addStretch()
        top.addWidget(new)
        self.table = SimpleTable([self.tr("Discovered"), self.tr("Records"), self.tr("Data affected"),
                                  self.tr("Notify the authority"), self.tr("State")])
        self.table.currentCellChanged.connect(lambda *_: self._show_selected())
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.action = QLineEdit()
        self.action.setPlaceholderText(self.tr("Action taken, for example: passwords changed, device recovered"))
        self.add_action_button = QPushButton(self.tr("Add action"))
        self.add_action_button.clicked.connect(self.add_action)
        self.report_button = QPushButton(self.tr("Notified to the authority…"))
        self.report_button.clicked.connect(self.report_selected)
        self.close_button = QPushButton(self.tr("Close…"))
        self.close_button.clicked.connect(self.close_selected)
        self.error = FormError()
        actions = QHBoxLayout()
        actions.addWidget(self.action, 1)
        actions.addWidget(self.add_action_button)
        actions.addWidget(self.report_button)
        actions.addWidget(self.close_button)
        selected = QWidget()
        selected_layout = QVBoxLayout(selected)
        selected_layout.setContentsMargins(0, 0, 0, 0)
        selected_layout.addWidget(self.details, 1)
        selected_layout.addLayout(actions)
        selected_layout.addWidget(self.error)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(selected)
        splitter.setSizes([320, 240])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def countdown(self, breach: BreachView, now: datetime) -> str:
        if breach.reported_at is not None:
            text = self.tr("Notified late, {when}") if breach.reported_late else self.tr("Notified in time, {when}")
            return text.format(when=show_moment(breach.reported_at))
        if breach.notice_overdue(now):
            return self.tr("Overdue by %n hour(s)", "", breach.hours_overdue(now))
        return self.tr("%n hour(s) left", "", max(breach.hours_left(now), 0))

    def activate(self, *_args) -> None:
        selected = self.table.current_key()
        now = datetime.now(UTC)
        rows = self._services.breaches.list()
        self._breaches = {b.id: b for b in rows}
        self.table.blockSignals(True)
        self.table.set_rows([(show_moment(b.discovered_at), b.records_affected, _categories(b.categories),
                              self.countdown(b, now), self.tr("Open") if b.status == "open" else self.tr("Closed"))
                             for b in rows], keys=[b.id for b in rows])
        bold = QFont()
        bold.setBold(True)
        for row, breach in enumerate(rows):
            waiting = breach.reported_at is None and breach.status == "open"
            if waiting and (breach.notice_overdue(now) or breach.hours_left(now) < URGENT_HOURS):
                colour = LATE_BACKGROUND if breach.notice_overdue(now) else OVERDUE_BACKGROUND
                for column in range(self.table.columnCount()):
                    self.table.item(row, column).setBackground(QBrush(colour))
                self.table.item(row, COUNTDOWN_COLUMN).setFont(bold)
            if breach.id == selected:
                self.table.setCurrentCell(row, 0)
        self.table.blockSignals(False)
        self.count.setText(self.tr("%n shown", "", len(rows)))
        self._show_selected()

    def selected(self) -> BreachView | None:
        return self._breaches.get(self.table.current_key())

    def _show_selected(self) -> None:
        breach = self.selected()
        self.error.clear_message()
        is_open = breach is not None and breach.status == "open"
        for widget in (self.action, self.add_action_button, self.close_button):
            widget.setEnabled(is_open)
        self.report_button.setEnabled(is_open and breach.reported_at is None)
        if breach is None:
            self.details.clear()
            return
        parts = [breach.description,
                 self.tr("Notify the authority by {when}.").format(when=show_moment(breach.notify_by))]
        if breach.actions:
            parts.append(self.tr("Actions taken:") + "\n" + breach.actions)
        if breach.report_reference:
            parts.append(self.tr("Reference: {reference}").format(reference=breach.report_reference))
        if breach.closing_summary:
            parts.append(self.tr("Closed:") + " " + breach.closing_summary)
        self.details.setPlainText("\n\n".join(parts))

    def new_dialog(self) -> NewBreachDialog:
        """The form for a new breach, not yet shown (tests fill it before ``exec``)."""
        return NewBreachDialog(self._services, self)

    def new(self) -> None:
        if self.new_dialog().exec():
            self.activate()

    def add_action(self) -> None:
        breach = self.selected()
        if breach is not None and submit(None, self.error, lambda: self._services.breaches.add_action(
                breach.id, self.action.text(), expected_version=breach.version)):
            self.action.clear()
            self.activate()

    def report_dialog(self) -> BreachReportDialog | None:
        breach = self.selected()
        return None if breach is None else BreachReportDialog(self._services, breach, self)

    def report_selected(self) -> None:
        dialog = self.report_dialog()
        if dialog is not None and dialog.exec():
            self.activate()

    def close_dialog(self) -> CloseBreachDialog | None:
        breach = self.selected()
        return None if breach is None else CloseBreachDialog(self._services, breach, self)

    def close_selected(self) -> None:
        dialog = self.close_dialog()
        if dialog is not None and dialog.exec():
            self.activate()
