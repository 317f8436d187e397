"""What every record form shares: messages under the fields, saving off the GUI thread.

The participant, group, session and settings forms subclass
:class:`SavingDialog`: they say how to read and check their fields
(:meth:`~SavingDialog.validate`) and what to write
(:meth:`~SavingDialog.save_work`); the dialog shows each problem under its
field (:class:`FieldErrors`), runs the write through ``ctx.tasks`` and closes
once the record is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ttk_desktop.core.errors import TtkError, ValidationError
from ttk_desktop.gui.errors import show_error

if TYPE_CHECKING:
    from ttk_desktop.gui.context import AppContext

ERROR_STYLE = "color: #b00020;"


class FieldErrors:
    """Error labels under form fields, filled from ``{field: message}``.

    Messages of a field appear once it was edited, all of them after a save
    attempt. ``aliases`` sends a key to another field's label (one row can
    hold several inputs); keys with no label of their own go to the "form"
    label.
    """

    def __init__(self, owner: QWidget) -> None:
        self.owner = owner
        self.labels: dict[str, QLabel] = {}
        self.inputs: dict[str, QWidget] = {}  # what gets the focus when the field is wrong
        self.aliases: dict[str, str] = {}
        self.touched: set[str] = set()
        self.save_attempted = False

    def label(self, key: str) -> QLabel:
        label = QLabel(self.owner)
        label.setObjectName(f"error_{key}")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.setVisible(False)
        self.labels[key] = label
        return label

    def field(self, key: str, *widgets: QWidget) -> QWidget:
        """``widgets`` on one line with the field's error label underneath."""
        box = QWidget(self.owner)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        line = QHBoxLayout()
        for widget in widgets:
            line.addWidget(widget)
        column.addLayout(line)
        column.addWidget(self.label(key))
        self.inputs[key] = widgets[0]
        return box

    def route(self, errors: dict[str, str]) -> dict[str, str]:
        """The messages keyed by the label they show in (several join in one label)."""
        routed: dict[str, str] = {}
        for key, message in errors.items():
            target = self.aliases.get(key, key)
            target = target if target in self.labels else "form"
            routed[target] = f"{routed[target]}\n{message}" if target in routed else message
        return routed

    def show(self, errors: dict[str, str]) -> None:
        routed = self.route(errors)
        for key, label in self.labels.items():
            message = routed.get(key, "")
            if not (self.save_attempted or key in self.touched or key == "form"):
                message = ""
            label.setText(message)
            label.setVisible(bool(message))

    def focus_first(self) -> None:
        """Put the cursor in the first field (in form order) showing a message."""
        for key, label in self.labels.items():
            widget = self.inputs.get(key)
            if widget is not None and label.text():
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return


class SavingDialog(QDialog):
    """A form dialog that saves through the write pool and closes when saved.

    Save (also Ctrl+S) checks the form, shows each problem under its field
    and puts the cursor in the first wrong one; otherwise it runs
    :meth:`save_work` off the GUI thread and accepts with ``saved_record``
    once the write is done. ``ctx`` is None only for a form that can also save
    without a database (Settings with no file open); its :meth:`save_work`
    then returns None.
    """

    # What ``ctx.notify`` announces after a save (None: nothing on screen depends on it).
    notice: str | None = "groups"

    def __init__(self, ctx: AppContext | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.errors = FieldErrors(self)
        self.saved_record: Any = None
        self._saving = False
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save_button")
        self.save_button.setDefault(True)
        save_keys = QKeySequence(QKeySequence.StandardKey.Save)
        self.save_button.setToolTip(save_keys.toString(QKeySequence.SequenceFormat.NativeText))
        QShortcut(save_keys, self, self._on_save)
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)

    @property
    def ctx(self) -> AppContext:
        """The open database's screens' context (every form that saves records has one)."""
        if self._ctx is None:
            raise RuntimeError(f"{type(self).__name__} was opened without a database")
        return self._ctx

    def watch(self, key: str, signal: Any) -> None:
        """Re-check the form when a field changes; its error then shows."""

        def edited(*_args: Any) -> None:
            self.errors.touched.add(key)
            self.errors.show(self.validate()[1])

        signal.connect(edited)

    # -- for subclasses --------------------------------------------------------------
    def validate(self) -> tuple[Any, dict[str, str]]:
        """The form's data and its problems keyed by field."""
        raise NotImplementedError

    def save_work(self, data: Any) -> Callable[[], Any] | None:
        """The write to run off the GUI thread; None when the database has nothing to save."""
        raise NotImplementedError

    # -- saving ------------------------------------------------------------------------
    def _on_save(self) -> None:
        if self._saving:
            return
        self.errors.save_attempted = True
        data, errors = self.validate()
        self.errors.show(errors)
        if errors:
            self.errors.focus_first()
            return
        work = self.save_work(data)
        if work is None:
            self.saved_record = None
            self.accept()
            return
        self._set_saving(True)
        self.ctx.tasks.run(
            work,
            on_success=self._on_saved,
            on_failure=self._on_save_failed,
            write=True,
        )

    def _on_saved(self, record: Any) -> None:
        if self.notice:
            self.ctx.notify(self.notice)
        if not isValid(self):
            return  # closed while saving: the record is saved all the same
        self._set_saving(False)
        self.saved_record = record
        self.accept()

    def _on_save_failed(self, error: BaseException) -> None:
        if not isValid(self):
            show_error(None, error)
            return
        self._set_saving(False)
        if isinstance(error, ValidationError):
            self.errors.show(error.errors)
            self.errors.focus_first()
        elif isinstance(error, TtkError):
            self.errors.show({"form": error.message})
        else:
            show_error(self, error)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)
