"""Lock the app after N minutes without keyboard or mouse input, keeping unsaved work (#16).

An application-wide event filter restarts a single-shot timer on every key,
click, wheel or mouse move. When it fires, every visible window of the app is
taken off the screen and the login dialog asks the same account's password
(:class:`~ttk_desktop.gui.dialogs.login_dialog.LoginDialog` in unlock mode).
The windows are never closed, so what was typed in an open dialog stays.

A window that is hidden ends a modal dialog's ``exec()`` (Qt quits its event
loop, and the caller would take it as Cancel), so modal dialogs are not
hidden: a curtain, an opaque child covering the whole dialog, hides their
contents instead. Other windows (the main window, previews) are hidden. The
lock is application-modal, so nothing under it takes input. On the right
password everything is shown again as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from shiboken6 import isValid

from ttk_desktop.gui.dialogs.login_dialog import LoginDialog

if TYPE_CHECKING:
    from ttk_desktop.core.db.engine import Database

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)
MINUTE_MS = 60_000


class _Curtain(QLabel):
    """Covers a modal dialog that cannot be hidden; follows its size."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("idle_lock_curtain")
        self.setAutoFillBackground(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setText(self.tr("Locked"))
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False


class IdleLock(QObject):
    """Watches input; after ``minutes`` of none, locks until the password is given again.

    Args:
        db: the open protected database (its path, account and key are checked).
        minutes: 0 never locks; a fraction is allowed (tests use a tiny one).
    """

    locked = Signal()
    unlocked = Signal()

    def __init__(self, db: Database, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.dialog: LoginDialog | None = None
        self._hidden: list[QWidget] = []
        self._curtains: list[_Curtain] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.lock)
        self.minutes = 0.0
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.set_minutes(minutes)

    @property
    def is_locked(self) -> bool:
        return self.dialog is not None

    def set_minutes(self, minutes: float) -> None:
        """Change the delay (Settings); 0 turns the lock off."""
        self.minutes = max(0.0, float(minutes))
        if self.minutes <= 0:
            self._timer.stop()
        elif not self.is_locked:
            self._timer.start(max(1, int(self.minutes * MINUTE_MS)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and not self.is_locked and self.minutes > 0:
            self._timer.start()  # same interval: restart the countdown
        return False

    # -- locking ------------------------------------------------------------------------
    def lock(self) -> None:
        """Take the app's windows off the screen and ask the password."""
        if self.is_locked:
            return
        self._timer.stop()
        popup = QApplication.activePopupWidget()
        while popup is not None:  # open menus and combo lists show data too
            popup.close()
            following = QApplication.activePopupWidget()
            popup = None if following is popup else following
        for window in QApplication.topLevelWidgets():
            if not window.isVisible() or window.windowType() in (
                Qt.WindowType.Popup,
                Qt.WindowType.ToolTip,
                Qt.WindowType.SplashScreen,
            ):
                continue
            if window.windowModality() != Qt.WindowModality.NonModal:
                self._curtains.append(_Curtain(window))
            else:
                self._hidden.append(window)
                window.hide()
        dialog = LoginDialog(self.db.path, locked_account=self.db.account.name, key=self.db.key)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._on_unlocked)
        dialog.rejected.connect(self._on_quit)
        self.dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        self.locked.emit()

    def _on_unlocked(self) -> None:
        self.dialog = None
        for curtain in self._curtains:
            if isValid(curtain):
                curtain.deleteLater()
                curtain.hide()
        for window in self._hidden:
            if isValid(window):
                window.show()
        self._curtains.clear()
        self._hidden.clear()
        self.set_minutes(self.minutes)
        self.unlocked.emit()

    def _on_quit(self) -> None:
        """ "Quit" on the lock: the app closes; the windows were never shown again."""
        self.dialog = None
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def stop(self) -> None:
        """No more locking (the window is closing)."""
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
