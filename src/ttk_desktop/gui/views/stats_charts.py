"""pyqtgraph bar charts of the statistics tab, each bar labelled with count and percent.

Imported by :class:`StatisticsView` when the tab is first built, never at app
start-up (pyqtgraph pulls in numpy and takes a noticeable time to import).
The charts take :class:`ttk_desktop.reports.tables.ChartData`, the same data
the exported PNG and PDF charts draw, so screen and report always agree.
"""

from __future__ import annotations

import html

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QTextOption
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from ttk_desktop.reports.charts import PALETTE, TEXT_COLOUR, bar_text
from ttk_desktop.reports.labels import ReportText
from ttk_desktop.reports.tables import ChartData

# Room above the tallest bar for its label, as a share of the tallest bar.
HEADROOM = 0.32


class BarChart(QWidget):
    """One titled bar chart; in right-to-left languages the first bar is on the right."""

    def __init__(self, parent: QWidget | None = None, *, multicolour: bool = True) -> None:
        super().__init__(parent)
        self.multicolour = multicolour
        self.chart: ChartData | None = None
        self.positions: list[float] = []
        self.value_labels: list[pg.TextItem] = []
        self.plot = pg.PlotWidget(self, background="w")
        # The chart mirrors itself (bar order); Qt must not mirror the graphics view again.
        self.plot.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setMinimumHeight(170)
        self.plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        item = self.plot.getPlotItem()
        item.hideAxis("left")
        item.setTitle("")
        axis = item.getAxis("bottom")
        axis.setPen(pg.mkPen(QColor("#999999")))
        axis.setTextPen(pg.mkPen(QColor(TEXT_COLOUR)))
        self._title = ""
        self._font: QFont | None = None
        self._brushes = [pg.mkBrush(colour) for colour in PALETTE]
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.6, brushes=[])
        item.addItem(self.bars)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)

    def set_font(self, font: QFont) -> None:
        self.plot.getPlotItem().getAxis("bottom").setStyle(tickFont=font)
        self._font = font
        for label in self.value_labels:
            label.setFont(font)

    def set_chart(self, chart: ChartData, text: ReportText) -> None:
        """Draw ``chart``'s bars (heights are the counts) and their labels.

        Label items are reused from the previous drawing: a live tab redraws after
        every change and creating graphics items is the costly part.
        """
        self.chart = chart
        item = self.plot.getPlotItem()
        title = f"<b>{html.escape(chart.title)}</b>"
        if title != self._title:
            item.setTitle(title, color=TEXT_COLOUR, size="11pt")
            self._title = title
        n = len(chart.bars)
        positions = [float(n - 1 - i) if text.rtl else float(i) for i in range(n)]
        self.positions = positions
        counts = chart.counts
        brushes = [self._brushes[i % len(PALETTE) if self.multicolour else 0] for i in range(n)]
        self.bars.setOpts(x=positions, height=counts, width=0.6, brushes=brushes)
        while len(self.value_labels) > n:
            item.removeItem(self.value_labels.pop())
        while len(self.value_labels) < n:
            label = pg.TextItem(anchor=(0.5, 1.0))
            if self._font is not None:
                label.setFont(self._font)
            item.addItem(label)
            self.value_labels.append(label)
        for label, pos, bar in zip(self.value_labels, positions, chart.bars, strict=True):
            words = html.escape(bar_text(bar, text)).replace(" (", "<br>(")
            label.setHtml(f'<div style="text-align:center; color:{TEXT_COLOUR}">{words}</div>')
            # Centring needs a text width: the widest line's (never wrapping inside it).
            document = label.textItem.document()
            option = document.defaultTextOption()
            option.setWrapMode(QTextOption.WrapMode.NoWrap)
            document.setDefaultTextOption(option)
            document.setTextWidth(document.idealWidth() + 1)
            label.updateTextPos()
            label.setPos(pos, bar.count)
        ticks = [(pos, bar.label) for pos, bar in zip(positions, chart.bars, strict=True)]
        item.getAxis("bottom").setTicks([ticks])
        biggest = max(counts, default=0) or 1
        item.setRange(
            xRange=(-0.6, max(n, 1) - 0.4), yRange=(0, biggest * (1 + HEADROOM)), padding=0
        )

    # -- read back (tests, accessibility) --------------------------------------------
    def heights(self) -> list[int]:
        """Bar heights as drawn, in category order."""
        return [int(h) for h in self.bars.opts["height"]]

    def tick_labels(self) -> list[str]:
        """The category labels under the bars, left to right on screen."""
        ticks = self.plot.getPlotItem().getAxis("bottom")._tickLevels or [[]]
        return [label for _pos, label in sorted(ticks[0])]

    def value_texts(self) -> list[str]:
        return [" ".join(label.textItem.toPlainText().split()) for label in self.value_labels]
