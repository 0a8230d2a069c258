"""Reading a paged list the way a person sees it: its rows, a cell's text, colour and weight."""

from __future__ import annotations

from PySide6.QtCore import Qt


def row_count(table) -> int:
    return table.model().rowCount()


def cell(table, row: int, column: int) -> str:
    model = table.model()
    return model.data(model.index(row, column))


def background(table, row: int, column: int):
    model = table.model()
    brush = model.data(model.index(row, column), Qt.ItemDataRole.BackgroundRole)
    return None if brush is None else brush.color()


def is_bold(table, row: int, column: int) -> bool:
    model = table.model()
    font = model.data(model.index(row, column), Qt.ItemDataRole.FontRole)
    return font is not None and font.bold()


def choose_row(table, row: int) -> None:
    assert table.choose(table.model().row_id(row))
