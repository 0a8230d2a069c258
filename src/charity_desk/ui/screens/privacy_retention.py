"""Retention (PDPL): the period kept per data category, the check that flags records past it, the
administrator's approval (password again) that destroys them for good, the destruction records,
and the legal holds that protect a person from all of it.

The flags, the destruction records and the holds are read a page at a time; the check and the
approval, which go through every file, run off the GUI thread while the tab takes no input."""

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
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError
from charity_desk.i18n import current_language
from charity_desk.services.errors import ServiceError
from charity_desk.services.registry import ActorServices
from charity_desk.services.retention import MAX_YEARS, MIN_YEARS
from charity_desk.services.retention_views import RetentionRunView, category
from charity_desk.ui.busy_work import run_while_busy
from charity_desk.ui.form_submit import submit
from charity_desk.ui.formatting import counted, show_date, show_moment, show_short_date
from charity_desk.ui.models.paged_list import Column, PagedListModel
from charity_desk.ui.widgets.count_spin_box import CountSpinBox
from charity_desk.ui.widgets.form_error import FormError
from charity_desk.ui.widgets.paged_table import PagedTable
from charity_desk.ui.widgets.simple_table import SimpleTable

ACTIONS = {
    "delete": QT_TRANSLATE_NOOP("RetentionTab", "Deleted"),
    "anonymize": QT_TRANSLATE_NOOP("RetentionTab", "Anonymized"),
    "deleted": QT_TRANSLATE_NOOP("RetentionTab", "Deleted"),
    "anonymized": QT_TRANSLATE_NOOP("RetentionTab", "Anonymized"),
}


def show_rows(table: QTableView, rows: int) -> None:
    """Keep ``table`` tall enough for ``rows`` rows under its header (and its sideways scroll bar)."""
    height = (table.horizontalHeader().sizeHint().height() + rows * table.verticalHeader().defaultSectionSize()
              + table.horizontalScrollBar().sizeHint().height() + 2 * table.frameWidth())
    table.setMinimumHeight(height)


def _label(code: str) -> str:
    return category(code).label(current_language())


