"""The data-subject requests register: due dates, overdue ones marked, identity checks, the one extension
and the answer."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont
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

from charity_desk.services.data_requests import DataRequestView
from charity_desk.services.registry import ActorServices
from charity_desk.ui.dialogs.data_request import NewDataRequestDialog
from charity_desk.ui.dialogs.data_request_follow_up import CloseDataRequestDialog, ExtendDataRequestDialog
from charity_desk.ui.form_submit import submit
from charity_desk.ui.formatting import show_moment, show_short_date
from charity_desk.ui.privacy_labels import REQUEST_KINDS, REQUEST_OUTCOMES, label
from charity_desk.ui.screens.complaints_tab import OVERDUE_BACKGROUND
from charity_desk.ui.widgets.form_error import FormError
from charity_desk.ui.widgets.simple_table import SimpleTable

FILTERS = ("all", "open", "overdue", "closed")
STATE_COLUMN = 4


class DataRequestsTab(QWidget):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self._services = services
        self._requests: dict[int, DataRequestView] = {}
        self.status_filter = QComboBox()
        names = {"all": self.tr("All"), "open": self.tr("Open"), "overdue": self.tr("Overdue"),
                 "closed": self.tr("Closed")}
        for key in FILTERS:
            self.status_filter.addItem(names[key], key)
        self.status_filter.setCurrentIndex(FILTERS.index("open"))
        self.status_filter.currentIndexChanged.connect(self.activate)
        new = QPushButton(self.tr("New request…"))
        new.clicked.connect(self.new)
        self.count = QLabel()
        self.count.setObjectName("muted")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.status_filter)
        top.addWidget(self.count)
        top.addStretch()
        top.addWidget(new)
        self.table = SimpleTable([self.tr("Received"), self.tr("Request"), self.tr("Person"),
                                  self.tr("Answer due"), self.tr("State"), self.tr("Identity")])
        self.table.currentCellChanged.connect(lambda *_: self._show_selected())
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.identity_how = QLineEdit()
        self.identity_how.setPlaceholderText(self.tr("How the identity was checked, for example: original ID card"))
        self.identity_button = QPushButton(self.tr("Identity checked"))
        self.identity_button.clicked.connect(self.check_identity)
        self.extend_button = QPushButton(self.tr("Extend…"))
        self.extend_button.clicked.connect(self.extend_selected)
        self.close_button = QPushButton(self.tr("Close with the answer…"))
        self.close_button.clicked.connect(self.close_selected)
        self.error = FormError()
        actions = QHBoxLayout()
        actions.addWidget(self.identity_how, 1)
        actions.addWidget(self.identity_button)
        actions.addWidget(self.extend_button)
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

    def _shown(self, request: DataRequestView) -> bool:
        wanted = self.status_filter.currentData()
        return (wanted == "all" or request.status == wanted
                or (wanted == "overdue" and request.overdue(date.today())))

    def state(self, request: DataRequestView) -> str:
        today = date.today()
        if request.status == "closed":
            return self.tr("{outcome} on {date}").format(outcome=label(REQUEST_OUTCOMES, request.outcome),
                                                        date=show_short_date(request.closed_on))
        if request.overdue(today):
            return self.tr("Overdue by %n day(s)", "", -request.days_left(today))
        return self.tr("%n day(s) left", "", request.days_left(today))

    def activate(self, *_args) -> None:
        selected = self.table.current_key()
        rows = [r for r in self._services.data_requests.list() if self._shown(r)]
        self._requests = {r.id: r for r in rows}
        self.table.blockSignals(True)
        self.table.set_rows([(show_short_date(r.received_on), label(REQUEST_KINDS, r.kind),
                              r.person_name or self.tr("(file destroyed)"), show_short_date(r.due_on), self.state(r),
                              self.tr("Checked") if r.identity_checked else self.tr("Not checked yet"))
                             for r in rows], keys=[r.id for r in rows])
        bold = QFont()
        bold.setBold(True)
        for row, request in enumerate(rows):
            if request.overdue(date.today()):
                for column in range(self.table.columnCount()):
                    self.table.item(row, column).setBackground(QBrush(OVERDUE_BACKGROUND))
                self.table.item(row, STATE_COLUMN).setFont(bold)
            if request.id == selected:
                self.table.setCurrentCell(row, 0)
        self.table.blockSignals(False)
        self.count.setText(self.tr("%n shown", "", len(rows)))
        self._show_selected()

    def selected(self) -> DataRequestView | None:
        return self._requests.get(self.table.current_key())

    def _show_selected(self) -> None:
        request = self.selected()
        self.error.clear_message()
        is_open = request is not None and request.status == "open"
        self.identity_button.setEnabled(is_open and not request.identity_checked)
        self.identity_how.setEnabled(self.identity_button.isEnabled())
        self.extend_button.setEnabled(is_open and not request.extension_days)
        self.extend_button.setToolTip(self.tr("A request may be extended only once.")
                                      if is_open and request.extension_days else "")
        self.close_button.setEnabled(is_open)
        if request is None:
            self.details.clear()
            return
        parts = [request.details] if request.details else []
        parts.append(self.tr("Received by: {name}").format(name=request.received_by))
        if request.identity_checked:
            parts.append(self.tr("Identity checked by {name} on {when}: {how}").format(
                name=request.identity_checked_by, when=show_moment(request.identity_checked_at),
                how=request.identity_how))
        if request.extension_days:
            parts.append(self.tr("Extended by %n day(s):", "", request.extension_days) + " "
                         + request.extension_reason)
        if request.status == "closed":
            parts.append(label(REQUEST_OUTCOMES, request.outcome) + ": " + request.outcome_details)
        self.details.setPlainText("\n\n".join(parts))

    def new_dialog(self) -> NewDataRequestDialog:
        """The form for a new request, not yet shown (tests fill it before ``exec``)."""
        return NewDataRequestDialog(self._services, self)

    def new(self) -> None:
        if self.new_dialog().exec():
            self.activate()

    def check_identity(self) -> None:
        request = self.selected()
        if request is not None and submit(None, self.error, lambda: self._services.data_requests.check_identity(
                request.id, self.identity_how.text(), expected_version=request.version)):
            self.identity_how.clear()
            self.activate()

    def extend_dialog(self) -> ExtendDataRequestDialog | None:
        request = self.selected()
        return None if request is None else ExtendDataRequestDialog(self._services, request, self)

    def extend_selected(self) -> None:
        dialog = self.extend_dialog()
        if dialog is not None and dialog.exec():
            self.activate()

    def close_dialog(self) -> CloseDataRequestDialog | None:
        request = self.selected()
        return None if request is None else CloseDataRequestDialog(self._services, request, self)

    def close_selected(self) -> None:
        dialog = self.close_dialog()
        if dialog is not None and dialog.exec():
            self.activate()
