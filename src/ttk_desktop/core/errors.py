"""Errors the core raises; each carries what failed and where, for a clear message."""

from __future__ import annotations

from collections import Counter
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


class DatabaseLockedError(DatabaseError):
    """The database is encrypted (it has accounts) and was opened without its key."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        super().__init__(
            translate(
                "Database",
                "{path} is protected by accounts. Log in first: the command line asks for "
                "the account name and password (or reads TTK_USER and TTK_PASSWORD).",
                path=self.path,
            )
        )


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


# An imported file's problems are listed up to this many; the rest are counted by
# sheet and column, so that the message of a file with an error in every cell stays
# short (issue #11). A quoted cell makes a message long: each is cut at MAX_MESSAGE_CHARS.
MAX_LISTED_ISSUES = 200
MAX_MESSAGE_CHARS = 600
# How many (sheet, column) counts are named; the rest are summed as "other problems".
MAX_COUNTED_KINDS = 20

_COUNT_SHAPES: dict[tuple[bool, bool], str] = {
    (False, False): QT_TRANSLATE_NOOP("ImportIssue", "{file}: {n} more problems"),
    (True, False): QT_TRANSLATE_NOOP("ImportIssue", "{file}, sheet '{sheet}': {n} more problems"),
    (False, True): QT_TRANSLATE_NOOP("ImportIssue", "{file}, column '{column}': {n} more problems"),
    (True, True): QT_TRANSLATE_NOOP(
        "ImportIssue", "{file}, sheet '{sheet}', column '{column}': {n} more problems"
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

    def __post_init__(self) -> None:
        if len(self.message) > MAX_MESSAGE_CHARS:
            object.__setattr__(self, "message", self.message[: MAX_MESSAGE_CHARS - 1] + "\u2026")

    @property
    def kind(self) -> tuple[str, str]:
        """What the problems not listed are counted by: (sheet, column)."""
        return (self.sheet or "", self.column or "")

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


@dataclass(frozen=True)
class IssueCount:
    """Problems of one kind (sheet and column) beyond the listed ones."""

    file: str
    sheet: str | None
    column: str | None
    count: int
    other: bool = False  # the sum of every kind beyond MAX_COUNTED_KINDS

    def describe(self) -> str:
        if self.other:
            return translate(
                "ImportIssue",
                "{file}: {n} more problems of other kinds",
                file=self.file,
                n=f"{self.count:,}",
            )
        return translate(
            "ImportIssue",
            _COUNT_SHAPES[(bool(self.sheet), bool(self.column))],
            file=self.file,
            sheet=self.sheet or "",
            column=self.column or "",
            n=f"{self.count:,}",
        )


@dataclass
class ImportFailedError(TtkError):
    """The file was refused as a whole; nothing was written.

    ``issues`` lists at most :data:`MAX_LISTED_ISSUES` problems in the order
    given; ``more`` counts the others by sheet and column. ``dropped`` takes
    counts of problems the caller did not keep, by (sheet, column).
    """

    issues: list[ImportIssue] = field(default_factory=list)
    dropped: dict[tuple[str, str], int] = field(default_factory=dict)
    more: list[IssueCount] = field(init=False, default_factory=list)

    def __post_init__(self) -> None:
        counts: Counter[tuple[str, str]] = Counter(self.dropped)
        if len(self.issues) > MAX_LISTED_ISSUES:
            counts.update(issue.kind for issue in self.issues[MAX_LISTED_ISSUES:])
            self.issues = self.issues[:MAX_LISTED_ISSUES]
        file = self.issues[0].file if self.issues else ""
        ranked = counts.most_common()
        self.more = [
            IssueCount(file, sheet or None, column or None, n)
            for (sheet, column), n in ranked[:MAX_COUNTED_KINDS]
        ]
        rest = sum(n for _, n in ranked[MAX_COUNTED_KINDS:])
        if rest:
            self.more.append(IssueCount(file, None, None, rest, other=True))
        lines = [issue.describe() for issue in self.issues]
        lines.extend(count.describe() for count in self.more)
        super().__init__("\n".join(lines))

    @property
    def total(self) -> int:
        """Every problem found, listed or counted."""
        return len(self.issues) + sum(count.count for count in self.more)


class ImportCancelledError(TtkError):
    """The user cancelled an import; nothing was written."""
