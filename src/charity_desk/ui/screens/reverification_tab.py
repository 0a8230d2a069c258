"""Annual re-verification: files not confirmed with the person within the period.

Confirming is the normal outcome; suspending is kept for program managers and always asks why.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from charity_desk.domain.roles import Permission
from charity_desk.services.registry import ActorServices
from charity_desk.ui.form_submit import submit
from charity_desk.ui.widgets.form_error import FormError
from charity_desk.ui.widgets.simple_table import SimpleTable


class ReverificationTab(QWidget):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self._services = services
        actor = services.actor
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = SimpleTable([self.tr("Name"), self.tr("National ID"), self.tr("Mobile"), self.tr("City")],
                                 ltr_columns=frozenset({1, 2}))
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
        self.period = QSpinBox()
        self.period.setRange(30, 1095)
        self.period.setLocale(QLocale(QLocale.Language.English))
        self.period.setSuffix(self.tr(" days"))
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
        days = self._services.reverification.period_days()
        self.period.setValue(days)
        due = self._services.reverification.due()
        self.summary.setText(self.tr("%n file(s) not confirmed with the person in the last {days} days. Contact "
                                     "each person, check the data with them, then confirm the file.", "",
                                     len(due)).format(days=days))
        self.table.set_rows([(p.full_name, p.national_id, p.mobile, p.city) for p in due], keys=[p.id for p in due])

    def _chosen(self) -> list[int]:
        return self.table.selected_keys() or ([self.table.current_key()] if self.table.current_key() else [])

    def confirm_selected(self) -> None:
        chosen = self._chosen()

        def confirm():
            for beneficiary_id in chosen:
                self._services.reverification.confirm(beneficiary_id)
        if chosen and submit(None, self.error, confirm):
            self.activate()

    def _ask_suspend(self) -> None:
        if not self._chosen():
            return
        reason, ok = QInputDialog.getText(self, self.tr("Suspend files"), self.tr("Why are these files suspended?"))
        if ok:
            self.suspend_selected(reason)

    def suspend_selected(self, reason: str) -> None:
        chosen = self._chosen()
        if chosen and submit(None, self.error, lambda: self._services.reverification.suspend(chosen, reason)):
            self.activate()

    def save_period(self) -> None:
        if submit(None, self.error, lambda: self._services.reverification.set_period_days(self.period.value())):
            self.activate()
