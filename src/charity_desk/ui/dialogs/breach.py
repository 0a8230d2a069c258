"""Recording a personal-data breach as soon as it is discovered: the 72 hours run from that moment."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from charity_desk.domain.privacy_deadlines import BREACH_NOTICE_HOURS
from charity_desk.i18n import current_language
from charity_desk.reference import breach_categories
from charity_desk.services.breaches import BreachInput
from charity_desk.services.registry import ActorServices
from charity_desk.ui.form_submit import lay_out_form, submit
from charity_desk.ui.formatting import show_number
from charity_desk.ui.widgets.field_form import FieldForm
from charity_desk.ui.widgets.form_error import FormError
from charity_desk.ui.widgets.moment_input import MomentInput


class NewBreachDialog(QDialog):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self._services = services
        self.breach_id: int | None = None
        self.setWindowTitle(self.tr("Record a breach"))
        self.resize(680, 600)
        self.form = FieldForm()
        self.description = self.form.add_field("description", self.tr("What happened"), QPlainTextEdit())
        self.discovered_at = self.form.add_field("discovered_at", self.tr("Discovered at"), MomentInput())
        hint = QLabel(self.tr("The authority must be notified within {hours} hours of the discovery.").format(
            hours=show_number(BREACH_NOTICE_HOURS)))
        hint.setObjectName("muted")
        self.form.addRow("", hint)
        self.records_affected = self.form.add_field("records_affected", self.tr("Records affected (about)"),
                                                    QSpinBox())
        self.records_affected.setRange(0, 10_000_000)
        boxes = QWidget()
        grid = QGridLayout(boxes)
        grid.setContentsMargins(0, 0, 0, 0)
        self.categories: dict[str, QCheckBox] = {}
        for index, category in enumerate(breach_categories()):
            box = QCheckBox(category.label(current_language()))
            self.categories[category.code] = box
            grid.addWidget(box, index // 2, index % 2)
        self.form.add_field("categories", self.tr("Data affected"), boxes)
        self.actions = self.form.add_field("actions", self.tr("Actions taken so far"), QPlainTextEdit())
        for box in (self.description, self.actions):
            box.setMaximumHeight(90)
        self.error = FormError()
        lay_out_form(self, self.form, self.error, self.save)

    def chosen_categories(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.categories.items() if box.isChecked())

    def save(self) -> None:
        def record():
            self.breach_id = self._services.breaches.record(BreachInput(
                description=self.description.toPlainText(), discovered_at=self.discovered_at.value(),
                records_affected=self.records_affected.value(), categories=self.chosen_categories(),
                actions=self.actions.toPlainText()))
        if submit(self.form, self.error, record):
            self.accept()
