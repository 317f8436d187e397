"""The version lives in one place and every place shows it (issue 15).

``ttk_desktop.__version__`` is the one source: pyproject reads it, the spec
writes it into the Windows version resource, build.py passes it to makensis,
and the About box, ``ttk --version`` and ``ttk-desktop --version`` print it.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import ttk_desktop
from ttk_desktop import cli

ROOT = Path(__file__).resolve().parents[2]
VERSION = ttk_desktop.__version__


def test_pyproject_reads_the_package_version() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" in project["project"]["dynamic"]
    assert "version" not in project["project"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {
        "attr": "ttk_desktop.__version__"
    }


def test_build_scripts_read_the_same_version() -> None:
    import version_info

    assert version_info.read_version() == VERSION
    numbers = version_info.numeric_version(VERSION)
    assert len(numbers) == 4 and ".".join(map(str, numbers)).startswith(
        ".".join(VERSION.split(".")[:2])
    )


@pytest.mark.parametrize(
    ("version", "numeric"),
    [("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("2.0.1rc3", (2, 0, 1, 0))],
)
def test_windows_numeric_versions(version: str, numeric: tuple[int, ...]) -> None:
    import version_info

    assert version_info.numeric_version(version) == numeric


def test_windows_version_resource_carries_the_version() -> None:
    import version_info

    text = version_info.version_file_text(VERSION, "ttk-desktop.exe")
    ast.parse(text)  # PyInstaller evaluates it as a Python expression
    assert f"StringStruct('FileVersion', '{VERSION}')" in text
    assert f"StringStruct('ProductVersion', '{VERSION}')" in text
    assert f"filevers={version_info.numeric_version(VERSION)}" in text


def test_installer_gets_the_version_from_build_py_only() -> None:
    import build

    command = build.makensis_command("makensis", VERSION, ROOT / "dist" / "x", ROOT / "x.exe")
    numeric = ".".join(map(str, build.numeric_version(VERSION)))
    assert any(arg.endswith(f"DVERSION={VERSION}") for arg in command)
    assert any(arg.endswith(f"DVERSION_NUMERIC={numeric}") for arg in command)
    script = (ROOT / "packaging" / "installer.nsi").read_text(encoding="utf-8")
    code = "\n".join(line for line in script.splitlines() if not line.lstrip().startswith(";"))
    assert not re.search(r"\d+\.\d+\.\d+", code), "no version number written in the script"
    for use in ('VIProductVersion "${VERSION_NUMERIC}"', '"DisplayVersion" "${VERSION}"'):
        assert use in script


def test_ttk_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"ttk {VERSION}"


def test_ttk_desktop_version() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "ttk_desktop.gui.app", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert out.stdout.strip() == VERSION
