"""The "Security" section of Settings: lock after N idle minutes (#16).

Only for a protected database (without passwords there is nothing to ask
again). The delay is the office's rule, kept in the database
(``core.security.idle``); only an administrator changes it, the others see it.
Saved with the rest of the dialog by Save; the running lock follows at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QSpinBox, QWidget
from shiboken6 import isValid

from ttk_desktop.core.security.roles import Action

if TYPE_CHECKING:
    from ttk_desktop.gui.context import AppContext

MAX_MINUTES = 24 * 60


class IdleLockBox(QGroupBox):
    """A spin box of minutes (0 = never), read when the database is open."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("security_box")
        self.setTitle(self.tr("Security"))
        self.ctx = ctx
        self.loaded: int | None = None
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("idle_lock_minutes")
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setSpecialValueText(self.tr("never"))
        self.minutes.setSuffix(self.tr(" min"))
        self.note = QLabel(
            self.tr(
                "With nobody using it for this long, TTK Desktop hides its windows and asks "
                "the password again; what was typed is kept."
            ),
            self,
        )
        self.note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Lock after"), self.minutes)
        form.addRow(self.note)
        self.setVisible(False)  # until the database says it is protected
        self.setEnabled(False)
        ctx.when_ready(self._load)

    def _load(self) -> None:
        if not isValid(self):
            return
        db = self.ctx.db
        if not db.protected:
            return

        def work() -> int:
            from ttk_desktop.core.security.idle import idle_lock_minutes

            return idle_lock_minutes(db)

        def done(minutes: int) -> None:
            if not isValid(self):
                return
            self.loaded = minutes
            self.minutes.setValue(minutes)
            self.setVisible(True)
            self.setEnabled(db.may(Action.CHANGE_SETTINGS))

        self.ctx.tasks.run(work, on_success=done)

    def save_work(self) -> Callable[[], Any] | None:
        """The write of a changed delay (runs on a worker); None when unchanged."""
        if self.loaded is None or not self.isEnabled() or self.minutes.value() == self.loaded:
            return None
        db, minutes = self.ctx.db, self.minutes.value()

        def save() -> None:
            from ttk_desktop.core.security.idle import set_idle_lock_minutes

            set_idle_lock_minutes(db, minutes)

        return save

    def apply(self, window: QWidget | None) -> None:
        """After a save: the main window's running lock takes the new delay."""
        lock = getattr(window, "idle_lock", None)
        if lock is not None and self.loaded is not None:
            lock.set_minutes(self.minutes.value())
