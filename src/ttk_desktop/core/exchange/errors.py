"""Why a data file, a key or an export was refused; each message says what to do."""

from __future__ import annotations

from ttk_desktop.core.errors import TtkError


class ExchangeError(TtkError):
    """A data file or key cannot be used; nothing was changed."""


class FileRefused(ExchangeError):
    """A data file was refused whole (the merge changed nothing)."""

    def __init__(self, file_name: str, reason: str) -> None:
        self.file_name = file_name
        self.reason = reason
        super().__init__(f"{file_name}: {reason}")


class UnpinnedKey(ExchangeError):
    """A sending database not seen before: its signing key must be confirmed (pinned)."""

    def __init__(self, message: str, office: str, fingerprint: str) -> None:
        self.office = office
        self.fingerprint = fingerprint
        super().__init__(message)
