"""Files ``ttk`` writes are readable by their owner only (part of #16)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def test_the_database_a_sheet_and_a_template_are_private(tmp_path: Path) -> None:
    db = tmp_path / "office.sqlite3"
    env = dict(os.environ, HOME=str(tmp_path))

    def ttk(*args: str) -> None:
        command = [sys.executable, "-m", "ttk_desktop.cli", "--db", str(db), *args]
        subprocess.run(command, check=True, capture_output=True, env=env)

    # Run under the usual umask, as a shell would start it.
    old = os.umask(0o022)
    try:
        ttk("demo", "--participants", "20")
        ttk("template", str(tmp_path / "template.xlsx"))
        ttk("sheet", "S000001", "--pdf", str(tmp_path / "sheet.pdf"))
    finally:
        os.umask(old)
    written = [p for p in tmp_path.iterdir() if p.is_file()]
    assert {p.name for p in written} >= {"office.sqlite3", "template.xlsx", "sheet.pdf"}
    for path in written:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode & 0o077 == 0, f"{path.name} is {oct(mode)}"
