"""Office data files and the headquarters merge (issue #13).

The face the GUI and the command line call: keys (:mod:`.keys`), export and
merge (:mod:`.transfer`), the field-by-field rules (:mod:`.apply`), and the
conflict log and merge history (:mod:`.history`).

The names below are loaded on first use: every write imports
:mod:`.fields` (field clocks), and that must not pull the cryptography
libraries onto the app's start-up path.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ttk_desktop.core.exchange.errors import ExchangeError
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

_WHERE = {
    "ExchangeError": "errors",
    **dict.fromkeys(
        [
            "STATUS_ALREADY",
            "STATUS_MERGED",
            "STATUS_REFUSED",
            "ExportResult",
            "FileInfo",
            "MergeReport",
            "export_data_file",
            "inspect_files",
            "last_export",
            "merge_data_file",
            "merge_data_files",
        ],
        "transfer",
    ),
}
__all__ = [
    "STATUS_ALREADY",
    "STATUS_MERGED",
    "STATUS_REFUSED",
    "ExchangeError",
    "ExportResult",
    "FileInfo",
    "MergeReport",
    "export_data_file",
    "inspect_files",
    "last_export",
    "merge_data_file",
    "merge_data_files",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
