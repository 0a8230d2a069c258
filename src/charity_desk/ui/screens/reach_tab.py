"""Indirect beneficiaries (clause 2-2 (2)): reach figures per channel and period, typed or imported.

An imported file is taken whole or not at all: when any row is wrong nothing is stored, and every
rejected row is listed with its reason so the file can be corrected and imported again.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message
from charity_desk.i18n import render
from charity_desk.services import reach
from charity_desk.services.errors import InvalidInput, ServiceError
from charity_desk.services.reach import ReachInput, read_reach_file
from charity_desk.services.registry import ActorServices
from charity_desk.ui.feedback_labels import METRICS, REACH_CHANNELS, label
from charity_desk.ui.form_submit import submit
from charity_desk.ui.formatting import counted
from charity_desk.ui.progress_task import ProgressTask
from charity_desk.ui.widgets.date_input import GREGORIAN, DateInput
from charity_desk.ui.widgets.field_form import FieldForm
from charity_desk.ui.widgets.form_error import FormError
from charity_desk.ui.widgets.simple_table import SimpleTable

_NO_PERIOD = QT_TRANSLATE_NOOP("ReachTab", "Enter the first and the last day of the period.")


def _day(widget: DateInput, field: str) -> date:
    """The date typed in ``widget``; a missing or unreadable one is reported at ``field``."""
    try:
        value = widget.value()
    except DomainError as error:
        raise InvalidInput([DomainError(error.message, field=field)]) from None
    if value is None:
        raise InvalidInput([DomainError(Message("ReachTab", _NO_PERIOD), field=field)])
    return value


def _combo(names: dict[str, str], codes: tuple[str, ...]) -> QComboBox:
    combo = QComboBox()
    for code in codes:
        combo.addItem(label(names, code), code)
    return combo


class ReachTab(QWidget):
    import_finished = Signal(bool)

    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self._services = services
        self.form = FieldForm()
        self.channel = self.form.add_field("channel", self.tr("Channel"), _combo(REACH_CHANNELS, reach.REACH_CHANNELS))
        self.metric = self.form.add_field("metric", self.tr("Measure"), _combo(METRICS, reach.METRICS))
        self.period_start = self.form.add_field("period_start", self.tr("Period from"), DateInput(GREGORIAN))
        self.period_end = self.form.add_field("period_end", self.tr("Period to"), DateInput(GREGORIAN))
        self.value = self.form.add_field("value", self.tr("Figure"), QSpinBox())
        self.value.setRange(0, 2_000_000_000)
        self.value.setGroupSeparatorShown(True)
        self.error = FormError()
        add = QPushButton(self.tr("Add figure"))
        add.clicked.connect(self.add)
        typed = QGroupBox(self.tr("Add a figure"))
        typed_layout = QVBoxLayout(typed)
        typed_layout.addLayout(self.form)
        typed_layout.addWidget(self.error)
        typed_layout.addWidget(add)

        explain = QLabel(self.tr("A csv or xlsx file with a header row, then one figure per row: channel, measure, "
                                 "first day, last day, figure. Nothing is stored unless every row is correct."))
        explain.setWordWrap(True)
        explain.setObjectName("muted")
        import_button = QPushButton(self.tr("Import csv/xlsx…"))
        import_button.clicked.connect(self._choose_file)
        self.import_result = QLabel()
        self.import_result.setWordWrap(True)
        self.rejected = SimpleTable([self.tr("Row"), self.tr("Column"), self.tr("Reason")], ltr_columns=frozenset({0}))
        self.rejected.hide()
        imported = QGroupBox(self.tr("Import from a file"))
        imported_layout = QVBoxLayout(imported)
        imported_layout.addWidget(explain)
        imported_layout.addWidget(import_button)
        imported_layout.addWidget(self.import_result)
        imported_layout.addWidget(self.rejected, 1)

        self.totals_start, self.totals_end = DateInput(GREGORIAN), DateInput(GREGORIAN)
        this_year = date.today().year
        self.totals_start.set_value(date(this_year, 1, 1))
        self.totals_end.set_value(date(this_year, 12, 31))
        show = QPushButton(self.tr("Show totals"))
        show.clicked.connect(self.show_totals)
        self.totals_error = FormError()
        self.totals = SimpleTable([self.tr("Channel"), self.tr("Measure"), self.tr("Total")],
                                  ltr_columns=frozenset({2}))
        period = QHBoxLayout()
        for widget in (QLabel(self.tr("From")), self.totals_start, QLabel(self.tr("To")), self.totals_end, show):
            period.addWidget(widget)
        totals = QGroupBox(self.tr("Totals for a period"))
        totals_layout = QVBoxLayout(totals)
        totals_layout.addLayout(period)
        totals_layout.addWidget(self.totals_error)
        totals_layout.addWidget(self.totals)

        top = QHBoxLayout()
        top.addWidget(typed, 1)
        top.addWidget(imported, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(totals, 1)

    def activate(self) -> None:
        self.show_totals()

    def add(self) -> None:
        def add_figure():
            self._services.reach.add([ReachInput(self.channel.currentData(), self.metric.currentData(),
                                                 _day(self.period_start, "period_start"),
                                                 _day(self.period_end, "period_end"), self.value.value())])
        if submit(self.form, self.error, add_figure):
            self.value.setValue(0)
            self.show_totals()

    def show_totals(self) -> None:
        def load():
            figures = self._services.reach.totals(_day(self.totals_start, "start"), _day(self.totals_end, "end"))
            self.totals.set_rows([(label(REACH_CHANNELS, channel), label(METRICS, metric), f"{total:,}")
                                  for (channel, metric), total in sorted(figures.items())])
        submit(None, self.totals_error, load)

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the reach figures file"), "",
                                              self.tr("Figures (*.csv *.xlsx)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Read and store the whole file off the GUI thread; ``import_finished`` tells whether it was stored."""
        self.import_result.clear()
        self.rejected.hide()

        def work(_progress, cancelled):
            figures = read_reach_file(path)
            return 0 if cancelled() else self._services.reach.add(figures, source=path.name)

        task = ProgressTask(self, self.tr("Importing reach figures…"), work)
        task.finished.connect(self._imported)
        task.failed.connect(self._import_failed)
        task.cancelled.connect(lambda: self.import_finished.emit(False))
        task.start()

    def _imported(self, count: int) -> None:
        self.import_result.setText(self.tr("Imported: {count}.").format(count=counted(count, "figure")))
        self.show_totals()
        self.import_finished.emit(True)

    def _import_failed(self, error: Exception) -> None:
        errors = error.errors if isinstance(error, InvalidInput) else []
        columns = {"channel": self.tr("Channel"), "metric": self.tr("Measure"), "period_end": self.tr("Period to"),
                   "value": self.tr("Figure"), "file": self.tr("Whole row")}
        if errors:
            self.import_result.setText(self.tr("Nothing was imported: correct these rows and import the file again."))
        elif isinstance(error, ServiceError):
            self.import_result.setText(render(error.message))
        else:
            self.import_result.setText(self.tr("The file could not be read: {reason}").format(reason=error))
        self.rejected.set_rows([(e.message.params.get("row", ""), columns.get(e.field, e.field or ""),
                                 render(e.message)) for e in errors])
        self.rejected.setVisible(bool(errors))
        self.import_finished.emit(False)