class RetentionTab(QWidget):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self._retention = services.retention
        self._lists = services.lists
        self._task = None
        self._flags_run: int | None = None
        self._run: RetentionRunView | None = None
        self._rule_codes: list[str] = []
        self.error = FormError()
        # Each table keeps the rows it needs to be worked with (every category's period, a screenful
        # of flags to review); when the window is shorter than that (1366x768), the tab scrolls
        # instead of squeezing them to a row or two.  Wide rows scroll sideways within their table.
        content = QWidget()
        layout = QGridLayout(content)
        layout.addWidget(self._rules_box(), 0, 0)
        layout.addWidget(self._holds_box(), 1, 0)
        layout.addWidget(self._check_box(), 0, 1)
        layout.addWidget(self._destructions_box(), 1, 1)
        layout.addWidget(self.error, 2, 0, 1, 2)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

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
        self.holds_model = PagedListModel("", (
            Column(self.tr("Name"), lambda h: h.full_name),
            Column(self.tr("National ID"), lambda h: h.national_id, ltr=True),
            Column(self.tr("Reason"), lambda h: h.reason),
        ), parent=self)
        self.holds = PagedTable(self.holds_model)
        show_rows(self.holds, 4)
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
        self.flags_model = PagedListModel("", (
            Column(self.tr("Data category"), lambda f: _label(f.category)),
            Column(self.tr("Person"), lambda f: f.beneficiary_name),
            Column(self.tr("National ID"), lambda f: f.national_id, ltr=True),
            Column(self.tr("Counted from"), lambda f: show_short_date(f.relevant_on)),
            Column(self.tr("Record"), lambda f: str(f.record_id), ltr=True),
        ), parent=self)
        self.flags = PagedTable(self.flags_model)
        show_rows(self.flags, 6)
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
        self.destructions_model = PagedListModel("", (
            Column(self.tr("Approved"), lambda d: show_moment(d.approved_at), ltr=True),
            Column(self.tr("Data category"), lambda d: _label(d.category)),
            Column(self.tr("Done"), lambda d: self.tr(ACTIONS[d.action])),
            Column(self.tr("Records"), lambda d: str(d.record_count)),
            Column(self.tr("Rule"), lambda d: self.tr("{years}, before {date}").format(
                years=counted(d.years, "year"), date=show_short_date(d.cutoff))),
            Column(self.tr("Approved by"), lambda d: d.approved_by),
        ), parent=self)
        self.destructions = PagedTable(self.destructions_model)
        show_rows(self.destructions, 4)
        QVBoxLayout(box).addWidget(self.destructions)
        return box

    def activate(self) -> None:
        self._load_rules()
        self._load_run(self._retention.pending_run(with_flags=False))
        self.holds_model.set_source(self._lists.legal_holds())
        self.destructions_model.set_source(self._lists.destructions())

    def _load_rules(self) -> None:
        rules = self._retention.rules()
        language = current_language()
        self.rules.set_rows([(r.category.label(language), r.category.counted_from(language),
                              self.tr(ACTIONS[r.category.action]), "") for r in rules])
        self._rule_codes = [r.category.code for r in rules]
        show_rows(self.rules, len(rules))
        for row, rule in enumerate(rules):
            years = CountSpinBox("year", MIN_YEARS, MAX_YEARS)
            years.setValue(rule.years)
            self.rules.setCellWidget(row, 3, years)

    def _load_run(self, run: RetentionRunView | None) -> None:
        self._run = run
        self.approve_button.setEnabled(run is not None and run.total > 0)
        if run is None:
            self.summary.setText(self.tr("No check is waiting for approval. Run the check to find records "
                                         "whose retention period has passed."))
            self.flags_model.set_source(None)
            self._flags_run = None
            return
        counts = "، ".join(f"{_label(code)}: {count}" for code, count in run.counts.items() if count)
        self.summary.setText(self.tr("Past retention on {date}: {count}. Review them, leave out any that "
                                     "must be kept, then approve.").format(
            date=show_date(run.as_of), count=counted(run.total, "record")) + (f"\n{counts}" if counts else ""))
        if run.id != self._flags_run:  # the same check keeps its rows (and what is chosen)
            self.flags_model.set_source(self._lists.retention_flags(run.id))
        self._flags_run = run.id

    def save_rules(self) -> None:
        def save():
            for row, code in enumerate(self._rule_codes):
                self._retention.set_years(code, self.rules.cellWidget(row, 3).value())
        if submit(None, self.error, save):
            self._load_rules()

    def find(self) -> None:
        """Run the check over every file off the GUI thread; then show what it flagged."""
        retention = self._retention
        self._busy(lambda: retention.find_past_retention().id,
                   lambda run_id: self._load_run(retention.pending_run(run_id, with_flags=False)))

    def leave_out_selected(self) -> None:
        rows = sorted(index.row() for index in self.flags.selectionModel().selectedRows())
        chosen = [self.flags_model.row_id(row) for row in rows]
        if chosen and submit(None, self.error, lambda: self._retention.exclude(chosen)):
            for flag_id in chosen:
                self.flags.refresh(flag_id)
            self._load_run(self._retention.pending_run(with_flags=False))

    def _busy(self, work, done) -> None:
        self.error.clear_message()
        self._task = run_while_busy([self], work, lambda result: self._finished(done, result), self._failed)

    def _finished(self, done, result) -> None:
        self._task = None
        done(result)

    def _failed(self, error: Exception) -> None:
        self._task = None
        if not isinstance(error, (ServiceError, DomainError)):
            raise error
        self.error.show_message(error.message)

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
        retention = self._retention
        self._busy(lambda: retention.approve(run_id, password), lambda _records: self.activate())

    def place_hold(self) -> None:
        national_id, reason = self.hold_id.text(), self.hold_reason.text()
        placed: list[int] = []
        if submit(None, self.error, lambda: placed.append(self._retention.place_hold(national_id, reason))):
            self.hold_id.clear()
            self.hold_reason.clear()
            self.holds.refresh(placed[0])

    def _ask_release(self) -> None:
        if self.holds.current_id() is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Lift the legal hold"), self.tr("Why is the hold lifted?"))
        if ok:
            self.release_selected(reason)

    def release_selected(self, reason: str) -> None:
        beneficiary_id = self.holds.current_id()
        if beneficiary_id is not None and submit(None, self.error,
                                                 lambda: self._retention.release_hold(beneficiary_id, reason)):
            self.holds.refresh(beneficiary_id)

