"""The Windows bundle against the source: start-up, size (a benchmark, not a test).

    python packaging/build.py        # first: dist/ttk-desktop and the installer
    python bench/bundle.py [--repeats 5] [--db PATH]

Start-up is measured as in ``bench/gui_startup.py``: a fresh process per repeat,
from just before it is launched to the moment the main window has painted
itself (the app prints the time when ``TTK_BENCH_PAINTED`` is set; the database
opens behind the painted window). Three processes per repeat, back to back:
the bare PySide6 window of ``gui_startup.py`` (the reference), TTK Desktop from
source (``python -m ttk_desktop.gui.app``) and the bundled ``ttk-desktop``.
Then the bundle's size on disk and the installer's size (limit: 120 MB).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "packaging"))

import build  # noqa: E402 - packaging/build.py: where the bundle and installer are

from gui_startup import BARE, run_child  # noqa: E402

DEFAULT_DB = ROOT / "build" / "bench" / "bundle-demo.sqlite3"
INSTALLER_LIMIT_MB = 120


def ensure_demo(path: Path) -> Path:
    if path.exists():
        return path
    from ttk_desktop.core.db.engine import open_database
    from ttk_desktop.core.demo import DemoSize, build_demo

    path.parent.mkdir(parents=True, exist_ok=True)
    db = open_database(path, actor="bench")
    build_demo(db, DemoSize(participants=2000))
    db.close()
    return path


def painted_after(command: list[str], env: dict[str, str]) -> float:
    """Seconds from launching ``command`` to its main window painted."""
    launched = time.time()
    out = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300, check=False)
    if out.returncode != 0 or "PAINTED" not in out.stdout:
        raise SystemExit(f"{command[0]} failed:\n{out.stderr[-3000:]}")
    return float(out.stdout.split("PAINTED")[1].split()[0]) - launched


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    args = parser.parse_args()
    app = build.BUNDLE / build.APP_EXE
    installer = build.installer_path(build.read_version())
    if not app.exists():
        raise SystemExit(f"{app} is missing: run python packaging/build.py first")
    db = ensure_demo(args.db)
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="ttk-bench-")
    env["TTK_BENCH_PAINTED"] = "1"
    env.pop("TTK_DB", None)
    source = [sys.executable, "-m", "ttk_desktop.gui.app", "--db", str(db), "--lang", "tr"]
    bundled = [str(app), "--db", str(db), "--lang", "tr"]

    bare: list[float] = []
    from_source: list[float] = []
    from_bundle: list[float] = []
    painted_after(source, env)  # warm the file cache, uncounted
    painted_after(bundled, env)
    for _ in range(args.repeats):
        launched, out = run_child(BARE, env=env)
        bare.append(float(out.split("PAINTED")[1].split()[0]) - launched)
        from_source.append(painted_after(source, env))
        from_bundle.append(painted_after(bundled, env))

    med = statistics.median
    ratio = med([b / s for b, s in zip(from_bundle, from_source, strict=True)])
    bundle_mb = build.folder_size(build.BUNDLE) / 1e6
    installer_mb = installer.stat().st_size / 1e6 if installer.exists() else float("nan")
    print(f"\nMedian of {args.repeats} fresh processes each (offscreen Qt), demo database {db}:\n")
    rows = [
        ("bare PySide6 window painted (reference)", f"{med(bare):.3f} s", ""),
        ("main window painted, from source", f"{med(from_source):.3f} s", ""),
        ("main window painted, bundled", f"{med(from_bundle):.3f} s = {ratio:.2f}x source", ""),
        ("bundle size on disk", f"{bundle_mb:.1f} MB", ""),
        ("installer size", f"{installer_mb:.1f} MB", f"< {INSTALLER_LIMIT_MB} MB"),
    ]
    for name, value, limit in rows:
        print(f"  {name:<42} {value:<26} {'limit ' + limit if limit else ''}")
    return 0 if installer_mb < INSTALLER_LIMIT_MB else 1


if __name__ == "__main__":
    sys.exit(main())
