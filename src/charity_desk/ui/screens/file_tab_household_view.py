"""The file's «Household» tab: every registered file of the person's household, with the relation, the
income and what each applied for and received; each row opens that file (Enter, double-click, or the
button).  A household is bounded by nature (one family), so a ``SimpleTable`` holds it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from charity_desk.domain.application_flow import state_name
from charity_desk.domain.counting import OBLIQUE
from charity_desk.i18n import current_language, render
from charity_desk.reference import choice_label
from charity_desk.services.file_views import BeneficiaryFile
from charity_desk.services.households import HouseholdFile, HouseholdView
from charity_desk.services.registry import ActorServices
from charity_desk.ui.formatting import counted, show_amount, show_number
from charity_desk.ui.screens.file_tab_household import FileTab
from charity_desk.ui.widgets.simple_table import SimpleTable, fit_columns

NAME, RELATION, NATIONAL_ID, INCOME, APPLIED, RECEIVED = range(6)


class HouseholdTab(FileTab):
    #: The id of the household file to open.
    open_file = Signal(int)

    def __init__(self, services: ActorServices, parent=None):
        super().__init__(services, parent)
        self.view: HouseholdView | None = None
        self.summary = QLabel()
        self.summary.setObjectName("fileName")
        self.summary.setWordWrap(True)
        self.note = QLabel()
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        self.table = SimpleTable([self.tr("Name"), self.tr("Relation"), self.tr("National ID"),
                                  self.tr("Monthly income"), self.tr("Applied for"), self.tr("Received")],
                                 ltr_columns=frozenset({NATIONAL_ID, INCOME}))
        fit_columns(self.table, (APPLIED, RECEIVED))
        self.table.setAccessibleName(self.tr("Files of the household"))
        self.table.activated.connect(lambda _index: self._open_current())
        self.open_button = QPushButton(self.tr("Open file"))
        self.open_button.clicked.connect(self._open_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)

    def load(self, file: BeneficiaryFile) -> None:
        self._file = file
        self.view = view = self._services.households.view(file.person.id)
        if view.money is not None:
            self.summary.setText(self.tr(
                "Household of {people}: monthly income {income} riyals, {per_person} riyals per person "
                "(each person counted once across the linked files).").format(
                people=counted(view.money.size, "person", OBLIQUE), income=show_amount(view.money.total_income),
                per_person=show_amount(view.money.income_per_person)))
        else:
            self.summary.setText(self.tr("Registered files of the household: {count}").format(
                count=show_number(len(view.files) + 1 + view.not_shown)))
        notes = []
        if not view.files and not view.not_shown:
            notes.append(self.tr("No other registered file is linked to this family. A family member is linked "
                                 "when their national ID is a registered file's, or when both files name each "
                                 "other."))
        if view.not_shown:
            notes.append(self.tr("{count} of the household are outside your caseload and not shown.").format(
                count=counted(view.not_shown, "file")))
        self.note.setText(" ".join(notes))
        self.note.setVisible(bool(notes))
        # The file itself first (what it applied for and received, beside the others'), then the others.
        shown = ([view.this_file] if view.this_file else []) + list(view.files)
        self.table.set_rows([self._row(f) for f in shown], keys=[f.beneficiary_id for f in shown])
        self.table.setColumnHidden(INCOME, view.money is None)  # without the income permission
        link = QBrush(self.palette().color(QPalette.ColorRole.Link))
        for row, member in enumerate(shown):
            for column in (APPLIED, RECEIVED):
                cell = self.table.item(row, column)
                cell.setToolTip(cell.text())
            if member is view.this_file:
                font = self.table.item(row, NAME).font()
                font.setBold(True)
                self.table.item(row, NAME).setFont(font)
                continue
            item = self.table.item(row, NAME)
            font = item.font()
            font.setUnderline(True)
            item.setFont(font)
            item.setForeground(link)
            item.setToolTip(self.tr("Open the file of {name}").format(name=member.full_name))
        self.open_button.setEnabled(bool(view.files))
        if view.files:
            self.table.setCurrentCell(len(shown) - len(view.files), NAME)  # the first other file

    def _row(self, member: HouseholdFile) -> tuple:
        language = current_language()
        relation = choice_label("relation", member.relation, language) if member.relation else ""
        if member.relation_side == "self":
            relation = self.tr("this file")
        elif member.relation_side == "lists":
            relation = self.tr("lists this person as: {relation}").format(relation=relation)
        elif member.relation_side == "through":
            relation = self.tr("same household (through another file)")
        applied = "، ".join(f"{a.program} ({render(state_name(a.state))})" for a in member.applied)
        received = "، ".join(
            self.tr("{program}: {times}").format(program=r.program, times=counted(r.deliveries, "time"))
            + (self.tr(", {cash} riyals").format(cash=show_amount(r.cash)) if r.cash else "")
            for r in member.received)
        income = show_amount(member.monthly_income) if member.monthly_income is not None else ""
        return (member.full_name, relation, member.national_id, income,
                applied or self.tr("nothing"), received or self.tr("nothing"))

    def _open_current(self) -> None:
        beneficiary_id = self.table.current_key()
        if beneficiary_id is not None and beneficiary_id != self._file.person.id:  # not the file already open
            self.open_file.emit(beneficiary_id)
