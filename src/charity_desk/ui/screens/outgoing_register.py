"""The outgoing-correspondence register: every letter the association issued, newest first.

Rows are chosen (several at once with Ctrl or Shift) and printed again as one document; a
reprint is the stored letter, word for word, with its original number and verification code.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from charity_desk.domain.messages import QT_TRANSLATE_NOOP
from charity_desk.services.registry import ActorServices
from charity_desk.ui.committee_labels import letter_kind_label
from charity_desk.ui.document_jobs import DocumentJobs
from charity_desk.ui.formatting import counted, show_number, show_short_date
from charity_desk.ui.models.paged_list import Column, PagedListModel
from charity_desk.ui.widgets.form_error import FormError
from charity_desk.ui.widgets.paged_table import PagedTable

REGISTER_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("OutgoingRegister", "Reference number"), lambda r: r.reference_number,
           sort="reference", ltr=True),
    Column(QT_TRANSLATE_NOOP("OutgoingRegister", "Date"), lambda r: show_short_date(r.issued_on), sort="issued"),
    Column(QT_TRANSLATE_NOOP("OutgoingRegister", "Kind"), lambda r: letter_kind_label(r.kind)),
    Column(QT_TRANSLATE_NOOP("OutgoingRegister", "Addressee"), lambda r: r.addressee),
    Column(QT_TRANSLATE_NOOP("OutgoingRegister", "Subject"), lambda r: r.subject),
)


class OutgoingRegister(QWidget):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self._services = services
        intro = QLabel(self.tr("Letters issued by the association, newest first. Choose one or more rows "
                               "(Ctrl or Shift for several) to print them again."))
        intro.setObjectName("muted")
        intro.setWordWrap(True)
        self.letters_model = PagedListModel("OutgoingRegister", REGISTER_COLUMNS, parent=self)
        self.letters_model.total_changed.connect(lambda _total: self._selection_changed())
        self.table = PagedTable(self.letters_model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.doubleClicked.connect(lambda _index: self.print_selected())
        self.count = QLabel()
        self.count.setObjectName("muted")
        self.print_button = QPushButton(self.tr("Preview and print the chosen letters…"))
        self.print_button.clicked.connect(self.print_selected)
        self.error = FormError()
        self.jobs = DocumentJobs(self, self.error)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addStretch()
        bottom.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(bottom)
        self._selection_changed()

    def refresh(self) -> None:
        self.letters_model.set_source(self._services.lists.outgoing_register())

    def chosen(self) -> list[int]:
        """The chosen letters' ids, in the register's order."""
        return [self.letters_model.row_id(row)
                for row in sorted(i.row() for i in self.table.selectionModel().selectedRows())]

    def _selection_changed(self) -> None:
        chosen = len(self.table.selectionModel().selectedRows())
        self.print_button.setEnabled(bool(chosen))
        self.count.setText(self.tr("In the register: {count}").format(count=counted(self.letters_model.total, "letter")) + (
            "  •  " + self.tr("Chosen: {count}").format(count=show_number(chosen)) if chosen else ""))

    def print_selected(self) -> None:
        ids = self.chosen()
        if not ids:
            return
        letters = self._services.letters
        self.jobs.run(self.tr("Preparing the letters…"), self.tr("Letters from the outgoing register"),
                      "letters.pdf", lambda progress, cancelled: letters.render(ids, progress, cancelled))
