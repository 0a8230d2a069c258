"""A social researcher's own list of home visits still to write up, read a page at a time."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout

from charity_desk.domain.messages import QT_TRANSLATE_NOOP
from charity_desk.services.registry import ActorServices
from charity_desk.ui.dialogs.visit_report import VisitReportDialog
from charity_desk.ui.formatting import show_short_date
from charity_desk.ui.models.paged_list import Column, PagedListModel
from charity_desk.ui.widgets.paged_table import PagedTable

VISIT_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("MyVisitsDialog", "Planned for"), lambda v: show_short_date(v.scheduled_for),
           sort="planned"),
    Column(QT_TRANSLATE_NOOP("MyVisitsDialog", "Beneficiary"), lambda v: v.beneficiary_name),
    Column(QT_TRANSLATE_NOOP("MyVisitsDialog", "Application"), lambda v: v.application_id or "", ltr=True),
)


class MyVisitsDialog(QDialog):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self._services = services
        self.setWindowTitle(self.tr("My home visits"))
        self.resize(760, 420)
        self.visits_model = PagedListModel("MyVisitsDialog", VISIT_COLUMNS, parent=self)
        self.table = PagedTable(self.visits_model)
        report = QPushButton(self.tr("Write visit report…"))
        report.clicked.connect(self._report)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(report)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.visits_model.set_source(self._services.lists.my_visits())

    def _report(self) -> None:
        visit = self.table.current_row()
        if visit is not None and VisitReportDialog(self._services, visit.id, visit.version, self).exec():
            self.table.refresh(visit.id)  # written up: it leaves the list
