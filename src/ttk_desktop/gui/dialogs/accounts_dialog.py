"""File → Accounts… (administrators) and File → Change my password… (everyone) (#16).

The list shows every account (name, role, active or disabled, when made).
Add asks a name, a role and a password twice; Disable asks for confirmation
first. Every call goes to ``core.security.accounts`` on a worker (wrapping a
key with Argon2id takes a moment); the core checks the role whatever the
dialog shows, and its refusals are shown like any other error.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ttk_desktop.core.errors import TtkError, ValidationError
from ttk_desktop.core.security.roles import Role, role_label
from ttk_desktop.gui.dialogs.account_fields import AccountFields
from ttk_desktop.gui.dialogs.saving import ERROR_STYLE
from ttk_desktop.gui.errors import show_error
from ttk_desktop.gui.models.security_models import AccountTableModel

if TYPE_CHECKING:
    from ttk_desktop.gui.context import AppContext


class AddAccountDialog(QDialog):
    """Name, role and password (twice) of a new account; saved on a worker."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("add_account_dialog")
        self.setWindowTitle(self.tr("Add an account"))
        self.added: Any = None
        self.busy = False
        self.fields = AccountFields(self)
        self.role = QComboBox(self)
        self.role.setObjectName("account_role")
        for role in (Role.STAFF, Role.VIEWER, Role.ADMINISTRATOR):
            self.role.addItem(role_label(role), role.value)
        self.role_note = QLabel(
            self.tr(
                "Staff register people, groups, sessions and attendance, print, import and "
                "export. Viewers see statistics and lists without phone numbers or birth "
                "dates. Administrators also manage accounts, settings, keys, merges, "
                "deletions and backups."
            ),
            self,
        )
        self.role_note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Role"), self.role)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("add_account_ok")
        self.ok_button.setText(self.tr("Add"))
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addLayout(form)
        layout.addWidget(self.role_note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def _on_ok(self) -> None:
        if self.busy:
            return
        values = self.fields.values()
        if values is None:
            return
        name, password = values
        role = Role(self.role.currentData())
        db = self.ctx.db

        def work() -> Any:
            from ttk_desktop.core.security.accounts import add_account

            return add_account(db, name, role, password)

        self.busy = True
        self.ok_button.setEnabled(False)
        self.ctx.tasks.run(work, on_success=self._on_added, on_failure=self._on_failed, write=True)

    def _on_added(self, info: Any) -> None:
        if not isValid(self):
            return
        self.busy = False
        self.added = info
        self.fields.clear_passwords()
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        self.busy = False
        self.ok_button.setEnabled(True)
        if isinstance(error, ValidationError) and self.fields.show_errors(error.errors):
            return
        show_error(self, error)


class ChangePasswordDialog(QDialog):
    """The logged-in account's current password and a new one, twice."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("change_password_dialog")
        self.setWindowTitle(self.tr("Change my password"))
        self.busy = False
        self.changed = False
        account = ctx.db.account.name
        self.intro = QLabel(self.tr("Account: %1").replace("%1", account), self)
        self.current = QLineEdit(self)
        self.current.setObjectName("current_password")
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.current_error = QLabel(self)
        self.current_error.setObjectName("error_current_password")
        self.current_error.setStyleSheet(ERROR_STYLE)
        self.current_error.setWordWrap(True)
        self.current_error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Current password"), self.current)
        form.addRow("", self.current_error)
        self.fields = AccountFields(self, with_name=False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("change_password_ok")
        self.ok_button.setText(self.tr("Change"))
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.fields)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def _on_ok(self) -> None:
        if self.busy:
            return
        self.current_error.hide()
        values = self.fields.values()
        if values is None:
            return
        _name, new = values
        old = self.current.text()
        db = self.ctx.db

        def work() -> None:
            from ttk_desktop.core.security.accounts import change_password

            change_password(db, old, new)

        self.busy = True
        self.ok_button.setEnabled(False)
        self.ctx.tasks.run(
            work, on_success=self._on_changed, on_failure=self._on_failed, write=True
        )

    def _on_changed(self, _result: Any) -> None:
        if not isValid(self):
            return
        self.busy = False
        self.changed = True
        self.current.clear()
        self.fields.clear_passwords()
        QMessageBox.information(self, self.windowTitle(), self.tr("Your password was changed."))
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        self.busy = False
        self.ok_button.setEnabled(True)
        if isinstance(error, ValidationError) and self.fields.show_errors(error.errors):
            return
        if isinstance(error, TtkError) and type(error).__name__ == "AccountError":
            self.current_error.setText(error.message)  # the current password is wrong
            self.current_error.show()
            self.current.clear()
            self.current.setFocus()
            return
        show_error(self, error)


class AccountsDialog(QDialog):
    """Every account; Add, Disable, Change my password (administrators)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("accounts_dialog")
        self.setWindowTitle(self.tr("Accounts"))
        self.loading = False
        self.model = AccountTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("accounts_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.add_button.setObjectName("accounts_add")
        self.add_button.clicked.connect(self.add_account)
        self.disable_button = QPushButton(self.tr("&Disable…"), self)
        self.disable_button.setObjectName("accounts_disable")
        self.disable_button.clicked.connect(self.disable_selected)
        self.password_button = QPushButton(self.tr("Change my &password…"), self)
        self.password_button.setObjectName("accounts_change_password")
        self.password_button.clicked.connect(self.change_my_password)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.add_button, self.disable_button, self.password_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(close)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.resize(640, 380)
        self._update_buttons()
        self.reload()

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self, *_args: Any) -> None:
        chosen = self.selected()
        self.disable_button.setEnabled(chosen is not None and not chosen.disabled)

    def reload(self, select: str | None = None) -> None:
        db = self.ctx.db

        def work() -> list[Any]:
            from ttk_desktop.core.security.accounts import list_accounts

            return list_accounts(db)

        def done(rows: list[Any]) -> None:
            if not isValid(self):
                return
            self.loading = False
            self.model.set_rows(rows)
            for number, info in enumerate(rows):
                if info.name == select:
                    self.table.selectRow(number)
            self._update_buttons()

        def failed(error: BaseException) -> None:
            if isValid(self):
                self.loading = False
                show_error(self, error)

        self.loading = True
        self.ctx.tasks.run(work, on_success=done, on_failure=failed)

    def add_account(self) -> None:
        dialog = AddAccountDialog(self.ctx, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.added is not None:
            self.reload(select=dialog.added.name)

    def disable_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Disable the account"),
            self.tr(
                "Disable the account %1? It can no longer log in; what it did stays in the "
                "audit log. This cannot be undone: to let the person in again, add a new "
                "account."
            ).replace("%1", chosen.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, name = self.ctx.db, chosen.name

        def work() -> Any:
            from ttk_desktop.core.security.accounts import disable_account

            return disable_account(db, name)

        self.disable_button.setEnabled(False)
        self.ctx.tasks.run(
            work,
            on_success=lambda _info: isValid(self) and self.reload(select=name),
            on_failure=lambda error: isValid(self) and self._on_failed(error),
            write=True,
        )

    def _on_failed(self, error: BaseException) -> None:
        self._update_buttons()
        show_error(self, error)

    def change_my_password(self) -> None:
        ChangePasswordDialog(self.ctx, self).exec()
