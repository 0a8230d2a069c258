"""The table model over beneficiary summaries the front desk's search results build on; its columns
are also the alphabetical list's (``BENEFICIARY_COLUMNS``)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from charity_desk.domain.messages import QT_TRANSLATE_NOOP
from charity_desk.services.beneficiaries import BeneficiarySummary
from charity_desk.ui.bidi import ltr
from charity_desk.ui.models.paged_list import Column

CONTEXT = "BeneficiaryTable"
_COLUMNS = (
    ("full_name", QT_TRANSLATE_NOOP("BeneficiaryTable", "Name")),
    ("national_id", QT_TRANSLATE_NOOP("BeneficiaryTable", "National ID")),
    ("mobile", QT_TRANSLATE_NOOP("BeneficiaryTable", "Mobile")),
    ("region", QT_TRANSLATE_NOOP("BeneficiaryTable", "Region")),
    ("city", QT_TRANSLATE_NOOP("BeneficiaryTable", "City")),
)
_DIGIT_COLUMNS = {"national_id", "mobile"}
#: The same columns for a ``PagedListModel`` (the alphabetical list, sorted by name in SQL).
BENEFICIARY_COLUMNS = tuple(
    Column(header, lambda row, attribute=attribute: getattr(row, attribute), ltr=attribute in _DIGIT_COLUMNS,
           sort="name" if attribute == "full_name" else None)
    for attribute, header in _COLUMNS
)


class BeneficiaryTableModel(QAbstractTableModel):
    """Rows of ``BeneficiarySummary``; ``summary(row)`` gives the record behind a row."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[BeneficiarySummary] = []

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(_COLUMNS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        attribute = _COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            value = getattr(self._rows[index.row()], attribute)
            return ltr(value) if attribute in _DIGIT_COLUMNS else value
        if role == Qt.ItemDataRole.TextAlignmentRole and attribute in _DIGIT_COLUMNS:
            # Digits read left to right even in a right-to-left table.
            return int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate(CONTEXT, _COLUMNS[section][1])
        return None

    def summary(self, row: int) -> BeneficiarySummary:
        return self._rows[row]

    def set_rows(self, rows: list[BeneficiarySummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

