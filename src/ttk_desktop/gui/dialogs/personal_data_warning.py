"""Ask before writing a file that holds refugees' personal data (#16, KVKK).

Every GUI path that saves an Excel workbook or a PDF with names, phones or
birth dates calls :func:`confirm_personal_data` first (printed sheets, forms
and labels saved as PDF, a person's own export). Aggregate statistics and the
blank import template need no warning. There is deliberately no "don't ask
again": the warning is the point, every time a file leaves the database.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonalDataWarning", text)


def warning_text(what: str, path: Path | str) -> str:
    """The question asked, naming what is written and where."""
    return (
        _tr(
            "%1 will be saved to %2.\n\n"
            "The file will contain personal data of refugees: names, phone numbers and "
            "birth dates. Anyone who gets the file can read them. Store it only where "
            "unauthorised people cannot reach it, do not send it by e-mail or messaging "
            "apps, and delete it when it is no longer needed.\n\n"
            "Save the file?"
        )
        .replace("%1", what)
        .replace("%2", str(path))
    )


def confirm_personal_data(parent: QWidget | None, what: str, path: Path | str) -> bool:
    """True when the person agrees to write ``what`` (personal data) to ``path``.

    Args:
        what: what is written, already translated (e.g. "The attendance sheets").
        path: the file chosen; shown so the person sees where the data goes.
    """
    answer = QMessageBox.warning(
        parent,
        _tr("Personal data"),
        warning_text(what, path),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
