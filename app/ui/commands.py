"""Undoable edits: every change the desk makes goes through one of these on the QUndoStack."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from app.ui.failures import guarded, obsolete

if TYPE_CHECKING:
    from app.ui.table_model import RecordTableModel


class EditCell(QUndoCommand):
    def __init__(self, model: RecordTableModel, record_id: str, key: str, old: Any, new: Any, text: str) -> None:  # noqa: ANN401
        super().__init__(text)
        self.model, self.record_id, self.key, self.old, self.new = model, record_id, key, old, new

    @guarded(failed=obsolete)
    def redo(self) -> None:
        self.model.apply_edit(self.record_id, self.key, self.new)

    @guarded(failed=obsolete)
    def undo(self) -> None:
        self.model.apply_edit(self.record_id, self.key, self.old)


class InsertRows(QUndoCommand):
    def __init__(self, model: RecordTableModel, rows: list[dict[str, Any]], position: int | None, text: str) -> None:
        super().__init__(text)
        self.model, self.rows, self.position = model, rows, position
        self.ids: list[str] = []

    @guarded(failed=obsolete)
    def redo(self) -> None:
        if not self.ids:
            self.ids = self.model.source.insert(self.rows, self.position)
        else:  # redo after undo: the same records come back
            self.model.source.restore(self.ids, list(range(self.position or 0, (self.position or 0) + len(self.ids)))
                                      if self.position is not None else None)
        self.model.reload(select_ids=self.ids)

    @guarded(failed=obsolete)
    def undo(self) -> None:
        self.model.source.delete(self.ids)
        self.model.reload()


class DeleteRows(QUndoCommand):
    def __init__(self, model: RecordTableModel, ids: list[str], text: str) -> None:
        super().__init__(text)
        self.model, self.ids = model, ids
        self.positions = model.source.positions(ids) if model.source.spec.reorderable else None

    @guarded(failed=obsolete)
    def redo(self) -> None:
        self.model.source.delete(self.ids)
        self.model.reload()

    @guarded(failed=obsolete)
    def undo(self) -> None:
        self.model.source.restore(self.ids, self.positions)
        self.model.reload(select_ids=self.ids)


class MoveRow(QUndoCommand):
    def __init__(self, model: RecordTableModel, record_id: str, to: int, text: str) -> None:
        super().__init__(text)
        self.model, self.record_id, self.to = model, record_id, to
        self.old: object = 0  # what the source needs to undo the move

    @guarded(failed=obsolete)
    def redo(self) -> None:
        self.old = self.model.source.move(self.record_id, self.to)
        self.model.reload(select_ids=[self.record_id])

    @guarded(failed=obsolete)
    def undo(self) -> None:
        self.model.source.unmove(self.record_id, self.old)
        self.model.reload(select_ids=[self.record_id])


class EditField(QUndoCommand):
    """An edit of one field of a form (the conference, the unit's document settings)."""

    def __init__(self, apply: Callable[[Any], None], old: Any, new: Any, text: str) -> None:  # noqa: ANN401
        super().__init__(text)
        self.apply, self.old, self.new = apply, old, new

    @guarded(failed=obsolete)
    def redo(self) -> None:
        self.apply(self.new)

    @guarded(failed=obsolete)
    def undo(self) -> None:
        self.apply(self.old)
