"""Office data files and the headquarters merge (issue #13).

The face the GUI and the command line call: keys (:mod:`.keys`), export and
merge (:mod:`.transfer`), the field-by-field rules (:mod:`.apply`), and the
conflict log and merge history (:mod:`.history`).
"""

from __future__ import annotations

from ttk_desktop.core.exchange.errors import ExchangeError, FileRefused
from ttk_desktop.core.exchange.transfer import (
    STATUS_ALREADY,
    STATUS_MERGED,
    STATUS_REFUSED,
    ExportResult,
    FileInfo,
    MergeReport,
    export_data_file,
    inspect_files,
    last_export,
    merge_data_file,
    merge_data_files,
)

__all__ = [
    "STATUS_ALREADY",
    "STATUS_MERGED",
    "STATUS_REFUSED",
    "ExchangeError",
    "ExportResult",
    "FileInfo",
    "FileRefused",
    "MergeReport",
    "export_data_file",
    "inspect_files",
    "last_export",
    "merge_data_file",
    "merge_data_files",
]
