"""A social researcher's own list of home visits still to write up."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout

from charity_desk.services.registry import ActorServices
from charity_desk.ui.dialogs.visit_report import VisitReportDialog
from charity_desk.ui.formatting import show_short_date
from charity_desk.ui.widgets.simple_table import SimpleTable


class MyVisitsDialog(QDialog):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self._services = services
        self.setWindowTitle(self.tr("My home visits"))
        self.resize(760, 420)
        self.table = SimpleTable([self.tr("Planned for"), self.tr("Beneficiary"), self.tr("Application")])
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
        visits = self._services.visits.my_visits()
        self.table.set_rows([(show_short_date(v.scheduled_for), v.beneficiary_name, v.application_id or "")
                             for v in visits], keys=[(v.id, v.version) for v in visits])

    def _report(self) -> None:
        key = self.table.current_key()
        if key is not None and VisitReportDialog(self._services, key[0], key[1], self).exec():
            self.reload()
