"""A titled chart of counts by category (QtCharts): horizontal bars, or a pie for two or three parts.

QtCharts never mirrors a chart for a right-to-left screen, so the bars are laid out by hand as
Arabic readers expect: the category names on the right, bars growing to the left, the first
category at the top, and each count written after the end of its bar. QtCharts' own bar labels
ignore a reversed axis (they land on the bar's base), so the counts are text items placed where
the bars end, again whenever the plot area changes. The value axis is hidden: the counts say
more, and a count axis would show fractions between small whole numbers.

QtCharts elides a category name to «...» when its text box is taller than the category's band,
so each bar gets a band of ``_ROW_HEIGHT`` pixels.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGraphicsSimpleTextItem,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
)

from charity_desk.domain.numerals import format_number, format_percent
from charity_desk.ui.bidi import ltr

BAR_COLOR = QColor("#0f5257")
PIE_COLORS = (QColor("#0f5257"), QColor("#d9822b"), QColor("#7b8794"), QColor("#2f9e8f"))
_ROW_HEIGHT = 32
_LABEL_GAP = 5
_MIN_HEIGHT = 150


class CountChart(QFrame):
    def __init__(self, title: str, pie: bool = False, parent=None):
        super().__init__(parent)
        self.setObjectName("chartCard")
        self._pie = pie
        self._right_to_left = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.title = QLabel(title)
        self.title.setObjectName("chartTitle")
        self.chart = QChart()
        self.chart.legend().hide()
        self.chart.setBackgroundVisible(False)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.layout().setContentsMargins(0, 0, 0, 0)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # the scene is drawn as laid out here
        self.view.setStyleSheet("background: transparent")
        self.empty = QLabel(self.tr("No data for this period."))
        self.empty.setObjectName("muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 1)
        self.items: list[tuple[str, int]] = []
        self._series: QHorizontalBarSeries | None = None
        self._counts: list[QGraphicsSimpleTextItem] = []
        self.chart.plotAreaChanged.connect(self._place_counts)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """As tall as its bars need: a grid row then fits the taller of its two charts."""
        return QSize(420, self.minimumHeight())

    def bar_count(self) -> int:
        """How many bars (or slices) are drawn."""
        return len(self.items)

    def set_counts(self, items: list[tuple[str, int]]) -> None:
        """``(label, count)`` pairs, drawn in the given order from the top."""
        self.items = list(items)
        self.chart.removeAllSeries()
        self._series = None
        for text in self._counts:
            self.chart.scene().removeItem(text)
        self._counts = []
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        if not self.items:
            self.stack.setCurrentWidget(self.empty)
            self.setMinimumHeight(_MIN_HEIGHT)
            return
        self.stack.setCurrentWidget(self.view)
        if self._pie:
            self._draw_pie()
        else:
            self._draw_bars()

    def _font(self, points_delta: float = 0) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() + points_delta)
        return font

    def _draw_bars(self) -> None:
        # A horizontal bar chart lists its categories from the bottom: reverse them to read from the top.
        ordered = self.items[::-1]
        bars = QBarSet("")
        bars.setColor(BAR_COLOR)
        bars.setBorderColor(BAR_COLOR)
        bars.append([count for _label, count in ordered])
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setBarWidth(0.62)
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([label for label, _count in ordered])
        categories.setLabelsFont(self._font(-0.5))
        categories.setGridLineVisible(False)
        categories.setLinePenColor(QColor("#9aa5b1"))
        values = QValueAxis()
        largest = max(count for _label, count in self.items)
        values.setRange(0, max(1, largest) * 1.15)  # room for the count after the longest bar
        values.setReverse(self._right_to_left)
        values.setVisible(False)
        side = Qt.AlignmentFlag.AlignRight if self._right_to_left else Qt.AlignmentFlag.AlignLeft
        self.chart.addAxis(categories, side)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)
        font = self._font(-0.5)
        for _label, count in ordered:
            text = QGraphicsSimpleTextItem(format_number(count), self.chart)
            text.setFont(font)
            text.setBrush(QColor("#1f2933"))
            self._counts.append(text)
        self._series = series
        self.setMinimumHeight(_MIN_HEIGHT + _ROW_HEIGHT * len(self.items))
        self._place_counts()

    def _place_counts(self) -> None:
        """Each count just past the end of its bar, on the side the bar grows towards."""
        if self._series is None:
            return
        ordered = self.items[::-1]
        for index, ((_label, count), text) in enumerate(zip(ordered, self._counts, strict=True)):
            end = self.chart.mapToPosition(QPointF(count, index), self._series)
            box = text.boundingRect()
            x = end.x() - box.width() - _LABEL_GAP if self._right_to_left else end.x() + _LABEL_GAP
            text.setPos(x, end.y() - box.height() / 2)

    def _draw_pie(self) -> None:
        series = QPieSeries()
        total = sum(count for _label, count in self.items) or 1
        for index, (label, count) in enumerate(self.items):
            share = format_percent(count / total)
            piece = series.append(f"{label}: {ltr(format_number(count))} ({ltr(share)})", count)
            piece.setColor(PIE_COLORS[index % len(PIE_COLORS)])
            piece.setBorderColor(QColor("#ffffff"))
            piece.setLabelVisible(True)
            piece.setLabelFont(self._font())
            piece.setLabelColor(QColor("#1f2933"))
        series.setPieSize(0.62)
        self.chart.addSeries(series)
        self.setMinimumHeight(_MIN_HEIGHT + 110)
