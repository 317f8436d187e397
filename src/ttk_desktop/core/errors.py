"""Errors the core raises; each carries what failed and where, for a clear message."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from ttk_desktop.core.i18n import QT_TRANSLATE_NOOP, translate


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


class DatabaseProblem(StrEnum):
    """Why a database file cannot be used, for conditions a person can fix."""

    BUSY = "busy"  # another program holds a lock beyond the busy timeout
    NOT_WRITABLE = "not_writable"  # read-only file or folder, no permission
    DISK_FULL = "disk_full"
    DISK_ERROR = "disk_error"  # I/O error: drive or network folder gone
    DAMAGED = "damaged"  # corrupt, or not a database file at all


class DatabaseAccessError(DatabaseError):
    """The database file cannot be used right now; the message says why and what to do.

    Args:
        path: the database file.
        problem: what went wrong.
        unsaved: the failure happened in a write, which was rolled back.
        backup: file name of the newest automatic backup beside ``path``, if any
            (offered as the way out of a damaged file).
    """

    def __init__(
        self,
        path: Path | str,
        problem: DatabaseProblem,
        *,
        unsaved: bool = False,
        backup: str | None = None,
    ) -> None:
        self.path = Path(path)
        self.problem = problem
        self.unsaved = unsaved
        self.backup = backup
        text = _access_message(self.path, problem, backup)
        if unsaved:
            text = translate("Database", "{problem} Your change was not saved.", problem=text)
        super().__init__(text)


def _access_message(path: Path, problem: DatabaseProblem, backup: str | None) -> str:
    if problem is DatabaseProblem.BUSY:
        return translate(
            "Database",
            "{path} is in use by another program (another TTK Desktop window, a backup or "
            "sync tool, or a database viewer) and stayed locked. Close that program, then "
            "try again.",
            path=path,
        )
    if problem is DatabaseProblem.NOT_WRITABLE:
        return translate(
            "Database",
            "TTK Desktop cannot change {path}: the file or its folder is read-only, or you do "
            "not have permission to write there. Move the database file to a folder you can "
            "write to (for example Documents) and open it from there.",
            path=path,
        )
    if problem is DatabaseProblem.DISK_FULL:
        return translate(
            "Database",
            "The disk holding {path} is full. Free some disk space, then try again.",
            path=path,
        )
    if problem is DatabaseProblem.DISK_ERROR:
        return translate(
            "Database",
            "{path} could not be read or written because of a disk or network error. Check "
            "that the drive or network folder holding it is connected, then try again.",
            path=path,
        )
    if backup:
        return translate(
            "Database",
            "{path} is damaged or is not a TTK Desktop database. If you chose the wrong file, "
            "choose the office database instead. Otherwise close TTK Desktop and replace this "
            "file with a copy of the newest automatic backup beside it, {backup}, or with your "
            "own latest copy.",
            path=path,
            backup=backup,
        )
    return translate(
        "Database",
        "{path} is damaged or is not a TTK Desktop database. If you chose the wrong file, "
        "choose the office database instead. Otherwise close TTK Desktop and replace this "
        "file with your own latest copy of the database.",
        path=path,
    )


class DatabaseMissingError(DatabaseError):
    """A command that only reads or adds to a database was given a path with no database."""

    def __init__(self, message: str, path: Path | str) -> None:
        self.path = Path(path)
        super().__init__(message)


class DatabaseNotEmptyError(DatabaseError):
    """An action meant for an empty database (the demo) found data in it."""

    def __init__(self, message: str, path: Path | str) -> None:
        self.path = Path(path)
        super().__init__(message)


# One whole sentence per combination of (sheet, row, column) present, so that
# translators can order the parts as their language needs.
_ISSUE_SHAPES: dict[tuple[bool, bool, bool], str] = {
    (False, False, False): QT_TRANSLATE_NOOP("ImportIssue", "{file}: {message}"),
    (True, False, False): QT_TRANSLATE_NOOP("ImportIssue", "{file}, sheet '{sheet}': {message}"),
    (False, True, False): QT_TRANSLATE_NOOP("ImportIssue", "{file}, row {row}: {message}"),
    (False, False, True): QT_TRANSLATE_NOOP("ImportIssue", "{file}, column '{column}': {message}"),
    (True, True, False): QT_TRANSLATE_NOOP(
        "ImportIssue", "{file}, sheet '{sheet}', row {row}: {message}"
    ),
    (True, False, True): QT_TRANSLATE_NOOP(
        "ImportIssue", "{file}, sheet '{sheet}', column '{column}': {message}"
    ),
    (False, True, True): QT_TRANSLATE_NOOP(
        "ImportIssue", "{file}, row {row}, column '{column}': {message}"
    ),
    (True, True, True): QT_TRANSLATE_NOOP(
        "ImportIssue", "{file}, sheet '{sheet}', row {row}, column '{column}': {message}"
    ),
}


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
        shape = (bool(self.sheet), self.row is not None, bool(self.column))
        return translate(
            "ImportIssue",
            _ISSUE_SHAPES[shape],
            file=self.file,
            sheet=self.sheet or "",
            row=self.row if self.row is not None else "",
            column=self.column or "",
            message=self.message,
        )


@dataclass
class ImportFailedError(TtkError):
    """The file was refused as a whole; nothing was written."""

    issues: list[ImportIssue] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__("\n".join(issue.describe() for issue in self.issues))


class ImportCancelledError(TtkError):
    """The user cancelled an import; nothing was written."""
