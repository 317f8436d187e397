"""The core package stays free of Qt so the CLI and headquarters tools can use it."""

from __future__ import annotations

import subprocess
import sys


def test_core_and_cli_import_no_qt() -> None:
    code = (
        "import sys, pkgutil, importlib, ttk_desktop.core as c, ttk_desktop.cli\n"
        "for m in pkgutil.walk_packages(c.__path__, 'ttk_desktop.core.'):\n"
        "    if '.migrations' not in m.name: importlib.import_module(m.name)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
