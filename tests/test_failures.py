"""An error inside a Python override of a Qt virtual method (a call made by Qt's C++ code) is a
segmentation fault in PySide6 6.11: the program vanishes. Every override in app/ui is guarded
(app.ui.failures.guarded): the error is logged when unexpected and shown as one sentence, Qt gets
a harmless value, and the window goes on."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget, QWizard, QWizardPage

import app.ui
from app.errors import AppError
from app.ui.failures import guarded, obsolete


def qt_overrides() -> list[tuple[str, object]]:
    """(name, function) of every method of a class in app/ui that overrides one of its Qt base."""
    found = []
    for info in pkgutil.iter_modules(app.ui.__path__):
        module = importlib.import_module(f"app.ui.{info.name}")
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__:
                continue
            bases = [b for b in cls.__mro__ if b.__module__.startswith("PySide6")]
            for attribute, value in vars(cls).items():
                if (
                    callable(value)
                    and not attribute.startswith("__")
                    and any(hasattr(b, attribute) for b in bases)
                ):
                    found.append((f"{module.__name__}.{cls.__qualname__}.{attribute}", value))
    return found


def test_every_qt_override_in_the_window_is_guarded(qapp):
    overrides = qt_overrides()
    names = {name for name, _ in overrides}
    # the ones the review found, and a few of each kind: the walk sees them
    for expected in (
        "app.ui.wizard_pages.UnitPage.validatePage",
        "app.ui.table_model.RecordTableModel.data",
        "app.ui.table_model.RecordTableModel.setData",
        "app.ui.units_below_charts.BarChart.paintEvent",
        "app.ui.delegates.FieldDelegate.eventFilter",
        "app.ui.commands.EditCell.redo",
        "app.ui.desk.DeskWindow.closeEvent",
        "app.ui.table_panel.TablePanel.changeEvent",
    ):
        assert expected in names
    unguarded = [name for name, function in overrides if not getattr(function, "__guarded__", False)]
    assert not unguarded, "Qt overrides without @guarded (an exception in them is a crash):\n" + "\n".join(
        unguarded
    )


def shown_boxes() -> list[QMessageBox]:
    QApplication.processEvents()
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


@pytest.fixture
def no_boxes():
    yield
    for box in shown_boxes():
        box.close()
    QApplication.processEvents()


def test_an_error_in_a_virtual_is_logged_and_said_once_not_a_crash(qtbot, no_boxes, _isolated_home):
    class Broken(QWizardPage):
        @guarded(False)
        def validatePage(self) -> bool:  # noqa: N802
            return [][0]  # what UnitPage did with nothing selected

    class Chart(QWidget):
        @guarded()
        def paintEvent(self, _event) -> None:  # noqa: N802
            raise KeyError("secret value")

        @guarded(QSize(10, 10))
        def sizeHint(self) -> QSize:  # noqa: N802
            raise ValueError

    wizard = QWizard()
    qtbot.addWidget(wizard)
    wizard.addPage(Broken())
    wizard.show()
    wizard.accept()  # QWizard validates the page: the error is caught, the wizard stays
    assert wizard.isVisible() and wizard.result() != QWizard.DialogCode.Accepted
    chart = Chart()
    qtbot.addWidget(chart)
    chart.show()
    for _ in range(3):
        chart.repaint()  # a failing paint runs again on every repaint: logged once, shown once
    assert chart.sizeHint() == QSize(10, 10)
    boxes = shown_boxes()
    assert len(boxes) == 1 and "Sự cố không mong đợi" in boxes[0].text()
    from app.paths import log_file

    assert str(_isolated_home) in str(log_file())
    text = log_file().read_text(encoding="utf-8")
    assert "IndexError" in text and "KeyError" in text and "validatePage" in text
    assert text.count("KeyError") == 1 and "secret value" not in text  # once; no values in the log


def test_a_refused_edit_inside_the_undo_stack_says_why_and_leaves_nothing_to_undo(qtbot, no_boxes):
    from PySide6.QtGui import QUndoCommand

    applied: list[str] = []

    class Edit(QUndoCommand):
        @guarded(failed=obsolete)
        def redo(self) -> None:
            applied.append("redo")
            raise AppError("Cơ sở dữ liệu đang bận; chưa lưu.", "database busy")

    stack = QUndoStack()
    stack.push(Edit("Sửa"))  # QUndoStack.push calls redo from C++
    assert applied == ["redo"] and stack.count() == 0 and not stack.canUndo()
    boxes = shown_boxes()
    assert [b.text() for b in boxes] == ["Cơ sở dữ liệu đang bận; chưa lưu."]
    assert boxes[0].icon() == QMessageBox.Icon.Warning
