"""The report as an Excel workbook: one formatted sheet per table, each with an HXL row.

Every sheet states the period, the filters and the age method above its table,
so a sheet copied out of the workbook still says what it counts. The table
starts with a header row and the HXL hashtag row under it, which is where HXL
readers look for it. Age groups are written plain ("0-17"): the direction
isolates the screen and the PDF use would be invisible characters in cells that
programs read. openpyxl is imported here only, never at app start-up.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ttk_desktop.core.statistics import YearlyStats
from ttk_desktop.reports.labels import ReportText
from ttk_desktop.reports.safe_text import set_xlsx_cell
from ttk_desktop.reports.tables import DATE, INT, PCT, Table, build_tables, filter_lines

HEADER_FILL = "DCE6F1"
HXL_COLOUR = "7F7F7F"
NUMBER_FORMATS = {INT: "#,##0", PCT: "0.0", DATE: "yyyy-mm-dd"}


def _sheet_title(text: ReportText, key: str) -> str:
    """Sheet names are short and free of the characters Excel refuses."""
    name = text(f"sheet_{key}")
    for bad in "[]:*?/\\":
        name = name.replace(bad, " ")
    return name[:31]


def _write_table(ws: Any, table: Table, stats: YearlyStats, text: ReportText) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    set_xlsx_cell(ws.cell(1, 1), text.title(stats.filter.date_from, stats.filter.date_to))
    ws.cell(1, 1).font = Font(bold=True, size=14)
    set_xlsx_cell(ws.cell(2, 1), table.title)
    ws.cell(2, 1).font = Font(bold=True, size=12)
    row = 3
    for label, value in filter_lines(stats, text):
        set_xlsx_cell(ws.cell(row, 1), label)
        ws.cell(row, 1).font = Font(bold=True)
        set_xlsx_cell(ws.cell(row, 2), value)
        row += 1
    if table.note:
        set_xlsx_cell(ws.cell(row, 1), table.note)
        ws.cell(row, 1).font = Font(italic=True)
        row += 1
    header_row = row + 1
    fill = PatternFill("solid", fgColor=HEADER_FILL)
    for col, column in enumerate(table.columns, start=1):
        cell = ws.cell(header_row, col)
        set_xlsx_cell(cell, column.header)
        cell.font = Font(bold=True)
        cell.fill = fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        tag = ws.cell(header_row + 1, col)
        set_xlsx_cell(tag, column.tag)
        tag.font = Font(italic=True, color=HXL_COLOUR, size=9)
        width = max(12, min(28, len(column.header) + 2, len(column.tag) + 1))
        ws.column_dimensions[get_column_letter(col)].width = width
    for r, values in enumerate(table.rows, start=header_row + 2):
        for col, (column, value) in enumerate(zip(table.columns, values, strict=True), start=1):
            cell = ws.cell(r, col)
            set_xlsx_cell(cell, value)
            if column.kind in NUMBER_FORMATS:
                cell.number_format = NUMBER_FORMATS[column.kind]
    ws.column_dimensions["A"].width = max(ws.column_dimensions["A"].width or 0, 18)
    ws.freeze_panes = ws.cell(header_row + 2, 1)
    if text.rtl:
        ws.sheet_view.rightToLeft = True


def write_xlsx(stats: YearlyStats, path: Path, language: str = "tr") -> Path:
    """Write the workbook of ``stats`` to ``path``; returns the path."""
    from openpyxl import Workbook

    text = ReportText(language, bidi_marks=False)
    wb = Workbook()
    wb.remove(wb.active)
    for table in build_tables(stats, text):
        ws = wb.create_sheet(_sheet_title(text, table.key))
        _write_table(ws, table, stats, text)
    wb.properties.title = text.title(stats.filter.date_from, stats.filter.date_to)
    wb.properties.creator = "TTK Desktop"
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path
