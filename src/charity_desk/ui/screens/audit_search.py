"""The Audit page's search: entries about one person, by one user, over a period, newest first.

Typing a name or national ID offers the matching people; the table fetches a page at a time as
it scrolls, so even millions of entries open at once.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from charity_desk.domain.messages import DomainError
from charity_desk.services.audit_search import AuditFilter
from charity_desk.services.errors import ServiceError
from charity_desk.services.registry import ActorServices
from charity_desk.ui.bidi import ltr
from charity_desk.ui.formatting import show_text
from charity_desk.ui.models.audit_table import PagedAuditModel
from charity_desk.ui.widgets.date_input import DateInput
from charity_desk.ui.widgets.form_error import FormError

DEBOUNCE_MS = 300


class AuditSearchPanel(QWidget):
    def __init__(self, actor_services: ActorServices, parent=None):
        super().__init__(parent)
        self._service = actor_services.audit_search
        self._shown_once = False
        title = QLabel(self.tr("Search the audit trail"))
        title.setObjectName("sectionTitle")
        self.person_query = QLineEdit()
        self.person_query.setPlaceholderText(self.tr("Name or national ID of a beneficiary"))
        self.person_query.setClearButtonEnabled(True)
        self.person = QComboBox()
        self.person.addItem(self.tr("Any beneficiary"), None)
        self.user = QComboBox()
        self.start = DateInput()
        self.end = DateInput()
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.clicked.connect(self.search)
        self.error = FormError()
        self.model = PagedAuditModel(self._no_rows, parent=self)
        self.table = QTableView()
        self.table.setObjectName("auditSearchResults")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setMinimumHeight(260)

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(DEBOUNCE_MS)
        self._typing.timeout.connect(self.find_people)
        self.person_query.textChanged.connect(self._typing.start)
        self.person_query.returnPressed.connect(self.find_people)
        self.person.activated.connect(lambda _i: self.search())
        self.user.activated.connect(lambda _i: self.search())

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.addWidget(QLabel(self.tr("Beneficiary")), 0, 0)
        grid.addWidget(self.person_query, 0, 1)
        grid.addWidget(self.person, 0, 2)
        grid.addWidget(QLabel(self.tr("User")), 1, 0)
        grid.addWidget(self.user, 1, 1, 1, 2)
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("From")))
        period.addWidget(self.start)
        period.addWidget(QLabel(self.tr("To")))
        period.addWidget(self.end)
        period.addStretch()
        period.addWidget(self.search_button)
        grid.addWidget(QLabel(self.tr("Period")), 2, 0)
        grid.addLayout(period, 2, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)

    @staticmethod
    def _no_rows(_after, _limit):
        return []

    def activate(self) -> None:
        chosen = self.user.currentData()
        self.user.clear()
        self.user.addItem(self.tr("Any user"), None)
        for person in self._service.staff():
            self.user.addItem(f"{person.full_name} ({person.username})", person.id)
        index = self.user.findData(chosen)
        self.user.setCurrentIndex(max(index, 0))
        if not self._shown_once:  # the newest entries greet the administrator, not an empty table
            self._shown_once = True
            self.search()

    def find_people(self) -> None:
        """Offer the people matching what was typed; the first match is chosen."""
        self._typing.stop()
        self.person.clear()
        self.person.addItem(self.tr("Any beneficiary"), None)
        query = self.person_query.text().strip()
        if not query:
            return
        for summary in self._service.people(query):
            self.person.addItem(f"{summary.full_name} — {ltr(show_text(summary.national_id))}", summary.id)
        if self.person.count() > 1:
            self.person.setCurrentIndex(1)
        else:
            self.person.setItemText(0, self.tr("Nobody matches; any beneficiary"))

    def criteria(self) -> AuditFilter | None:
        try:
            start, end = self.start.value(), self.end.value()
        except DomainError as error:
            self.error.show_message(error.message)
            return None
        if start is not None and end is not None and end < start:
            self.error.setText(self.tr("The period ends before it starts: check the two dates."))
            self.error.show()
            return None
        return AuditFilter(self.person.currentData(), self.user.currentData(), start, end)

    def search(self) -> None:
        self.error.clear_message()
        criteria = self.criteria()
        if criteria is None:
            return
        self.model.reload(partial(self._page, criteria))
        if self.model.rowCount() == 0 and self.model.canFetchMore():
            self.model.fetchMore()

    def _page(self, criteria: AuditFilter, after, limit):
        try:
            return self._service.page(criteria, after, limit)
        except ServiceError as error:
            self.error.show_message(error.message)
            return []
