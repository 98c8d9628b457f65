"""The charts of the units-below progress view (:mod:`app.ui.units_below_view`), drawn with QPainter:
bars per field or target group, and the units that had held their conference day by day against the
deadlines. Their words are the view's (translation context ``ProgressPanel``)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.domain.formats import fmt_date, fmt_int
from app.ui.failures import guarded


class _Chart(QWidget):
    """A chart on white with its title in bold; :meth:`_begin` draws that frame."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title

    def _begin(self, has_data: bool) -> QPainter | None:
        """A painter with the frame drawn, or None (and "no figures yet" drawn) without data."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(
            QRectF(8, 4, self.width() - 16, 22),
            Qt.AlignmentFlag.AlignLeft,
            QCoreApplication.translate("ProgressPanel", self.title),
        )
        painter.setFont(self.font())
        if not has_data:
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                QCoreApplication.translate("ProgressPanel", "Chưa có số liệu"),
            )
            return None
        return painter


class BarChart(_Chart):
    """Horizontal bars with their labels and values."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.data: list[tuple[str, int]] = []
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, data: list[tuple[str, int]]) -> None:
        self.data = data
        self.update()

    @guarded(QSize())
    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(520, 40 + 24 * max(4, len(self.data)))

    @guarded()
    def paintEvent(self, _event) -> None:  # noqa: ANN001, N802
        painter = self._begin(bool(self.data))
        if painter is None:
            return
        metrics = painter.fontMetrics()
        # labels as wide as the longest needs, up to 45% of a narrow chart; longer ones end in "…"
        longest = max(metrics.horizontalAdvance(label) for label, _ in self.data)
        top, label_w = 30, int(min(longest + 16, self.width() * 0.45))
        step = max(14.0, (self.height() - top - 8) / len(self.data))
        biggest = max(v for _, v in self.data) or 1
        room = self.width() - label_w - 70
        for i, (label, value) in enumerate(self.data):
            y = top + i * step
            painter.setPen(Qt.GlobalColor.black)
            painter.drawText(
                QRectF(6, y, label_w - 10, step),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_w - 10),
            )
            width = room * value / biggest
            painter.fillRect(QRectF(label_w, y + step * 0.15, width, step * 0.7), QColor("#2f6fb3"))
            painter.drawText(
                QRectF(label_w + width + 4, y, 66, step), Qt.AlignmentFlag.AlignVCenter, fmt_int(value)
            )


class CompletenessChart(_Chart):
    """Units that had held their conference, day by day, against the deadlines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "ProgressPanel", "Số đơn vị đã tổ chức hội nghị theo thời gian (đường đỏ: hạn)"
            ),
            parent,
        )
        self.points: list[tuple[date, int]] = []
        self.deadlines: list[date] = []
        self.total = 0
        self.setMinimumHeight(150)

    def set_data(self, points: list[tuple[date, int]], deadlines: list[date], total: int) -> None:
        self.points, self.deadlines, self.total = points, sorted(set(deadlines)), total
        self.update()

    @guarded()
    def paintEvent(self, _event) -> None:  # noqa: ANN001, N802
        days = [d for d, _ in self.points] + self.deadlines
        painter = self._begin(bool(days and self.total))
        if painter is None:
            return
        first, last = min(days), max(days)
        span = max(1, (last - first).days)
        left, top, right, bottom = 50, 32, self.width() - 16, self.height() - 30
        painter.setPen(QPen(Qt.GlobalColor.black, 1))
        painter.drawLine(left, bottom, right, bottom)
        painter.drawLine(left, top, left, bottom)
        painter.drawText(QRectF(0, top - 8, left - 4, 16), Qt.AlignmentFlag.AlignRight, str(self.total))
        painter.drawText(QRectF(0, bottom - 8, left - 4, 16), Qt.AlignmentFlag.AlignRight, "0")

        def x(day: date) -> float:
            return left + (right - left) * (day - first).days / span

        def y(value: int) -> float:
            return bottom - (bottom - top) * value / self.total

        painter.setPen(QPen(QColor("#c0392b"), 1, Qt.PenStyle.DashLine))
        for deadline in self.deadlines:
            painter.drawLine(QPointF(x(deadline), top), QPointF(x(deadline), bottom))
            painter.drawText(
                QRectF(x(deadline) - 40, bottom + 4, 80, 16), Qt.AlignmentFlag.AlignCenter, fmt_date(deadline)
            )
        painter.setPen(QPen(QColor("#2f6fb3"), 2))
        previous = QPointF(x(first), y(0))
        for day, count in self.points:
            point = QPointF(x(day), y(count))
            painter.drawLine(previous, QPointF(point.x(), previous.y()))
            painter.drawLine(QPointF(point.x(), previous.y()), point)
            previous = point
        painter.setPen(Qt.GlobalColor.black)
        painter.drawText(QRectF(left, bottom + 4, 80, 16), Qt.AlignmentFlag.AlignLeft, fmt_date(first))
