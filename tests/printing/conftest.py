"""Printing tests share one QApplication with the GUI tests."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _qt_application(qapp):  # type: ignore[no-untyped-def]
    """One QApplication for the run (printing alone would make a QGuiApplication).

    PySide6 bundles no fonts; with none installed at all Qt draws no text, so
    nothing here could be checked (Arabic alone is checked separately).
    """
    from PySide6.QtGui import QFontDatabase

    if not QFontDatabase.families():
        pytest.skip("no fonts are installed on this machine, so no text can be printed")
    return qapp
