"""Window sizes from the screen they are on: an official's laptop is 1366×768, an old office PC
1024×768, and a window taller than the screen hides its status bar and its buttons."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QScrollArea, QWidget

#: Title bar and borders of a window not shown yet (Windows 10: 31 px title, 8 px borders).
FRAME = QSize(16, 39)
#: The smallest screen the app is made for, when Qt knows of none.
SMALLEST = QRect(0, 0, 1024, 728)
#: Height of the Windows taskbar at the bottom of an official's screen.
TASKBAR = 40
_assumed: QRect | None = None


def assume_screen(size: tuple[int, int] | None) -> None:
    """Size every window from now on as on a screen of *size* (width, height) with a taskbar —
    for ``hoinghi screenshots --size``: pictures of the app on a laptop, taken anywhere; None:
    the real screen again."""
    global _assumed
    _assumed = QRect(0, 0, size[0], size[1] - TASKBAR) if size else None


def available_area(widget: QWidget | None = None) -> QRect:
    """The part of *widget*'s screen (or the main screen) that windows may use: without the taskbar."""
    if _assumed is not None:
        return QRect(_assumed)
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(SMALLEST)


def frame_size(widget: QWidget) -> QSize:
    """What the title bar and borders add to *widget*; a typical frame until the system drew one."""
    if widget.isVisible():
        extra = widget.frameGeometry().size() - widget.geometry().size()
        if extra.width() > 0 or extra.height() > 0:
            return extra
    return QSize(FRAME)


def fit_to_screen(widget: QWidget, preferred: QSize, area: QRect | None = None) -> QSize:
    """Resize *widget* to *preferred*, shrunk so that the whole window — title bar and borders
    included — fits in *area* (default: the available area of its screen). A window with no
    parent is moved to the middle of *area*; a dialog over a window is placed by Qt, centred on
    that window and kept on its screen. Return the size given."""
    area = area if area is not None else available_area(widget)
    frame = frame_size(widget)
    size = preferred.boundedTo(QSize(area.width() - frame.width(), area.height() - frame.height()))
    widget.resize(size)
    if widget.parentWidget() is None:
        outer = size + frame
        widget.move(
            area.topLeft()
            + QPoint((area.width() - outer.width()) // 2, (area.height() - outer.height()) // 2)
        )
    return size


def fits(widget: QWidget, area: QRect) -> bool:
    """Whether *widget*'s whole window (with a frame) lies inside *area* and its layout needs no
    more than that (nothing clipped)."""
    frame = frame_size(widget)
    outer = QRect(widget.pos(), widget.size() + frame)
    needed = widget.minimumSizeHint() + frame
    return area.contains(outer) and needed.width() <= area.width() and needed.height() <= area.height()


def scrolling(panel: QWidget) -> QScrollArea:
    """*panel* in a frameless scroll area: a form taller or wider than a small screen scrolls
    instead of pushing the window past the screen's edge."""
    area = QScrollArea()
    area.setWidget(panel)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area
