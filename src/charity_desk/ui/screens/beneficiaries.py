"""All beneficiaries in alphabetical order, loaded a page at a time while scrolling."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from charity_desk.services.registry import ActorServices
from charity_desk.ui.formatting import show_number
from charity_desk.ui.models.beneficiary_table import PagedBeneficiaryModel


class BeneficiariesPage(QWidget):
    open_requested = Signal(int)

    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self._services = services
        title = QLabel(self.tr("Beneficiaries"))
        title.setObjectName("pageTitle")
        self.count_label = QLabel()
        self.model = PagedBeneficiaryModel(services.beneficiaries.page, parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(
            lambda index: self.open_requested.emit(self.model.summary(index.row()).id)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table)

    def activate(self) -> None:
        self.model.reload()
        self.count_label.setText(
            self.tr("Registered beneficiaries: {count}").format(count=show_number(self._services.beneficiaries.count()))
        )
        self.table.setFocus()
