"""Account name and a new password typed twice, with messages under the fields (#16).

Shared by the first-start dialog, the "protect this database" dialog and the
accounts dialog's Add. The rules themselves (length, characters) are the
core's (``core.security.accounts``); this only checks that the two passwords
match and shows the core's messages where they belong.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ttk_desktop.gui.dialogs.saving import ERROR_STYLE

MIN_PASSWORD_LENGTH = 8  # shown in the hint; the core enforces its own rule


class AccountFields(QWidget):
    """Name (optional), password and the password again.

    Args:
        with_name: False for "change my password" (only the new password).
    """

    def __init__(self, parent: QWidget | None = None, *, with_name: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("account_fields")
        self.with_name = with_name
        self.name = QLineEdit(self)
        self.name.setObjectName("account_name")
        self.name.setMaxLength(64)
        self.password = QLineEdit(self)
        self.password.setObjectName("account_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit(self)
        self.again.setObjectName("account_password_again")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors = {key: self._error(key) for key in ("name", "password", "again")}
        self.name_label, self.password_label, self.again_label = (
            QLabel(self),
            QLabel(self),
            QLabel(self),
        )
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        if with_name:
            self.form.addRow(self.name_label, self._stack(self.name, self.errors["name"]))
        else:
            self.name.hide()
            self.name_label.hide()
        self.form.addRow(self.password_label, self._stack(self.password, self.errors["password"]))
        self.form.addRow(self.again_label, self._stack(self.again, self.errors["again"]))
        self._retranslate()

    def _error(self, key: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(f"error_account_{key}")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        return label

    def _stack(self, field: QWidget, error: QLabel) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(field)
        column.addWidget(error)
        return box

    def _retranslate(self) -> None:
        self.name_label.setText(self.tr("Account name"))
        self.password_label.setText(self.tr("Password"))
        self.again_label.setText(self.tr("Password again"))
        self.password.setPlaceholderText(
            self.tr("at least %1 characters").replace("%1", str(MIN_PASSWORD_LENGTH))
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def values(self) -> tuple[str, str] | None:
        """``(name, password)``, or None after showing why not (the two passwords differ)."""
        self.clear_errors()
        if self.password.text() != self.again.text():
            self.show_errors({"again": self.tr("The two passwords are not the same.")})
            self.again.setFocus()
            return None
        return self.name.text().strip(), self.password.text()

    def show_errors(self, errors: dict[str, str]) -> bool:
        """Show the core's messages (keys ``name``, ``password``); True if any was shown."""
        shown = False
        for key, label in self.errors.items():
            if key in errors:
                label.setText(errors[key])
                label.show()
                shown = True
        return shown

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()

    def clear_passwords(self) -> None:
        self.password.clear()
        self.again.clear()
