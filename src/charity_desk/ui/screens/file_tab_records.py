"""The file's record tabs: needs assessment, documents, contact log and timeline."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from charity_desk.domain.needs import Questionnaire
from charity_desk.i18n import current_language
from charity_desk.reference import channels, choice_label, choices, needs_questionnaire_data
from charity_desk.services.file_views import BeneficiaryFile
from charity_desk.services.registration import InterviewInput
from charity_desk.services.registry import ActorServices
from charity_desk.ui.application_labels import state_label
from charity_desk.ui.formatting import counted, show_moment, show_number, show_text
from charity_desk.ui.screens.file_tab_household import FileTab
from charity_desk.ui.widgets.choice_combo import ChoiceCombo
from charity_desk.ui.widgets.count_spin_box import CountSpinBox
from charity_desk.ui.widgets.simple_table import SimpleTable


def _label(kind: str, code: str) -> str:
    return choice_label(kind, code, current_language())


class NeedsTab(FileTab):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(services, parent)
        self.questionnaire = Questionnaire.from_data(needs_questionnaire_data())
        arabic = current_language() == "ar"
        self.answers: dict[str, QComboBox] = {}
        form = QFormLayout()
        for question in self.questionnaire.questions:
            combo = QComboBox()
            combo.addItem("", "")
            for option in question.options:
                combo.addItem(show_text(option.label_ar if arabic else option.label_en), option.code)
            self.answers[question.code] = combo
            form.addRow(question.text_ar if arabic else question.text_en, combo)
        assess = QPushButton(self.tr("Record assessment"))
        assess.clicked.connect(self._assess)
        self.result = QLabel()
        self.result.setObjectName("fileName")
        self.history = SimpleTable([self.tr("Date"), self.tr("Score"), self.tr("Band")], ltr_columns=frozenset({0}))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(assess)
        layout.addWidget(self.error)
        layout.addWidget(self.result)
        layout.addWidget(self.history)

    def _band_label(self, code: str) -> str:
        band = next((b for b in self.questionnaire.bands if b.code == code), None)
        return "" if band is None else (band.label_ar if current_language() == "ar" else band.label_en)

    def load(self, file: BeneficiaryFile) -> None:
        self._file = file
        self.history.set_rows([(show_moment(n.assessed_at), f"{n.score} / {self.questionnaire.max_score}",
                                self._band_label(n.band)) for n in file.needs])
        if file.needs:
            latest = file.needs[0]
            for code, combo in self.answers.items():
                combo.setCurrentIndex(max(combo.findData(latest.answers.get(code, "")), 0))
            self.result.setText(self.tr("Latest: {score} of {max} — {band}").format(
                score=show_number(latest.score), max=show_number(self.questionnaire.max_score), band=self._band_label(latest.band)))
        else:
            self.result.setText(self.tr("No assessment yet."))

    def _assess(self) -> None:
        answers = {code: combo.currentData() for code, combo in self.answers.items() if combo.currentData()}
        self._run(lambda: self._services.file_edits.assess_needs(self._file.person.id, answers))


class DocumentsTab(FileTab):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(services, parent)
        self.table = SimpleTable([self.tr("Kind"), self.tr("File"), self.tr("Added"), self.tr("By"),
                                  self.tr("SHA-256")], ltr_columns=frozenset({2, 4}))
        self.kind = ChoiceCombo(choices("document_kind"))
        attach = QPushButton(self.tr("Attach a scan…"))
        attach.clicked.connect(self._attach)
        save_copy = QPushButton(self.tr("Save a copy…"))
        save_copy.clicked.connect(self._save_copy)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Kind")))
        row.addWidget(self.kind)
        row.addWidget(attach)
        row.addWidget(save_copy)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.error)

    def load(self, file: BeneficiaryFile) -> None:
        self._file = file
        self.table.set_rows([(_label("document_kind", d.kind), d.original_name, show_moment(d.added_at), d.added_by,
                              d.sha256[:16]) for d in file.documents], keys=[d.id for d in file.documents])

    def _attach(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the scanned document"), "",
                                              self.tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"))
        if path:
            self._run(lambda: self._services.file_edits.attach_document(self._file.person.id, self.kind.code(),
                                                                        Path(path)))

    def _save_copy(self) -> None:
        document_id = self.table.current_key()
        if document_id is None:
            return
        name, content = self._services.file_edits.document_content(document_id)
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), name)
        if target:
            Path(target).write_bytes(content)


class ContactsTab(FileTab):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(services, parent)
        self.table = SimpleTable([self.tr("When"), self.tr("Kind"), self.tr("Channel"), self.tr("Reason"),
                                  self.tr("Minutes"), self.tr("Staff")], ltr_columns=frozenset({0}))
        self.count = QLabel()
        self.count.setObjectName("muted")
        self.kind = ChoiceCombo(choices("contact_kind"), allow_empty=False)
        self.channel = ChoiceCombo(channels(), allow_empty=False)
        self.reason, self.asked, self.answered = QLineEdit(), QPlainTextEdit(), QPlainTextEdit()
        for box in (self.asked, self.answered):
            box.setMaximumHeight(60)
        self.minutes = CountSpinBox("minute", 0, 600)
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("What was asked"), self.asked)
        form.addRow(self.tr("What was answered"), self.answered)
        form.addRow(self.tr("Minutes"), self.minutes)
        log = QPushButton(self.tr("Log contact"))
        log.clicked.connect(self._log)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count)
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addWidget(log)
        layout.addWidget(self.error)

    def load(self, file: BeneficiaryFile) -> None:
        self._file = file
        self.count.setText(self.tr("{count} in all; the latest are shown.").format(
            count=counted(file.contact_count, "contact")))
        self.table.set_rows([(show_moment(c.at), _label("contact_kind", c.kind), _label("channel", c.channel),
                              c.reason, counted(c.minutes_spent, "minute") if c.minutes_spent else "", c.staff)
                             for c in file.contacts])

    def _log(self) -> None:
        contact = InterviewInput(self.channel.code(), self.reason.text(), self.asked.toPlainText(),
                                 self.answered.toPlainText(), self.minutes.value(), kind=self.kind.code())
        if self._run(lambda: self._services.file_edits.log_contact(self._file.person.id, contact)):
            for widget in (self.reason, self.asked, self.answered):
                widget.clear()
            self.minutes.setValue(0)


class TimelineTab(FileTab):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(services, parent)
        self.table = SimpleTable([self.tr("When"), self.tr("What"), self.tr("Details"), self.tr("Staff")],
                                 ltr_columns=frozenset({0}))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def load(self, file: BeneficiaryFile) -> None:
        self._file = file
        labels = {"created": self.tr("File opened"), "contact": self.tr("Contact"), "change": self.tr("Correction"),
                  "document": self.tr("Document"), "needs": self.tr("Needs assessment")}
        events = self._services.files.timeline(file.person.id)
        self.table.set_rows([(show_moment(e.at), labels.get(e.kind, e.kind), e.summary, e.staff) for e in events])


class ApplicationsTab(FileTab):
    """The person's applications to programs, and a new one (clause 3-1: one place to see them)."""

    open_application = Signal(int)

    def __init__(self, services: ActorServices, parent=None):
        super().__init__(services, parent)
        self.table = SimpleTable([self.tr("Number"), self.tr("Program"), self.tr("State"), self.tr("Received")],
                                 ltr_columns=frozenset({0, 3}))
        self.table.doubleClicked.connect(lambda _i: self._open())
        new = QPushButton(self.tr("New application…"))
        new.clicked.connect(self._new)
        open_button = QPushButton(self.tr("Open application"))
        open_button.clicked.connect(self._open)
        row = QHBoxLayout()
        row.addWidget(new)
        row.addWidget(open_button)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.error)

    def load(self, file: BeneficiaryFile) -> None:
        self._file = file
        rows = self._services.applications.for_beneficiary(file.person.id)
        self.table.set_rows([(a.number, a.program_name, state_label(a.state), show_moment(a.submitted_at))
                             for a in rows], keys=[a.id for a in rows])

    def _new(self) -> None:
        from charity_desk.ui.dialogs.new_application import NewApplicationDialog

        dialog = NewApplicationDialog(self._services, self._file.person.id, self)
        if dialog.exec():
            self.changed.emit()
            self.open_application.emit(dialog.application_id)

    def _open(self) -> None:
        if (application_id := self.table.current_key()) is not None:
            self.open_application.emit(application_id)
