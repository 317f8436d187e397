"""What an import did, per sheet, for the CLI and the import dialog."""

from __future__ import annotations

from dataclasses import dataclass, field

from ttk_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from ttk_desktop.core.textrules import printable

KIND_LABELS: dict[str, str] = {
    "participants": QT_TRANSLATE_NOOP("Import", "Participants"),
    "groups": QT_TRANSLATE_NOOP("Import", "Groups"),
    "sessions": QT_TRANSLATE_NOOP("Import", "Sessions"),
    "attendance": QT_TRANSLATE_NOOP("Import", "Attendance"),
}


@dataclass
class SheetSummary:
    """Counts for one kind of record (all sheets of that kind in the file)."""

    kind: str  # "participants", "groups", "sessions" or "attendance"
    sheet: str  # the sheet's name as written in the file (the first, if several)
    added: int = 0
    updated: int = 0  # changed or revived
    unchanged: int = 0

    @property
    def label(self) -> str:
        return translate("Import", KIND_LABELS.get(self.kind, self.kind))

    def line(self) -> str:
        return translate(
            "Import",
            "{label}: {added} added, {updated} updated, {unchanged} unchanged",
            label=self.label,
            added=self.added,
            updated=self.updated,
            unchanged=self.unchanged,
        )


@dataclass
class ImportSummary:
    """Returned by :func:`ttk_desktop.core.importer.import_workbook`."""

    file: str
    sheets: list[SheetSummary] = field(default_factory=list)
    offices_added: list[str] = field(default_factory=list)  # codes created by this import
    members_added: int = 0  # group memberships created or revived by attendance rows

    def sheet(self, kind: str) -> SheetSummary | None:
        return next((s for s in self.sheets if s.kind == kind), None)

    @property
    def changed(self) -> bool:
        return bool(
            self.offices_added
            or self.members_added
            or any(s.added or s.updated for s in self.sheets)
        )

    def lines(self) -> list[str]:
        """One translated line per sheet kind, then offices and memberships created."""
        out = [s.line() for s in self.sheets]
        if self.offices_added:
            out.append(
                translate(
                    "Import",
                    "New offices created: {codes}",
                    codes=", ".join(printable(code) for code in self.offices_added),
                )
            )
        if self.members_added:
            out.append(
                translate(
                    "Import",
                    "Group memberships added from attendance: {n}",
                    n=self.members_added,
                )
            )
        return out
