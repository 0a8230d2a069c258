"""The breach register: each breach with its 72-hour countdown to notify the authority, the actions taken,
the notification and the closing."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLineEdit, QPushButton

from charity_desk.domain.counting import OBLIQUE
from charity_desk.i18n import current_language
from charity_desk.reference import breach_categories
from charity_desk.services.breaches import BreachView
from charity_desk.services.registry import ActorServices
from charity_desk.ui.dialogs.breach import NewBreachDialog
from charity_desk.ui.dialogs.breach_follow_up import BreachReportDialog, CloseBreachDialog
from charity_desk.ui.form_submit import submit
from charity_desk.ui.formatting import counted, show_moment
from charity_desk.ui.widgets.register_tab import OVERDUE_BACKGROUND, RegisterTab

LATE_BACKGROUND = QColor("#f8d0cc")  # the 72 hours have passed and the authority was not notified
COUNTDOWN_COLUMN = 3
URGENT_HOURS = 24


def _categories(codes: tuple[str, ...]) -> str:
    names = {c.code: c.label(current_language()) for c in breach_categories()}
    separator = "، " if current_language() == "ar" else ", "
    return separator.join(names.get(code, code) for code in codes)


class BreachesTab(RegisterTab):
    def __init__(self, services: ActorServices, parent=None):
        self._services = services
        super().__init__([self.tr("Discovered"), self.tr("Records"), self.tr("Data affected"),
                          self.tr("Notify the authority"), self.tr("State")], self.tr("Record a breach…"),
                         with_filter=False, parent=parent)
        self.action = QLineEdit()
        self.action.setPlaceholderText(self.tr("Action taken, for example: passwords changed, device recovered"))
        self.add_action_button = QPushButton(self.tr("Add action"))
        self.add_action_button.clicked.connect(self.add_action)
        self.report_button = QPushButton(self.tr("Notified to the authority…"))
        self.report_button.clicked.connect(self.report_selected)
        self.close_button = QPushButton(self.tr("Close…"))
        self.close_button.clicked.connect(self.close_selected)
        self.actions.addWidget(self.action, 1)
        self.actions.addWidget(self.add_action_button)
        self.actions.addWidget(self.report_button)
        self.actions.addWidget(self.close_button)

    def source(self, _wanted: str):
        return self._services.lists.breaches()

    def countdown(self, breach: BreachView, now: datetime) -> str:
        if breach.reported_at is not None:
            text = self.tr("Notified late, {when}") if breach.reported_late else self.tr("Notified in time, {when}")
            return text.format(when=show_moment(breach.reported_at))
        if breach.notice_overdue(now):
            return self.tr("Overdue by {hours}").format(hours=counted(breach.hours_overdue(now), "hour", OBLIQUE))
        return self.tr("Left: {hours}").format(hours=counted(max(breach.hours_left(now), 0), "hour"))

    def cells(self, b: BreachView) -> tuple:
        return (show_moment(b.discovered_at), b.records_affected, _categories(b.categories),
                self.countdown(b, datetime.now(UTC)), self.tr("Open") if b.status == "open" else self.tr("Closed"))

    def attention(self, breach: BreachView) -> tuple[QColor, int] | None:
        """Red once the 72 hours have passed without notice, amber in the last 24."""
        now = datetime.now(UTC)
        if breach.reported_at is not None or breach.status != "open":
            return None
        if breach.notice_overdue(now):
            return LATE_BACKGROUND, COUNTDOWN_COLUMN
        return (OVERDUE_BACKGROUND, COUNTDOWN_COLUMN) if breach.hours_left(now) < URGENT_HOURS else None

    def show_entry(self, breach: BreachView | None) -> None:
        is_open = breach is not None and breach.status == "open"
        for widget in (self.action, self.add_action_button, self.close_button):
            widget.setEnabled(is_open)
        self.report_button.setEnabled(is_open and breach.reported_at is None)
        if breach is None:
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
        dialog = self.new_dialog()
        if dialog.exec():
            self.entry_added(dialog.breach_id)

    def add_action(self) -> None:
        breach = self.selected()
        if breach is not None and submit(None, self.error, lambda: self._services.breaches.add_action(
                breach.id, self.action.text(), expected_version=breach.version)):
            self.action.clear()
            self.entry_changed(breach.id)

    def report_dialog(self) -> BreachReportDialog | None:
        breach = self.selected()
        return None if breach is None else BreachReportDialog(self._services, breach, self)

    def report_selected(self) -> None:
        self.run_dialog(self.report_dialog())

    def close_dialog(self) -> CloseBreachDialog | None:
        breach = self.selected()
        return None if breach is None else CloseBreachDialog(self._services, breach, self)

    def close_selected(self) -> None:
        self.run_dialog(self.close_dialog())
