"""``ttk-desktop --self-test`` and Help → Self-test (issue 15)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ttk_desktop.gui import self_test


def test_every_check_passes_on_a_real_temporary_database(qapp, capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    report = tmp_path / "report.txt"
    assert self_test.main(report) == self_test.EXIT_OK
    printed = capsys.readouterr().out.splitlines()
    assert len(printed) == len(self_test.CHECKS) + 1  # one line per check, then the verdict
    assert all(line.startswith("OK") for line in printed[:-1])
    assert report.read_text(encoding="utf-8").splitlines() == printed


def test_a_wrong_figure_fails_with_a_non_zero_exit(qapp, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setitem(self_test.SAMPLE_FIGURES, "participations", 10)
    assert self_test.main() == self_test.EXIT_FAILED
    lines = capsys.readouterr().out.splitlines()
    failed = [line for line in lines if line.startswith("FAILED")]
    assert len(failed) == 1
    assert "Statistics" in failed[0] and "participations 9 ≠ 10" in failed[0]
    # The checks after it still ran and passed.
    after = lines[lines.index(failed[0]) + 1 : -1]
    assert len(after) == len(self_test.CHECKS) - 3
    assert all(line.startswith("OK") for line in after)
    assert any("PDF" in line for line in after) and any("data file" in line for line in after)


def test_a_check_that_raises_fails_and_later_checks_still_run(qapp) -> None:  # type: ignore[no-untyped-def]
    def broken(_run: self_test.SelfTestRun) -> str:
        raise OSError("disk full")

    checks = [self_test.CHECKS[0], ("Broken", broken), self_test.CHECKS[1]]
    report = self_test.run_self_test(checks)
    assert [result.ok for result in report.results] == [True, False, True]
    assert report.results[1].detail == "disk full"
    assert not report.ok
    assert self_test.main(checks=checks) == self_test.EXIT_FAILED


def test_checks_needing_the_database_say_so_when_it_is_missing(qapp) -> None:  # type: ignore[no-untyped-def]
    report = self_test.run_self_test(self_test.CHECKS[1:3])
    assert not report.ok
    assert all("database could not be created" in r.detail for r in report.results)


def test_help_menu_runs_the_self_test_and_shows_a_report(main_window, message_boxes) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAction

    main_window.findChild(QAction, "action_self_test").trigger()
    kind, text = message_boxes.calls[-1]
    assert kind == "information"
    assert f"All {len(self_test.CHECKS)} checks passed" in text
    assert text.count("\nOK") == len(self_test.CHECKS)


def test_command_line_self_test_exits_zero_from_source(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    env.pop("TTK_DB", None)
    out = subprocess.run(
        [sys.executable, "-m", "ttk_desktop.gui.app", "--self-test", "--lang", "en"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    lines = out.stdout.splitlines()
    assert lines[-1] == "Self-test passed."
    assert sum(line.startswith("OK") for line in lines) == len(self_test.CHECKS)


@pytest.mark.parametrize("language", ["tr", "ar"])
def test_report_lines_are_translated(qapp, use_language, language: str) -> None:  # type: ignore[no-untyped-def]
    use_language(language)
    result = self_test.CheckResult(self_test.CHECKS[0][0], True, "x")
    assert not result.line().startswith("OK ")
