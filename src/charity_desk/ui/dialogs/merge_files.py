"""«دمج»: which file stays, and for each field the two files hold differently, which value to keep.

Keyboard: Tab goes from the choice of the surviving file to each field's pair of values (the arrows
switch within a pair), to the reason and the buttons; Enter merges, Escape cancels.  The dialog only
decides; the page runs the merge (services.merge_files) and shows what happened.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from charity_desk.services.merge_compare import FileComparison, FileSide
from charity_desk.services.merge_files import CHOOSABLE, REASON_LENGTH
from charity_desk.ui.bidi import ltr
from charity_desk.ui.formatting import show_number, show_text
from charity_desk.ui.merge_labels import field_label, value_text


class MergeFilesDialog(QDialog):
    def __init__(self, comparison: FileComparison, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge two files of one person"))
        self._comparison = comparison
        sides = (comparison.first, comparison.second)
        self.keep_first = QRadioButton(self._side_text(comparison.first))
        self.keep_second = QRadioButton(self._side_text(comparison.second))
        survivor = QButtonGroup(self)
        survivor.addButton(self.keep_first)
        survivor.addButton(self.keep_second)
        # The file carrying more of the person's history stays unless the reviewer says otherwise.
        first_records, second_records = (sum(side.records.values()) for side in sides)
        (self.keep_second if second_records > first_records else self.keep_first).setChecked(True)
        note = QLabel(self.tr(
            "Everything recorded in the other file moves to the file that stays. The file that stays keeps "
            "its national ID; a search for the other file's ID finds it."))
        note.setWordWrap(True)

        self.values: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        grid = QGridLayout()
        grid.addWidget(self._bold(self.tr("Field")), 0, 0)
        grid.addWidget(self._bold(self.tr("File no. {id}").format(id=show_number(comparison.first.id))), 0, 1)
        grid.addWidget(self._bold(self.tr("File no. {id}").format(id=show_number(comparison.second.id))), 0, 2)
        values = {f.field: f for f in comparison.fields}
        for field in CHOOSABLE:
            compared = values.get(field)
            if compared is None or not compared.differs:
                continue
            row = len(self.values) + 1
            first = QRadioButton(value_text(field, compared.first) or self.tr("(empty)"))
            second = QRadioButton(value_text(field, compared.second) or self.tr("(empty)"))
            pair = QButtonGroup(self)
            pair.addButton(first)
            pair.addButton(second)
            grid.addWidget(QLabel(field_label(field)), row, 0)
            grid.addWidget(first, row, 1)
            grid.addWidget(second, row, 2)
            self.values[field] = (first, second)
        grid.setRowStretch(len(self.values) + 1, 1)  # the rows stay together at the top
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        chosen = QWidget()
        chosen.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(chosen)
        scroll.setVisible(bool(self.values))
        self.same = QLabel(self.tr("The two files hold the same values in every field that can be chosen."))
        self.same.setVisible(not self.values)
        self.reason = QLineEdit()
        self.reason.setMaxLength(REASON_LENGTH)
        self.reason.setPlaceholderText(self.tr("Why they are one person (optional)"))
        buttons = QDialogButtonBox()
        self.merge_button = buttons.addButton(self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.merge_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._bold(self.tr("The file that stays")))
        layout.addWidget(self.keep_first)
        layout.addWidget(self.keep_second)
        layout.addWidget(note)
        layout.addWidget(self._bold(self.tr("The value to keep where the files differ")))
        layout.addWidget(scroll, 1)
        layout.addWidget(self.same)
        layout.addWidget(QLabel(self.tr("Reason")))
        layout.addWidget(self.reason)
        layout.addWidget(buttons)
        self.keep_first.toggled.connect(self._prefer_survivor)
        self._prefer_survivor()
        self.resize(760, 560)
        self.keep_first.setFocus() if self.keep_first.isChecked() else self.keep_second.setFocus()

    # -- what the reviewer chose ------------------------------------------------------------
    @property
    def survivor(self) -> FileSide:
        return self._comparison.first if self.keep_first.isChecked() else self._comparison.second

    @property
    def merged(self) -> FileSide:
        return self._comparison.second if self.keep_first.isChecked() else self._comparison.first

    def take_from_merged(self) -> tuple[str, ...]:
        """The fields whose value comes from the file that does not stay."""
        merged_is_first = not self.keep_first.isChecked()
        return tuple(field for field, (first, _second) in self.values.items()
                     if first.isChecked() == merged_is_first)

    # -- helpers ------------------------------------------------------------------------------
    def _prefer_survivor(self) -> None:
        """Each field starts at the surviving file's value, or the other's where the survivor has none."""
        values = {f.field: f for f in self._comparison.fields}
        first_stays = self.keep_first.isChecked()
        for field, (first, second) in self.values.items():
            own = values[field].first if first_stays else values[field].second
            keep_first = first_stays if own not in (None, "") else not first_stays
            (first if keep_first else second).setChecked(True)

    def _side_text(self, side: FileSide) -> str:
        return self.tr("File no. {id}: {name} ({national_id}), {records} records").format(
            id=show_number(side.id), name=side.full_name, national_id=ltr(show_text(side.national_id)),
            records=show_number(sum(side.records.values())))

    @staticmethod
    def _bold(text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label
