"""The merges made, newest first; an administrator undoes the chosen one (after a confirmation).

Keyboard: the arrows choose a merge, Enter (or the button) asks to undo it, Escape in the question
says no.  What undo could not put back as it was (a field changed since, a record deleted since) is
said under the list.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from charity_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from charity_desk.domain.roles import Permission
from charity_desk.i18n import render, translate
from charity_desk.services.errors import ServiceError
from charity_desk.services.registry import ActorServices
from charity_desk.ui.busy_work import run_while_busy
from charity_desk.ui.formatting import show_moment, show_number, show_text
from charity_desk.ui.models.paged_list import Column, PagedListModel
from charity_desk.ui.widgets.form_error import FormError
from charity_desk.ui.widgets.paged_table import PagedTable

_MERGED = QT_TRANSLATE_NOOP("MergedFilesTab", "Merged")
_UNDONE = QT_TRANSLATE_NOOP("MergedFilesTab", "Undone")
_UNEXPECTED = QT_TRANSLATE_NOOP("MergedFilesTab", "Something went wrong; nothing was changed. Try again.")


def _state(row) -> str:
    return translate("MergedFilesTab", _UNDONE if row.undone else _MERGED)


COLUMNS = (
    Column(QT_TRANSLATE_NOOP("MergedFilesTab", "Merged on"), lambda r: show_moment(r.merged_at), ltr=True),
    Column(QT_TRANSLATE_NOOP("MergedFilesTab", "File kept"), lambda r: r.survivor_name),
    Column(QT_TRANSLATE_NOOP("MergedFilesTab", "Its ID"), lambda r: show_text(r.survivor_national_id), ltr=True),
    Column(QT_TRANSLATE_NOOP("MergedFilesTab", "File merged into it"), lambda r: r.merged_name),
    Column(QT_TRANSLATE_NOOP("MergedFilesTab", "Its ID"), lambda r: show_text(r.merged_national_id), ltr=True),
    Column(QT_TRANSLATE_NOOP("MergedFilesTab", "By"), lambda r: r.merged_by),
    Column(QT_TRANSLATE_NOOP("MergedFilesTab", "State"), _state),
)


class _EnterUndoes(QObject):
    def __init__(self, tab: MergedFilesTab):
        super().__init__(tab)
        self._tab = tab

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._tab.undo()
            return True
        return False


class MergedFilesTab(QWidget):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self._services = services
        self.model = PagedListModel("MergedFilesTab", COLUMNS, parent=self)
        self.table = PagedTable(self.model)
        self.table.setTabKeyNavigation(False)
        self.undo_button = QPushButton(self.tr("Undo this merge"))
        self.undo_button.setAutoDefault(True)
        self.undo_button.clicked.connect(self.undo)
        self.may_undo = services.actor.can(Permission.MERGE_UNDO)
        self.undo_button.setVisible(self.may_undo)
        if self.may_undo:
            self.table.installEventFilter(_EnterUndoes(self))
        self.table.current_changed.connect(self._chosen)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = FormError()
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.error)

    def activate(self) -> None:
        self.model.set_source(self._services.merges.history())
        self._chosen(self.table.current_id())

    def _chosen(self, _merge_id) -> None:
        row = self.table.current_row()
        self.undo_button.setEnabled(row is not None and not row.undone)

    def undo(self) -> None:
        row = self.table.current_row()
        if not self.may_undo or row is None or row.undone:
            return
        asked = QMessageBox(QMessageBox.Icon.Question, self.tr("Undo the merge"), self.tr(
            "Undo the merge of file no. {merged} ({name}) into file no. {survivor}? The merged file shows again "
            "and its records go back to it.").format(merged=show_number(row.merged_id), name=row.merged_name,
                                                      survivor=show_number(row.survivor_id)), parent=self)
        yes = asked.addButton(self.tr("Undo the merge"), QMessageBox.ButtonRole.AcceptRole)
        no = asked.addButton(self.tr("Keep the merge"), QMessageBox.ButtonRole.RejectRole)
        asked.setDefaultButton(no)
        asked.setEscapeButton(no)
        asked.exec()
        if asked.clickedButton() is not yes:
            self.table.setFocus()
            return
        self.error.clear_message()
        self.status.clear()
        merges = self._services.merges
        run_while_busy([self.table, self.undo_button], lambda: merges.undo(row.id),
                       lambda result: self._undone(row.id, result), self._failed)

    def _undone(self, merge_id: int, result) -> None:
        self.table.refresh(merge_id)
        said = [self.tr("The merge was undone: both files are as they were.")] if not result.notes else [
            self.tr("The merge was undone.")] + [render(note) for note in result.notes]
        self.status.setText(" ".join(said))
        self._chosen(merge_id)
        self.table.setFocus()

    def _failed(self, error: Exception) -> None:
        self.error.show_message(error.message if isinstance(error, ServiceError) else Message(
            "MergedFilesTab", _UNEXPECTED))
