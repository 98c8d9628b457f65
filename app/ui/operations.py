"""The window's operations and its undo history, in one place.

Every write the window asks for is a service call that returns what it changed (``Changes``):
:meth:`Operations.execute` runs it and announces the changes on one signal, ``did_execute`` —
the desk subscribes once and every open list, form and panel decides for itself whether to read
its data again. Undoable writes are commands on this stack (``app.ui.commands``); each knows the
records it wrote, and this history keeps the change number (the version) its own last write left
on each record. An undo or redo whose records carry another number — a bundle or spreadsheet
import, another officer on an office server changed them since — is refused with a message,
never applied over what arrived; an import that changes records of the history clears it and
says so (:meth:`outside_changes`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.domain.text import Text
from app.ui.failures import guarded

if TYPE_CHECKING:
    from app.services.changes import Changes, Ref
    from app.store.db import Store

T = TypeVar("T")

CHANGED_ELSEWHERE = Text(
    "Không hoàn tác được — %1: dữ liệu đã được thay đổi ở nơi khác sau lần sửa này (nhập gói dữ liệu, nhập bảng "
    "tính hoặc một máy khác). Giữ nguyên dữ liệu hiện có; lịch sử hoàn tác đã xóa.",
    "Cannot undo — %1: the data was changed elsewhere after this edit (a bundle or spreadsheet import, or another "
    "computer). The data stays as it is now; the undo history was cleared.",
)
CHANGED_ELSEWHERE_REDO = Text(
    "Không làm lại được — %1: dữ liệu đã được thay đổi ở nơi khác (nhập gói dữ liệu, nhập bảng tính hoặc một máy "
    "khác). Giữ nguyên dữ liệu hiện có; lịch sử hoàn tác đã xóa.",
    "Cannot redo — %1: the data was changed elsewhere (a bundle or spreadsheet import, or another computer). The "
    "data stays as it is now; the undo history was cleared.",
)
CLEARED = Text(
    "%1 đã thay đổi danh sách bạn vừa sửa: lịch sử hoàn tác đã xóa, các bước sửa trước đó không hoàn tác "
    "được nữa.",
    "%1 changed a list you had just edited: the undo history was cleared; the edits before it "
    "can no longer be undone.",
)


class Operations(QUndoStack):
    """The desk's undo history and its operation hook (one per window)."""

    #: (Changes, the object that asked for the write, or None): every write, announced once.
    did_execute = Signal(object, object)
    #: (Text): an undo or redo that was not applied, and why.
    refused = Signal(object)

    def __init__(self, parent: QObject | None = None, store: Store | None = None) -> None:
        super().__init__(parent)
        self.store = store
        #: The change number this window's own last write left on each record (its version).
        self.expected: dict[Ref, int] = {}
        #: Why the history was emptied from outside (an import), told when Undo is pressed then.
        self.cleared_because: Text | None = None

    # -- operations ----------------------------------------------------------------------------------
    def execute(self, call: Callable[[], T], initiator: object = None) -> T:
        """Run the service *call* (a write) and announce what it changed; return its result (a
        ``Changes``, or a result with a ``changes`` attribute)."""
        result = call()
        self.announce(changes_of(result), initiator)
        return result

    def announce(self, changes: Changes, initiator: object = None) -> None:
        """A write of this window: its records' new versions are the ones the history expects."""
        self.expected.update(changes.versions)
        if changes:
            self.did_execute.emit(changes, initiator)

    def outside_changes(self, changes: Changes, what: Text) -> Text | None:
        """Records were written from outside this window's history (*what*: an import): every
        screen refreshes, and when a step of the history wrote to a list the import changed, the
        whole history goes — an import is not undone step by step (a backup was made before it),
        and steps below one that cannot be undone could never be reached. Returns the sentence
        for the status line, or None when the history was untouched."""
        note = None
        steps = [self.command(i) for i in range(self.count())]
        tables = {table for step in steps for table, _id in refs_of(step)}
        if steps and (changes.everything or not changes.tables.isdisjoint(tables)):
            note = CLEARED.fill(what)
            self.cleared_because = note  # (first: clearing tells the Undo action, which asks for it)
            self.clear()
        if changes:
            self.did_execute.emit(changes, None)
        return note

    # -- versions ------------------------------------------------------------------------------------
    def stale(self, refs: Iterable[Ref]) -> list[Ref]:
        """The records of *refs* that now carry another version than this window last wrote."""
        refs = list(refs)
        if not refs or self.store is None:
            return []
        from app.services.changes import current_versions

        now = current_versions(self.store, refs)
        return [ref for ref in refs if now.get(ref) != self.expected.get(ref)]

    def _refuse(self, template: Text, command: QUndoCommand) -> None:
        reason = template.fill(command.text())
        self.cleared_because = reason
        self.clear()
        self.refused.emit(reason)

    @guarded()
    def undo(self) -> None:
        if self.index() == 0:
            if self.cleared_because is not None:  # told once; then Undo rests until the next edit
                reason, self.cleared_because = self.cleared_because, None
                self.canUndoChanged.emit(False)
                self.refused.emit(reason)
            return
        command = self.command(self.index() - 1)
        if self.stale(refs_of(command)):
            self._refuse(CHANGED_ELSEWHERE, command)
            return
        super().undo()

    @guarded()
    def redo(self) -> None:
        if self.index() >= self.count():
            return
        command = self.command(self.index())
        if self.stale(refs_of(command)):
            self._refuse(CHANGED_ELSEWHERE_REDO, command)
            return
        super().redo()

    @guarded()
    def push(self, command: QUndoCommand) -> None:
        self.cleared_because = None
        super().push(command)

    @guarded()
    def beginMacro(self, text: str) -> None:  # noqa: N802
        self.cleared_because = None
        super().beginMacro(text)

    def can_undo_or_explain(self) -> bool:
        """Whether Undo does something now: a step to undo, or a reason to tell why there is none."""
        return self.canUndo() or self.cleared_because is not None


def changes_of(result: Any) -> Changes:  # noqa: ANN401
    """The ``Changes`` of a service result (itself, or its ``changes`` attribute; nothing if none)."""
    from app.services.changes import NOTHING, Changes

    if isinstance(result, Changes):
        return result
    found = getattr(result, "changes", None)
    return found if isinstance(found, Changes) else NOTHING


def refs_of(command: QUndoCommand) -> set[Ref]:
    """The records *command* (and, for a macro, each step in it) last wrote."""
    refs: set[Ref] = set(getattr(command, "refs", ()) or ())
    for number in range(command.childCount()):
        refs |= refs_of(command.child(number))
    return refs
