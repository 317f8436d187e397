"""The version, read from its one source (``ttk_desktop.__version__``), for the build.

    python packaging/version_info.py              # print the version
    python packaging/version_info.py --numeric    # print it as four numbers (0.1.0.0)

``pyproject.toml`` reads the same attribute (``[tool.setuptools.dynamic]``); the
PyInstaller spec writes the Windows version resource with :func:`write_version_file`
(Explorer's Properties → Details); ``build.py`` passes both forms to ``makensis``.
The file is read as text so the build needs neither the package installed nor Qt.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INIT = ROOT / "src" / "ttk_desktop" / "__init__.py"
COMPANY = "TTK"
PRODUCT = "TTK Desktop"
DESCRIPTION = "TTK Desktop: participants, groups and attendance"


def read_version(init: Path = INIT) -> str:
    match = re.search(r'^__version__ = "([^"]+)"', init.read_text(encoding="utf-8"), re.M)
    if match is None:
        raise SystemExit(f"{init}: no __version__ line")
    return match.group(1)


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """Windows wants four numbers: 1.2 -> 1.2.0.0; 1.3.0rc2 -> 1.3.0.0."""
    numbers = [int(part) for part in re.findall(r"\d+", version.split("+")[0])[:3]]
    numbers += [0] * (4 - len(numbers))
    return numbers[0], numbers[1], numbers[2], numbers[3]


def version_file_text(version: str, file_name: str) -> str:
    """PyInstaller's version-resource description (a ``VSVersionInfo`` literal)."""
    numbers = numeric_version(version)
    strings = {
        "CompanyName": COMPANY,
        "FileDescription": DESCRIPTION,
        "FileVersion": version,
        "InternalName": file_name.removesuffix(".exe"),
        "LegalCopyright": "GPL-3.0-or-later",
        "OriginalFilename": file_name,
        "ProductName": PRODUCT,
        "ProductVersion": version,
    }
    entries = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('040904B0', [
          {entries}])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def write_version_file(folder: Path, version: str, file_name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"version-{file_name.removesuffix('.exe')}.txt"
    path.write_text(version_file_text(version, file_name), encoding="utf-8")
    return path


if __name__ == "__main__":
    found = read_version()
    print(".".join(map(str, numeric_version(found))) if "--numeric" in sys.argv else found)
