"""Per-user GUI preferences (language, window geometry, splitters, columns).

A thin typed wrapper over QSettings so keys are spelled once. Stored in the
platform's usual place (the registry on Windows); tests redirect it with
``QSettings.setPath`` to a temporary folder.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "TTK"
APPLICATION = "TTK Desktop"
LANGUAGES: tuple[str, ...] = ("tr", "en", "ar")
DEFAULT_LANGUAGE = "tr"


class SettingsStore:
    """Read and write the GUI's remembered state."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._qs = settings or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
        )

    # -- language ------------------------------------------------------------------
    @property
    def language(self) -> str:
        value = str(self._qs.value("ui/language", DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(value)
        self._qs.setValue("ui/language", value)

    # -- page size of the participants list --------------------------------------------
    @property
    def page_size(self) -> int:
        try:
            return max(50, min(5000, int(self._qs.value("participants/page_size", 200))))
        except (TypeError, ValueError):
            return 200

    @page_size.setter
    def page_size(self, value: int) -> None:
        self._qs.setValue("participants/page_size", int(value))

    # -- data exchange (issue 13): where files and headquarters' private key are --------
    @property
    def exchange_key_path(self) -> str:
        """Headquarters' private key file last used to merge (never its passphrase)."""
        return str(self._qs.value("exchange/key_path", "") or "")

    @exchange_key_path.setter
    def exchange_key_path(self, value: str) -> None:
        self._qs.setValue("exchange/key_path", value)

    @property
    def exchange_folder(self) -> str:
        """The folder data files were last exported to or merged from."""
        return str(self._qs.value("exchange/folder", "") or "")

    @exchange_folder.setter
    def exchange_folder(self, value: str) -> None:
        self._qs.setValue("exchange/folder", value)

    # -- login (issue 16): the account name last used, never a password -----------------
    @property
    def last_account(self) -> str:
        return str(self._qs.value("login/account", "") or "")

    @last_account.setter
    def last_account(self, value: str) -> None:
        self._qs.setValue("login/account", value)

    # -- widget state (geometry, splitters, header columns) ---------------------------
    def state(self, key: str) -> QByteArray | None:
        """Saved ``saveState()``/``saveGeometry()`` bytes, or None."""
        value = self._qs.value(f"state/{key}")
        if isinstance(value, QByteArray) and not value.isEmpty():
            return value
        return None

    def set_state(self, key: str, value: QByteArray) -> None:
        self._qs.setValue(f"state/{key}", value)

    def sync(self) -> None:
        self._qs.sync()

    def file_name(self) -> str:
        return self._qs.fileName()
