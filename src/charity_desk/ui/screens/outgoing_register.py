"""The outgoing-correspondence register: every letter the association issued, newest first.

Rows are chosen (several at once with Ctrl or Shift) and printed again as one document; a
reprint is the stored letter, word for word, with its original number and verification code.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from charity_desk.services.letters import RegisterRow
from charity_desk.services.registry import ActorServices
from charity_desk.ui.committee_labels import letter_kind_label
from charity_desk.ui.document_jobs import DocumentJobs
from charity_desk.ui.formatting import show_short_date
from charity_desk.ui.widgets.form_error import FormError
from charity_desk.ui.widgets.simple_table import SimpleTable


class OutgoingRegister(QWidget):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self._services = services
        self.rows: list[RegisterRow] = []
        intro = QLabel(self.tr("Letters issued by the association, newest first. Choose one or more rows "
                               "(Ctrl or Shift for several) to print them again."))
        intro.setObjectName("muted")
        intro.setWordWrap(True)
        self.table = SimpleTable([self.tr("Reference number"), self.tr("Date"), self.tr("Kind"),
                                  self.tr("Addressee"), self.tr("Subject")], ltr_columns=frozenset({0}))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.itemSelectionChanged.connect(self._selection_changed)
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
        self.rows = self._services.letters.register()
        self.table.set_rows([(r.reference_number, show_short_date(r.issued_on), letter_kind_label(r.kind),
                              r.addressee, r.subject) for r in self.rows], keys=[r.id for r in self.rows])
        self._selection_changed()

    def chosen(self) -> list[int]:
        """The chosen letters' ids, in the register's order."""
        return [self.rows[row].id for row in sorted(i.row() for i in self.table.selectionModel().selectedRows())]

    def _selection_changed(self) -> None:
        chosen = len(self.table.selectionModel().selectedRows())
        self.print_button.setEnabled(bool(chosen))
        self.count.setText(self.tr("%n letter(s) in the register", "", len(self.rows)) + (
            "  •  " + self.tr("%n chosen", "", chosen) if chosen else ""))

    def print_selected(self) -> None:
        ids = self.chosen()
        if not ids:
            return
        letters = self._services.letters
        self.jobs.run(self.tr("Preparing the letters…"), self.tr("Letters from the outgoing register"),
                      "letters.pdf", lambda progress, cancelled: letters.render(ids, progress, cancelled))
