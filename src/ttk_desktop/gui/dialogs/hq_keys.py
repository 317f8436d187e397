"""The "Headquarters public key" section of Settings and of the first-start dialog.

An office encrypts its data files so that only headquarters can read them: it
needs headquarters' public key, a one-line text starting with ``age1`` that
headquarters made with ``ttk keys init``. The key is pasted or read from its
file (``hq.pub``), checked by ``core.exchange.keys``, and kept in the
database at once; the list shows each key's fingerprint, to compare with the
one headquarters reads out.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ttk_desktop.core.errors import TtkError
from ttk_desktop.gui.dialogs.saving import ERROR_STYLE
from ttk_desktop.gui.errors import show_error
from ttk_desktop.gui.i18n import left_to_right

if TYPE_CHECKING:
    from ttk_desktop.core.db.engine import Database
    from ttk_desktop.gui.workers import TaskRunner

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def _read_keys(db: Database) -> list[tuple[str, str]]:
    """Runs on a pool thread: each stored key with its fingerprint."""
    from ttk_desktop.core.exchange import keys

    return [(text, keys.fingerprint(text)) for text in keys.stored_recipients(db)]


class HqKeysBox(QGroupBox):
    """Add (paste or file), list and remove headquarters public keys.

    Works once :meth:`set_database` has given it the open database; every
    read and write goes through ``tasks``.
    """

    # Emitted (GUI thread) after the stored keys were read again.
    keys_changed = Signal()

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hq_keys_box")
        self.tasks = tasks
        self.db: Database | None = None
        # Keys taken before the database exists (first start), stored once it is made.
        self.holding = False
        self.held: list[str] = []
        self.busy = 0
        self.keys: list[tuple[str, str]] = []
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.key_text = QLineEdit(self)
        self.key_text.setObjectName("hq_key_text")
        self.key_text.setPlaceholderText("age1…")
        self.key_text.returnPressed.connect(self._on_add_clicked)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("hq_key_add")
        self.add_button.clicked.connect(self._on_add_clicked)
        self.file_button = QPushButton(self)
        self.file_button.setObjectName("hq_key_file")
        self.file_button.clicked.connect(self._on_file_clicked)
        self.error = QLabel(self)
        self.error.setObjectName("hq_key_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.list = QListWidget(self)
        self.list.setObjectName("hq_key_list")
        self.list.setMaximumHeight(70)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.empty = QLabel(self)
        self.empty.setObjectName("hq_key_empty")
        self.empty.setWordWrap(True)
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("hq_key_remove")
        self.remove_button.clicked.connect(self._on_remove_clicked)

        entry = QHBoxLayout()
        entry.addWidget(self.key_text, 1)
        entry.addWidget(self.add_button)
        entry.addWidget(self.file_button)
        below = QHBoxLayout()
        below.addWidget(self.empty, 1)
        below.addWidget(self.remove_button)
        # The contents, apart from the title: the first-start dialog folds them away.
        self.body = QWidget(self)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        outer = QVBoxLayout(self)
        outer.addWidget(self.body)
        layout.addWidget(self.note)
        layout.addLayout(entry)
        layout.addWidget(self.error)
        layout.addWidget(self.list)
        layout.addLayout(below)
        self.setEnabled(False)  # until the database is open
        self._retranslate()

    def _retranslate(self) -> None:
        """Texts again (the first-start dialog changes the language while it is open)."""
        self.setTitle(self.tr("Headquarters public key"))
        self.note.setText(
            self.tr(
                "Data files are encrypted so that only headquarters can read them. Paste the "
                "one-line key headquarters gave you (it starts with age1) or choose its file "
                "(hq.pub). Check the fingerprint with headquarters."
            )
        )
        self.add_button.setText(self.tr("&Add"))
        self.file_button.setText(self.tr("From &file…"))
        self.empty.setText(self.tr("No headquarters key yet: data files cannot be exported."))
        self.remove_button.setText(self.tr("&Remove key"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- database -----------------------------------------------------------------------
    def set_database(self, db: Database) -> None:
        self.db = db
        self.setEnabled(True)
        self.reload()

    def hold_until_created(self) -> None:
        """Take keys before the database exists (the first start makes it on OK).

        Each key is checked as it is added; :meth:`store_held` stores them in
        the new database.
        """
        self.holding = True
        self.setEnabled(True)
        self._show_held()

    def store_held(self, db: Database) -> None:
        """Store the keys taken before ``db`` existed, then work on ``db``.

        On the GUI thread: a few settings written in one quick transaction
        each, before the first-start dialog closes.
        """
        from ttk_desktop.core.exchange import keys

        for text in self.held:
            keys.add_recipient(db, text)
        self.held, self.holding = [], False
        self.set_database(db)

    def _hold(self, text: str) -> None:
        from ttk_desktop.core.exchange import keys

        line = text.strip()
        try:
            keys.parse_recipient(line)
        except TtkError as error:
            self._on_add_failed(error)
            return
        if line not in self.held:
            self.held.append(line)
        self.key_text.clear()
        self._show_held()

    def _show_held(self) -> None:
        from ttk_desktop.core.exchange.keys import fingerprint

        self._on_keys_read([(text, fingerprint(text)) for text in self.held])

    def _run(
        self,
        fn: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None] | None = None,
        *,
        write: bool = False,
    ) -> None:
        self.busy += 1

        def ok(result: Any) -> None:
            if isValid(self):
                self.busy -= 1
                done(result)

        def bad(error: BaseException) -> None:
            if not isValid(self):
                return
            self.busy -= 1
            (failed or (lambda e: show_error(self, e)))(error)

        self.tasks.run(fn, on_success=ok, on_failure=bad, write=write)

    def reload(self) -> None:
        db = self.db
        if db is not None:
            self._run(lambda: _read_keys(db), self._on_keys_read)

    def _on_keys_read(self, keys: list[tuple[str, str]]) -> None:
        self.keys = keys
        self.list.clear()
        for text, fingerprint in keys:
            item = QListWidgetItem(left_to_right(fingerprint), self.list)
            item.setData(KEY_ROLE, text)
            item.setToolTip(text)
        self.empty.setVisible(not keys)
        self._update_buttons()
        self.keys_changed.emit()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.list.currentRow() >= 0)

    # -- adding and removing ----------------------------------------------------------------
    def add_key(self, text: str) -> None:
        """Check and store a key's one-line text; a wrong key is named under the field."""
        from ttk_desktop.core.exchange import keys

        db = self.db
        if not text.strip():
            return
        self.error.hide()
        if db is None:
            if self.holding:
                self._hold(text)
            return
        self._run(
            lambda: keys.add_recipient(db, text),
            self._on_added,
            self._on_add_failed,
            write=True,
        )

    def _on_added(self, _fingerprint: str) -> None:
        self.key_text.clear()
        self.reload()

    def _on_add_failed(self, error: BaseException) -> None:
        if isinstance(error, TtkError):
            self.error.setText(error.message)
            self.error.show()
        else:
            show_error(self, error)

    def _on_add_clicked(self) -> None:
        self.add_key(self.key_text.text())

    def _on_file_clicked(self) -> None:
        from ttk_desktop.core.exchange import keys

        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Headquarters public key"),
            "",
            self.tr("Public keys (*.pub);;All files (*)"),
        )
        if not name:
            return
        self.error.hide()
        db = self.db
        path = Path(name)
        if db is None:
            if self.holding:
                try:
                    self._hold(keys.read_recipient_file(path))
                except TtkError as error:
                    self._on_add_failed(error)
            return
        self._run(
            lambda: keys.add_recipient(db, keys.read_recipient_file(path)),
            self._on_added,
            self._on_add_failed,
            write=True,
        )

    def _on_remove_clicked(self) -> None:
        from ttk_desktop.core.exchange import keys

        item = self.list.currentItem()
        db = self.db
        if item is None:
            return
        text = str(item.data(KEY_ROLE))
        if db is None:
            self.held = [held for held in self.held if held != text]
            self._show_held()
            return
        self._run(lambda: keys.remove_recipient(db, text), lambda _r: self.reload(), write=True)


class HqKeysDialog(QDialog):
    """The key section on its own, offered by the Data exchange page when no key is set."""

    def __init__(self, tasks: TaskRunner, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hq_keys_dialog")
        self.setWindowTitle(self.tr("Headquarters public key"))
        self.box = HqKeysBox(tasks, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.box.set_database(db)
