"""The spec and the installer script name files that exist (issue 15).

Building the bundle is too slow for the suite (``packaging/build.py``, run by
``.ci/run``, does it); these tests check what can be checked in a second,
including compiling the NSIS script against a stand-in bundle when makensis is
installed.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from ttk_desktop.core.db import paths

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "ttk_desktop.spec"
NSI = ROOT / "packaging" / "installer.nsi"
LANGUAGES = ("TURKISH", "ENGLISH", "ARABIC")


def _spec_constant(name: str) -> object:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} not in the spec")


def test_spec_bundles_resources_that_exist() -> None:
    names = _spec_constant("RESOURCE_FILES")
    assert isinstance(names, tuple)
    for name in names:
        assert (ROOT / "resources" / name).is_file(), name
    assert "sample-register.xlsx" in names and "ttk-desktop.ico" in names


def test_spec_paths_exist() -> None:
    text = SPEC.read_text(encoding="utf-8")
    for relative in re.findall(r'ROOT / "packaging" / "([\w.]+)"', text):
        assert (ROOT / "packaging" / relative).is_file(), relative
    assert (ROOT / "src" / "ttk_desktop" / "core" / "db" / "migrations" / "env.py").is_file()
    for language in _spec_constant("LANGUAGES"):  # type: ignore[union-attr]
        assert (ROOT / "translations" / f"ttk_desktop_{language}.ts").is_file()


def test_spec_hidden_imports_are_installed() -> None:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    (assignment,) = [
        node
        for node in tree.body
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "hiddenimports" for t in node.targets)
    ]
    assert isinstance(assignment.value, ast.BinOp)  # collect_submodules(...) + [...]
    listed = ast.literal_eval(assignment.value.right)
    assert "sqlalchemy.dialects.sqlite" in listed
    for module in listed:
        assert importlib.util.find_spec(module) is not None, module


def test_installer_script_checks_the_bundle_for_files_the_app_reads() -> None:
    script = NSI.read_text(encoding="utf-8")
    checked = re.findall(r'/FileExists "\$\{DIST\}\\_internal\\([^"]+)"', script)
    assert checked, "the script checks the bundle's contents"
    sources = {
        "ttk_desktop\\core\\db\\migrations\\env.py": ROOT
        / "src/ttk_desktop/core/db/migrations/env.py",
        "ttk_desktop\\i18n\\ttk_desktop_ar.qm": ROOT / "translations/ttk_desktop_ar.ts",
        "ttk_desktop\\resources\\sample-register.xlsx": ROOT / "resources/sample-register.xlsx",
    }
    for path in checked:
        assert sources[path].is_file(), path
    for relative in re.findall(r'"\$\{ROOT\}\\([^"]+)"', script):
        assert (ROOT / relative.replace("\\", "/")).is_file(), relative


def test_installer_is_per_user_and_keeps_the_data() -> None:
    script = NSI.read_text(encoding="utf-8")
    assert "RequestExecutionLevel user" in script
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\TTK Desktop"' in script
    assert "HKLM" not in script
    # The data folder the uninstaller names is where the app keeps the database.
    assert f'!define DATA_DIR "$LOCALAPPDATA\\{paths.APP_AUTHOR}\\{paths.APP_NAME}"' in script
    uninstall = script[script.index('Section "Uninstall"') :]
    assert "DATA_DIR" not in uninstall.replace("$(DataKept)", "")
    assert (
        '"Software\\Classes\\${PROGID}\\shell\\open\\command" "" \'"$INSTDIR\\${APP_EXE}" "%1"\''
        in script
    )


def test_installer_speaks_turkish_english_and_arabic() -> None:
    script = NSI.read_text(encoding="utf-8")
    for language in ("Turkish", "English", "Arabic"):
        assert f'!insertmacro MUI_LANGUAGE "{language}"' in script
    strings: dict[str, set[str]] = {}
    for name, language in re.findall(r"^LangString (\w+) \$\{LANG_(\w+)\}", script, re.M):
        strings.setdefault(name, set()).add(language)
    assert strings
    for name, languages in strings.items():
        assert languages == set(LANGUAGES), name
    for used in set(re.findall(r"\$\((\w+)\)", script)):
        assert used in strings, used


def test_icon_holds_small_and_large_sizes() -> None:
    data = (ROOT / "resources" / "ttk-desktop.ico").read_bytes()
    _reserved, kind, count = struct.unpack_from("<HHH", data)
    assert kind == 1
    sizes = {struct.unpack_from("<B", data, 6 + 16 * i)[0] or 256 for i in range(count)}
    assert {16, 24, 32, 48, 256} <= sizes


def test_sample_workbook_is_what_make_sample_writes(tmp_path: Path) -> None:
    import make_sample
    from openpyxl import load_workbook

    fresh = make_sample.write_sample(tmp_path / "sample.xlsx")

    def cells(path: Path) -> dict[str, list[tuple[object, ...]]]:
        book = load_workbook(path, read_only=True)
        return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in book}

    assert cells(fresh) == cells(ROOT / "resources" / "sample-register.xlsx")


@pytest.mark.skipif(shutil.which("makensis") is None, reason="NSIS is not installed")
def test_installer_script_compiles_against_a_stand_in_bundle(tmp_path: Path) -> None:
    """makensis checks the syntax, the languages and the file list (issue 15)."""
    import build

    bundle = tmp_path / "bundle"
    for relative in (
        "ttk-desktop.exe",
        "ttk.exe",
        "_internal/ttk_desktop/core/db/migrations/env.py",
        "_internal/ttk_desktop/i18n/ttk_desktop_ar.qm",
        "_internal/ttk_desktop/resources/sample-register.xlsx",
    ):
        (bundle / relative).parent.mkdir(parents=True, exist_ok=True)
        (bundle / relative).write_bytes(b"stand-in")
    out = tmp_path / "setup.exe"
    command = build.makensis_command("makensis", "9.8.7", bundle, out)
    command = [arg.replace("DAPP_EXE=ttk-desktop", "DAPP_EXE=ttk-desktop.exe") for arg in command]
    command = [
        arg.replace("DCLI_EXE=ttk", "DCLI_EXE=ttk.exe") if arg.endswith("=ttk") else arg
        for arg in command
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert out.stat().st_size > 10_000
    assert b"9.8.7" in out.read_bytes() or "9.8.7".encode("utf-16-le") in out.read_bytes()


@pytest.mark.skipif(shutil.which("makensis") is None, reason="NSIS is not installed")
def test_installer_script_refuses_a_bundle_without_its_migrations(tmp_path: Path) -> None:
    import build

    bundle = tmp_path / "bundle"
    bundle.mkdir()
    for name in (build.APP_EXE, build.CLI_EXE):
        (bundle / name).write_bytes(b"stand-in")
    command = build.makensis_command("makensis", "1.0.0", bundle, tmp_path / "setup.exe")
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode != 0
    assert "migrations are missing" in result.stdout + result.stderr
