"""The Excel template offices fill in for the importer (``ttk template OUT.xlsx``).

One sheet per kind of record with the column names the importer expects, and a
README sheet saying what goes in each column and which are required. The
importer also accepts Turkish (and Arabic) sheet names and headers, in any
order, so an office's existing register usually imports without this
template; the template is for starting a new one.
"""

from __future__ import annotations

from pathlib import Path

from ttk_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

_CTX = "Template"

# (sheet, [(column, required, explanation)]); sheet and column names are what the
# importer reads, so they are not translated. Explanations are translated when written.
SHEETS: tuple[tuple[str, tuple[tuple[str, bool, str], ...]], ...] = (
    (
        "Participants",
        (
            ("participant_id", True, QT_TRANSLATE_NOOP(
                "Template",
                "The office's own register number of the person (e.g. P0012). Unique within "
                "the office; importing the same id again updates that person.")),
            ("first_name", True, QT_TRANSLATE_NOOP("Template", "First name.")),
            ("last_name", True, QT_TRANSLATE_NOOP("Template", "Last name.")),
            ("gender", False, QT_TRANSLATE_NOOP(
                "Template",
                "female, male, other or not stated; Turkish (Kadın/Erkek, K/E) and Arabic "
                "words are understood. Empty: not stated.")),
            ("birth_date", False, QT_TRANSLATE_NOOP(
                "Template",
                "An Excel date or day.month.year (31.12.1985). If only the year is known, "
                "write the year alone (1985): it is kept as an estimated birth date.")),
            ("nationality", False, QT_TRANSLATE_NOOP(
                "Template",
                "Country name in Turkish, English or Arabic (Suriye, Syria), a code (SY, SYR), "
                "stateless or unknown. Empty: unknown.")),
            ("phone", False, QT_TRANSLATE_NOOP(
                "Template", "Phone number: 7 to 15 digits; spaces, +, - and brackets allowed.")),
            ("office", False, QT_TRANSLATE_NOOP(
                "Template",
                "Office code (e.g. IST). Empty: this database's office. A code the database "
                "does not know yet creates that office.")),
            ("first_name_ar", False, QT_TRANSLATE_NOOP(
                "Template", "First name in Arabic script (optional).")),
            ("last_name_ar", False, QT_TRANSLATE_NOOP(
                "Template", "Last name in Arabic script (optional).")),
        ),
    ),
    (
        "Groups",
        (
            ("group_id", True, QT_TRANSLATE_NOOP(
                "Template", "The office's own number of the group or activity (e.g. G03).")),
            ("type", True, QT_TRANSLATE_NOOP(
                "Template",
                "Refugee Assembly, Children's Assembly, Solidarity Group, Information Session, "
                "Awareness Activity, Needs Analysis, Focus Group Discussion or Stakeholder "
                "Meeting (Turkish names such as Mülteciler Meclisi are understood).")),
            ("name", True, QT_TRANSLATE_NOOP("Template", "Name of the group.")),
            ("office", False, QT_TRANSLATE_NOOP(
                "Template", "Office code; empty: this database's office.")),
        ),
    ),
    (
        "Sessions",
        (
            ("session_id", True, QT_TRANSLATE_NOOP(
                "Template", "The office's own number of the meeting (e.g. S0101).")),
            ("group_id", True, QT_TRANSLATE_NOOP(
                "Template",
                "The group that met: a group_id from the Groups sheet or one imported before.")),
            ("date", True, QT_TRANSLATE_NOOP(
                "Template", "Date of the meeting: an Excel date or day.month.year.")),
            ("topic", False, QT_TRANSLATE_NOOP("Template", "Topic of the meeting.")),
        ),
    ),
    (
        "Attendance",
        (
            ("session_id", True, QT_TRANSLATE_NOOP(
                "Template",
                "A session_id from the Sessions sheet or one imported before.")),
            ("participant_id", True, QT_TRANSLATE_NOOP(
                "Template",
                "A participant_id from the Participants sheet or one imported before. "
                "One row per person present. Someone not yet in the session's group "
                "becomes a member.")),
        ),
    ),
)  # fmt: skip

