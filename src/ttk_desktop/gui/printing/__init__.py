"""Printing from the screens: options dialog, print preview, save as PDF.

Screens and menus call these; the pages themselves are drawn by
``ttk_desktop.printing`` (QtGui only).
"""

from __future__ import annotations

from ttk_desktop.gui.printing.preview import (
    PrintJob,
    PrintOptionsDialog,
    show_attendance_sheet,
    show_group_roster,
    show_registration_form,
    show_week_batch,
)

__all__ = [
    "PrintJob",
    "PrintOptionsDialog",
    "show_attendance_sheet",
    "show_group_roster",
    "show_registration_form",
    "show_week_batch",
]
