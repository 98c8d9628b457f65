"""Undoable edits: every change the desk makes goes through one of these on the window's
:class:`~app.ui.operations.Operations` stack. Each step runs a service write, announces what it
changed, and keeps the records it wrote (``refs``): the history refuses to undo or redo it when
one of them carries another version than this window's own last write left there."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from app.ui.failures import guarded, obsolete
from app.ui.operations import changes_of

if TYPE_CHECKING:
    from app.services.changes import Changes, Ref
    from app.ui.table_model import RecordTableModel


class Step(QUndoCommand):
    """One undoable write. *announce* tells the window what each run changed (the history's
    ``announce``; a bare ``QUndoStack`` has none: then nobody is told)."""

    def __init__(
        self, text: str, announce: Callable[[Changes, object], None] | None, initiator: object
    ) -> None:
        super().__init__(text)
        self.announce, self.initiator = announce, initiator
        self.refs: set[Ref] = set()

    def did(self, result: Any) -> Any:  # noqa: ANN401
        """Keep and announce what a run of the step changed; return *result*."""
        changes = changes_of(result)
        self.refs = set(changes.versions)
        if self.announce is not None:
            self.announce(changes, self.initiator)
        return result


def _announcer(model: RecordTableModel) -> Callable[[Changes, object], None] | None:
    return getattr(model.undo, "announce", None)


class EditCell(Step):
    def __init__(
        self,
        model: RecordTableModel,
        record_id: str,
        key: str,
        old: Any,  # noqa: ANN401
        new: Any,  # noqa: ANN401
        text: str,
    ) -> None:
        super().__init__(text, _announcer(model), model)
        self.model, self.record_id, self.key, self.old, self.new = model, record_id, key, old, new

    @guarded(failed=obsolete)
    def redo(self) -> None:
        self.did(self.model.apply_edit(self.record_id, self.key, self.new))

    @guarded(failed=obsolete)
    def undo(self) -> None:
        self.did(self.model.apply_edit(self.record_id, self.key, self.old))


class InsertRows(Step):
    def __init__(
        self, model: RecordTableModel, rows: list[dict[str, Any]], position: int | None, text: str
    ) -> None:
        super().__init__(text, _announcer(model), model)
        self.model, self.rows, self.position = model, rows, position
        self.ids: list[str] = []

    @guarded(failed=obsolete)
    def redo(self) -> None:
        if not self.ids:
            self.ids, changes = self.model.source.insert(self.rows, self.position)
        else:  # redo after undo: the same records come back
            start = self.position or 0
            changes = self.model.source.restore(
                self.ids, list(range(start, start + len(self.ids))) if self.position is not None else None
            )
        self.model.reload(select_ids=self.ids)
        self.did(changes)

    @guarded(failed=obsolete)
    def undo(self) -> None:
        changes = self.model.source.delete(self.ids)
        self.model.reload()
        self.did(changes)


class DeleteRows(Step):
    def __init__(self, model: RecordTableModel, ids: list[str], text: str) -> None:
        super().__init__(text, _announcer(model), model)
        self.model, self.ids = model, ids
        self.positions = model.source.positions(ids) if model.source.spec.reorderable else None

    @guarded(failed=obsolete)
    def redo(self) -> None:
        changes = self.model.source.delete(self.ids)
        self.model.reload()
        self.did(changes)

    @guarded(failed=obsolete)
    def undo(self) -> None:
        changes = self.model.source.restore(self.ids, self.positions)
        self.model.reload(select_ids=self.ids)
        self.did(changes)


class MoveRow(Step):
    def __init__(self, model: RecordTableModel, record_id: str, to: int, text: str) -> None:
        super().__init__(text, _announcer(model), model)
        self.model, self.record_id, self.to = model, record_id, to
        self.old: object = 0  # what the source needs to undo the move

    @guarded(failed=obsolete)
    def redo(self) -> None:
        self.old, changes = self.model.source.move(self.record_id, self.to)
        self.model.reload(select_ids=[self.record_id])
        self.did(changes)

    @guarded(failed=obsolete)
    def undo(self) -> None:
        changes = self.model.source.unmove(self.record_id, self.old)
        self.model.reload(select_ids=[self.record_id])
        self.did(changes)


class EditField(Step):
    """An edit of one field of a form (the conference, the unit's document settings, a plan):
    *apply* writes a value through a service and returns what changed."""

    def __init__(
        self,
        apply: Callable[[Any], Any],
        old: Any,  # noqa: ANN401
        new: Any,  # noqa: ANN401
        text: str,
        announce: Callable[[Changes, object], None] | None = None,
        initiator: object = None,
    ) -> None:
        super().__init__(text, announce, initiator)
        self.apply, self.old, self.new = apply, old, new

    @guarded(failed=obsolete)
    def redo(self) -> None:
        self.did(self.apply(self.new))

    @guarded(failed=obsolete)
    def undo(self) -> None:
        self.did(self.apply(self.old))


class Made(Step):
    """Records a service call makes (review notes, …): undo takes them back, redo brings the same
    records back. *make* returns their ids and what changed; *take_back* (ids, back) undoes or
    redoes that."""

    def __init__(
        self,
        text: str,
        make: Callable[[], tuple[list[str], Changes]],
        take_back: Callable[[list[str], bool], Changes],
        announce: Callable[[Changes, object], None] | None = None,
        initiator: object = None,
    ) -> None:
        super().__init__(text, announce, initiator)
        self.make, self.take_back = make, take_back
        self.ids: list[str] = []

    @guarded(failed=obsolete)
    def redo(self) -> None:
        if not self.ids:
            self.ids, changes = self.make()
            self.did(changes)
        else:
            self.did(self.take_back(self.ids, True))

    @guarded(failed=obsolete)
    def undo(self) -> None:
        self.did(self.take_back(self.ids, False))
