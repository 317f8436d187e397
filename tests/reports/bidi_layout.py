"""Where Qt's text engine draws the digits of a label: checks bidi order in tests."""

from __future__ import annotations


def visual_order(text: str, *, rtl: bool) -> str:
    """The digits, hyphens and plus signs of ``text`` from left to right as Qt draws them."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QTextLayout, QTextOption

    layout = QTextLayout(text, QGuiApplication.font())
    option = QTextOption()
    direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    layout.createLine().setLineWidth(100000)
    layout.endLayout()
    placed = []
    for i, char in enumerate(text):
        if char.isdigit() or char in "-+":
            xs = [p.x() for run in layout.glyphRuns(i, 1) for p in run.positions()]
            placed.append((min(xs), char))
    return "".join(char for _x, char in sorted(placed))
