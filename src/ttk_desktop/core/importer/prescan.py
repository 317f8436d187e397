"""Measure a workbook before the reader sees it: sizes, rows, cells, longest text.

python-calamine builds a dense grid of each sheet it reads and aborts the
process when it cannot allocate one, so nothing reaches it until this module
has checked, against :mod:`~ttk_desktop.core.importer.limits`:

* the zip directory: member count, names, compression, declared sizes and
  packing ratios;
* every XML part, unpacked by our own bounded decompressor, which never
  produces more than the size the directory declares and refuses a part
  whose data does not end exactly there (a lying directory);
* each sheet's cells as actually written (not its ``<dimension>``): rows
  holding data, the span of the grid, the longest text, and the shared texts
  its cells copy; the shared texts' count and longest one.

The scan streams each part in 1 MiB pieces with C-speed regular expressions
(a few % of an import's time); a sheet written without cell positions, with
namespace prefixes or inline rich text is checked by an exact, slower expat
parser, up to ``MAX_SLOW_SCAN_BYTES``. Every refusal is an
:class:`~ttk_desktop.core.errors.ImportFailedError` naming the file, the sheet
and what to do.
"""

from __future__ import annotations

import itertools
import posixpath
import re
import struct
import zipfile
import zlib
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO
from xml.etree import ElementTree
from xml.parsers import expat

from ttk_desktop.core.errors import ImportFailedError, ImportIssue
from ttk_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from ttk_desktop.core.importer import limits

_CHUNK = 1 << 20
_MAX_BOOK_BYTES = 4 << 20  # workbook.xml and its relationships: a list of sheets
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"

# Any cell start tag, whatever its namespace prefix.
_ANY_CELL = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c[\s/>]")
# A cell with a value, position first, as Excel, openpyxl and most writers write it.
_CELL = re.compile(rb'<c r="([A-Z]{1,3})([0-9]{1,7})"[^>/]*>')
# A cell without a value (a formatted empty cell): the reader skips it.
_EMPTY_CELL = re.compile(rb"<c\s[^>]*/>")
# A text (what follows a tag) longer than any cell may be.
_LONG_TEXT = re.compile(rb">[^<]{%d}" % limits.MAX_CELL_BYTES)
_CELL_REF = re.compile(rb'<c r="([A-Z]{1,3})([0-9]{1,7})"')
_MAX_WIDENING = 64  # claims widened per sheet before every cell is measured instead
_DIMENSION = re.compile(rb'<dimension ref="(?:[A-Z]{1,3}[0-9]{1,7}:)?([A-Z]{1,3})([0-9]{1,7})"')
# Cells the quick check cannot place: no position first, odd spacing; rich text in a cell.
_ODD_CELL = re.compile(rb'<(?:c(?:[\t\n\r>/]| (?!r="))|r[ >])')
_SHARED_CELL = re.compile(rb'<c r="[A-Z]{1,3}[0-9]{1,7}"[^>/]*t="s"[^>/]*><v>([0-9]{1,10})</v>')
_ROW_NUMBER = re.compile(rb'<row[^>]*\sr="([0-9]{1,7})"')
_SI = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?si[\s>/]")