_RULES = (
    QT_TRANSLATE_NOOP(
        "Template",
        "Fill in the sheets you need; a file may hold only some of them. Row 1 holds the "
        "column names; each further row is one record. Empty rows are skipped.",
    ),
    QT_TRANSLATE_NOOP(
        "Template",
        "Columns may be in any order and named in Turkish (Ad, Soyad, Cinsiyet, Doğum "
        "Tarihi, Uyruk, Telefon ...); sheets may be named Katılımcılar, Gruplar, Oturumlar, "
        "Katılım. Other sheets, like this one, are ignored.",
    ),
    QT_TRANSLATE_NOOP(
        "Template",
        "All or nothing: if any row has a problem, nothing is imported and every problem is "
        "listed with its sheet, row and column. Correct them and import the file again.",
    ),
    QT_TRANSLATE_NOOP(
        "Template",
        "Importing the same file twice changes nothing. A corrected file updates the records "
        "it names and deletes nothing; a deleted record named again is restored. A column "
        "left out keeps what is stored; an empty cell in a column that is there clears it.",
    ),
    QT_TRANSLATE_NOOP(
        "Template",
        "Also understood: disability (yes/no) on Participants; facilitator, start_date, "
        "end_date, description on Groups; place, start_time (HH:MM) and office on Sessions.",
    ),
)

_DATE_COLUMNS = frozenset({"birth_date", "date"})
_WIDTHS = {"first_name": 16, "last_name": 16, "name": 28, "topic": 36, "type": 24}


def _choices(column: str) -> list[str]:
    """Drop-down suggestions: the translated labels the importer reads back."""
    from ttk_desktop.core import normalize, vocab

    if column == "gender":
        labels, parse = [vocab.gender_label(g) for g in vocab.GENDERS], normalize.parse_gender
    elif column == "type":
        labels = [vocab.group_type_label(t) for t in vocab.GROUP_TYPES]
        parse = normalize.parse_group_type
    else:
        return []
    ok = []
    for label in labels:
        try:
            parse(label)
        except ValueError:
            continue
        ok.append(label.replace(",", " ").replace('"', ""))
    # Excel refuses list rules longer than 255 characters.
    return ok if len(",".join(ok)) <= 250 else []


def write_template(path: Path | str) -> Path:
    """Write the import template to ``path`` (overwriting it) and return the path."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    path = Path(path)
    book = Workbook()
    readme = book.active
    readme.title = "README"
    bold = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="DDEBF7")
    wrap = Alignment(wrap_text=True, vertical="top")

    readme.append([translate(_CTX, "How to fill in this workbook")])
    readme["A1"].font = Font(bold=True, size=14)
    for rule in _RULES:
        readme.append([translate(_CTX, rule)])
        readme.cell(readme.max_row, 1).alignment = wrap
        row = readme.max_row
        readme.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
        readme.row_dimensions[row].height = 45
    readme.append([])
    readme.append(
        [
            translate(_CTX, "Sheet"),
            translate(_CTX, "Column"),
            translate(_CTX, "Required"),
            translate(_CTX, "What to write"),
        ]
    )
    for cell in readme[readme.max_row]:
        cell.font = bold
        cell.fill = header_fill
    yes, no = translate(_CTX, "yes"), translate(_CTX, "no")
    for sheet_name, columns in SHEETS:
        for column, required, explanation in columns:
            needed = yes if required else no
            readme.append([sheet_name, column, needed, translate(_CTX, explanation)])
            readme.cell(readme.max_row, 4).alignment = wrap
            if required:
                readme.cell(readme.max_row, 2).font = bold
    for letter, width in zip("ABCD", (14, 18, 10, 90), strict=True):
        readme.column_dimensions[letter].width = width

    for sheet_name, columns in SHEETS:
        sheet = book.create_sheet(sheet_name)
        sheet.append([column for column, _, _ in columns])
        for index, (column, required, _) in enumerate(columns, start=1):
            cell = sheet.cell(1, index)
            cell.font = bold if required else Font(italic=True)
            cell.fill = header_fill
            letter = get_column_letter(index)
            sheet.column_dimensions[letter].width = _WIDTHS.get(column, max(14, len(column) + 4))
            if column in _DATE_COLUMNS:
                # Column style: dates typed in show day first; text dates are accepted too.
                sheet.column_dimensions[letter].number_format = "DD.MM.YYYY"
            choices = _choices(column)
            if choices:
                # A suggestion list, not a rule: Turkish words typed instead are accepted.
                rule = DataValidation(
                    type="list",
                    formula1='"' + ",".join(c.replace(",", " ") for c in choices) + '"',
                    allow_blank=True,
                    showErrorMessage=False,
                )
                rule.add(f"{letter}2:{letter}10000")
                sheet.add_data_validation(rule)
        sheet.freeze_panes = "A2"
    book.save(path)
    return path
