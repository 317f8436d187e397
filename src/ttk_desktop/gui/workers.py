"""The one way GUI code runs work off the GUI thread.

After Anki's QueryOp/CollectionOp and Picard's ``run_task``: a QRunnable on a
QThreadPool runs a plain callable; its result or exception comes back to the
GUI thread through a queued signal into ``on_success`` / ``on_failure``.
Writes go to a single-thread pool so they are serialised; reads run in parallel.
The callable must not touch widgets: it takes plain arguments and returns
dataclasses.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class CancelFlag:
    """Checked by long loops (``flag.is_set()``) to stop early."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    def is_set(self) -> bool:
        return self._event.is_set()

    __call__ = is_set


class _Relay(QObject):
    """Lives in the GUI thread; signals emitted from the worker are queued to it."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class TaskHandle:
    """A running task: cancel it, or ask whether it finished."""

    def __init__(self, relay: _Relay, flag: CancelFlag) -> None:
        self.relay = relay
        self.flag = flag
        self.done = False

    def cancel(self) -> None:
        self.flag.cancel()

    @property
    def cancelled(self) -> bool:
        return self.flag.is_set()


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:  # runs on a pool thread
        try:
            result = self.fn()
        except BaseException as exc:  # delivered to on_failure on the GUI thread
            log.debug("task failed", exc_info=True)
            self.relay.failed.emit(exc)
        else:
            self.relay.succeeded.emit(result)


class TaskRunner(QObject):
    """Owns the read pool and the single-thread write pool."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.read_pool = QThreadPool(self)
        self.read_pool.setMaxThreadCount(max(2, QThreadPool.globalInstance().maxThreadCount()))
        self.write_pool = QThreadPool(self)
        self.write_pool.setMaxThreadCount(1)
        self._live: set[TaskHandle] = set()

    def run(
        self,
        fn: Callable[..., Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        write: bool = False,
        pass_control: bool = False,
    ) -> TaskHandle:
        """Run ``fn`` off the GUI thread.

        With ``pass_control`` the callable is called as ``fn(progress, cancelled)``
        where ``progress(done, total)`` is thread-safe and ``cancelled()`` reads the
        handle's flag.
        """
        relay = _Relay()
        flag = CancelFlag()
        handle = TaskHandle(relay, flag)
        self._live.add(handle)

        def finish() -> None:
            handle.done = True
            self._live.discard(handle)
            relay.deleteLater()

        @Slot(object)
        def succeeded(result: Any) -> None:
            finish()
            # A cancelled read is stale; a write that finished anyway is committed
            # and its result must still reach the screen.
            if on_success is not None and (write or not flag.is_set()):
                on_success(result)

        @Slot(object)
        def failed(exc: BaseException) -> None:
            finish()
            if on_failure is not None:
                on_failure(exc)
            else:
                from ttk_desktop.gui.errors import show_error

                show_error(None, exc)

        relay.succeeded.connect(succeeded)
        relay.failed.connect(failed)
        if on_progress is not None:
            relay.progressed.connect(on_progress)

        if pass_control:

            def call() -> Any:
                return fn(relay.progressed.emit, flag.is_set)

        else:
            call = fn
        (self.write_pool if write else self.read_pool).start(_Task(call, relay))
        return handle

    def shutdown(self, timeout_ms: int = 10000) -> None:
        """Cancel everything and wait for the pools (on quit)."""
        for handle in list(self._live):
            handle.cancel()
        self.read_pool.waitForDone(timeout_ms)
        self.write_pool.waitForDone(timeout_ms)

    def wait_idle(self, timeout_ms: int = 10000) -> bool:
        """For tests: wait until no task is running."""
        ok = self.read_pool.waitForDone(timeout_ms)
        return self.write_pool.waitForDone(timeout_ms) and ok