class _Refused(Exception):
    """Carries one message up to :func:`scan_workbook`, which names the file."""

    def __init__(self, message: str, sheet: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.sheet = sheet


@dataclass
class SheetScan:
    """What one sheet holds, as measured."""

    rows: int = 0  # rows with at least one cell holding a value
    cells: int = 0
    first_row: int = 0  # 1-based, 0 when the sheet is empty
    last_row: int = 0
    first_column: int = 0  # 1-based
    last_column: int = 0
    last_row_cell: str = ""  # a cell in the last row, e.g. "CV1048576"
    last_column_cell: str = ""
    text_bytes: int = 0  # text the reader copies into the cells (shared texts counted per use)

    @property
    def grid(self) -> int:
        """Cells of the dense grid the reader builds for this sheet."""
        if not self.cells:
            return 0
        return (self.last_row - self.first_row + 1) * (self.last_column - self.first_column + 1)


@dataclass
class WorkbookScan:
    """Measured sheets by name; :meth:`check_sheet` refuses one before it is read."""

    path: Path
    sheets: dict[str, SheetScan] = field(default_factory=dict)
    rows_read: int = 0

    def estimate(self, sheet: str) -> int | None:
        scan = self.sheets.get(sheet)
        return max(scan.rows - 1, 0) if scan else None

    def check_sheet(self, sheet: str) -> None:
        """Refuse the sheet (with every other sheet read so far) if reading it breaks a bound."""
        scan = self.sheets.get(sheet)
        if scan is None:
            raise _fail(self.path, translate("Import", _DAMAGED), sheet)
        self.rows_read += scan.rows
        try:
            _check_sheet(scan, self.rows_read)
        except _Refused as exc:
            raise _fail(self.path, exc.message, sheet) from None


def scan_workbook(path: Path) -> WorkbookScan:
    """Check the zip and measure every sheet; raises ImportFailedError when over a bound.

    Only .xlsx (an Office Open XML zip) passes: other formats go to the reader
    unchecked, so they are refused here with how to convert them.
    """
    try:
        with path.open("rb") as fh:
            magic = fh.read(4)
            if magic != b"PK\x03\x04":
                raise _Refused(_not_xlsx(path) if _is_ole(magic) else _unreadable(path))
            try:
                zf = zipfile.ZipFile(fh)
            except (zipfile.BadZipFile, ValueError, EOFError, OSError):
                raise _Refused(_unreadable(path)) from None
            with zf:
                return _scan(path, fh, zf)
    except _Refused as exc:
        raise _fail(path, exc.message, exc.sheet) from None


def _fail(path: Path, message: str, sheet: str | None = None) -> ImportFailedError:
    return ImportFailedError(issues=[ImportIssue(path.name, sheet, None, None, message)])


def _is_ole(magic: bytes) -> bool:
    return magic == b"\xd0\xcf\x11\xe0"  # .xls (and other old Office files)


_UNUSUAL = QT_TRANSLATE_NOOP(
    "Import",
    "The sheet is written in an unusual way (cells without positions) and is too big to "
    "check. Open the file in Excel, save it again and import that file.",
)
_DAMAGED = QT_TRANSLATE_NOOP(
    "Import",
    "The workbook is damaged: its parts do not match the zip's table of contents. Open it "
    "in Excel, save it again as .xlsx and import that file.",
)


def _unreadable(path: Path) -> str:
    return translate(
        "Import",
        "{name} is not an Excel workbook, or it is damaged or incomplete "
        "(for example cut short while copying). Open it in Excel, save it again as .xlsx "
        "and import that file.",
        name=path.name,
    )


def _not_xlsx(path: Path) -> str:
    return translate(
        "Import",
        "{name} is not an .xlsx workbook (.xls, .xlsb and .ods files are not read). Open it "
        "in Excel or LibreOffice, save it as Excel Workbook (.xlsx) and import that file.",
        name=path.name,
    )


def _mib(n: int) -> str:
    return f"{n / 2**20:,.0f}"


def _scan(path: Path, fh: BinaryIO, zf: zipfile.ZipFile) -> WorkbookScan:
    infos = zf.infolist()
    if len(infos) > limits.MAX_MEMBERS:
        raise _Refused(translate("Import", _DAMAGED))
    names: dict[str, zipfile.ZipInfo] = {}
    seen: set[str] = set()
    total = 0
    for info in infos:
        folded = info.filename.replace("\\", "/").lower()
        if folded in seen:  # readers disagree on which of two equal names they read
            raise _Refused(translate("Import", _DAMAGED))
        seen.add(folded)
        names[info.filename] = info
        if not _is_xml(info.filename):
            continue
        total += info.file_size
        if info.flag_bits & 1 or info.compress_type not in (
            zipfile.ZIP_STORED,
            zipfile.ZIP_DEFLATED,
        ):
            raise _Refused(translate("Import", _DAMAGED))
        if info.file_size > limits.MAX_PART_BYTES or total > limits.MAX_TOTAL_BYTES:
            raise _Refused(
                translate(
                    "Import",
                    "{name} unpacks to more than {max} MB, far more than a register needs. "
                    "Copy only the register sheets into a new workbook, save it and import "
                    "that file.",
                    name=path.name,
                    max=_mib(
                        limits.MAX_PART_BYTES
                        if info.file_size > limits.MAX_PART_BYTES
                        else limits.MAX_TOTAL_BYTES
                    ),
                )
            )
        if info.file_size > limits.RATIO_FROM_BYTES and info.file_size > limits.MAX_RATIO * max(
            info.compress_size, 1
        ):
            raise _Refused(
                translate(
                    "Import",
                    "{name} is packed {ratio} times tighter than workbooks are, as files built "
                    "to exhaust memory are. Open it in Excel, save it again and import that "
                    "file.",
                    name=path.name,
                    ratio=info.file_size // max(info.compress_size, 1),
                )
            )
    if "xl/workbook.xml" not in names:
        raise _Refused(_not_xlsx(path))
    sheets = _sheet_parts(zf, names)
    shared: array[int] = array("L")
    for info in infos:
        if _is_xml(info.filename) and info.filename not in sheets.values():
            if posixpath.basename(info.filename).lower() == "sharedstrings.xml":
                shared = _scan_shared(_unpack(fh, info))
            else:
                for _piece in _unpack(fh, info):
                    pass
    result = WorkbookScan(path)
    for sheet, member in sheets.items():
        try:
            result.sheets[sheet] = _scan_sheet(fh, names[member], shared)
        except _Refused as exc:
            exc.sheet = sheet
            raise
    return result


def _is_xml(name: str) -> bool:
    return name.lower().endswith((".xml", ".rels", ".vml"))


def _sheet_parts(zf: zipfile.ZipFile, names: dict[str, zipfile.ZipInfo]) -> dict[str, str]:
    """Sheet name -> zip member, from the workbook and its relationships (both already checked
    small: these reads happen after the size checks)."""
    for part in ("xl/workbook.xml", "xl/_rels/workbook.xml.rels"):
        if part in names and names[part].file_size > _MAX_BOOK_BYTES:
            raise _Refused(translate("Import", _DAMAGED))
    try:
        book = ElementTree.fromstring(zf.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, ElementTree.ParseError, zipfile.BadZipFile, zlib.error, OSError):
        raise _Refused(translate("Import", _DAMAGED)) from None
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels}
    out: dict[str, str] = {}
    for sheet in book.iter():
        if not sheet.tag.endswith("}sheet"):
            continue
        target = targets.get(sheet.get(f"{_REL_NS}id"), "").replace("\\", "/")
        member = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        member = posixpath.normpath(member)
        if member not in names:
            raise _Refused(translate("Import", _DAMAGED), sheet.get("name"))
        out[sheet.get("name", "")] = member
    return out


