"""Hostile workbooks (issue #11): each refused or imported within 60 s and 1 GiB, measured.

    python bench/hostile_workbooks.py [--small]

Builds each file by hand with zipfile (tiny on disk), imports it with ``ttk
import`` in a fresh process and prints, beside the limits, its time, peak
memory (the child's own ru_maxrss from wait4) and how much text it printed.
``--small`` builds the big ones smaller (for a quick look); the figures in
the issue come from the full sizes. The builders are also used by
tests/core/test_hostile_workbooks.py.
"""

from __future__ import annotations

import argparse
import os
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

LIMIT_S = 60.0
LIMIT_MIB = 1024.0
HEADER = ("participant_id", "first_name", "last_name", "gender", "birth_date", "nationality")

_CT = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
    'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
    'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>'
)
_BOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.'
    'org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/'
    '2006/relationships"><sheets><sheet name="{name}" sheetId="1" r:id="rId1"/></sheets>'
    "</workbook>"
)
_BOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
    'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
    'schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/></Relationships>'
)
_SHEET_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.'
    'org/spreadsheetml/2006/main"><sheetData>'
)
_SHEET_TAIL = "</sheetData></worksheet>"


def _letters(n: int) -> str:
    out = ""
    while n:
        n, rest = divmod(n - 1, 26)
        out = chr(65 + rest) + out
    return out


def _cell(column: int, row: int, text: str) -> str:
    return f'<c r="{_letters(column)}{row}" t="inlineStr"><is><t>{text}</t></is></c>'


def row_xml(row: int, values: tuple[str, ...]) -> str:
    cells = "".join(_cell(i + 1, row, v) for i, v in enumerate(values))
    return f'<row r="{row}">{cells}</row>'


