"""File → Backups: the list of backups, "Back up now", how many are kept, restore (#16).

Everything that reads or writes (the list, the settings, the backup itself)
runs through ``ctx.tasks``; the dialog only shows. Staff may back up;
only administrators change the settings and restore, which the core checks
again (the buttons are only a courtesy).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QVBoxLayout,
)
from shiboken6 import isValid

from ttk_desktop.core.security.backups import MAX_KEEP
from ttk_desktop.gui.backup_check import confirm_restore, restore_in_window
from ttk_desktop.gui.dialogs.saving import ERROR_STYLE
from ttk_desktop.gui.errors import show_error
from ttk_desktop.gui.i18n import left_to_right
from ttk_desktop.gui.models.backup_table_model import BackupTableModel, format_when
from ttk_desktop.gui.models.group_table_model import RECORD_ROLE

if TYPE_CHECKING:
    from ttk_desktop.core.db.engine import Database
    from ttk_desktop.core.security.backups import BackupInfo
    from ttk_desktop.gui.context import AppContext
    from ttk_desktop.gui.main_window import MainWindow


def _load(db: Database) -> tuple[list[BackupInfo], int, int, Path | None]:
    """Runs on a pool thread: the backups in both folders, and the backup settings."""
    from ttk_desktop.core.security.backups import (
        backup_folders,
        keep_counts,
        list_backups,
        second_folder,
    )

    daily, weekly = keep_counts(db)
    return list_backups(db.path, backup_folders(db)), daily, weekly, second_folder(db)


class BackupsDialog(QDialog):
    """Backups of the open database; ``window`` is the main window (for restoring)."""

    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        from ttk_desktop.core.security.backups import backup_folder
        from ttk_desktop.core.security.roles import Action

        self.ctx = ctx
        self.window_ = window
        self.busy = 0
        self.setObjectName("backups_dialog")
        db = ctx.db
        may_back_up = db.may(Action.BACK_UP)
        self.may_restore = db.may(Action.RESTORE)
        may_change = db.may(Action.CHANGE_SETTINGS)

        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.folder_path = backup_folder(db.path)
        self.folder = QLabel(self)
        self.folder.setObjectName("backup_folder")
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = BackupTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("backup_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.empty = QLabel(self)
        self.empty.setObjectName("backup_empty")
        self.empty.hide()

        self.back_up_button = QPushButton(self)
        self.back_up_button.setObjectName("back_up_now")
        self.back_up_button.setVisible(may_back_up)
        self.back_up_button.clicked.connect(self._on_back_up_clicked)
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("restore_backup")
        self.restore_button.setVisible(self.may_restore)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("delete_backup")
        self.delete_button.setVisible(self.may_restore)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("backup_progress")
        self.progress.setRange(0, 0)  # one consistent copy: no steps to count
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setObjectName("backup_status")
        self.status.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("backup_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

        self.settings_box = self._build_settings(may_change)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)

        actions = QHBoxLayout()
        actions.addWidget(self.back_up_button)
        actions.addWidget(self.restore_button)
        actions.addWidget(self.delete_button)
        actions.addWidget(self.progress, 1)
        actions.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.folder)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.settings_box)
        layout.addWidget(self.buttons)
        self.setMinimumSize(640, 520)
        self._retranslate()
        self._update_buttons()
        self.reload()

    def _build_settings(self, may_change: bool) -> QGroupBox:
        box = QGroupBox(self)
        box.setObjectName("backup_settings")
        self.keep_daily = QSpinBox(box)
        self.keep_daily.setObjectName("keep_daily")
        self.keep_weekly = QSpinBox(box)
        self.keep_weekly.setObjectName("keep_weekly")
        for spin in (self.keep_daily, self.keep_weekly):
            spin.setRange(1, MAX_KEEP)
            spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.second = QLineEdit(box)
        self.second.setObjectName("second_folder")
        self.second.setReadOnly(True)
        self.choose_button = QPushButton(box)
        self.choose_button.setObjectName("choose_second_folder")
        self.choose_button.clicked.connect(self._on_choose_clicked)
        self.clear_button = QPushButton(box)
        self.clear_button.setObjectName("clear_second_folder")
        self.clear_button.clicked.connect(lambda: self.second.clear())
        self.save_button = QPushButton(box)
        self.save_button.setObjectName("save_backup_settings")
        self.save_button.clicked.connect(self._on_save_clicked)
        self.admin_note = QLabel(box)
        self.admin_note.setWordWrap(True)
        self.admin_note.setVisible(not may_change)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.second, 1)
        folder_row.addWidget(self.choose_button)
        folder_row.addWidget(self.clear_button)
        self.daily_label = QLabel(box)
        self.weekly_label = QLabel(box)
        self.second_label = QLabel(box)
        self.form = QFormLayout()
        self.form.addRow(self.daily_label, self.keep_daily)
        self.form.addRow(self.weekly_label, self.keep_weekly)
        self.form.addRow(self.second_label, folder_row)
        below = QHBoxLayout()
        below.addWidget(self.admin_note, 1)
        below.addStretch()
        below.addWidget(self.save_button)
        outer = QVBoxLayout(box)
        outer.addLayout(self.form)
        outer.addLayout(below)
        self.may_change = may_change
        for widget in (self.keep_daily, self.keep_weekly, self.choose_button, self.clear_button):
            widget.setEnabled(may_change)
        self.save_button.setVisible(may_change)
        box.setEnabled(False)  # until the settings are read
        return box

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Backups"))
        self.note.setText(
            self.tr(
                "A backup is a copy of the whole database, encrypted like it. A daily and a "
                "weekly backup are made when TTK Desktop starts and when it quits; older ones "
                "are deleted. Keep a second copy outside this PC, for example on a USB stick."
            )
        )
        self.empty.setText(self.tr("No backups yet."))
        self.folder.setText(
            self.tr("Backups folder: %1").replace("%1", left_to_right(str(self.folder_path)))
        )
        self.back_up_button.setText(self.tr("&Back up now"))
        self.restore_button.setText(self.tr("&Restore…"))
        self.delete_button.setText(self.tr("&Delete…"))
        self.settings_box.setTitle(self.tr("Automatic backups"))
        self.daily_label.setText(self.tr("Daily backups kept"))
        self.weekly_label.setText(self.tr("Weekly backups kept"))
        self.second_label.setText(self.tr("Second folder"))
        self.second.setPlaceholderText(self.tr("None (for example a USB stick)"))
        self.choose_button.setText(self.tr("C&hoose…"))
        self.clear_button.setText(self.tr("C&lear"))
        self.save_button.setText(self.tr("&Save settings"))
        self.admin_note.setText(self.tr("Only an administrator changes these settings."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "form"):
            self._retranslate()
        super().changeEvent(event)

    # -- reading -----------------------------------------------------------------------
    def reload(self) -> None:
        db = self.ctx.db
        self._start()
        self.ctx.tasks.run(lambda: _load(db), on_success=self._on_loaded, on_failure=self._failed)

    def _on_loaded(self, loaded: tuple[list[BackupInfo], int, int, Path | None]) -> None:
        if not isValid(self):
            return
        self._finish()
        backups, daily, weekly, second = loaded
        self.model.set_rows(backups)
        self.empty.setVisible(not backups)
        self.keep_daily.setValue(daily)
        self.keep_weekly.setValue(weekly)
        self.second.setText(str(second) if second is not None else "")
        self.settings_box.setEnabled(True)
        self._update_buttons()

    # -- actions -----------------------------------------------------------------------
    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        record: Any = rows[0].data(RECORD_ROLE)
        return record

    def _update_buttons(self) -> None:
        self.back_up_button.setEnabled(not self.busy)
        self.restore_button.setEnabled(not self.busy and self.selected() is not None)
        self.delete_button.setEnabled(not self.busy and self.selected() is not None)
        self.save_button.setEnabled(not self.busy)

    def _start(self) -> None:
        self.busy += 1
        self.error.hide()
        self._update_buttons()

    def _finish(self) -> None:
        self.busy = max(0, self.busy - 1)
        self.progress.setVisible(False)
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        self._finish()
        from ttk_desktop.core.errors import TtkError

        if isinstance(error, TtkError):
            self.error.setText(error.message)
            self.error.show()
        else:
            show_error(self, error)

    def _on_back_up_clicked(self) -> None:
        """Off the GUI thread: the copy and its check take half a second at 100,000 people."""
        from ttk_desktop.core.security.backups import back_up_now

        db = self.ctx.db
        self._start()
        self.progress.show()
        self.status.setText(self.tr("Backing up…"))
        self.ctx.tasks.run(
            lambda: back_up_now(db), on_success=self._on_backed_up, on_failure=self._failed
        )

    def _on_backed_up(self, info: BackupInfo) -> None:
        if not isValid(self):
            return
        self._finish()
        lines = [self.tr("Backup written: %1").replace("%1", left_to_right(str(info.path)))]
        lines += [
            self.tr("Also copied to: %1").replace("%1", left_to_right(str(c))) for c in info.copies
        ]
        self.status.setText("\n".join(lines))
        if info.warnings:
            self.error.setText("\n".join(info.warnings))
            self.error.show()
        self.reload()

    def _on_restore_clicked(self) -> None:
        backup = self.selected()
        if backup is None or not confirm_restore(self, backup, self.ctx.db.path):
            return
        self.accept()
        restore_in_window(self.window_, backup)

    def _on_delete_clicked(self) -> None:
        """Backups made by hand stay until deleted, with values an erasure removed."""
        backup = self.selected()
        if backup is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete backup"),
            self.tr(
                "Delete the backup %1 made on %2? It cannot be brought back, and the "
                "database can no longer be restored to that moment."
            )
            .replace("%1", left_to_right(backup.path.name))
            .replace("%2", format_when(backup.when)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        from ttk_desktop.core.security.backups import delete_backup

        db, path = self.ctx.db, backup.path

        def deleted(_result: object) -> None:
            if isValid(self):
                self._finish()
                self.status.setText(self.tr("Deleted: %1").replace("%1", left_to_right(path.name)))
                self.reload()

        self._start()
        self.ctx.tasks.run(
            lambda: delete_backup(db, path), on_success=deleted, on_failure=self._failed
        )

    def _on_choose_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Second backup folder"), self.second.text() or str(Path.home())
        )
        if folder:
            self.second.setText(folder)

    def _on_save_clicked(self) -> None:
        from ttk_desktop.core.security.backups import set_backup_settings

        db = self.ctx.db
        daily, weekly = self.keep_daily.value(), self.keep_weekly.value()
        text = self.second.text().strip()
        second = Path(text) if text else None
        self._start()

        def saved(_result: object) -> None:
            if isValid(self):
                self._finish()
                self.status.setText(self.tr("Backup settings saved."))

        self.ctx.tasks.run(
            lambda: set_backup_settings(db, keep_daily=daily, keep_weekly=weekly, second=second),
            on_success=saved,
            on_failure=self._failed,
            write=True,
        )


def show_backups(ctx: AppContext, window: MainWindow) -> None:
    """File → Backups… (called by the main window)."""
    dialog = BackupsDialog(ctx, window)
    dialog.exec()
    dialog.deleteLater()
