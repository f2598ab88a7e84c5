"""Windows open inside the screen they are on: the size a window would like, or the one remembered from last
time, is clamped to the screen's available area (the part the taskbar leaves), and the window moved inside it.

The arithmetic is plain Python (`fitted_area`), so it is tested without a screen; `fit_window` and
`keep_on_screen` apply it to a real top-level widget. Every window and dialog calls one of them instead of a
bare `resize()`: a 1366 × 768 laptop at 125 % shows only 1093 × 614 logical pixels.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QScreen
    from PySide6.QtWidgets import QWidget

# Logical pixels outside a window's client area that the window manager adds: borders and the title bar.
FRAME_WIDTH = 16
FRAME_HEIGHT = 40


@dataclass(frozen=True)
class Area:
    x: int
    y: int
    width: int
    height: int

    @property
    def right(self) -> int:
        return self.x + self.width

    @property
    def bottom(self) -> int:
        return self.y + self.height


def fitted_size(width: int, height: int, available: Area) -> tuple[int, int]:
    """The wanted client size, made small enough that the window with its frame fits the available area."""
    return (
        max(1, min(width, available.width - FRAME_WIDTH)),
        max(1, min(height, available.height - FRAME_HEIGHT)),
    )


def centred(width: int, height: int, available: Area) -> Area:
    """A client area of that size (fitted) in the middle of the available area."""
    width, height = fitted_size(width, height, available)
    x = available.x + (available.width - width - FRAME_WIDTH) // 2 + FRAME_WIDTH // 2
    y = available.y + (available.height - height - FRAME_HEIGHT) // 2 + FRAME_HEIGHT - FRAME_WIDTH // 2
    return Area(x, y, width, height)


def fitted_area(wanted: Area, available: Area) -> Area:
    """The wanted client area (a remembered one, say) shrunk to fit and moved, as little as it takes, so that
    all of it and its frame lie inside the available area."""
    width, height = fitted_size(wanted.width, wanted.height, available)
    left_room, top_room = FRAME_WIDTH // 2, FRAME_HEIGHT - FRAME_WIDTH // 2
    x = min(max(wanted.x, available.x + left_room), available.right - width - FRAME_WIDTH // 2)
    y = min(max(wanted.y, available.y + top_room), available.bottom - height - FRAME_WIDTH // 2)
    return Area(x, y, width, height)


# -- applied to widgets ---------------------------------------------------------------------------------
def available_area(widget: QWidget) -> Area:
    """The available area of the screen the widget opens on: its parent's screen, else its own, else the
    primary screen."""
    rect = _screen_of(widget).availableGeometry()
    return Area(rect.x(), rect.y(), rect.width(), rect.height())


def _screen_of(widget: QWidget) -> QScreen:
    from PySide6.QtGui import QGuiApplication

    parent = widget.parentWidget()
    screen = parent.window().screen() if parent is not None else widget.screen()
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return screen


def fit_window(widget: QWidget, width: int, height: int, *, centre: bool = False) -> None:
    """Give a top-level window the size it would like, or less on a small screen. `centre` also places it in
    the middle of that screen (a window with no parent; dialogs are centred on their parent by Qt)."""
    available = available_area(widget)
    if centre:
        area = centred(width, height, available)
        widget.setGeometry(area.x, area.y, area.width, area.height)
    else:
        widget.resize(*fitted_size(width, height, available))


def keep_on_screen(widget: QWidget) -> None:
    """After `restoreGeometry`: a size remembered on a larger screen (or at a smaller scale) is clamped to
    this one, and a window left on a screen no longer there comes back inside."""
    from PySide6.QtCore import Qt

    if widget.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
        return  # the window system sizes those to the screen itself
    rect = widget.geometry()
    area = fitted_area(Area(rect.x(), rect.y(), rect.width(), rect.height()), available_area(widget))
    if area != Area(rect.x(), rect.y(), rect.width(), rect.height()):
        widget.setGeometry(area.x, area.y, area.width, area.height)
