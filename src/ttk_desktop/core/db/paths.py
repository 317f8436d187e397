"""Where the office database lives by default.

Kept apart from ``engine`` (which imports SQLAlchemy) so the desktop app can
find the file at start-up without paying for that import before it paints.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "TTK Desktop"
APP_AUTHOR = "TTK"
DB_ENV = "TTK_DB"
DB_FILE = "ttk.sqlite3"


def default_database_path() -> Path:
    """``$TTK_DB`` if set, else ``ttk.sqlite3`` in the user's data folder."""
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env)
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, APP_AUTHOR, ensure_exists=True) / DB_FILE
