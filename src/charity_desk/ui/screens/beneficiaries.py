"""All beneficiaries in alphabetical order, loaded a page at a time while scrolling."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from charity_desk.services.registry import ActorServices
from charity_desk.ui.formatting import show_number
from charity_desk.ui.models.beneficiary_table import BENEFICIARY_COLUMNS, CONTEXT
from charity_desk.ui.models.paged_list import PagedListModel
from charity_desk.ui.widgets.paged_table import PagedTable


class BeneficiariesPage(QWidget):
    open_requested = Signal(int)

    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self._services = services
        title = QLabel(self.tr("Beneficiaries"))
        title.setObjectName("pageTitle")
        self.count_label = QLabel()
        self.model = PagedListModel(CONTEXT, BENEFICIARY_COLUMNS, page_size=200, parent=self)
        self.model.total_changed.connect(lambda total: self.count_label.setText(
            self.tr("Registered beneficiaries: {count}").format(count=show_number(total))))
        self.table = PagedTable(self.model)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self.open_requested.emit(self.model.row_id(index.row())))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table)

    def activate(self) -> None:
        self.model.set_source(self._services.lists.beneficiaries())
        self.table.setFocus()
