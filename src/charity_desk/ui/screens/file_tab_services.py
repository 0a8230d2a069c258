"""The file's «Services received» tab: what the person was given, with totals for them and their
household (clause 3-1: one place to see what a person has applied for and received), and their
appointments."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from charity_desk.domain.roles import Permission
from charity_desk.services.delivery import Totals
from charity_desk.services.file_views import BeneficiaryFile
from charity_desk.services.registry import ActorServices
from charity_desk.ui.bidi import ltr
from charity_desk.ui.dialogs.record_delivery import RecordDeliveryDialog
from charity_desk.ui.feedback_labels import DELIVERY_KINDS, label
from charity_desk.ui.formatting import show_amount, show_short_date, show_text
from charity_desk.ui.screens.file_appointments import PersonAppointments
from charity_desk.ui.screens.file_tab_household import FileTab
from charity_desk.ui.widgets.simple_table import SimpleTable


class ServicesTab(FileTab):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(services, parent)
        self.person_totals, self.family_totals = QLabel(), QLabel()
        self.family_totals.setObjectName("muted")
        self.table = SimpleTable([self.tr("Date"), self.tr("Program"), self.tr("Session"), self.tr("Kind"),
                                  self.tr("Amount"), self.tr("Items"), self.tr("Quantity"), self.tr("Notes"),
                                  self.tr("By")], ltr_columns=frozenset({4, 6}))
        record = QPushButton(self.tr("Record delivery…"))
        record.clicked.connect(self.record)
        record.setEnabled(services.actor.can(Permission.APPLICATION_EDIT))
        row = QHBoxLayout()
        row.addWidget(record)
        row.addStretch()
        self.appointments = PersonAppointments(services)
        layout = QVBoxLayout(self)
        layout.addWidget(self.person_totals)
        layout.addWidget(self.family_totals)
        layout.addWidget(self.table, 3)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.appointments, 2)

    def _totals(self, text: str, totals: Totals) -> str:
        return text.format(deliveries=totals.deliveries, cash=ltr(show_amount(totals.cash)), items=totals.items)

    def load(self, file: BeneficiaryFile) -> None:
        self._file = file
        delivery = self._services.delivery
        person_id = file.person.id
        self.person_totals.setText(show_text(self._totals(self.tr(
            "This person: {deliveries} deliveries, {cash} riyals in cash, {items} items."),
            delivery.totals_for_beneficiary(person_id))))
        self.family_totals.setText(show_text(self._totals(self.tr(
            "The household (relatives registered as beneficiaries included): {deliveries} deliveries, "
            "{cash} riyals in cash, {items} items."), delivery.totals_for_family(person_id))))
        rows = delivery.deliveries(person_id)
        self.table.set_rows([(show_short_date(d.delivered_on), d.program, d.session, label(DELIVERY_KINDS, d.kind),
                              show_amount(d.amount) if d.kind == "cash" else "", d.items,
                              d.quantity or "", d.notes, d.staff) for d in rows], keys=[d.id for d in rows])
        self.appointments.load(person_id)

    def record_dialog(self) -> RecordDeliveryDialog:
        """The delivery form for this person, not yet shown (tests fill it before ``exec``)."""
        return RecordDeliveryDialog(self._services, self._file.person.id, self)

    def record(self) -> None:
        if self.record_dialog().exec():
            self.changed.emit()
