#!/usr/bin/env python3
"""Set up a virtual environment and run the app or the tests, on a fresh machine with Python 3.11+.

    python dev.py app    set up, then start TTK Desktop on a demo database
    python dev.py test   set up, then run the whole test suite (lint, types, tests)
    python dev.py build  set up, then build the Windows bundle and installer (packaging/build.py)

Set-up is skipped when nothing changed since the last run (pyproject.toml hash).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
DEMO_DB = VENV / "demo.sqlite3"


def run(*cmd: object, env: dict[str, str] | None = None) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    code = subprocess.call([str(c) for c in cmd], cwd=ROOT, env=env)
    if code:
        sys.exit(code)


def setup() -> None:
    if sys.version_info < (3, 11):
        sys.exit("TTK Desktop needs Python 3.11 or newer.")
    if not PY.exists():
        venv.EnvBuilder(with_pip=True).create(VENV)
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    stamp = VENV / ".installed"
    if not stamp.exists() or stamp.read_text() != digest:
        run(PY, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
        run(PY, "-m", "pip", "install", "--quiet", "-e", ".[dev,build]")
        stamp.write_text(digest)
    if (ROOT / "packaging" / "build_translations.py").exists():
        run(PY, "packaging/build_translations.py", "--release")


def app() -> None:
    setup()
    if not DEMO_DB.exists():
        run(PY, "-m", "ttk_desktop.cli", "--db", DEMO_DB, "demo", "--participants", "600")
    run(PY, "-m", "ttk_desktop.gui.app", "--db", DEMO_DB)


def test() -> None:
    setup()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run(PY, "-m", "ruff", "check", "src", "tests", "bench", "packaging")
    run(PY, "-m", "ruff", "format", "--check", "src", "tests", "bench", "packaging")
    run(PY, "-m", "mypy")
    run(PY, "-m", "pytest", "-q", "-p", "no:cacheprovider", *sys.argv[2:], env=env)


def build() -> None:
    setup()
    run(PY, "packaging/build.py", *sys.argv[2:])


if __name__ == "__main__":
    commands = {"app": app, "test": test, "build": build, "setup": setup}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        sys.exit(__doc__)
    commands[sys.argv[1]]()
