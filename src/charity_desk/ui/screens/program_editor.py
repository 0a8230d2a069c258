"""Editing a program: what it gives, its instructions, the documents it needs and its eligibility rules."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from charity_desk.domain.eligibility import EligibilityRules
from charity_desk.domain.household import parse_amount
from charity_desk.domain.messages import DomainError
from charity_desk.domain.needs import Questionnaire
from charity_desk.i18n import current_language
from charity_desk.reference import choices, needs_questionnaire_data, regions
from charity_desk.services.errors import InvalidInput, ServiceError
from charity_desk.services.programs import KINDS, ProgramInput, ProgramView, Requirement
from charity_desk.services.registry import ActorServices
from charity_desk.ui.formatting import show_text
from charity_desk.ui.widgets.date_input import DateInput
from charity_desk.ui.widgets.field_form import FieldForm
from charity_desk.ui.widgets.form_error import FormError


def _checklist(items: list[tuple[str, str]]) -> QListWidget:
    widget = QListWidget()
    for code, label in items:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        widget.addItem(item)
    widget.setMaximumHeight(110)
    return widget


def _checked(widget: QListWidget) -> tuple[str, ...]:
    return tuple(widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                 if widget.item(i).checkState() == Qt.CheckState.Checked)


def _set_checked(widget: QListWidget, codes: tuple[str, ...]) -> None:
    for i in range(widget.count()):
        item = widget.item(i)
        item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in codes
                           else Qt.CheckState.Unchecked)


class ProgramEditor(QWidget):
    saved = Signal(int)

    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self._services = services
        self._program: ProgramView | None = None
        arabic = current_language() == "ar"
        kind_labels = {"cash": self.tr("Cash aid"), "in_kind": self.tr("In-kind aid"), "course": self.tr("Course"),
                       "service": self.tr("Service")}

        general = QGroupBox(self.tr("Program"))
        self.form = FieldForm(general)
        self.code = self.form.add_field("code", self.tr("Code"), QLineEdit())
        self.name = self.form.add_field("name", self.tr("Name"), QLineEdit())
        self.kind = self.form.add_field("kind", self.tr("Kind"), QComboBox())
        for kind in KINDS:
            self.kind.addItem(kind_labels[kind], kind)
        self.capacity = self.form.add_field("capacity", show_text(self.tr("Capacity (0 = no limit)")), QSpinBox())
        self.capacity.setRange(0, 1_000_000)
        self.starts_on = self.form.add_field("starts_on", self.tr("Starts"), DateInput())
        self.ends_on = self.form.add_field("ends_on", self.tr("Ends"), DateInput())
        self.visit_required = QCheckBox(self.tr("A home visit is required before the committee"))
        self.active = QCheckBox(self.tr("Open to new applications"))
        self.active.setChecked(True)
        self.form.addRow("", self.visit_required)
        self.form.addRow("", self.active)
        self.instructions = self.form.add_field("instructions", self.tr("Instructions for applicants"),
                                                QPlainTextEdit())
        self.instructions.setMaximumHeight(90)

        documents = QGroupBox(self.tr("Required documents"))
        self.requirements = QTableWidget(0, 3)
        self.requirements.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Document"), self.tr("Required")])
        self.requirements.horizontalHeader().setStretchLastSection(True)
        self.requirements.setMaximumHeight(150)
        add_row = QPushButton(self.tr("Add document"))
        add_row.clicked.connect(lambda: self._add_requirement(Requirement("", "", True)))
        remove_row = QPushButton(self.tr("Remove document"))
        remove_row.clicked.connect(lambda: self.requirements.removeRow(self.requirements.currentRow()))
        buttons = QHBoxLayout()
        buttons.addWidget(add_row)
        buttons.addWidget(remove_row)
        buttons.addStretch()
        documents_layout = QVBoxLayout(documents)
        documents_layout.addWidget(self.requirements)
        documents_layout.addLayout(buttons)

        rules = QGroupBox(self.tr("Eligibility rules (empty = no rule)"))
        self.rules_form = FieldForm(rules)
        self.max_income = self.rules_form.add_field("max_income_per_person",
                                                    self.tr("Highest monthly income per person (riyals)"), QLineEdit())
        self.min_age = self.rules_form.add_field("min_age", self.tr("Minimum age"), QLineEdit())
        self.max_age = self.rules_form.add_field("max_age", self.tr("Maximum age"), QLineEdit())
        self.min_family = self.rules_form.add_field("min_family_size", self.tr("Minimum family size"), QLineEdit())
        self.max_family = self.rules_form.add_field("max_family_size", self.tr("Maximum family size"), QLineEdit())
        self.nationalities = self.rules_form.add_field("nationalities", self.tr("Nationalities (comma separated)"),
                                                       QLineEdit())
        self.regions = self.rules_form.add_field("regions", self.tr("Regions"),
                                                 _checklist([(r, r) for r in regions()]))
        self.genders = self.rules_form.add_field("genders", self.tr("Gender"), _checklist(
            [(c.code, c.label(current_language())) for c in choices("gender")]))
        questionnaire = Questionnaire.from_data(needs_questionnaire_data())
        self.bands = self.rules_form.add_field("needs_bands", self.tr("Needs bands"), _checklist(
            [(b.code, b.label_ar if arabic else b.label_en) for b in questionnaire.bands]))
        self.requires_disability = QCheckBox(self.tr("Only families with a disability"))
        self.not_receiving = QCheckBox(self.tr("Not already receiving this program"))
        self.not_receiving.setChecked(True)
        self.rules_form.addRow("", self.requires_disability)
        self.rules_form.addRow("", self.not_receiving)
        self.household_counts = QCheckBox(self.tr("Income and family size of the whole household (linked files)"))
        self.household_counts.setToolTip(self.tr("The income per person and the family size are counted over every "
                                                 "registered file of the household, each person once."))
        self.rules_form.addRow("", self.household_counts)

        self.error = FormError()
        save = QPushButton(self.tr("Save program"))
        save.clicked.connect(self.save)
        left = QVBoxLayout()
        left.addWidget(general)
        left.addWidget(documents)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addWidget(rules, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.error)
        layout.addWidget(save, alignment=Qt.AlignmentFlag.AlignLeading)

    def _add_requirement(self, requirement: Requirement) -> None:
        row = self.requirements.rowCount()
        self.requirements.insertRow(row)
        self.requirements.setItem(row, 0, QTableWidgetItem(requirement.code))
        self.requirements.setItem(row, 1, QTableWidgetItem(requirement.label))
        required = QTableWidgetItem()
        required.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        required.setCheckState(Qt.CheckState.Checked if requirement.required else Qt.CheckState.Unchecked)
        self.requirements.setItem(row, 2, required)

    def load(self, program: ProgramView | None) -> None:
        self._program = program
        self.form.clear_errors()
        self.rules_form.clear_errors()
        self.error.clear_message()
        self.requirements.setRowCount(0)
        rules = program.rules if program else EligibilityRules()
        self.code.setText(program.code if program else "")
        self.name.setText(program.name if program else "")
        self.kind.setCurrentIndex(max(self.kind.findData(program.kind if program else "cash"), 0))
        self.capacity.setValue(program.capacity if program else 0)
        self.starts_on.set_value(program.starts_on if program else None)
        self.ends_on.set_value(program.ends_on if program else None)
        self.visit_required.setChecked(bool(program and program.visit_required))
        self.active.setChecked(program.active if program else True)
        self.instructions.setPlainText(program.instructions if program else "")
        for requirement in program.requirements if program else ():
            self._add_requirement(requirement)
        self.max_income.setText("" if rules.max_income_per_person is None else str(rules.max_income_per_person))
        for edit, value in ((self.min_age, rules.min_age), (self.max_age, rules.max_age),
                            (self.min_family, rules.min_family_size), (self.max_family, rules.max_family_size)):
            edit.setText("" if value is None else str(value))
        self.nationalities.setText("، ".join(rules.nationalities))
        _set_checked(self.regions, rules.regions)
        _set_checked(self.genders, rules.genders)
        _set_checked(self.bands, rules.needs_bands)
        self.requires_disability.setChecked(rules.requires_disability)
        self.not_receiving.setChecked(rules.not_already_receiving)
        self.household_counts.setChecked(rules.household_counts)

    def _number(self, edit: QLineEdit, field: str, errors: list) -> int | None:
        text = edit.text().strip()
        if not text:
            return None
        try:
            return int(parse_amount(text, field))
        except DomainError as error:
            errors.append(error)
            return None

    def _rules(self) -> EligibilityRules:
        errors: list[DomainError] = []
        income: Decimal | None = None
        if self.max_income.text().strip():
            try:
                income = parse_amount(self.max_income.text(), "max_income_per_person")
            except DomainError as error:
                errors.append(error)
        numbers = {name: self._number(edit, name, errors) for name, edit in (
            ("min_age", self.min_age), ("max_age", self.max_age), ("min_family_size", self.min_family),
            ("max_family_size", self.max_family))}
        if errors:
            raise InvalidInput(errors)
        nationalities = tuple(n.strip() for n in self.nationalities.text().replace("،", ",").split(",") if n.strip())
        return EligibilityRules(max_income_per_person=income, regions=_checked(self.regions),
                                genders=_checked(self.genders), nationalities=nationalities,
                                requires_disability=self.requires_disability.isChecked(),
                                needs_bands=_checked(self.bands),
                                not_already_receiving=self.not_receiving.isChecked(),
                                household_counts=self.household_counts.isChecked(), **numbers)

    def _requirements(self) -> tuple[Requirement, ...]:
        rows = []
        for row in range(self.requirements.rowCount()):
            code, label = self.requirements.item(row, 0), self.requirements.item(row, 1)
            required = self.requirements.item(row, 2)
            rows.append(Requirement(code.text().strip() if code else "", label.text().strip() if label else "",
                                    required is not None and required.checkState() == Qt.CheckState.Checked))
        return tuple(rows)

    def save(self) -> None:
        self.form.clear_errors()
        self.rules_form.clear_errors()
        self.error.clear_message()
        try:
            data = ProgramInput(
                code=self.code.text(), name=self.name.text(), kind=self.kind.currentData(),
                instructions=self.instructions.toPlainText(), requirements=self._requirements(), rules=self._rules(),
                capacity=self.capacity.value(), starts_on=self.starts_on.value(), ends_on=self.ends_on.value(),
                visit_required=self.visit_required.isChecked(), active=self.active.isChecked())
            program_id = self._services.programs.save(
                data, self._program.id if self._program else None, self._program.version if self._program else None)
        except (InvalidInput, DomainError) as error:
            fields = error.fields if isinstance(error, InvalidInput) else {error.field: error.message}
            self.form.show_errors({k: v for k, v in fields.items() if k in self.form.widgets})
            self.rules_form.show_errors({k: v for k, v in fields.items() if k in self.rules_form.widgets})
            self.error.show_message(error.message)
            return
        except ServiceError as error:
            self.error.show_message(error.message)
            return
        self.saved.emit(program_id)
