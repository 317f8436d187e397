"""Write ``resources/sample-register.xlsx``, the workbook ``ttk-desktop --self-test`` imports.

    python packaging/make_sample.py

Six people, two groups, three sessions in 2024 and nine attendances, filled in
the way an office does (Turkish gender words, country names and codes, a name
in Arabic script). The figures the self-test expects from it are in
``ttk_desktop.gui.self_test.SAMPLE_FIGURES``; change both together.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "sample-register.xlsx"

PARTICIPANTS = (
    ("participant_id", "first_name", "last_name", "gender", "birth_date", "nationality",
     "first_name_ar", "last_name_ar"),
    ("P001", "Ayşe", "Yılmaz", "Kadın", dt.date(1990, 3, 12), "Türkiye", None, None),
    ("P002", "Ahmad", "Alali", "Erkek", dt.date(1985, 7, 1), "Suriye", "أحمد", "العلي"),
    ("P003", "Fatma", "Kaya", "Kadın", dt.date(2010, 6, 1), "SY", None, None),
    ("P004", "Mehmet", "Demir", "Erkek", dt.date(1950, 1, 15), "TR", None, None),
    ("P005", "Rania", "Haddad", "Kadın", dt.date(1995, 9, 20), "IQ", None, None),
    ("P006", "Omar", "Hassan", "Erkek", dt.date(2012, 2, 2), "Syria", None, None),
)  # fmt: skip
GROUPS = (
    ("group_id", "type", "name"),
    ("G01", "Mülteciler Meclisi", "Mülteciler Meclisi 2024"),
    ("G02", "Information Session", "Eğitim hakkı bilgilendirmesi"),
)
SESSIONS = (
    ("session_id", "group_id", "date", "topic"),
    ("S001", "G01", dt.date(2024, 3, 5), "Açılış toplantısı"),
    ("S002", "G01", dt.date(2024, 4, 2), "Çalışma planı"),
    ("S003", "G02", dt.date(2024, 5, 10), "Okul kaydı"),
)
ATTENDANCE = (
    ("session_id", "participant_id"),
    ("S001", "P001"),
    ("S001", "P002"),
    ("S001", "P004"),
    ("S001", "P005"),
    ("S002", "P001"),
    ("S002", "P002"),
    ("S003", "P003"),
    ("S003", "P005"),
    ("S003", "P006"),
)


def write_sample(path: Path = OUT) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for name, rows in (
        ("Participants", PARTICIPANTS),
        ("Groups", GROUPS),
        ("Sessions", SESSIONS),
        ("Attendance", ATTENDANCE),
    ):
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
        for cell in sheet[1]:
            sheet.column_dimensions[cell.column_letter].width = 18
    # A fixed timestamp: the file only changes when its data does.
    book.properties.created = book.properties.modified = dt.datetime(2024, 1, 1)
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path


if __name__ == "__main__":
    print(write_sample(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
