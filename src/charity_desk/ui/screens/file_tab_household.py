"""The file's household tabs: family, income and expenses, housing, health."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from charity_desk.domain.household import parse_amount
from charity_desk.domain.messages import DomainError
from charity_desk.i18n import current_language
from charity_desk.reference import choice_label, choices
from charity_desk.services.errors import ServiceError
from charity_desk.services.file_edits import HealthInput, HousingInput
from charity_desk.services.file_views import BeneficiaryFile
from charity_desk.services.registry import ActorServices
from charity_desk.ui.dialogs.family_member import FamilyMemberDialog
from charity_desk.ui.formatting import show_amount, show_number, show_short_date
from charity_desk.ui.widgets.choice_combo import ChoiceCombo
from charity_desk.ui.widgets.form_error import FormError
from charity_desk.ui.widgets.simple_table import SimpleTable


def _label(kind: str, code: str) -> str:
    return choice_label(kind, code, current_language())


class FileTab(QWidget):
    changed = Signal()

    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self._services = services
        self._file: BeneficiaryFile | None = None
        self.error = FormError()

    def _run(self, action) -> bool:
        """Call a service; show its message here when it refuses; tell the file when it changed."""
        self.error.clear_message()
        try:
            action()
        except (ServiceError, DomainError) as error:
            self.error.show_message(error.message)
            return False
        self.changed.emit()
        return True

    def _ask_reason(self) -> str | None:
        reason, ok = QInputDialog.getText(self, self.tr("Reason"), self.tr("Why is this removed?"))
        return reason if ok else None


class FamilyTab(FileTab):
    #: The id of a member's own registered file, to open.
    open_file = Signal(int)

    def __init__(self, services: ActorServices, parent=None):
        super().__init__(services, parent)
        self.table = SimpleTable([self.tr("Name"), self.tr("Relation"), self.tr("National ID"), self.tr("Birth date"),
                                  self.tr("Monthly income"), self.tr("Schooling"), self.tr("Disability")],
                                 ltr_columns=frozenset({2, 4}))
        add, edit, remove = QPushButton(self.tr("Add member…")), QPushButton(self.tr("Correct…")), QPushButton(
            self.tr("Remove…"))
        add.clicked.connect(lambda: self._open_dialog(None))
        edit.clicked.connect(lambda: self._open_dialog(self.table.current_key()))
        self.table.doubleClicked.connect(lambda _i: self._open_dialog(self.table.current_key()))
        remove.clicked.connect(self._remove)
        # A member who is a registered file of their own: their name is a link, and this opens it.
        self.open_button = QPushButton(self.tr("Open their file"))
        self.open_button.setObjectName("open_member_file")
        self.open_button.clicked.connect(self._open_member_file)
        self.table.itemSelectionChanged.connect(self._enable_open)
        self.table.setTabKeyNavigation(False)  # arrows move between members; Tab goes on to the buttons
        buttons = QHBoxLayout()
        for button in (add, edit, remove, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.error)

    def load(self, file: BeneficiaryFile) -> None:
        self._file = file
        self.table.set_rows(
            [(m.full_name, _label("relation", m.relation), m.national_id, show_short_date(m.birth_date),
              show_amount(m.monthly_income), _label("schooling", m.schooling), m.disability) for m in file.family],
            keys=[m.id for m in file.family])
        link = QBrush(self.palette().color(QPalette.ColorRole.Link))
        for row, member in enumerate(file.family):
            if member.file_id is None:
                continue
            item = self.table.item(row, 0)
            font = item.font()
            font.setUnderline(True)
            item.setFont(font)
            item.setForeground(link)
            item.setToolTip(self.tr("Registered with a file of their own: «Open their file» opens it"))
        self._enable_open()

    def _member_file(self) -> int | None:
        member_id = self.table.current_key()
        member = next((m for m in self._file.family if m.id == member_id), None) if self._file else None
        return member.file_id if member is not None else None

    def _enable_open(self) -> None:
        self.open_button.setEnabled(self._member_file() is not None)

    def _open_member_file(self) -> None:
        file_id = self._member_file()
        if file_id is not None:
            self.open_file.emit(file_id)

    def _open_dialog(self, member_id) -> None:
        member = next((m for m in self._file.family if m.id == member_id), None)
        if member_id is not None and member is None:
            return
        if FamilyMemberDialog(self._services, self._file.person.id, member, self).exec():
            self.changed.emit()

    def _remove(self) -> None:
        member_id = self.table.current_key()
        if member_id is not None and (reason := self._ask_reason()) is not None:
            self._run(lambda: self._services.file_edits.remove_family_member(member_id, reason))


class MoneyTab(FileTab):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(services, parent)
        self.table = SimpleTable([self.tr("Kind"), self.tr("Category"), self.tr("Description"),
                                  self.tr("Monthly amount")], ltr_columns=frozenset({3}))
        self.totals = QLabel()
        self.totals.setObjectName("fileName")
        self.income_category = ChoiceCombo(choices("income_category"))
        self.expense_category = ChoiceCombo(choices("expense_category"))
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("riyals per month"))
        self.description = QLineEdit()
        add_income, add_expense = QPushButton(self.tr("Add income")), QPushButton(self.tr("Add expense"))
        add_income.clicked.connect(lambda: self._add("income", self.income_category.code()))
        add_expense.clicked.connect(lambda: self._add("expense", self.expense_category.code()))
        remove = QPushButton(self.tr("Remove…"))
        remove.clicked.connect(self._remove)
        # In the order of entry, right to left: what and how much first, then which kind it is and «Add».
        amount_row = QHBoxLayout()
        for widget in (QLabel(self.tr("Amount")), self.amount, QLabel(self.tr("Description")), self.description):
            amount_row.addWidget(widget)
        amount_row.setStretch(3, 1)
        kind_row = QHBoxLayout()
        for widget in (QLabel(self.tr("Income")), self.income_category, add_income, QLabel(self.tr("Expense")),
                       self.expense_category, add_expense):
            kind_row.addWidget(widget)
        kind_row.addStretch()
        kind_row.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.addWidget(self.totals)
        layout.addWidget(self.table)
        layout.addLayout(amount_row)
        layout.addLayout(kind_row)
        layout.addWidget(self.error)

    def load(self, file: BeneficiaryFile) -> None:
        self._file = file
        money = file.money
        self.table.set_rows(
            [(self.tr("Income") if i.direction == "income" else self.tr("Expense"),
              _label(f"{i.direction}_category", i.category), i.description, show_amount(i.monthly_amount))
             for i in money.items], keys=[i.id for i in money.items])
        self.totals.setText(self.tr("Monthly income {income} — expenses {expenses} — household of {size} — "
                                    "income per person {per_person} riyals").format(
            income=show_amount(money.total_income), expenses=show_amount(money.total_expenses),
            size=show_number(money.household_size), per_person=show_amount(money.income_per_person)))

    def _add(self, direction: str, category: str) -> None:
        def add():
            amount = parse_amount(self.amount.text())
            self._services.file_edits.add_money_item(self._file.person.id, direction, category, amount,
                                                     self.description.text())
        if self._run(add):
            self.amount.clear()
            self.description.clear()

    def _remove(self) -> None:
        item_id = self.table.current_key()
        if item_id is not None and (reason := self._ask_reason()) is not None:
            self._run(lambda: self._services.file_edits.remove_money_item(item_id, reason))


class HousingTab(FileTab):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(services, parent)
        self.tenure = ChoiceCombo(choices("housing_tenure"))
        self.kind = ChoiceCombo(choices("housing_kind"))
        self.rooms = QSpinBox()
        self.rooms.setRange(0, 50)
        self.rent = QLineEdit()
        self.condition = ChoiceCombo(choices("housing_condition"))
        self.notes = QPlainTextEdit()
        self.reason = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Tenure"), self.tenure)
        form.addRow(self.tr("Kind of home"), self.kind)
        form.addRow(self.tr("Rooms"), self.rooms)
        form.addRow(self.tr("Monthly rent (riyals)"), self.rent)
        form.addRow(self.tr("Condition"), self.condition)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.tr("Reason for a correction"), self.reason)
        save = QPushButton(self.tr("Save housing"))
        save.clicked.connect(self._save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(save)
        layout.addWidget(self.error)
        layout.addStretch()

    def load(self, file: BeneficiaryFile) -> None:
        self._file = file
        housing = file.housing
        self.tenure.set_code(housing.tenure)
        self.kind.set_code(housing.kind)
        self.rooms.setValue(housing.rooms)
        self.rent.setText(str(housing.monthly_rent))
        self.condition.set_code(housing.condition)
        self.notes.setPlainText(housing.notes)

    def _save(self) -> None:
        def save():
            data = HousingInput(self.tenure.code(), self.kind.code(), self.rooms.value(),
                                parse_amount(self.rent.text() or "0", field="monthly_rent"), self.condition.code(),
                                self.notes.toPlainText())
            self._services.file_edits.save_housing(self._file.person.id, data, self.reason.text())
        if self._run(save):
            self.reason.clear()


class HealthTab(FileTab):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(services, parent)
        self.conditions, self.disability = QPlainTextEdit(), QPlainTextEdit()
        self.medications, self.notes = QPlainTextEdit(), QPlainTextEdit()
        self.reason = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Chronic conditions"), self.conditions)
        form.addRow(self.tr("Disability"), self.disability)
        form.addRow(self.tr("Medications"), self.medications)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.tr("Reason for a correction"), self.reason)
        save = QPushButton(self.tr("Save health data"))
        save.clicked.connect(self._save)
        notice = QLabel(self.tr("Health data is confidential: only staff with the health permission see this tab."))
        notice.setObjectName("muted")
        layout = QVBoxLayout(self)
        layout.addWidget(notice)
        layout.addLayout(form)
        layout.addWidget(save)
        layout.addWidget(self.error)

    def load(self, file: BeneficiaryFile) -> None:
        self._file = file
        self.conditions.setPlainText(file.health.chronic_conditions)
        self.disability.setPlainText(file.health.disability)
        self.medications.setPlainText(file.health.medications)
        self.notes.setPlainText(file.health.notes)

    def _save(self) -> None:
        data = HealthInput(self.conditions.toPlainText(), self.disability.toPlainText(),
                           self.medications.toPlainText(), self.notes.toPlainText())
        if self._run(lambda: self._services.file_edits.save_health(self._file.person.id, data, self.reason.text())):
            self.reason.clear()
