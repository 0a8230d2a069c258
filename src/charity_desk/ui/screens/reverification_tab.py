"""Annual re-verification: files not confirmed with the person within the period.

Confirming is the normal outcome; suspending is kept for program managers and always asks why.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from charity_desk.domain.messages import QT_TRANSLATE_NOOP
from charity_desk.domain.roles import Permission
from charity_desk.services.registry import ActorServices
from charity_desk.ui.form_submit import submit
from charity_desk.ui.formatting import counted, show_number
from charity_desk.ui.models.paged_list import Column, PagedListModel
from charity_desk.ui.widgets.count_spin_box import CountSpinBox
from charity_desk.ui.widgets.form_error import FormError
from charity_desk.ui.widgets.paged_table import PagedTable

DUE_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("ReverificationTab", "Name"), lambda p: p.full_name),
    Column(QT_TRANSLATE_NOOP("ReverificationTab", "National ID"), lambda p: p.national_id, ltr=True),
    Column(QT_TRANSLATE_NOOP("ReverificationTab", "Mobile"), lambda p: p.mobile, ltr=True),
    Column(QT_TRANSLATE_NOOP("ReverificationTab", "City"), lambda p: p.city),
)


class ReverificationTab(QWidget):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self._services = services
        self._days = 0
        actor = services.actor
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.due_model = PagedListModel("ReverificationTab", DUE_COLUMNS, parent=self)
        self.due_model.total_changed.connect(self._show_summary)
        self.table = PagedTable(self.due_model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        confirm = QPushButton(self.tr("Confirm file is up to date"))
        confirm.setToolTip(self.tr("The data was checked with the person today"))
        confirm.clicked.connect(self.confirm_selected)
        confirm.setEnabled(actor.can(Permission.BENEFICIARY_EDIT))
        buttons = QHBoxLayout()
        buttons.addWidget(confirm)
        if actor.can(Permission.PROGRAM_MANAGE):
            suspend = QPushButton(self.tr("Suspend selected…"))
            suspend.clicked.connect(self._ask_suspend)
            buttons.addWidget(suspend)
        buttons.addStretch()
        self.error = FormError()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        self.period = CountSpinBox("day", 30, 1095)
        if actor.can(Permission.SETTINGS_MANAGE):
            save_period = QPushButton(self.tr("Save period"))
            save_period.clicked.connect(self.save_period)
            period_row = QHBoxLayout()
            period_row.addWidget(QLabel(self.tr("Re-verify every file every")))
            period_row.addWidget(self.period)
            period_row.addWidget(save_period)
            period_row.addStretch()
            layout.addLayout(period_row)

    def activate(self) -> None:
        self._days = self._services.reverification.period_days()
        self.period.setValue(self._days)
        self.due_model.set_source(self._services.lists.reverification_due(self._days, date.today()))

    def _show_summary(self, total: int) -> None:
        self.summary.setText(self.tr("Files not confirmed with the person in the last {days}: {count}. Contact "
                                     "each person, check the data with them, then confirm the file.").format(
            days=counted(self._days, "day"), count=show_number(total)))

    def _chosen(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        chosen = [self.due_model.row_id(row) for row in rows]
        current = self.table.current_id()
        return chosen or ([current] if current is not None else [])

    def _left_the_list(self, beneficiary_ids: list[int]) -> None:
        """Confirmed or suspended files are no longer due: their rows go, the others stay."""
        for beneficiary_id in beneficiary_ids:
            self.table.refresh(beneficiary_id)

    def confirm_selected(self) -> None:
        chosen = self._chosen()

        def confirm():
            for beneficiary_id in chosen:
                self._services.reverification.confirm(beneficiary_id)
        if chosen and submit(None, self.error, confirm):
            self._left_the_list(chosen)

    def _ask_suspend(self) -> None:
        if not self._chosen():
            return
        reason, ok = QInputDialog.getText(self, self.tr("Suspend files"), self.tr("Why are these files suspended?"))
        if ok:
            self.suspend_selected(reason)

    def suspend_selected(self, reason: str) -> None:
        chosen = self._chosen()
        if chosen and submit(None, self.error, lambda: self._services.reverification.suspend(chosen, reason)):
            self._left_the_list(chosen)

    def save_period(self) -> None:
        if submit(None, self.error, lambda: self._services.reverification.set_period_days(self.period.value())):
            self.activate()
