"""The file's referrals tab: where the person was referred, what became of it, and the disclosure log."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout

from charity_desk.domain.roles import Permission
from charity_desk.i18n import translate
from charity_desk.services.file_views import BeneficiaryFile
from charity_desk.services.referral_views import SHARED_ITEMS, STATUSES
from charity_desk.services.registry import ActorServices
from charity_desk.ui.dialogs.referral_outcome import ReferralOutcomeDialog
from charity_desk.ui.formatting import show_moment, show_short_date
from charity_desk.ui.screens.file_tab_household import FileTab
from charity_desk.ui.widgets.simple_table import SimpleTable


class ReferralsTab(FileTab):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(services, parent)
        referrals = QGroupBox(self.tr("Referrals to other associations"))
        self.table = SimpleTable([self.tr("Referred on"), self.tr("To"), self.tr("Why"), self.tr("State"),
                                  self.tr("Outcome"), self.tr("Follow up on"), self.tr("Letter")],
                                 ltr_columns=frozenset({6}))
        refer = QPushButton(self.tr("Refer elsewhere…"))
        refer.clicked.connect(self._refer)
        outcome = QPushButton(self.tr("Record outcome…"))
        outcome.clicked.connect(self._record_outcome)
        can_edit = services.actor.can(Permission.APPLICATION_EDIT)
        refer.setEnabled(can_edit)
        outcome.setEnabled(can_edit)
        row = QHBoxLayout()
        row.addWidget(refer)
        row.addWidget(outcome)
        row.addStretch()
        referrals_layout = QVBoxLayout(referrals)
        referrals_layout.addWidget(self.table)
        referrals_layout.addLayout(row)

        log = QGroupBox(self.tr("Disclosure log: personal data shared outside the association"))
        self.disclosures = SimpleTable([self.tr("When"), self.tr("Shared with"), self.tr("Data items"),
                                        self.tr("Basis"), self.tr("By")], ltr_columns=frozenset({0}))
        QVBoxLayout(log).addWidget(self.disclosures)
        layout = QVBoxLayout(self)
        layout.addWidget(referrals, 3)
        layout.addWidget(self.error)
        layout.addWidget(log, 2)

    def load(self, file: BeneficiaryFile) -> None:
        self._file = file
        self._referrals = self._services.referrals.for_beneficiary(file.person.id)
        self.table.set_rows([(show_short_date(r.referred_on), r.partner_name, r.reason,
                              translate("Referrals", STATUSES[r.status]), r.outcome, show_short_date(r.follow_up_on),
                              r.letter_reference) for r in self._referrals], keys=[r.id for r in self._referrals])
        disclosures = self._services.referrals.disclosures(file.person.id)
        self.disclosures.set_rows([(show_moment(d.shared_at), d.recipient,
                                    self.tr(", ").join(translate("Referrals", SHARED_ITEMS[i]) for i in d.items),
                                    d.basis, d.shared_by) for d in disclosures])

    def _refer(self) -> None:
        from charity_desk.ui.dialogs.referral import ReferralDialog  # with the PDF preview: loaded when used

        if ReferralDialog(self._services, self._file.person.id, parent=self).exec():
            self.changed.emit()

    def _record_outcome(self) -> None:
        referral_id = self.table.current_key()
        referral = next((r for r in self._referrals if r.id == referral_id), None)
        if referral is not None and ReferralOutcomeDialog(self._services, referral, self).exec():
            self.changed.emit()
