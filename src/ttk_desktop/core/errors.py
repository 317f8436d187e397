"""Errors the core raises; each carries what failed and where, for a clear message."""

from __future__ import annotations

from dataclasses import dataclass, field


class TtkError(Exception):
    """Base of every error meant to be shown to a person (never with a traceback)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(TtkError):
    """One or more fields of a record are wrong. ``errors`` maps field name to message."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("\n".join(self.errors.values()))


class NotFoundError(TtkError):
    """A record named by id does not exist (or was deleted)."""


class DatabaseError(TtkError):
    """The database file cannot be opened, upgraded or written."""


@dataclass(frozen=True)
class ImportIssue:
    """One problem found in an imported file, located the way Excel numbers it."""

    file: str
    sheet: str | None
    row: int | None
    column: str | None
    message: str

    def describe(self) -> str:
        """Human readable ``file, sheet 'X', row N, column 'C': message``."""
        from ttk_desktop.core.i18n import translate

        parts = [self.file]
        if self.sheet:
            parts.append(translate("ImportIssue", "sheet '{sheet}'", sheet=self.sheet))
        if self.row is not None:
            parts.append(translate("ImportIssue", "row {row}", row=self.row))
        if self.column:
            parts.append(translate("ImportIssue", "column '{column}'", column=self.column))
        return ", ".join(parts) + ": " + self.message


@dataclass
class ImportFailedError(TtkError):
    """The file was refused as a whole; nothing was written."""

    issues: list[ImportIssue] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__("\n".join(issue.describe() for issue in self.issues))


class ImportCancelledError(TtkError):
    """The user cancelled an import; nothing was written."""
