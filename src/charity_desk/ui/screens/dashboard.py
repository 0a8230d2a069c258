"""The Reports page: key figures and charts for a period, the board reports, and list exports.

The figures are aggregate queries over the whole database, so they are computed on a worker thread
while the page shows that it is busy. A filter changed meanwhile is computed when that run ends:
only the latest filter is ever shown.

The key figures and their charts are the first tab. The households and duplicate files, and the tasks
and appointments, are tabs of their own that read their figures only while they are in front: when
opened, or when the period changes while they are. A period click on the first tab costs only its own
figures.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from charity_desk.domain.counting import OBLIQUE
from charity_desk.domain.numerals import format_percent
from charity_desk.domain.periods import last_twelve_months
from charity_desk.domain.roles import Permission
from charity_desk.services.dashboard import DashboardFigures, DashboardFilter
from charity_desk.services.errors import ServiceError
from charity_desk.services.registry import ActorServices
from charity_desk.ui import dashboard_labels as names
from charity_desk.ui.background_task import BackgroundTask
from charity_desk.ui.dialogs.export_list import ExportListDialog
from charity_desk.ui.formatting import counted, show_amount, show_number
from charity_desk.ui.report_jobs import ReportJobs
from charity_desk.ui.widgets.count_chart import CountChart
from charity_desk.ui.widgets.duplicate_figures_chart import DuplicateFiguresChart
from charity_desk.ui.widgets.figure_card import FigureCard
from charity_desk.ui.widgets.form_error import FormError
from charity_desk.ui.widgets.household_figures_chart import HouseholdFiguresChart
from charity_desk.ui.widgets.period_filter import PeriodFilter
from charity_desk.ui.widgets.task_figures import TaskFiguresTable

CARD_COLUMNS = 4
#: The charts of the first tab, two a row, paired by the number of bars they usually have.
KEY_FIGURE_CHARTS = ("applications", "regions", "programs", "gender", "ages", "inquiries", "reach")
#: The section tabs after the key figures.
HOUSEHOLDS_TAB, TASKS_TAB = 1, 2


def _scrolled(widget: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setObjectName("dashboardScroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(widget)
    return scroll


def _percent(share: float | None) -> str:
    return "—" if share is None else format_percent(share)


class DashboardPage(QWidget):
    def __init__(self, services: ActorServices, today: date | None = None, parent=None):
        super().__init__(parent)
        self._services = services
        self._today = today or date.today()
        self._task: BackgroundTask | None = None
        self._running: DashboardFilter | None = None
        self._wanted: DashboardFilter | None = None
        self.shown_filter: DashboardFilter | None = None
        self.figures: DashboardFigures | None = None
        self.export_dialog: ExportListDialog | None = None

        title = QLabel(self.tr("Reports and indicators"))
        title.setObjectName("pageTitle")
        self.filter = PeriodFilter([(p.id, p.name) for p in services.programs.list()], self._today)
        self.filter.set_period(*last_twelve_months(self._today))
        self.filter.changed.connect(self.refresh)
        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("busyBar")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setFixedHeight(4)
        self.busy_label = QLabel(self.tr("Calculating the figures…"))
        self.busy_label.setObjectName("muted")
        self.error = FormError()
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.reports = ReportJobs(self, services, self.error, self.notice)

        self.cards = self._make_cards()
        self.charts = {
            "applications": CountChart(self.tr("Applications by state")),
            "regions": CountChart(self.tr("People served by region")),
            "programs": CountChart(self.tr("People served by program")),
            "gender": CountChart(self.tr("People served by gender"), pie=True),
            "ages": CountChart(self.tr("People served by age band")),
            "inquiries": CountChart(self.tr("Inquiries by channel")),
            "reach": CountChart(self.tr("Indirect reach by channel")),
            "households": HouseholdFiguresChart(),
            "duplicates": DuplicateFiguresChart(),
            "tasks": TaskFiguresTable(),
        }
        self.content = QWidget()
        self.content.setObjectName("dashboardContent")
        cards = QGridLayout()
        cards.setSpacing(10)
        for index, card in enumerate(self.cards.values()):
            cards.addWidget(card, index // CARD_COLUMNS, index % CARD_COLUMNS)
        charts = QGridLayout()
        charts.setSpacing(10)
        for index, key in enumerate(KEY_FIGURE_CHARTS):
            charts.addWidget(self.charts[key], index // 2, index % 2, Qt.AlignmentFlag.AlignTop)
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 4, 0)
        content_layout.addLayout(cards)
        content_layout.addSpacing(6)
        content_layout.addLayout(charts)
        content_layout.addStretch()
        households = QWidget()
        households_layout = QGridLayout(households)
        households_layout.setSpacing(10)
        households_layout.addWidget(self.charts["households"], 0, 0, Qt.AlignmentFlag.AlignTop)
        households_layout.addWidget(self.charts["duplicates"], 0, 1, Qt.AlignmentFlag.AlignTop)
        households_layout.setRowStretch(1, 1)
        self.sections = QTabWidget()
        self.sections.setObjectName("reportSections")
        self.sections.addTab(_scrolled(self.content), self.tr("Key figures"))
        self.sections.addTab(_scrolled(households), self.tr("Households and duplicate files"))
        self.sections.addTab(_scrolled(self.charts["tasks"]), self.tr("Tasks and appointments"))
        #: The filter each section tab last read its figures for.
        self._section_filters: dict[int, DashboardFilter] = {}
        self.sections.currentChanged.connect(lambda _index: self._load_section())

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.filter)
        layout.addLayout(self._make_actions())
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        layout.addWidget(self.sections, 1)
        self._set_busy(False)

    def _make_cards(self) -> dict[str, FigureCard]:
        labels = {
            "applications": self.tr("Applications received"),
            "median_days": self.tr("Median days to a decision"),
            "within_target": self.tr("Decided within the target time"),
            "acceptance": self.tr("Acceptance rate"),
            "served": self.tr("People served"),
            "services": self.tr("Services delivered"),
            "satisfied": self.tr("Satisfied beneficiaries"),
            "response_rate": self.tr("Survey response rate"),
            "complaints_open": self.tr("Open complaints"),
            "complaints_on_time": self.tr("Complaints closed on time"),
            "referrals": self.tr("Referrals to partners"),
            "visits": self.tr("Home visits done"),
        }
        return {key: FigureCard(label) for key, label in labels.items()}

    def _make_actions(self) -> QHBoxLayout:
        self.board_pdf = QPushButton(self.tr("Board report (PDF)"))
        self.board_pdf.clicked.connect(lambda: self._report("board", pdf=True))
        self.board_xlsx = QPushButton(self.tr("Board report (Excel)"))
        self.board_xlsx.clicked.connect(lambda: self._report("board", pdf=False))
        self.program_report = self._menu_button(self.tr("Program report"), "program")
        self.staff_report = self._menu_button(self.tr("Staff development report"), "staff")
        self.export_button = QPushButton(self.tr("Export a list…"))
        self.export_button.setEnabled(self._services.actor.can(Permission.EXPORT))
        self.export_button.clicked.connect(self.open_export)
        actions = QHBoxLayout()
        for button in (self.board_pdf, self.board_xlsx, self.program_report, self.staff_report):
            button.setAutoDefault(False)
            actions.addWidget(button)
        actions.addStretch()
        actions.addWidget(self.busy_label)
        actions.addWidget(self.export_button)
        return actions

    def _menu_button(self, text: str, kind: str) -> QPushButton:
        button = QPushButton(text)
        menu = QMenu(button)
        menu.addAction(self.tr("Preview and print (PDF)…"), lambda: self._report(kind, pdf=True))
        menu.addAction(self.tr("Save as Excel…"), lambda: self._report(kind, pdf=False))
        button.setMenu(menu)
        return button

    def activate(self) -> None:
        self.refresh(force=True)

    @property
    def busy(self) -> bool:
        return self._task is not None

    def refresh(self, force: bool = False) -> None:
        """Compute the figures for the filter as it is now, unless they are already shown."""
        wanted, problem = self.filter.read()
        if wanted is None:
            self.error.setText(problem)
            self.error.show()
            return
        self.error.clear_message()
        if not force and wanted == (self._running if self.busy else self.shown_filter):
            return
        self._wanted = wanted
        if not self.busy:
            self._start()

    def _start(self) -> None:
        wanted, self._wanted = self._wanted, None
        self._running = wanted
        dashboard, today = self._services.dashboard, self._today
        self._task = BackgroundTask(lambda _progress, _cancelled: (wanted, dashboard.figures(wanted, today)))
        self._task.signals.finished.connect(self._computed)
        self._task.signals.failed.connect(self._failed)
        self._set_busy(True)
        self._task.start()

    def _computed(self, result: tuple[DashboardFilter, DashboardFigures]) -> None:
        self._task = None
        if self._wanted is not None:
            self._start()
            return
        self._set_busy(False)
        self.shown_filter, self.figures = result
        self._show(self.figures)
        self._load_section()

    def _load_section(self) -> None:
        """Read the figures of the section tab in front for the period shown, unless it has them already."""
        index, shown = self.sections.currentIndex(), self.shown_filter
        if index == 0 or shown is None or self._section_filters.get(index) == shown:
            return
        self._section_filters[index] = shown
        if index == HOUSEHOLDS_TAB:
            self.charts["households"].load(self._services.household_reports, shown)
            self.charts["duplicates"].load(self._services.merges, shown.start, shown.end)
        elif index == TASKS_TAB:
            self.charts["tasks"].load(self._services.task_reports, shown.start, shown.end)

    def _failed(self, error: Exception) -> None:
        self._task = None
        self._wanted = None
        self._set_busy(False)
        if isinstance(error, ServiceError):
            self.error.show_message(error.message)
        else:
            self.error.setText(self.tr("The figures could not be calculated: {details}").format(details=str(error)))
            self.error.show()

    def _set_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        self.busy_label.setVisible(busy)
        self.content.setEnabled(not busy)

    def _show(self, f: DashboardFigures) -> None:
        cards, n = self.cards, show_number
        cards["applications"].show_figure(n(sum(f.applications_by_state.values())),
                                          self.tr("{count} decided").format(count=n(f.decided)))
        cards["median_days"].show_figure("—" if f.median_days_to_decision is None
                                         else n(f.median_days_to_decision, 1), self.tr("days from receipt"))
        cards["within_target"].show_figure(_percent(f.share_decided_within_target),
                                           self.tr("Target: {days}").format(days=counted(f.target_days, "day")))
        cards["acceptance"].show_figure(_percent(f.acceptance_rate), self.tr("of the decisions taken"))
        cards["served"].show_figure(n(f.beneficiaries_served), self.tr("{count} people with their families")
                                    .format(count=n(f.individuals_served)))
        cards["services"].show_figure(n(f.services_count), self.tr("{amount} riyals in cash")
                                      .format(amount=show_amount(f.services_value)))
        cards["satisfied"].show_figure(_percent(f.satisfied_share), self.tr("Responses: {count}").format(
            count=n(f.survey_responses)))
        cards["response_rate"].show_figure(_percent(f.response_rate), self.tr("{answered} of {asked}").format(
            answered=n(f.survey_responses), asked=counted(f.survey_requests, "survey", OBLIQUE)))
        cards["complaints_open"].show_figure(n(f.complaints_open),
                                             self.tr("Overdue: {count}").format(count=n(f.complaints_overdue)))
        on_time = f.complaints_closed_on_time / f.complaints_closed if f.complaints_closed else None
        cards["complaints_on_time"].show_figure(_percent(on_time), self.tr("{on_time} of {closed} closed").format(
            on_time=n(f.complaints_closed_on_time), closed=counted(f.complaints_closed, "complaint", OBLIQUE)))
        cards["referrals"].show_figure(n(f.referrals_out), self.tr("Referrals received: {count}").format(
            count=n(f.referrals_in)))
        cards["visits"].show_figure(n(f.visits_done), self.tr("in the period"))
        charts = self.charts
        charts["applications"].set_counts(names.state_counts(f.applications_by_state))
        charts["programs"].set_counts(names.largest_first(f.served_by_program))
        charts["regions"].set_counts(names.largest_first(f.served_by_region, names.region_name))
        charts["gender"].set_counts(names.largest_first(f.served_by_gender, names.gender_name))
        charts["ages"].set_counts(names.age_band_counts(f.served_by_age_band))
        charts["inquiries"].set_counts(names.largest_first(f.inquiries_by_channel, names.channel_name))
        charts["reach"].set_counts(names.largest_first(f.reach_by_channel, names.reach_channel_name))

    def _report(self, kind: str, pdf: bool) -> None:
        wanted, problem = self.filter.read()
        if wanted is None:
            self.error.setText(problem)
            self.error.show()
            return
        if pdf:
            self.reports.preview(kind, wanted)
        else:
            self.reports.save_xlsx(kind, wanted)

    def open_export(self) -> ExportListDialog:
        self.export_dialog = ExportListDialog(self._services, self)
        self.export_dialog.open()
        return self.export_dialog
