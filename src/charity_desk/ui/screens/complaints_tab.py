"""Complaints and suggestions followed to closure (clause 2-1): due dates, overdue ones marked,
actions taken, and the reply with whether the person was satisfied."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from charity_desk.domain.roles import Permission
from charity_desk.i18n import current_language
from charity_desk.reference import choice_label, complaint_categories
from charity_desk.services.complaints import ComplaintView
from charity_desk.services.registry import ActorServices
from charity_desk.ui.dialogs.close_complaint import CloseComplaintDialog
from charity_desk.ui.dialogs.new_complaint import NewComplaintDialog
from charity_desk.ui.feedback_labels import COMPLAINT_KINDS, COMPLAINT_STATUSES, label
from charity_desk.ui.form_submit import submit
from charity_desk.ui.formatting import show_short_date
from charity_desk.ui.widgets.form_error import FormError
from charity_desk.ui.widgets.simple_table import SimpleTable

OVERDUE_BACKGROUND = QColor("#fdebc8")  # amber: needs attention, without blaming anyone
FILTERS = ("all", "open", "overdue", "closed")


def _category(code: str) -> str:
    return next((c.label(current_language()) for c in complaint_categories() if c.code == code), code)


class ComplaintsTab(QWidget):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self._services = services
        self._complaints: dict[int, ComplaintView] = {}
        self.status_filter = QComboBox()
        names = {"all": self.tr("All"), "open": self.tr("Open"), "overdue": self.tr("Overdue"),
                 "closed": self.tr("Closed")}
        for key in FILTERS:
            self.status_filter.addItem(names[key], key)
        self.status_filter.setCurrentIndex(FILTERS.index("open"))
        self.status_filter.currentIndexChanged.connect(self.activate)
        new = QPushButton(self.tr("New…"))
        new.clicked.connect(self.new)
        self.count = QLabel()
        self.count.setObjectName("muted")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.status_filter)
        top.addWidget(self.count)
        top.addStretch()
        top.addWidget(new)
        self.table = SimpleTable([self.tr("Received"), self.tr("Kind"), self.tr("Category"), self.tr("Came by"),
                                  self.tr("Name"), self.tr("Answer due"), self.tr("State")])
        self.table.currentCellChanged.connect(lambda *_: self._show_selected())
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.action = QLineEdit()
        self.action.setPlaceholderText(self.tr("Action taken, for example: called the person and explained"))
        self.add_action_button = QPushButton(self.tr("Add action"))
        self.add_action_button.clicked.connect(self.add_action)
        self.close_button = QPushButton(self.tr("Close with a reply…"))
        self.close_button.clicked.connect(self.close_selected)
        can_edit = services.actor.can(Permission.BENEFICIARY_EDIT)
        for widget in (new, self.add_action_button, self.close_button, self.action):
            widget.setEnabled(can_edit)
        self.error = FormError()
        actions = QHBoxLayout()
        actions.addWidget(self.action, 1)
        actions.addWidget(self.add_action_button)
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
        splitter.setSizes([320, 260])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def _shown(self, complaint: ComplaintView) -> bool:
        wanted = self.status_filter.currentData()
        return (wanted == "all" or complaint.status == wanted
                or (wanted == "overdue" and complaint.overdue(date.today())))

    def _state(self, complaint: ComplaintView) -> str:
        if complaint.overdue(date.today()):
            return self.tr("Open — overdue")
        if complaint.status == "closed":
            return self.tr("Closed on {date}").format(date=show_short_date(complaint.closed_on))
        return label(COMPLAINT_STATUSES, complaint.status)

    def activate(self) -> None:
        selected = self.table.current_key()
        rows = [c for c in self._services.complaints.list() if self._shown(c)]
        self._complaints = {c.id: c for c in rows}
        self.table.blockSignals(True)
        self.table.set_rows([(show_short_date(c.received_on), label(COMPLAINT_KINDS, c.kind), _category(c.category),
                              choice_label("channel", c.channel, current_language()), c.person_name,
                              show_short_date(c.due_on), self._state(c)) for c in rows], keys=[c.id for c in rows])
        bold = QFont()
        bold.setBold(True)
        for row, complaint in enumerate(rows):
            if complaint.overdue(date.today()):
                for column in range(self.table.columnCount()):
                    self.table.item(row, column).setBackground(QBrush(OVERDUE_BACKGROUND))
                self.table.item(row, 6).setFont(bold)
            if complaint.id == selected:
                self.table.setCurrentCell(row, 0)
        self.table.blockSignals(False)
        self.count.setText(self.tr("%n shown", "", len(rows)))
        self._show_selected()

    def selected(self) -> ComplaintView | None:
        return self._complaints.get(self.table.current_key())

    def _show_selected(self) -> None:
        complaint = self.selected()
        self.error.clear_message()
        if complaint is None:
            self.details.clear()
            return
        parts = [complaint.details]
        if complaint.actions:
            parts.append(self.tr("Actions taken:") + "\n" + complaint.actions)
        if complaint.reply:
            satisfied = {True: self.tr("satisfied"), False: self.tr("not satisfied"), None: self.tr("not known")}
            parts.append(self.tr("Reply ({satisfied}):").format(satisfied=satisfied[complaint.person_satisfied])
                         + "\n" + complaint.reply)
        self.details.setPlainText("\n\n".join(parts))
        is_open = complaint.status == "open"
        self.close_button.setEnabled(is_open and self._services.actor.can(Permission.BENEFICIARY_EDIT))

    def new_dialog(self) -> NewComplaintDialog:
        """The form for a new complaint or suggestion, not yet shown (tests fill it before ``exec``)."""
        return NewComplaintDialog(self._services, self)

    def new(self) -> None:
        if self.new_dialog().exec():
            self.activate()

    def add_action(self) -> None:
        complaint = self.selected()
        if complaint is not None and submit(None, self.error, lambda: self._services.complaints.add_action(
                complaint.id, self.action.text(), expected_version=complaint.version)):
            self.action.clear()
            self.activate()

    def close_dialog(self) -> CloseComplaintDialog | None:
        """The closing form for the selected complaint, not yet shown (tests fill it before ``exec``)."""
        complaint = self.selected()
        return None if complaint is None or complaint.status != "open" else CloseComplaintDialog(
            self._services, complaint, self)

    def close_selected(self) -> None:
        dialog = self.close_dialog()
        if dialog is not None and dialog.exec():
            self.activate()
