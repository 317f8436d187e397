"""Show errors to people: one function, a clear message, never a traceback.

Expected errors (``TtkError``) show their message. Anything else is logged
with its traceback and shown as a short note with a "Copy details" button.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ttk_desktop.core.errors import TtkError

log = logging.getLogger("ttk_desktop")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    """Tell the user what went wrong and what to do; details go to the log."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or _tr("TTK Desktop"))
    if isinstance(error, TtkError):
        box.setText(error.message)
        if error.__cause__ is not None:
            # What SQLite or the system said is for support, in the log; not for the box.
            log.warning("%s", error.message, exc_info=error.__cause__)
    else:
        details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
        log.error("Unexpected error:\n%s", details)
        box.setText(
            _tr(
                "Something unexpected went wrong. Your data is safe: the last change was not "
                "saved. If it happens again, copy the details and send them to your IT contact."
            )
        )
        copy = box.addButton(_tr("Copy details"), QMessageBox.ButtonRole.ActionRole)
        copy.clicked.disconnect()
        copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    log.error("Uncaught exception", exc_info=(kind, value, tb))
    if QApplication.instance() is not None:
        show_error(None, value)


def install_excepthook() -> None:
    """Log anything unexpected and show a short dialog instead of a crash."""
    sys.excepthook = _excepthook
