"""Every text a person can see in a window, gathered for checks such as «no English in Arabic mode».

Labels, buttons, group and tab titles, drop-down items, placeholders, tables (cells and headers),
lists and window titles of the widget and its visible children; tables are read through their models,
the first rows only, as the screen shows them.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

_TAGS = re.compile(r"<[^>]+>")
_ROWS_READ = 40


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for each text shown by ``root`` and its visible descendants."""
    found: list[tuple[str, str]] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        where = f"{type(widget).__name__}:{widget.objectName()}"
        if widget.isWindow() and widget.windowTitle():
            found.append((where + " title", widget.windowTitle()))
        if isinstance(widget, QLabel):
            found.append((where, _TAGS.sub(" ", widget.text())))
        elif isinstance(widget, QAbstractButton):
            found.append((where, widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append((where, widget.title()))
        elif isinstance(widget, QTabBar):
            found += [(where, widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QComboBox):
            found += [(where, widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit):
            found += [(where + " placeholder", widget.placeholderText()), (where, widget.text())]
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            found += [(where + " placeholder", widget.placeholderText()), (where, widget.toPlainText())]
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) \
                and widget.model() is not None:
            found += _model_texts(where, widget.model())
    return [(where, text) for where, text in found if text and text.strip()]


def _model_texts(where: str, model) -> list[tuple[str, str]]:
    texts = []
    root = QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list model (QListWidget's) keeps its column count private: it has one
        columns = 1
    for column in range(columns):
        header = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if header:
            texts.append((where + " header", str(header)))
    for row in range(min(model.rowCount(root), _ROWS_READ)):
        for column in range(max(columns, 1)):
            value = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
            if value is not None and not isinstance(value, bool):
                texts.append((f"{where} [{row},{column}]", str(value)))
    return texts
