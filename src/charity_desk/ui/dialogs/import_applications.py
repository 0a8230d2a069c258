"""Importing applications from the online form's export (clause 5-2), step by step.

Choose the file and the program → check which column holds each field → read the preview (what
will be imported, what is refused and why) → import.  Reading the whole file and importing run on
a worker thread; the import can be cancelled, and cancelling saves nothing (one transaction).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from charity_desk.domain.duplicate_score import reasons_sentence
from charity_desk.i18n import render, translate
from charity_desk.services.eform_import import (
    ImportPreview,
    ImportResult,
    propose_mapping,
    write_rejections_xlsx,
    write_template_xlsx,
)
from charity_desk.services.errors import InvalidInput, ServiceError
from charity_desk.services.registry import ActorServices
from charity_desk.ui.background_task import BackgroundTask
from charity_desk.ui.bidi import ltr
from charity_desk.ui.formatting import show_number
from charity_desk.ui.models.keyset_pages import ListPages
from charity_desk.ui.models.paged_list import Column, PagedListModel
from charity_desk.ui.widgets.column_mapping import ColumnMapping
from charity_desk.ui.widgets.form_error import FormError
from charity_desk.ui.widgets.paged_table import PagedTable

FILE_PAGE, MAPPING_PAGE, PREVIEW_PAGE = range(3)


def _page(title: str, note: str) -> tuple[QWidget, QVBoxLayout]:
    page = QWidget()
    layout = QVBoxLayout(page)
    heading = QLabel(title)
    heading.setObjectName("pageTitle")
    explanation = QLabel(note)
    explanation.setObjectName("muted")
    explanation.setWordWrap(True)
    layout.addWidget(heading)
    layout.addWidget(explanation)
    return page, layout


class ImportApplicationsDialog(QDialog):
    previewed = Signal()
    #: The batch was imported (an ImportResult): lists of applications may refresh.
    imported = Signal(object)

    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self._services = services
        self._path: Path | None = None
        self._task: BackgroundTask | None = None
        self.preview: ImportPreview | None = None
        self.result: ImportResult | None = None
        self.progress: QProgressDialog | None = None
        self.setWindowTitle(self.tr("Import applications"))
        self.resize(960, 680)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._mapping_page())
        self.pages.addWidget(self._preview_page())
        self.error = FormError()
        self.back_button = QPushButton(self.tr("Back"))
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setDefault(True)
        self.import_button = QPushButton(self.tr("Import"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        for button in (self.back_button, self.next_button, self.import_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.import_button.clicked.connect(self.start_import)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._show_page(FILE_PAGE)

    # --- pages -------------------------------------------------------------------------------

    def _file_page(self) -> QWidget:
        page, layout = _page(self.tr("Import applications from the online form"), self.tr(
            "Choose the file exported from the association's online form (.xlsx or .csv) and the program "
            "the applications are for. Nothing is saved before you read the preview and confirm."))
        form = QFormLayout()
        self.file_name = QLineEdit()
        self.file_name.setReadOnly(True)
        choose = QPushButton(self.tr("Choose file…"))
        choose.clicked.connect(self._choose_file)
        row = QHBoxLayout()
        row.addWidget(self.file_name, 1)
        row.addWidget(choose)
        form.addRow(self.tr("File"), row)
        self.program = QComboBox()
        for program in self._services.programs.list(active_only=True):
            self.program.addItem(f"{program.name} ({program.code})", program.code)
        form.addRow(self.tr("Program"), self.program)
        layout.addLayout(form)
        template = QPushButton(self.tr("Save the template…"))
        template.clicked.connect(self._save_template)
        note = QLabel(self.tr("The template lists the columns the import expects, with an example row: "
                              "build the online form from it."))
        note.setObjectName("muted")
        note.setWordWrap(True)
        template_row = QHBoxLayout()
        template_row.addWidget(template)
        template_row.addWidget(note, 1)
        layout.addLayout(template_row)
        layout.addStretch(1)
        return page

    def _mapping_page(self) -> QWidget:
        page, layout = _page(self.tr("Which column holds each field?"), self.tr(
            "The columns were matched by their headers; correct any that is wrong. Fields marked * are required."))
        self.mapping = ColumnMapping()
        layout.addWidget(self.mapping, 1)
        return page

    def _preview_page(self) -> QWidget:
        page, layout = _page(self.tr("Preview"), self.tr(
            "Only the rows ready to import are saved, all together. Refused rows are listed below with the "
            "reason; save the list, correct the file and import those rows again."))
        summary = QFormLayout()
        summary.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)  # counts beside labels
        self.counts: dict[str, QLabel] = {}
        for key, label in (("read", self.tr("Rows read")), ("ready", self.tr("Ready to import")),
                           ("new", self.tr("New files")), ("attached", self.tr("Attached to existing files")),
                           ("rejected", self.tr("Rejected rows")),
                           ("candidates", self.tr("May already be registered"))):
            self.counts[key] = QLabel()
            summary.addRow(label, self.counts[key])
        layout.addLayout(summary)
        self.result_label = QLabel()
        self.result_label.setObjectName("pageTitle")
        self.result_label.setWordWrap(True)
        self.result_label.hide()
        layout.addWidget(self.result_label)
        self.problems_model = PagedListModel("", tuple(
            Column(header, lambda row, i=i: row[i], ltr=i == 0)
            for i, header in enumerate((self.tr("Row"), self.tr("Result"), self.tr("Column"), self.tr("Reason")))),
            parent=self)
        self.problems = PagedTable(self.problems_model)
        # Possible duplicates are imported; they are listed apart so that a refusal is never lost among them.
        self.candidates_model = PagedListModel("", tuple(
            Column(header, lambda row, i=i: row[i], ltr=i in (0, 1))
            for i, header in enumerate((self.tr("Row"), self.tr("Score"), self.tr("May be"), self.tr("Reasons")))),
            parent=self)
        self.candidates = PagedTable(self.candidates_model)
        self.report = QTabWidget()
        self.report.addTab(self.problems, "")
        self.report.addTab(self.candidates, "")
        layout.addWidget(self.report, 1)
        self.save_rejections_button = QPushButton(self.tr("Save rejected rows…"))
        self.save_rejections_button.clicked.connect(self._ask_rejections_path)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_rejections_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        return page

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.error.clear_message()
        self.back_button.setVisible(index == MAPPING_PAGE or (index == PREVIEW_PAGE and self.result is None))
        self.next_button.setVisible(index != PREVIEW_PAGE)
        self.next_button.setEnabled(index != FILE_PAGE or (self._path is not None and self.program.count() > 0))
        self.import_button.setVisible(index == PREVIEW_PAGE and self.result is None)
        self.import_button.setEnabled(index == PREVIEW_PAGE and self.result is None and bool(
            self.preview and self.preview.rows))

    # --- steps -------------------------------------------------------------------------------

    def open_file(self, path: Path) -> bool:
        """Read the file's headers and first row and propose which column holds which field."""
        self.error.clear_message()
        try:
            sheet = self._services.imports.columns(Path(path))
        except ServiceError as error:
            self.error.show_message(error.message)
            return False
        self._path = Path(path)
        self.file_name.setText(self._path.name)
        self.mapping.set_sheet(sheet, propose_mapping(list(sheet.headers)))
        self._show_page(FILE_PAGE)
        return True

    def set_program(self, code: str) -> None:
        self.program.setCurrentIndex(max(self.program.findData(code), 0))

    def go_next(self) -> None:
        if self.pages.currentIndex() == FILE_PAGE:
            self._show_page(MAPPING_PAGE)
        elif self.pages.currentIndex() == MAPPING_PAGE:
            self._run_preview()

    def go_back(self) -> None:
        self._show_page(max(self.pages.currentIndex() - 1, FILE_PAGE))

    def _run_preview(self) -> None:
        path, mapping, code = self._path, self.mapping.mapping(), self.program.currentData()
        imports = self._services.imports
        self.progress = self._progress_dialog(self.tr("Reading and checking every row…"), cancellable=False)
        self._start(lambda _progress, _cancelled: imports.preview(path, mapping, code),
                    self._preview_ready, self._preview_failed)

    def _preview_ready(self, preview: ImportPreview) -> None:
        self._close_progress()
        self.preview, self.result = preview, None
        for key, value in (("read", preview.rows_read), ("ready", len(preview.rows)), ("new", preview.new_people),
                           ("attached", preview.attached), ("rejected", preview.rejected_rows),
                           ("candidates", len({c.row for c in preview.candidates}))):
            self.counts[key].setText(show_number(value))
        rejected = self.tr("Rejected")
        self.problems_model.set_source(ListPages(
            [(p.row, rejected, preview.column(p.field), render(p.message)) for p in preview.rejections]))
        self.candidates_model.set_source(ListPages([
            (c.row, c.score, self.tr("File {number}").format(number=c.beneficiary_id) if c.beneficiary_id is not None
             else self.tr("Row {number} of this file").format(number=c.other_row), reasons_sentence(c.reasons, translate))
            for c in preview.candidates]))
        self.report.setTabText(0, self.tr("Refused rows ({count})").format(count=f"{preview.rejected_rows:,}"))
        self.report.setTabText(1, self.tr("Possible duplicates ({count})").format(
            count=f"{len({c.row for c in preview.candidates}):,}"))
        self.candidates.resizeColumnsToContents()
        self.report.setCurrentIndex(0 if preview.rejections or not preview.candidates else 1)
        self.save_rejections_button.setEnabled(bool(preview.rejections or preview.candidates))
        self.result_label.hide()
        self._show_page(PREVIEW_PAGE)
        self.previewed.emit()

    def _preview_failed(self, error: Exception) -> None:
        self._close_progress()
        self._show_failure(error)
        if isinstance(error, InvalidInput):
            self.mapping.mark({e.field for e in error.errors})

    def start_import(self) -> None:
        if self.preview is None or not self.preview.rows:
            return
        preview, imports = self.preview, self._services.imports
        self.import_button.setEnabled(False)
        self.progress = self._progress_dialog(self.tr("Importing {count} applications…").format(
            count=f"{len(preview.rows):,}"), cancellable=True, maximum=len(preview.rows))
        task = self._start(lambda progress, cancelled: imports.commit(preview, progress, cancelled),
                           self._import_done, self._import_failed)
        task.signals.progress.connect(self._show_progress)
        self.progress.canceled.connect(task.cancel)

    def _show_progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _import_done(self, result: ImportResult) -> None:
        self._close_progress()
        self.result = result
        self.result_label.setText(self.tr(
            "Imported {count} applications, numbers {first} to {last}: {new} new files, {attached} attached to "
            "existing files.").format(count=f"{result.applications:,}", first=ltr(result.first_number),
                                      last=ltr(result.last_number), new=f"{result.new_people:,}",
                                      attached=f"{result.attached:,}"))
        self.result_label.show()
        self._show_page(PREVIEW_PAGE)
        self.imported.emit(result)

    def _import_failed(self, error: Exception) -> None:
        self._close_progress()
        self._show_page(PREVIEW_PAGE)
        self._show_failure(error)

    # --- helpers -----------------------------------------------------------------------------

    def _start(self, work, on_done, on_failed) -> BackgroundTask:
        self._task = BackgroundTask(work)
        self._task.signals.finished.connect(on_done)
        self._task.signals.failed.connect(on_failed)
        self._task.start()
        return self._task

    def _progress_dialog(self, text: str, cancellable: bool, maximum: int = 0) -> QProgressDialog:
        progress = QProgressDialog(text, self.tr("Cancel") if cancellable else "", 0, maximum, self)
        if not cancellable:
            progress.setCancelButton(None)
        progress.setWindowTitle(self.windowTitle())
        progress.setMinimumWidth(420)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setAutoReset(False)
        progress.setAutoClose(False)
        progress.setMinimumDuration(0)
        progress.setValue(0)
        return progress

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.hide()

    def _show_failure(self, error: Exception) -> None:
        if isinstance(error, ServiceError):
            self.error.show_message(error.message)
        else:
            self.error.setText(self.tr("The work stopped because of an unexpected error: {details}").format(
                details=str(error)))
            self.error.show()

    def _choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the online form's export"), "", self.tr("Spreadsheets (*.xlsx *.csv)"))
        if path:
            self.open_file(Path(path))

    def _save_template(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the template"), "applications-template.xlsx", self.tr("Excel workbook (*.xlsx)"))
        if path:
            write_template_xlsx(Path(path))

    def _ask_rejections_path(self) -> None:
        if self.preview is None:
            return
        suggested = str(self.preview.path.with_name(f"{self.preview.path.stem}.rejected.xlsx"))
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save rejected rows"), suggested, self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.save_rejections(Path(path))

    def save_rejections(self, path: Path) -> None:
        write_rejections_xlsx(self.preview, path)
