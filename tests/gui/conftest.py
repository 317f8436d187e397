"""GUI fixtures: real widgets on a real temporary database, nothing that blocks.

- Translations (``.qm``) are built once per test run when missing.
- QSettings go to a temporary folder, never the developer's own settings.
- Every test starts and ends in English, left to right; ``use_language`` switches.
- QMessageBox statics are patched to answer at once (``message_boxes`` records them).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox


@pytest.fixture(scope="session", autouse=True)
def _gui_session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    from ttk_desktop.gui.i18n import ensure_catalogs_built

    ensure_catalogs_built()
    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield


@pytest.fixture
def use_language(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Install a UI language for this test; English is put back afterwards."""
    from ttk_desktop.gui.i18n import install_language

    def use(language: str) -> None:
        install_language(qapp, language)

    yield use
    install_language(qapp, "en")


@pytest.fixture(autouse=True)
def _english_by_default(use_language: Callable[[str], None]) -> None:
    use_language("en")


class MessageBoxes:
    """Records QMessageBox calls; ``answer`` is what question() returns."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []
        self.answer = QMessageBox.StandardButton.Yes

    def _record(self, kind: str) -> Callable[..., Any]:
        def call(_parent: Any, _title: str, text: str, *args: Any, **kwargs: Any) -> Any:
            self.calls.append((kind, text))
            return self.answer if kind == "question" else QMessageBox.StandardButton.Ok

        return call


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    boxes = MessageBoxes()
    for kind in ("question", "information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(boxes._record(kind)))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Ok)
    return boxes


@pytest.fixture
def settings(tmp_path: Path):  # type: ignore[no-untyped-def]
    from ttk_desktop.gui.settings_store import SettingsStore

    return SettingsStore(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def ctx(db, qapp):  # type: ignore[no-untyped-def]
    """An AppContext on the test's database (office IST)."""
    from ttk_desktop.gui.context import AppContext

    context = AppContext(db)
    yield context
    context.tasks.shutdown()


@pytest.fixture
def main_window(ctx, qtbot, settings):  # type: ignore[no-untyped-def]
    """The main window on ``ctx``, shown, with the participants list loaded."""
    from ttk_desktop.gui.main_window import MainWindow

    window = MainWindow(settings, ctx=ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()  # shortcuts only reach the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.waitUntil(lambda: window.participants_view is not None)
    view = window.participants_view
    qtbot.waitUntil(lambda: not view.model.loading)
    yield window
    window.close()
    ctx.tasks.wait_idle()


def _type_into(widget: Any, text: str) -> None:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


@pytest.fixture
def type_text() -> Callable[[Any, str], None]:
    """Type text key by key like a person (QTest.keyClicks aborts on non-ASCII letters)."""
    return _type_into


@pytest.fixture
def on_modal(qtbot):  # type: ignore[no-untyped-def]
    """Run ``callback(dialog)`` once a modal dialog is open (its exec() would block).

    A dialog still open after 10 s is rejected so a broken test fails instead of hanging.
    """
    from PySide6.QtCore import QElapsedTimer, QTimer

    timers: list[QTimer] = []
    errors: list[BaseException] = []

    def arm(callback: Callable[[Any], None]) -> None:
        timer = QTimer()
        clock = QElapsedTimer()
        clock.start()
        seen: list[Any] = []

        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is not None and not seen:
                # Offscreen windows are not activated by showing; shortcuts need it.
                if QApplication.activeWindow() is not dialog and clock.elapsed() < 2000:
                    dialog.activateWindow()
                    return
                seen.append(dialog)
                try:
                    callback(dialog)
                except BaseException as exc:  # reported after exec() returns
                    errors.append(exc)
                    dialog.reject()
            elif seen and dialog is None:
                timer.stop()
            elif clock.elapsed() > 10000:
                timer.stop()
                if dialog is not None:
                    dialog.reject()

        timer.timeout.connect(poll)
        timer.start(10)
        timers.append(timer)

    yield arm
    for timer in timers:
        timer.stop()
    if errors:
        raise errors[0]
