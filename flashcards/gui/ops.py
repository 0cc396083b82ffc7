"""Database work off the UI thread: operations run in order on one worker thread, and what
each changed is broadcast for every screen to refresh itself (like Anki's on_op_finished)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from flashcards.errors import FlashcardsError
from flashcards.progress import Phase
from flashcards.services.changes import Changed, Changes, changes_of
from flashcards.services.undo import UndoStack
from flashcards.store.database import Database

T = TypeVar("T")

#: The time as the screens see it (tests fix it).
Clock = Callable[[], datetime]
log = logging.getLogger(__name__)


class Cancelled(FlashcardsError):
    """The user cancelled an operation; its transaction was rolled back."""


@dataclass
class OpContext:
    """What an operation gets on the worker thread: the database, progress, cancellation."""

    db: Database
    report: Callable[[Phase, int, int], None]
    cancel_event: threading.Event

    def progress(self, phase: Phase, done: int, total: int) -> None:
        """Report progress (a `flashcards.progress.Progress`); raises Cancelled once the
        user asked to stop, so what the operation did so far is rolled back."""
        self.check()
        self.report(phase, done, total)

    def check(self) -> None:
        """Raise Cancelled if the user asked to stop."""
        if self.cancel_event.is_set():
            raise Cancelled("cancelled")


@dataclass
class Op(Generic[T]):
    """One unit of database work and what to do with its result on the UI thread.

    An operation that changes the collection returns `Changes` or a `Changed` value: the
    runner pushes its undo step, then broadcasts the changes with `source` (the screen
    that asked, which may skip what it has already shown) through `OpRunner.changed`.
    A query returns plain data and broadcasts nothing.
    """

    run: Callable[[OpContext], T]
    success: Callable[[T], None] | None = None
    failure: Callable[[Exception], None] | None = None
    progress: Callable[[Phase, int, int], None] | None = None
    cancel_event: threading.Event = field(default_factory=threading.Event)
    source: object | None = None

    def cancel(self) -> None:
        self.cancel_event.set()


def _alive(callback: Callable[..., object] | None) -> bool:
    """False when the callback is a method of a Qt object that has been deleted meanwhile
    (a window closed while its operation ran): its result has nowhere to go."""
    owner = getattr(callback, "__self__", None)
    return callback is not None and (not isinstance(owner, QObject) or shiboken6.isValid(owner))


class _Worker(QObject):
    """Lives on the worker thread and owns the database connection."""

    finished = Signal(object, object)  # op, result
    failed = Signal(object, object)  # op, exception
    progressed = Signal(object, object, int, int)  # op, phase, done, total

    def __init__(self, open_db: Callable[[], Database]) -> None:
        super().__init__()
        self._open_db = open_db
        self._db: Database | None = None

    @Slot(object)
    def execute(self, op: Op[Any]) -> None:
        try:
            if op.cancel_event.is_set():
                raise Cancelled("cancelled")  # before it started: nothing was done
            if self._db is None:
                self._db = self._open_db()
            context = OpContext(
                self._db, lambda p, d, t: self.progressed.emit(op, p, d, t), op.cancel_event
            )
            result = op.run(context)
        except Exception as exc:
            if not isinstance(exc, FlashcardsError):
                log.exception("operation failed")
            self.failed.emit(op, exc)
        else:
            self.finished.emit(op, result)

    @Slot()
    def close(self) -> None:
        """The last call on the worker (queued after every operation): close the database
        and end the thread's event loop."""
        if self._db is not None:
            self._db.close()
            self._db = None
        thread = QThread.currentThread()
        if thread is not None:
            thread.quit()


class OpRunner(QObject):
    """Runs operations one after another on a single worker thread (like Anki's ops).

    Results, errors and progress come back on the UI thread through Qt signals.
    """

    _submit = Signal(object)
    _close = Signal()
    busy_changed = Signal(bool)
    error = Signal(str)  # failures of operations with no failure handler
    changed = Signal(object, object)  # Changes, the operation's source (or None)

    def __init__(self, open_db: Callable[[], Database], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("flashcards-db")
        self._worker = _Worker(open_db)
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.execute)
        self._close.connect(self._worker.close)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self._worker.progressed.connect(self._on_progress)
        self._pending = 0
        self.undo_stack = UndoStack()
        self._thread.start()

    def run(self, op: Op[Any]) -> Op[Any]:
        """Queue `op`; returns it, so the caller can cancel it."""
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._submit.emit(op)
        return op

    @property
    def pending(self) -> int:
        return self._pending

    def _done(self) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)

    @Slot(object, object)
    def _on_finished(self, op: Op[Any], result: object) -> None:
        self._done()
        changes = changes_of(result)
        if isinstance(result, Changed) and result.undo is not None:
            self.undo_stack.push(result.undo)
            changes = (changes or Changes()) | Changes(undo=True)
        if op.success is not None and _alive(op.success):
            op.success(result)
        if changes:
            self.changed.emit(changes, op.source)

    @Slot(object, object)
    def _on_failed(self, op: Op[Any], exc: Exception) -> None:
        self._done()
        if op.failure is not None and _alive(op.failure):
            op.failure(exc)
        else:
            self.error.emit(str(exc) if isinstance(exc, FlashcardsError) else repr(exc))

    @Slot(object, object, int, int)
    def _on_progress(self, op: Op[Any], phase: Phase, done: int, total: int) -> None:
        if op.progress is not None and _alive(op.progress):
            op.progress(phase, done, total)

    def shutdown(self) -> None:
        """Finish every queued operation, close the database and stop the thread, then
        deliver the results still on their way back.

        Operations and their results cross threads in queued signals holding Python
        objects (the op, its value: often True, False or None).  The thread used to be
        told to quit at once, which dropped operations still queued (the backup at quit
        among them) and left them, with results not yet delivered, in Qt's event queues
        until the interpreter was torn down, long after Python could account for them:
        the "bool_dealloc ... refcount error" abort seen at quit.  Now the worker quits
        only after its last operation, and every result is delivered here.
        """
        if self._thread.isRunning():
            self._close.emit()
            self._thread.wait()
        QCoreApplication.sendPostedEvents(self)
