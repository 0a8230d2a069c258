"""Survey results as improvement indicators (clauses 3-4, 3-5): response rate, share satisfied,
the average of each question and what people wrote.

A staff member may be chosen to see the answers of the people they served, but the screen never
ranks staff or colours a result as good or bad: evaluation is a tool for development, not punishment.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from charity_desk.domain.messages import QT_TRANSLATE_NOOP
from charity_desk.reference import survey_templates
from charity_desk.services.registry import ActorServices
from charity_desk.services.surveys import SurveyResults
from charity_desk.ui.dialogs.survey_form import localized
from charity_desk.ui.form_submit import submit
from charity_desk.ui.formatting import show_short_date, show_text
from charity_desk.ui.models.paged_list import Column, PagedListModel
from charity_desk.ui.widgets.date_input import GREGORIAN, DateInput
from charity_desk.ui.widgets.form_error import FormError
from charity_desk.ui.widgets.paged_table import PagedTable
from charity_desk.ui.widgets.score_bar import ScoreBar

COMMENT_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("SurveyResultsTab", "Answered on"), lambda c: show_short_date(c.answered_on),
           sort="answered"),
    Column(QT_TRANSLATE_NOOP("SurveyResultsTab", "Comment"), lambda c: c.comment, tooltip=lambda c: c.comment),
)


def _likert_questions() -> dict[str, str]:
    """Code → text of every 1-5 question in the questionnaires, in their order."""
    questions: dict[str, str] = {}
    for questionnaire in survey_templates().values():
        for question in questionnaire["questions"]:
            if question["kind"] == "likert":
                questions.setdefault(question["code"], localized(question, "text"))
    return questions


class SurveyResultsTab(QWidget):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self._services = services
        frame = QLabel(self.tr("These indicators show where the service can improve. They describe the service, "
                               "not any person, and are not used to hold anyone to account."))
        frame.setWordWrap(True)
        frame.setObjectName("muted")
        self.program, self.staff = QComboBox(), QComboBox()
        self.start, self.end = DateInput(GREGORIAN), DateInput(GREGORIAN)
        show = QPushButton(self.tr("Show"))
        show.clicked.connect(self.refresh)
        filters = QGridLayout()
        filters.addWidget(QLabel(self.tr("Program")), 0, 0)
        filters.addWidget(self.program, 0, 1)
        filters.addWidget(QLabel(self.tr("Served by (optional)")), 0, 2)
        filters.addWidget(self.staff, 0, 3)
        filters.addWidget(QLabel(self.tr("From")), 1, 0)
        filters.addWidget(self.start, 1, 1)
        filters.addWidget(QLabel(self.tr("To")), 1, 2)
        filters.addWidget(self.end, 1, 3)
        filters.addWidget(show, 1, 4)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(3, 1)
        self.error = FormError()
        self.response_rate, self.satisfied = QLabel(), QLabel()
        for figure in (self.response_rate, self.satisfied):
            figure.setObjectName("fileName")
        figures = QHBoxLayout()
        figures.addWidget(self.response_rate)
        figures.addSpacing(40)
        figures.addWidget(self.satisfied)
        figures.addStretch()
        averages = QGroupBox(show_text(self.tr("Average answer to each question (1 to 5)")))
        averages_layout = QVBoxLayout(averages)
        self.bars = {code: ScoreBar(text) for code, text in _likert_questions().items()}
        for bar in self.bars.values():
            averages_layout.addWidget(bar)
        comments = QGroupBox(self.tr("Comments and suggestions"))
        self.comments_model = PagedListModel("SurveyResultsTab", COMMENT_COLUMNS, parent=self)
        self.comments = PagedTable(self.comments_model)
        self.comments.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        QVBoxLayout(comments).addWidget(self.comments)
        layout = QVBoxLayout(self)
        layout.addWidget(frame)
        layout.addLayout(filters)
        layout.addWidget(self.error)
        layout.addLayout(figures)
        layout.addWidget(averages)
        layout.addWidget(comments, 1)

    def activate(self) -> None:
        for combo, everyone, rows in (
                (self.program, self.tr("All programs"), [(p.id, p.name) for p in self._services.programs.list()]),
                (self.staff, self.tr("All staff"), self._services.surveys.staff())):
            chosen = combo.currentData()
            combo.clear()
            combo.addItem(everyone, None)
            for key, name in rows:
                combo.addItem(name, key)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
        self.refresh()

    def refresh(self) -> None:
        def show() -> None:
            program, start, end, staff = (self.program.currentData(), self.start.value(), self.end.value(),
                                          self.staff.currentData())
            self.show_results(self._services.surveys.results(program, start, end, staff))
            self.comments_model.set_source(self._services.lists.survey_comments(program, start, end, staff))
        submit(None, self.error, show)

    def show_results(self, results: SurveyResults) -> None:
        self.response_rate.setText(show_text(self.tr("Response rate: {rate}% ({answered} of {asked})").format(
            rate=round(results.response_rate * 100), answered=results.responses, asked=results.requests)))
        self.satisfied.setText(show_text(self.tr("Satisfied: {share}% of those who answered").format(
            share=round(results.satisfied_share * 100))))
        for code, bar in self.bars.items():
            bar.set_average(results.averages.get(code))