def _unpack(fh: BinaryIO, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """A member's bytes in pieces of at most 1 MiB, never more than the directory declares.

    Refuses a member whose packed data ends before or after its declared size, or
    whose checksum differs: the zip module would stop at the declared size and the
    reader would not.
    """
    fh.seek(info.header_offset)
    head = fh.read(30)
    if len(head) != 30 or head[:4] != b"PK\x03\x04":
        raise _Refused(translate("Import", _DAMAGED))
    name_len, extra_len = struct.unpack("<HH", head[26:30])
    fh.seek(info.header_offset + 30 + name_len + extra_len)
    declared, left = info.file_size, info.compress_size
    done = 0
    crc = 0
    if info.compress_type == zipfile.ZIP_STORED:
        if left != declared:
            raise _Refused(translate("Import", _DAMAGED))
        while left:
            data = fh.read(min(_CHUNK, left))
            if not data:
                raise _Refused(translate("Import", _DAMAGED))
            left -= len(data)
            crc = zlib.crc32(data, crc)
            yield data
    else:
        inflate = zlib.decompressobj(-15)
        while left and not inflate.eof:
            packed = fh.read(min(_CHUNK // 4, left))
            if not packed:
                raise _Refused(translate("Import", _DAMAGED))
            left -= len(packed)
            while packed and not inflate.eof:
                try:
                    data = inflate.decompress(packed, min(_CHUNK, declared - done + 1))
                except zlib.error:
                    raise _Refused(translate("Import", _DAMAGED)) from None
                done += len(data)
                if done > declared:
                    raise _Refused(translate("Import", _DAMAGED))
                crc = zlib.crc32(data, crc)
                if data:
                    yield data
                packed = inflate.unconsumed_tail
        if not inflate.eof or done != declared:
            raise _Refused(translate("Import", _DAMAGED))
    if crc != info.CRC:
        raise _Refused(translate("Import", _DAMAGED))


def _pieces(parts: Iterator[bytes]) -> Iterator[bytes]:
    """Pieces cut after a ``>``, so that no tag is split between two of them."""
    tail = b""
    for data in parts:
        data = tail + data
        end = data.rfind(b">") + 1
        if len(data) - end > limits.MAX_CELL_BYTES:  # no tag for a MB: a text too long
            raise _Refused(_long_text(None))
        tail = data[end:]
        if end:
            yield data[:end]
    if tail:
        yield tail


def _long_text(row: int | None) -> str:
    if row:
        return translate(
            "Import",
            "A cell in row {row} holds more than {max} characters, more than Excel allows "
            "in a cell. Shorten it, save the file and import it again.",
            row=row,
            max=f"{limits.MAX_CELL_CHARS:,}",
        )
    return translate(
        "Import",
        "A cell holds more than {max} characters, more than Excel allows in a cell. "
        "Shorten it, save the file and import it again.",
        max=f"{limits.MAX_CELL_CHARS:,}",
    )


def _scan_shared(parts: Iterator[bytes]) -> array[int]:
    """Byte length of each shared text, refusing a long one or too many of them."""
    lengths: array[int] = array("L")
    inside = False  # carry is the start of an unfinished shared text
    carry = b""
    for piece in _pieces(parts):
        split = _SI.split(carry + piece)
        if len(split) == 1:
            carry = split[0] if inside else b""
        else:
            done = split[1:-1]
            if inside:
                done.insert(0, split[0])
            if done:
                lengths.extend(map(len, done))
                if max(map(len, done)) > limits.MAX_CELL_BYTES:
                    raise _Refused(_long_text(None))
            carry, inside = split[-1], True
        if len(carry) > limits.MAX_CELL_BYTES:
            raise _Refused(_long_text(None))
        if len(lengths) > limits.MAX_SHARED_STRINGS:
            raise _Refused(_too_many_texts())
    if inside:
        lengths.append(len(carry))
    return lengths


def _too_many_texts() -> str:
    return translate(
        "Import",
        "The workbook holds more than {max} different texts, more than any register. Copy "
        "only the register sheets into a new workbook, save it and import that file.",
        max=f"{limits.MAX_SHARED_STRINGS:,}",
    )


def _column_number(letters: bytes | str) -> int:
    """1-based Excel column of its letters: A -> 1, Z -> 26, AA -> 27."""
    n = 0
    for ch in letters.upper() if isinstance(letters, str) else letters.decode().upper():
        n = n * 26 + ord(ch) - 64
    return n


def _column_letters(n: int) -> str:
    letters = ""
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _include(scan: SheetScan, row_low: int, row_high: int, col_low: int, col_high: int) -> None:
    """Widen the sheet's measured span to hold these rows and columns."""
    if not scan.first_row or row_low < scan.first_row:
        scan.first_row = row_low
    if row_high > scan.last_row:
        scan.last_row = row_high
        scan.last_row_cell = ""
    if not scan.first_column or col_low < scan.first_column:
        scan.first_column = col_low
    if col_high > scan.last_column:
        scan.last_column = col_high
        scan.last_column_cell = ""


def _greater(value: str, digits: bool) -> bytes:
    """A pattern matching a row number (or column letters) greater than ``value``."""
    one, cls = (b"[0-9]", "[{}-9]") if digits else (b"[A-Z]", "[{}-Z]")
    alternatives = [one + b"{%d,}" % (len(value) + 1)]
    top = "9" if digits else "Z"
    for i, ch in enumerate(value):
        if ch != top:
            higher = cls.format(chr(ord(ch) + 1))
            alternatives.append(value[:i].encode() + higher.encode() + one * (len(value) - i - 1))
    return b"(?:" + b"|".join(alternatives) + b")"


def _scan_sheet(fh: BinaryIO, info: zipfile.ZipInfo, shared: array[int]) -> SheetScan:
    """Measure one sheet at C speed, with no Python object per cell.

    The grid is taken to run from A1 to a claimed last row and column: the
    ``<dimension>`` if any, and the last ``<row>`` number seen. Each piece is
    searched for a cell beyond the claim; a hit widens the claim to that cell.
    Anything the searches cannot vouch for (cells without positions, namespace
    prefixes, rich text, a claim widened too often) goes to
    :func:`_scan_sheet_cells`.
    """
    parts = _pieces(_unpack(fh, info))
    first = next(parts, b"")
    claim = _DIMENSION.search(first)
    column, row = (claim.group(1), int(claim.group(2))) if claim else (b"A", 1)
    scan = SheetScan(first_row=1, first_column=1)
    shared_cells = 0
    widened = 0
    lead = 0
    for piece in itertools.chain((first,), parts):
        # Separate searches: one pattern with every alternative is slower than these.
        if _ODD_CELL.search(piece) or b":c" in piece:
            return _scan_sheet_cells(fh, info, shared)
        cells = piece.count(b'<c r="')
        last = _ROW_NUMBER.match(piece, max(piece.rfind(b"<row "), 0))
        row = max(row, int(last.group(1)) if last else 0)
        at = 0
        while True:
            beyond = re.compile(
                rb'<c r="(?:%s[0-9]|[A-Z]{1,3}%s")'
                % (_greater(column.decode(), False), _greater(str(row), True))
            )
            hit = beyond.search(piece, at)
            if hit is None:
                break
            widened += 1
            cell = _CELL_REF.match(piece, hit.start())
            if cell is None or widened > _MAX_WIDENING:
                return _scan_sheet_cells(fh, info, shared)
            if _column_number(cell.group(1)) > _column_number(column):
                column = cell.group(1)
            row = max(row, int(cell.group(2)))
            at = hit.start()
        scan.last_row, scan.last_column = row, _column_number(column)
        scan.cells += cells
        scan.rows += piece.count(b"<row ")
        if shared:
            shared_cells += piece.count(b't="s"')
        lead = _check_runs(piece, lead)
        _check_sheet(scan, scan.rows)
    if scan.cells == 0:
        return SheetScan()
    _count_shared(fh, info, shared, shared_cells, scan)
    return scan


def _check_runs(piece: bytes, lead: int) -> int:
    """Refuse a text longer than a cell may be; returns the run left open at the end.

    A run between two ``<`` of MAX_CELL_BYTES or more holds one of the points
    MAX_CELL_BYTES // 2 apart, so only those points are looked at (a few C calls
    per MiB); ``lead`` is the run carried over from the previous piece.
    """
    limit = limits.MAX_CELL_BYTES
    for point in range(0, len(piece), limit // 2):
        before = piece.rfind(b"<", 0, point + 1)
        after = piece.find(b"<", point)
        start = before if before >= 0 else -1 - lead
        end = after if after >= 0 else len(piece)
        if end - start - 1 > limit:
            row = _ROW_NUMBER.match(piece, max(piece.rfind(b"<row", 0, max(before, 0)), 0))
            raise _Refused(_long_text(int(row.group(1)) if row else None))
    last = piece.rfind(b"<")
    return len(piece) - last - 1 if last >= 0 else lead + len(piece)


def _check_text(piece: bytes) -> None:
    long = _LONG_TEXT.search(piece)
    if long:
        row = _ROW_NUMBER.match(piece, max(piece.rfind(b"<row", 0, long.start()), 0))
        raise _Refused(_long_text(int(row.group(1)) if row else None))


def _count_shared(
    fh: BinaryIO, info: zipfile.ZipInfo, shared: array[int], shared_cells: int, scan: SheetScan
) -> None:
    """Add the shared texts the sheet's cells copy, exactly when a rough bound is too high."""
    scan.text_bytes = info.file_size
    longest = max(shared) if shared else 0
    if shared_cells * longest <= limits.MAX_SHEET_TEXT_BYTES:
        return
    found = 0
    for piece in _pieces(_unpack(fh, info)):
        ids = _SHARED_CELL.findall(piece)
        found += len(ids)
        try:
            scan.text_bytes += sum(map(shared.__getitem__, map(int, ids)))
        except IndexError:
            raise _Refused(translate("Import", _DAMAGED)) from None
        _check_sheet(scan, scan.rows)
    if found != shared_cells:
        raise _Refused(translate("Import", _UNUSUAL))


def _scan_sheet_cells(fh: BinaryIO, info: zipfile.ZipInfo, shared: array[int]) -> SheetScan:
    """Measure one sheet cell by cell with C-speed patterns; expat when they do not fit."""
    scan = SheetScan()
    shared_cells = 0
    for piece in _pieces(_unpack(fh, info)):
        cells = _CELL.findall(piece)
        plain = len(cells) + len(_EMPTY_CELL.findall(piece)) == len(_ANY_CELL.findall(piece))
        if not plain or b"<r>" in piece or b"<r " in piece:  # no positions, prefixes, rich text
            return _scan_sheet_exactly(fh, info, shared)
        if cells:
            columns, rows = zip(*cells, strict=True)
            numbers = set(map(int, set(rows)))
            letters = set(columns)
            scan.rows += len(numbers)
            scan.cells += len(cells)
            low = min(letters, key=lambda c: (len(c), c))
            high = max(letters, key=lambda c: (len(c), c))
            _include(scan, min(numbers), max(numbers), _column_number(low), _column_number(high))
            if not scan.last_row_cell:
                match = re.search(rb'<c r="([A-Z]{1,3})(%d)"' % scan.last_row, piece)
                if match:
                    scan.last_row_cell = (match.group(1) + match.group(2)).decode()
            if not scan.last_column_cell:
                match = re.search(rb'<c r="(%s)([0-9]+)"' % high, piece)
                if match:
                    scan.last_column_cell = (match.group(1) + match.group(2)).decode()
        shared_cells += piece.count(b't="s"')
        _check_text(piece)
        _check_sheet(scan, scan.rows)
    try:
        _count_shared(fh, info, shared, shared_cells, scan)
    except _Refused as exc:
        if exc.message != translate("Import", _UNUSUAL):
            raise
        return _scan_sheet_exactly(fh, info, shared)
    return scan


class _ExactScan:
    """expat callbacks measuring a sheet as the reader places its cells."""

    def __init__(self, scan: SheetScan, shared: array[int]) -> None:
        self.scan = scan
        self.shared = shared
        self.row = 0
        self.column = 0
        self.last_row_counted = 0
        self.in_cell = False
        self.in_value = False
        self.filled = False
        self.is_shared = False
        self.text = 0
        self.value = ""

    def start(self, name: str, attrs: dict[str, str]) -> None:
        local = name.rpartition(":")[2]
        if local == "row":
            number = attrs.get("r", "")
            self.row = int(number) if number.isdigit() else self.row + 1
            self.column = 0
        elif local == "c":
            ref = re.fullmatch(r"([A-Za-z]{1,3})([0-9]{1,7})", attrs.get("r", ""))
            if ref:
                self.column, self.row = _column_number(ref.group(1)), int(ref.group(2))
            else:
                self.column += 1
            self.in_cell, self.filled, self.text, self.value = True, False, 0, ""
            self.is_shared = attrs.get("t") == "s"
        elif self.in_cell:
            self.filled = True
            self.in_value = local == "v"

    def end(self, name: str) -> None:
        local = name.rpartition(":")[2]
        if local == "v":
            self.in_value = False
        elif local == "c" and self.in_cell:
            self.in_cell = False
            if not self.filled:
                return
            scan = self.scan
            scan.cells += 1
            if self.row != self.last_row_counted:
                scan.rows += 1
                self.last_row_counted = self.row
            _include(scan, self.row, self.row, self.column, self.column)
            cell = f"{_column_letters(self.column)}{self.row}"
            if scan.last_row == self.row:
                scan.last_row_cell = cell
            if scan.last_column == self.column:
                scan.last_column_cell = cell
            scan.text_bytes += self.text
            if self.is_shared:
                try:
                    scan.text_bytes += self.shared[int(self.value)]
                except (ValueError, IndexError):
                    raise _Refused(translate("Import", _DAMAGED)) from None

    def text_data(self, data: str) -> None:
        if not self.in_cell:
            return
        self.text += len(data)
        if self.text > limits.MAX_CELL_CHARS:
            raise _Refused(_long_text(self.row))
        if self.in_value and self.is_shared and len(self.value) < 12:
            self.value += data


def _scan_sheet_exactly(fh: BinaryIO, info: zipfile.ZipInfo, shared: array[int]) -> SheetScan:
    """Measure a sheet written without cell positions (or with prefixes): slower, so smaller."""
    if info.file_size > limits.MAX_SLOW_SCAN_BYTES:
        raise _Refused(translate("Import", _UNUSUAL))
    scan = SheetScan()
    state = _ExactScan(scan, shared)
    parser = expat.ParserCreate()
    parser.StartElementHandler = state.start
    parser.EndElementHandler = state.end
    parser.CharacterDataHandler = state.text_data
    parser.buffer_text = True
    try:
        for piece in _unpack(fh, info):
            parser.Parse(piece, False)
            _check_sheet(scan, scan.rows)
        parser.Parse(b"", True)
    except expat.ExpatError:
        raise _Refused(translate("Import", _DAMAGED)) from None
    _check_sheet(scan, scan.rows)
    return scan


def _check_sheet(scan: SheetScan, rows: int) -> None:
    """Refuse a sheet whose reading would break a bound; ``rows`` counts earlier sheets too."""
    if rows > limits.MAX_ROWS:
        raise _Refused(
            translate(
                "Import",
                "The register has more than {max} rows with data; at most {max} can be "
                "imported at once. Split it into files of at most {max} rows and import them "
                "one after the other.",
                max=f"{limits.MAX_ROWS:,}",
            )
        )
    if scan.grid > limits.MAX_GRID_CELLS:
        height = scan.last_row - scan.first_row + 1
        width = scan.last_column - scan.first_column + 1
        if scan.cells * 4 > scan.grid:
            raise _Refused(
                translate(
                    "Import",
                    "The sheet has {cells} filled cells; at most {max} can be read at once. "
                    "Split it into smaller files and import them one after the other.",
                    cells=f"{scan.cells:,}",
                    max=f"{limits.MAX_GRID_CELLS:,}",
                )
            )
        far = scan.last_row_cell if height > 2 * max(scan.rows, 1) else scan.last_column_cell
        raise _Refused(
            translate(
                "Import",
                "The sheet has a cell at {cell}, far from the rest of the data: reading it "
                "would take a table of {rows} rows by {columns} columns. Delete the stray cells "
                "(or the empty rows and columns after the data), save the file and import it "
                "again.",
                cell=far or f"{_column_letters(scan.last_column)}{scan.last_row}",
                rows=f"{height:,}",
                columns=f"{width:,}",
            )
        )
    if scan.text_bytes > limits.MAX_SHEET_TEXT_BYTES:
        raise _Refused(
            translate(
                "Import",
                "The sheet's cells hold more than {max} MB of text (a text repeated in many "
                "cells counts every time). Shorten the long texts, save the file and import "
                "it again.",
                max=_mib(limits.MAX_SHEET_TEXT_BYTES),
            )
        )
