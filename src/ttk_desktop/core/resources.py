"""Files shipped beside the program: the icon, the user guides, the self-test's sample.

An installed program (the Windows bundle, a wheel) carries them in
``ttk_desktop/resources``; a development checkout keeps them in ``resources/``
at its top. Nothing else is read from the source tree at run time.
"""

from __future__ import annotations

from pathlib import Path

import ttk_desktop

PACKAGE_DIR = Path(ttk_desktop.__file__).resolve().parent
RESOURCE_DIRS: tuple[Path, ...] = (
    PACKAGE_DIR / "resources",
    PACKAGE_DIR.parent.parent / "resources",
)
ICON_PNG = "ttk-desktop.png"
SAMPLE_WORKBOOK = "sample-register.xlsx"


def find_resource(name: str) -> Path | None:
    """The shipped file ``name`` (installed copy first), or None if it is not there."""
    for folder in RESOURCE_DIRS:
        path = folder / name
        if path.is_file():
            return path
    return None
