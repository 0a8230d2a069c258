"""The review queue of suspected duplicate files, for supervisors and administrators.

The pairs come highest score first, a page at a time; the chosen pair's two files show side by side
(read off the GUI thread), the fields they hold differently highlighted, with the reasons in words.
Two actions: «ليسا نفس الشخص» (the pair does not come back unless one of the files changes) and
«دمج» (a dialog chooses the file that stays and the value of each differing field).  A second tab
lists the merges made; an administrator may undo one there.

Keyboard: the arrows go through the pairs, Enter opens the merge dialog for the chosen pair, Tab goes
on to the comparison and the two actions, Escape comes back to the list of pairs.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from charity_desk.domain.duplicate_score import reasons_sentence
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from charity_desk.i18n import translate
from charity_desk.services.errors import ServiceError, StaleRecord
from charity_desk.services.registry import ActorServices
from charity_desk.ui.background_task import BackgroundTask
from charity_desk.ui.bidi import ltr
from charity_desk.ui.busy_work import run_while_busy
from charity_desk.ui.dialogs.merge_files import MergeFilesDialog
from charity_desk.ui.formatting import show_number
from charity_desk.ui.models.paged_list import Column, PagedListModel
from charity_desk.ui.screens.merged_files_tab import MergedFilesTab
from charity_desk.ui.widgets.file_comparison import FileComparisonTable
from charity_desk.ui.widgets.form_error import FormError
from charity_desk.ui.widgets.paged_table import PagedTable

CONTEXT = "DuplicatesReviewPage"
UNEXPECTED = QT_TRANSLATE_NOOP("DuplicatesReviewPage", "Something went wrong; nothing was changed. Try again.")


def _reasons(pair) -> str:
    return reasons_sentence(pair.reasons, translate)


QUEUE_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("DuplicatesReviewPage", "Score"), lambda p: p.score, ltr=True),
    Column(QT_TRANSLATE_NOOP("DuplicatesReviewPage", "First file"), lambda p: p.lower_name),
    Column(QT_TRANSLATE_NOOP("DuplicatesReviewPage", "Second file"), lambda p: p.higher_name),
    Column(QT_TRANSLATE_NOOP("DuplicatesReviewPage", "Why"), _reasons, tooltip=_reasons),
)


class _EnterMerges(QObject):
    """Enter on the list of pairs opens the merge dialog (the table would otherwise ignore it)."""

    def __init__(self, page: DuplicatesReviewPage):
        super().__init__(page)
        self._page = page

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._page.merge()
            return True
        return False


class DuplicatesReviewPage(QWidget):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self._services = services
        self._comparison = None
        self._loading: BackgroundTask | None = None
        title = QLabel(self.tr("Suspected duplicate files"))
        title.setObjectName("pageTitle")

        self.queue_model = PagedListModel("DuplicatesReviewPage", QUEUE_COLUMNS, parent=self)
        self.queue = PagedTable(self.queue_model)
        self.queue.setTabKeyNavigation(False)  # Tab goes on to the comparison, the arrows choose pairs
        self.queue.installEventFilter(_EnterMerges(self))
        self.queue.current_changed.connect(self._pair_chosen)
        self.total = QLabel()
        self.queue_model.total_changed.connect(self._show_total)
        queue_side = QWidget()
        queue_layout = QVBoxLayout(queue_side)
        queue_layout.setContentsMargins(0, 0, 0, 0)
        queue_layout.addWidget(self.total)
        queue_layout.addWidget(self.queue, 1)

        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.comparison = FileComparisonTable()
        self.not_same = QPushButton(self.tr("Not the same person"))
        self.not_same.clicked.connect(self.dismiss)
        self.merge_button = QPushButton(self.tr("Merge…"))
        self.merge_button.clicked.connect(self.merge)
        for button in (self.not_same, self.merge_button):
            button.setAutoDefault(True)  # Enter presses the focused action
            button.setEnabled(False)
        actions = QHBoxLayout()
        actions.addWidget(self.not_same)
        actions.addWidget(self.merge_button)
        actions.addStretch()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = FormError()
        compare_side = QWidget()
        compare_layout = QVBoxLayout(compare_side)
        compare_layout.setContentsMargins(0, 0, 0, 0)
        compare_layout.addWidget(self.reasons)
        compare_layout.addWidget(self.comparison, 1)
        compare_layout.addLayout(actions)
        compare_layout.addWidget(self.status)
        compare_layout.addWidget(self.error)
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), compare_side)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.queue.setFocus)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(queue_side)
        splitter.addWidget(compare_side)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([460, 690])  # at 1366 pixels: the pairs' names whole, the comparison wider
        splitter.setChildrenCollapsible(False)
        review = QWidget()
        review_layout = QVBoxLayout(review)
        review_layout.addWidget(splitter)
        self.tabs = QTabWidget()
        self.tabs.addTab(review, self.tr("To review"))
        self.merged_tab = MergedFilesTab(services)
        self.tabs.addTab(self.merged_tab, self.tr("Merged files"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        self.setTabOrder(self.queue, self.comparison)
        self.setTabOrder(self.comparison, self.not_same)
        self.setTabOrder(self.not_same, self.merge_button)

    def activate(self) -> None:
        self.queue_model.set_source(self._services.lists.duplicate_pairs("open"))
        self.merged_tab.activate()
        if self.queue_model.rowCount():
            self.queue.choose(self.queue_model.row_id(0))
        else:
            self._pair_chosen(None)
        self.queue.setFocus()

    # -- the chosen pair --------------------------------------------------------------------------
    def _show_total(self, total: int) -> None:
        self.total.setText(self.tr("Pairs to review: {count}").format(count=show_number(total)))

    def _pair_chosen(self, _pair_id) -> None:
        pair = self.queue.current_row()
        self._comparison = None
        self.comparison.show_comparison(None)
        for button in (self.not_same, self.merge_button):
            button.setEnabled(False)
        if pair is None:
            self.reasons.setText(self.tr("No pair is waiting for review."))
            return
        self.reasons.setText(self.tr("Score {score}: {reasons}").format(
            score=ltr(show_number(pair.score)), reasons=_reasons(pair)))
        merges = self._services.merges
        task = BackgroundTask(lambda _progress, _cancelled: merges.compare(pair.lower_id, pair.higher_id))
        # Bound methods, not lambdas: a page closed before the comparison arrives is not called.
        task.signals.finished.connect(self._compared)
        task.signals.failed.connect(self._failed)
        self._loading = task
        task.start()

    def _compared(self, comparison) -> None:
        pair = self.queue.current_row()
        if pair is None or (comparison.first.id, comparison.second.id) != (pair.lower_id, pair.higher_id):
            return  # the reviewer has moved on to another pair
        self._comparison = comparison
        self.comparison.show_comparison(comparison)
        for button in (self.not_same, self.merge_button):
            button.setEnabled(True)

    # -- the two actions --------------------------------------------------------------------------
    def dismiss(self) -> None:
        pair_id = self.queue.current_id()
        if pair_id is None or self._comparison is None:
            return
        duplicates = self._services.duplicates
        self._run(lambda: duplicates.dismiss(pair_id), lambda _view: self._done(
            pair_id, self.tr("Marked as two different people; the pair will not come back unless one of the "
                             "files changes.")))

    def merge(self) -> None:
        pair_id, comparison = self.queue.current_id(), self._comparison
        if pair_id is None or comparison is None:
            return
        dialog = MergeFilesDialog(comparison, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self.queue.setFocus()
            return
        survivor, merged = dialog.survivor, dialog.merged
        take, reason = dialog.take_from_merged(), dialog.reason.text()
        merges = self._services.merges
        self._run(lambda: merges.merge(survivor.id, merged.id, take, survivor.version, merged.version, reason),
                  lambda _result: self._merged(pair_id, survivor, merged))

    def _merged(self, pair_id: int, survivor, merged) -> None:
        self._done(pair_id, self.tr("File no. {merged} was merged into file no. {survivor} ({name}).").format(
            merged=show_number(merged.id), survivor=show_number(survivor.id), name=survivor.full_name))
        self.merged_tab.activate()

    def _run(self, work, done) -> None:
        self.error.clear_message()
        self.status.clear()
        run_while_busy([self.queue, self.comparison, self.not_same, self.merge_button], work, done, self._failed)

    def _done(self, pair_id: int, said: str) -> None:
        row = max(self.queue.currentIndex().row(), 0)
        self.queue.refresh(pair_id)
        if self.queue_model.rowCount():
            self.queue.choose(self.queue_model.row_id(min(row, self.queue_model.rowCount() - 1)))
        else:
            self._pair_chosen(None)
        self.status.setText(said)
        self.queue.setFocus()

    def _failed(self, error: Exception) -> None:
        self.error.show_message(error.message if isinstance(error, ServiceError) else Message(CONTEXT, UNEXPECTED))
        if isinstance(error, StaleRecord):  # a file changed since it was compared: compare it again as it is
            self._pair_chosen(self.queue.current_id())
