"""Retention (PDPL): the period kept per data category, the check that flags records past it, the
administrator's approval (password again) that destroys them for good, the destruction records,
and the legal holds that protect a person from all of it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from charity_desk.domain.messages import QT_TRANSLATE_NOOP
from charity_desk.i18n import current_language
from charity_desk.services.registry import ActorServices
from charity_desk.services.retention import MAX_YEARS, MIN_YEARS
from charity_desk.services.retention_views import RetentionRunView, category
from charity_desk.ui.form_submit import submit
from charity_desk.ui.formatting import counted, show_date, show_moment, show_short_date
from charity_desk.ui.widgets.count_spin_box import CountSpinBox
from charity_desk.ui.widgets.form_error import FormError
from charity_desk.ui.widgets.simple_table import SimpleTable

ACTIONS = {
    "delete": QT_TRANSLATE_NOOP("RetentionTab", "Deleted"),
    "anonymize": QT_TRANSLATE_NOOP("RetentionTab", "Anonymized"),
    "deleted": QT_TRANSLATE_NOOP("RetentionTab", "Deleted"),
    "anonymized": QT_TRANSLATE_NOOP("RetentionTab", "Anonymized"),
}


def _label(code: str) -> str:
    return category(code).label(current_language())


class RetentionTab(QWidget):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self._retention = services.retention
        self._run: RetentionRunView | None = None
        self._rule_codes: list[str] = []
        self.error = FormError()
        layout = QGridLayout(self)
        layout.addWidget(self._rules_box(), 0, 0)
        layout.addWidget(self._holds_box(), 1, 0)
        layout.addWidget(self._check_box(), 0, 1)
        layout.addWidget(self._destructions_box(), 1, 1)
        layout.addWidget(self.error, 2, 0, 1, 2)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 1)

    def _rules_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Retention periods"))
        self.rules = SimpleTable([self.tr("Data category"), self.tr("Counted from"), self.tr("At the end"),
                                  self.tr("Years")])
        save = QPushButton(self.tr("Save periods"))
        save.clicked.connect(self.save_rules)
        column = QVBoxLayout(box)
        column.addWidget(self.rules, 1)
        column.addWidget(save, 0, Qt.AlignmentFlag.AlignLeading)
        return box

    def _holds_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Legal holds"))
        note = QLabel(self.tr("Nothing about a person on hold is flagged or destroyed until the hold is lifted."))
        note.setObjectName("muted")
        note.setWordWrap(True)
        self.holds = SimpleTable([self.tr("Name"), self.tr("National ID"), self.tr("Reason")],
                                 ltr_columns=frozenset({1}))
        self.hold_id = QLineEdit()
        self.hold_id.setPlaceholderText(self.tr("National ID"))
        self.hold_reason = QLineEdit()
        self.hold_reason.setPlaceholderText(self.tr("Reason for the hold"))
        place = QPushButton(self.tr("Place on hold"))
        place.clicked.connect(self.place_hold)
        release = QPushButton(self.tr("Lift selected hold…"))
        release.clicked.connect(self._ask_release)
        row = QHBoxLayout()
        row.addWidget(self.hold_id)
        row.addWidget(self.hold_reason, 1)
        row.addWidget(place)
        column = QVBoxLayout(box)
        column.addWidget(note)
        column.addWidget(self.holds, 1)
        column.addLayout(row)
        column.addWidget(release, 0, Qt.AlignmentFlag.AlignLeading)
        return box

    def _check_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Records past retention"))
        run = QPushButton(self.tr("Find records past retention"))
        run.clicked.connect(self.find)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.flags = SimpleTable([self.tr("Data category"), self.tr("Person"), self.tr("National ID"),
                                  self.tr("Counted from"), self.tr("Record")], ltr_columns=frozenset({2, 4}))
        self.flags.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        leave_out = QPushButton(self.tr("Leave selected out"))
        leave_out.clicked.connect(self.leave_out_selected)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Your password, asked again to destroy"))
        self.password.setMinimumWidth(240)
        self.approve_button = QPushButton(self.tr("Approve and destroy…"))
        self.approve_button.setObjectName("danger")
        self.approve_button.clicked.connect(self._ask_approve)
        top = QHBoxLayout()
        top.addWidget(run)
        top.addStretch()
        bottom = QHBoxLayout()
        bottom.addWidget(leave_out)
        bottom.addStretch()
        bottom.addWidget(self.password)
        bottom.addWidget(self.approve_button)
        column = QVBoxLayout(box)
        column.addLayout(top)
        column.addWidget(self.summary)
        column.addWidget(self.flags, 1)
        column.addLayout(bottom)
        return box

    def _destructions_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Destruction records"))
        self.destructions = SimpleTable([self.tr("Approved"), self.tr("Data category"), self.tr("Done"),
                                         self.tr("Records"), self.tr("Rule"), self.tr("Approved by")])
        QVBoxLayout(box).addWidget(self.destructions)
        return box

    def activate(self) -> None:
        self._load_rules()
        self._load_run(self._retention.pending_run())
        self._load_holds()
        self._load_destructions()

    def _load_rules(self) -> None:
        rules = self._retention.rules()
        language = current_language()
        self.rules.set_rows([(r.category.label(language), r.category.counted_from(language),
                              self.tr(ACTIONS[r.category.action]), "") for r in rules])
        self._rule_codes = [r.category.code for r in rules]
        for row, rule in enumerate(rules):
            years = CountSpinBox("year", MIN_YEARS, MAX_YEARS)
            years.setValue(rule.years)
            self.rules.setCellWidget(row, 3, years)

    def _load_run(self, run: RetentionRunView | None) -> None:
        self._run = run
        self.approve_button.setEnabled(bool(run and run.flags))
        if run is None:
            self.summary.setText(self.tr("No check is waiting for approval. Run the check to find records "
                                         "whose retention period has passed."))
            self.flags.set_rows([])
            return
        counts = "، ".join(f"{_label(code)}: {count}" for code, count in run.counts.items() if count)
        self.summary.setText(self.tr("Past retention on {date}: {count}. Review them, leave out any that "
                                     "must be kept, then approve.").format(
            date=show_date(run.as_of), count=counted(run.total, "record")) + (f"\n{counts}" if counts else ""))
        self.flags.set_rows([(_label(f.category), f.beneficiary_name, f.national_id, show_short_date(f.relevant_on),
                              str(f.record_id)) for f in run.flags], keys=[f.flag_id for f in run.flags])

    def _load_holds(self) -> None:
        holds = self._retention.legal_holds()
        self.holds.set_rows([(h.full_name, h.national_id, h.reason) for h in holds],
                            keys=[h.beneficiary_id for h in holds])

    def _load_destructions(self) -> None:
        records = self._retention.destructions()
        self.destructions.set_rows([
            (show_moment(d.approved_at), _label(d.category), self.tr(ACTIONS[d.action]), str(d.record_count),
             self.tr("{years}, before {date}").format(years=counted(d.years, "year"), date=show_short_date(d.cutoff)),
             d.approved_by) for d in records])

    def save_rules(self) -> None:
        def save():
            for row, code in enumerate(self._rule_codes):
                self._retention.set_years(code, self.rules.cellWidget(row, 3).value())
        if submit(None, self.error, save):
            self._load_rules()

    def find(self) -> None:
        found: list[RetentionRunView] = []
        if submit(None, self.error, lambda: found.append(self._retention.find_past_retention())):
            self._load_run(found[0])

    def leave_out_selected(self) -> None:
        chosen = self.flags.selected_keys()
        if chosen and submit(None, self.error, lambda: self._retention.exclude(chosen)):
            self._load_run(self._retention.pending_run())

    def _ask_approve(self) -> None:
        if self._run is None:
            return
        answer = QMessageBox.warning(
            self, self.tr("Destroy records"),
            self.tr("{count} will be deleted or anonymized for good. This cannot be undone. Continue?").format(
                count=counted(self._run.total, "record")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.approve()

    def approve(self) -> None:
        if self._run is None:
            return
        if not self.password.text():
            self.error.setText(self.tr("Type your password again to approve the destruction."))
            self.error.show()
            self.password.setFocus()
            return
        run_id, password = self._run.id, self.password.text()
        self.password.clear()
        if submit(None, self.error, lambda: self._retention.approve(run_id, password)):
            self.activate()

    def place_hold(self) -> None:
        national_id, reason = self.hold_id.text(), self.hold_reason.text()
        if submit(None, self.error, lambda: self._retention.place_hold(national_id, reason)):
            self.hold_id.clear()
            self.hold_reason.clear()
            self._load_holds()

    def _ask_release(self) -> None:
        if self.holds.current_key() is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Lift the legal hold"), self.tr("Why is the hold lifted?"))
        if ok:
            self.release_selected(reason)

    def release_selected(self, reason: str) -> None:
        beneficiary_id = self.holds.current_key()
        if beneficiary_id is not None and submit(None, self.error,
                                                 lambda: self._retention.release_hold(beneficiary_id, reason)):
            self._load_holds()

