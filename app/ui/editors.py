"""The one editor for a typed value (a number, a year, minutes, a date, a time): a line edit whose
text is read by the domain's ``parse_value`` — never a spin box or a date box, which always hold
*some* value and so commit their minimum (1900) or today's date when the official meant nothing.

Empty stays empty (stored as no value) unless the field requires one; what cannot be read, or is
out of range, is refused with the domain's Vietnamese message, and the text stays for correcting
(Esc puts the stored value back).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QComboBox, QLineEdit, QStyle, QToolTip, QVBoxLayout, QWidget

from app.domain.fields import FieldKind, InvalidValue, integer_range, parse_value, show_value
from app.ui.failures import guarded

# Kinds edited by ValueEdit (text and catalogue choices have their own editors).
VALUE_KINDS = ("int", "year", "minutes", "date", "time")
ERROR_STYLE = "QLineEdit { border: 1px solid #c0392b; background: #fdecea; }"


def hint(kind: FieldKind) -> str:
    """What to type, shown greyed in an empty editor: the range of a number, the form of a date."""
    if kind.name in ("int", "year", "minutes"):
        low, high = integer_range(kind)
        text = f"{low}–{high}" if high < 10**6 else ""
        if kind.name == "minutes":
            text = QCoreApplication.translate("ValueEdit", "%1 phút").replace("%1", text)
        return text
    if kind.name == "date":
        return QCoreApplication.translate("ValueEdit", "dd/mm/yyyy")
    if kind.name == "time":
        return QCoreApplication.translate("ValueEdit", "vd. 07h30")
    return ""


def _calendar_icon() -> QIcon:
    """A small calendar drawn here (Qt's styles have no calendar icon)."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#555555"))
    painter.drawRect(1, 2, 13, 12)
    painter.fillRect(2, 3, 12, 3, QColor("#c0392b"))
    for row in range(2):
        for column in range(3):
            painter.fillRect(4 + 3 * column, 8 + 3 * row, 2, 2, QColor("#555555"))
    painter.end()
    return QIcon(pixmap)


def show_refusal(widget: QWidget, reason: str, at: QRect | None = None) -> None:
    """Say at *widget* (or at the rectangle *at* of it, e.g. a cell) why its value is refused.
    Shown a moment later: a tooltip closes on the next key event, and the release of the Tab or
    Enter that was refused is still on its way."""
    rect = at if at is not None else widget.rect()

    def show() -> None:
        if shiboken6.isValid(widget) and widget.isVisible():
            QToolTip.showText(widget.mapToGlobal(rect.bottomLeft()), reason, widget, rect, 10000)

    QTimer.singleShot(150, show)


def fit_popup(combo: QComboBox) -> None:
    """Make the list that drops down at least as wide as the combo's longest choice, so that
    choices differing at their end ("… hạng Nhất", "… hạng Nhì") are not cut."""
    view = combo.view()
    metrics = view.fontMetrics()
    widest = max((metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())), default=0)
    style = combo.style()
    room = (
        style.pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        + 2 * style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth)
        + 24
    )
    view.setMinimumWidth(widest + room)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)


class ValueEdit(QLineEdit):
    """A line edit for one value of *kind*; :meth:`value` reads it (raises ``InvalidValue``)."""

    picked = Signal()  # a date chosen in the calendar (the form stores it at once)

    def __init__(
        self, kind: FieldKind, parent: QWidget | None = None, choices: Mapping[str, str] | None = None
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.choices = choices
        self.stored = ""  # the text of the stored value, put back by Esc
        self.setPlaceholderText(hint(kind))
        if kind.name in ("int", "year", "minutes"):
            self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if kind.name == "date":
            action = self.addAction(_calendar_icon(), QLineEdit.ActionPosition.TrailingPosition)
            action.setToolTip(QCoreApplication.translate("ValueEdit", "Chọn ngày trên lịch"))
            action.triggered.connect(self.pick_date)

    def value(self) -> object:
        """The stored value for the text typed (``None`` for empty, when allowed)."""
        return parse_value(self.kind, self.text(), self.choices)

    def set_value(self, value: object) -> None:
        self.stored = show_value(self.kind, value, self.choices)
        self.setText(self.stored)
        self.mark_refused(None)

    def mark_refused(self, reason: str | None) -> None:
        """Mark the editor as holding a refused value, *reason* as its tooltip; ``None`` clears it."""
        self.setStyleSheet(ERROR_STYLE if reason else "")
        self.setToolTip(reason or "")

    @guarded()
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape and self.text() != self.stored:
            self.setText(
                self.stored
            )  # a form field: Esc undoes the typing (in a cell, the delegate closes it)
            self.mark_refused(None)
            return
        super().keyPressEvent(event)

    def pick_date(self) -> None:
        """A calendar under the field; the day clicked is written in and stored."""
        popup = QWidget(self, Qt.WindowType.Popup)
        popup.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        calendar = QCalendarWidget(popup)
        calendar.setGridVisible(True)
        try:
            current = parse_value(self.kind, self.text())
        except ValueError:
            current = None
        if isinstance(current, date):
            calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        layout = QVBoxLayout(popup)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(calendar)

        def chosen(day: QDate) -> None:
            self.setText(show_value(self.kind, date(day.year(), day.month(), day.day())))
            popup.close()
            self.setFocus()
            self.picked.emit()

        calendar.clicked.connect(chosen)
        calendar.activated.connect(chosen)
        popup.move(self.mapToGlobal(QPoint(0, self.height())))
        popup.show()
        calendar.setFocus()


def typed_values(editors: Iterable[ValueEdit]) -> list[object] | None:
    """The value of each editor as typed, in order; None when one is refused — that one marked,
    its reason shown beside it in the window's language, and its text selected to type over."""
    from app.ui.i18n import say

    values: list[object] = []
    for editor in editors:
        try:
            values.append(editor.value())
        except InvalidValue as exc:
            editor.mark_refused(say(exc))
            show_refusal(editor, say(exc))
            editor.setFocus()
            editor.selectAll()
            return None
        editor.mark_refused(None)
    return values
