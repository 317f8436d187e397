"""Files the program writes are readable by their owner only.

The database, its backups, data files, attendance sheets and reports hold
refugees' personal data; with the usual umask (022) any account on a shared
PC could copy them. Both entry points (the app and ``ttk``) call
:func:`restrict_new_files` first, so every file made afterwards, by SQLite,
Qt or openpyxl alike, is created 0600 (folders 0700). On Windows the files
live in the user's profile, whose access list already keeps others out.
"""

from __future__ import annotations

import os

OWNER_ONLY = 0o077


def restrict_new_files() -> None:
    """Make every file and folder this process creates from now on private to its owner."""
    if os.name == "posix":
        os.umask(OWNER_ONLY)