def write_workbook(
    path: Path, body: Iterator[str] | list[str], sheet: str = "Katılımcılar"
) -> Path:
    """A one-sheet xlsx whose sheetData holds ``body`` (row XML, streamed in)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", _CT)
        zf.writestr("_rels/.rels", _RELS)
        zf.writestr("xl/workbook.xml", _BOOK.format(name=sheet))
        zf.writestr("xl/_rels/workbook.xml.rels", _BOOK_RELS)
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            fh.write(_SHEET_HEAD.encode())
            pending: list[str] = []
            held = 0
            for part in body:
                pending.append(part)
                held += len(part)
                if held >= 2**20:
                    fh.write("".join(pending).encode())
                    pending.clear()
                    held = 0
            fh.write("".join(pending).encode())
            fh.write(_SHEET_TAIL.encode())
    return path


def good_row(n: int) -> tuple[str, ...]:
    return (f"K{n:07d}", "Ayşe", "Demir", "Kadın", "01.02.1990", "Suriye")


def far_cell(path: Path, cell: str = "XFD1048576") -> Path:
    """Header, one good row and one stray cell far away: 1.6 KB on disk."""
    column = "".join(c for c in cell if c.isalpha())
    row = int("".join(c for c in cell if c.isdigit()))
    stray = f'<row r="{row}"><c r="{column}{row}"><v>1</v></c></row>'
    return write_workbook(path, [row_xml(1, HEADER), row_xml(2, good_row(1)), stray])


def big_cell(path: Path, size: int = 2**30) -> Path:
    """One cell holding ``size`` characters (1 GiB packs into about 1 MB)."""

    def body() -> Iterator[str]:
        yield row_xml(1, HEADER)
        yield '<row r="2"><c r="A2" t="inlineStr"><is><t>'
        chunk = "a" * 2**20
        for _ in range(size // len(chunk)):
            yield chunk
        yield "</t></is></c></row>"

    return write_workbook(path, body())


def many_rows(path: Path, rows: int = 10_700_000) -> Path:
    """``rows`` rows of bad data (each with an error): 10.7 million unpack to about 1 GiB."""

    def body() -> Iterator[str]:
        yield row_xml(1, HEADER)
        for n in range(2, rows + 2):
            yield f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>x</t></is></c></row>'

    return write_workbook(path, body())


def bad_rows(path: Path, rows: int = 1000) -> Path:
    """``rows`` rows each with an impossible birth date: every one is a problem."""
    return write_workbook(
        path,
        [row_xml(1, HEADER)]
        + [row_xml(n + 2, (*good_row(n)[:4], "31.02.2008", "Suriye")) for n in range(rows)],
    )


def lying_directory(path: Path, rows: int = 1_000_000) -> Path:
    """A sheet of ``rows`` rows whose zip directory declares it unpacks to 1 KB."""
    many_rows(path, rows)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("xl/worksheets/sheet1.xml")
    # Shrink the declared size in the local header and the central directory.

    for form in ("<Q", "<I"):  # zip64 extra fields and the 32-bit directory fields
        data = bytearray(
            bytes(data).replace(struct.pack(form, info.file_size), struct.pack(form, 1024))
        )
    path.write_bytes(bytes(data))
    return path


def run_import(db: Path, xlsx: Path) -> tuple[float, float, int, int]:
    """(seconds, peak MiB, bytes printed, exit code) of ``ttk import`` in a fresh process."""
    # The child's own peak (VmHWM), written at exit: ru_maxrss would carry the
    # parent's over across fork and exec.
    code = (
        "import sys, os, atexit\n"
        "def peak():\n"
        "    hwm = [x for x in open('/proc/self/status') if x.startswith('VmHWM')]\n"
        "    open(os.environ['TTK_BENCH_PEAK'], 'w').write(hwm[0].split()[1] if hwm else '0')\n"
        "atexit.register(peak)\n"
        "from ttk_desktop.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    peak_file = xlsx.with_suffix(".peak")
    peak_file.unlink(missing_ok=True)
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        proc = subprocess.Popen(
            [sys.executable, "-c", code, "--db", str(db), "import", str(xlsx)],
            stdout=out,
            stderr=out,
            env={**os.environ, "TTK_BENCH_PEAK": str(peak_file)},
        )
        _pid, status, usage = os.wait4(proc.pid, 0)
        took = time.perf_counter() - start
        size = out.seek(0, os.SEEK_END)
    returncode = os.waitstatus_to_exitcode(status)
    own = int(peak_file.read_text() or 0) if peak_file.exists() else usage.ru_maxrss
    return took, own / 1024, size, returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true")
    args = parser.parse_args()
    small = args.small
    cases: list[tuple[str, str, Callable[[Path], Path]]] = [
        ("A1 + XFD1048576", "abort, 512 GiB", lambda p: far_cell(p, "XFD1048576")),
        ("A1 + CV1048576", "9 s, 3.2 GB", lambda p: far_cell(p, "CV1048576")),
        (
            "one 1 GiB cell",
            "58 s, 3.1 GB",
            lambda p: big_cell(p, 64 * 2**20 if small else 2**30),
        ),
        (
            "10.7 M rows (1 GiB sheet)",
            "136 s, 6.3 GB, 1.3 GB text",
            lambda p: many_rows(p, 400_000 if small else 10_700_000),
        ),
        ("directory says 1 KB, 1 M rows inside", "-", lying_directory),
        ("250,000 rows, each wrong", "every error listed", lambda p: bad_rows(p, 250_000)),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "office.sqlite3"
        subprocess.run(
            [
                *(sys.executable, "-m", "ttk_desktop.cli", "--db", str(db)),
                "setup",
                "--office",
                "IST",
                "--name",
                "İstanbul",
            ],
            check=True,
            capture_output=True,
        )
        print(f"limits: {LIMIT_S:.0f} s, {LIMIT_MIB:.0f} MiB per import")
        print(f"{'file':38} {'on disk':>10} {'time':>8} {'peak':>10} {'output':>10}  before")
        for i, (name, before, build) in enumerate(cases):
            xlsx = build(folder / f"hostile{i}.xlsx")
            took, peak, printed, code = run_import(db, xlsx)
            ok = "OK" if took <= LIMIT_S and peak <= LIMIT_MIB and code in (0, 1) else "OVER"
            print(
                f"{name:38} {xlsx.stat().st_size / 1024:>8.0f} K {took:>6.2f} s "
                f"{peak:>6.0f} MiB {printed:>8} B  {before}  exit {code} {ok}"
            )
            xlsx.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
