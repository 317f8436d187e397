"""Build the one-folder bundle and the Windows installer, then self-test the bundle.

    python packaging/build.py [--skip-bundle] [--skip-installer]

1. builds the translations (``build_translations.py --release``);
2. runs PyInstaller on ``packaging/ttk_desktop.spec`` into ``dist/ttk-desktop/``;
3. compiles ``packaging/installer.nsi`` with ``makensis`` into
   ``dist/TTK-Desktop-<version>-setup.exe``. On Linux the Linux bundle stands in
   for the Windows one: the script's syntax and file list are checked all the same;
4. runs the bundled ``ttk-desktop --self-test`` (offscreen) and ``ttk --version``.

Exits non-zero as soon as a step fails. Prints each step's time and the sizes.
Run it from the project's virtual environment with the ``build`` extra installed
(``pip install -e .[build]``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from version_info import numeric_version, read_version

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "ttk_desktop.spec"
NSI = PACKAGING / "installer.nsi"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "ttk-desktop"
WINDOWS = os.name == "nt"
EXE = ".exe" if WINDOWS else ""
APP_EXE = f"ttk-desktop{EXE}"
CLI_EXE = f"ttk{EXE}"
SELF_TEST_REPORT = DIST / "self-test.txt"
# Where the NSIS installer puts makensis when it is not on PATH.
MAKENSIS_PLACES = (
    Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)")) / "NSIS" / "makensis.exe",
    Path(os.environ.get("PROGRAMFILES", r"C:\Program Files")) / "NSIS" / "makensis.exe",
)


class BuildError(Exception):
    """A step failed; the message says which and why."""


def installer_path(version: str) -> Path:
    return DIST / f"TTK-Desktop-{version}-setup.exe"


def find_makensis() -> str:
    found = shutil.which("makensis")
    if found:
        return found
    for place in MAKENSIS_PLACES:
        if place.exists():
            return str(place)
    raise BuildError(
        "makensis was not found: install NSIS (Debian/Ubuntu: apt-get install nsis; "
        "Windows: https://nsis.sourceforge.io)."
    )


def makensis_command(
    makensis: str,
    version: str,
    bundle: Path,
    out: Path,
    *,
    app_exe: str = APP_EXE,
    cli_exe: str = CLI_EXE,
) -> list[str]:
    """The makensis call: the version (one source) and the bundle's place as defines."""
    numeric = ".".join(str(n) for n in numeric_version(version))
    option = "/" if WINDOWS else "-"  # makensis on Linux takes -D, on Windows /D (both work there)
    return [
        makensis,
        f"{option}V2",
        f"{option}DVERSION={version}",
        f"{option}DVERSION_NUMERIC={numeric}",
        f"{option}DDIST={bundle}",
        f"{option}DROOT={ROOT}",
        f"{option}DOUTFILE={out}",
        f"{option}DAPP_EXE={app_exe}",
        f"{option}DCLI_EXE={cli_exe}",
        str(NSI),
    ]


def run(command: Sequence[str | Path], env: dict[str, str] | None = None) -> str:
    """Run a step; its output is shown; raises BuildError if it fails."""
    print("+", " ".join(str(part) for part in command), flush=True)
    result = subprocess.run(
        [str(part) for part in command],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
        errors="replace",
        check=False,
    )
    if result.returncode != 0:
        print(result.stdout[-6000:], flush=True)
        raise BuildError(f"{Path(str(command[0])).name} failed (exit {result.returncode})")
    return result.stdout


def folder_size(path: Path) -> int:
    files = (entry for entry in path.rglob("*") if entry.is_file() and not entry.is_symlink())
    return sum(entry.stat().st_size for entry in files)


def mb(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


def build_bundle() -> None:
    run([sys.executable, PACKAGING / "build_translations.py", "--release"])
    shutil.rmtree(BUNDLE, ignore_errors=True)
    run(
        [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
            "--distpath", DIST, "--workpath", WORK, SPEC,
        ]
    )  # fmt: skip
    for name in (APP_EXE, CLI_EXE):
        if not (BUNDLE / name).exists():
            raise BuildError(f"PyInstaller did not write {BUNDLE / name}")


def build_installer(version: str) -> Path:
    out = installer_path(version)
    out.unlink(missing_ok=True)
    run(makensis_command(find_makensis(), version, BUNDLE, out))
    if not out.exists():
        raise BuildError(f"makensis did not write {out}")
    return out


def self_test_bundle(version: str) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("TTK_DB", None)
    print(run([BUNDLE / APP_EXE, "--self-test", "--report", SELF_TEST_REPORT], env=env), end="")
    said = run([BUNDLE / CLI_EXE, "--version"], env=env).strip()
    if said != f"ttk {version}":
        raise BuildError(f"the bundled ttk --version says {said!r}, expected 'ttk {version}'")
    print(f"ttk --version: {said}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-bundle", action="store_true", help="reuse dist/ttk-desktop")
    parser.add_argument("--skip-installer", action="store_true", help="no makensis")
    args = parser.parse_args(argv)
    version = read_version()
    timings: list[tuple[str, float]] = []

    def step(name: str, work: object) -> None:
        started = time.perf_counter()
        work()  # type: ignore[operator]
        timings.append((name, time.perf_counter() - started))

    try:
        if not args.skip_bundle:
            step("bundle (PyInstaller)", build_bundle)
        if not args.skip_installer:
            step("installer (makensis)", lambda: build_installer(version))
        step("self-test of the bundle", lambda: self_test_bundle(version))
    except BuildError as error:
        print(f"BUILD FAILED: {error}", file=sys.stderr)
        return 1
    print(f"\nTTK Desktop {version}")
    for name, seconds in timings:
        print(f"  {name:<28} {seconds:6.0f} s")
    print(f"  {'bundle size':<28} {mb(folder_size(BUNDLE)):>8}  ({BUNDLE})")
    installer = installer_path(version)
    if installer.exists():
        print(f"  {'installer size':<28} {mb(installer.stat().st_size):>8}  ({installer})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
