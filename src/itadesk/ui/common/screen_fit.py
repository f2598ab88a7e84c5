"""Windows open inside the screen they are on: the size a window would like, or the one remembered from last
time, is clamped to the screen's available area (the part the taskbar leaves), and the window moved inside it.

The arithmetic is plain Python (`fitted_area`), so it is tested without a screen; `fit_window` and
`keep_on_screen` apply it to a real top-level widget. Every window and dialog calls one of them instead of a
bare `resize()`: a 1366 × 768 laptop at 125 % shows only 1093 × 614 logical pixels.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea

if TYPE_CHECKING:
    from PySide6.QtGui import QScreen
    from PySide6.QtWidgets import QTabWidget, QWidget

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


def screen_key(widget: QWidget) -> str:
    """A name for the screen the window opens on at its present scale, e.g. "1366x768@125": the screen's
    size in device pixels and the scale, which together decide how much a window of a given logical size
    shows. Remembered geometry is kept under it."""
    screen = _screen_of(widget)
    ratio = screen.devicePixelRatio()
    size = screen.geometry().size()
    width, height = round(size.width() * ratio), round(size.height() * ratio)
    return f"{width}x{height}@{round(ratio * 100)}"


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
    if widget.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
        return  # the window system sizes those to the screen itself
    rect = widget.geometry()
    area = fitted_area(Area(rect.x(), rect.y(), rect.width(), rect.height()), available_area(widget))
    if area != Area(rect.x(), rect.y(), rect.width(), rect.height()):
        widget.setGeometry(area.x, area.y, area.width, area.height)


def keep_full_width(scroll: QAbstractScrollArea) -> None:
    """A scroll area that never scrolls sideways is made at least as wide as its contents' narrowest, so the
    layout around it gives it the room (or scrolls itself) instead of cutting its right-hand controls off."""
    from PySide6.QtWidgets import QScrollArea

    contents = scroll.widget() if isinstance(scroll, QScrollArea) else None
    if contents is None:
        return
    # The vertical bar's width is the style's PM_ScrollBarExtent (QScrollBar::sizeHint), asked without
    # QStyle, whose Python class and its large enums would be built for this one number at start-up.
    bar = scroll.verticalScrollBar().sizeHint().width()
    frame = 2 * scroll.frameWidth()
    scroll.setMinimumWidth(contents.minimumSizeHint().width() + bar + frame)


def out_of_reach(window: QWidget) -> list[str]:
    """The visible controls of a shown window that lie, wholly or partly, outside the window or the screen's
    available area, or beyond the side of a scroll area that does not scroll that way. Empty when every
    control can be reached; used by the screenshot script and the tests."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QTabBar

    available = available_area(window)
    screen = QRect(available.x, available.y, available.width, available.height)
    kinds: tuple[type[QWidget], ...] = (QAbstractButton, QComboBox, QLineEdit, QTabBar, QAbstractScrollArea)
    found: list[str] = []
    for kind in kinds:
        for control in window.findChildren(kind):
            if not control.isVisibleTo(window) or control.window() is not window:
                continue
            scroll = _scroll_area_of(control, window)
            if scroll is None:
                corner = control.mapTo(window, QPoint(0, 0))
                outside = not window.rect().contains(QRect(corner, control.size()))
                outside |= not screen.contains(QRect(window.mapToGlobal(corner), control.size()))
            else:  # reached by scrolling, unless it lies beyond a side that does not scroll
                corner = control.mapTo(scroll.viewport(), QPoint(0, 0))
                off = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
                outside = scroll.horizontalScrollBarPolicy() == off and (
                    corner.x() < 0 or corner.x() + control.width() > scroll.viewport().width()
                )
            if outside:
                text = getattr(control, "text", lambda: "")()
                label = text or control.objectName() or type(control).__name__
                found.append(f"{label} at {corner.x()},{corner.y()} {control.width()}×{control.height()}")
    return found


def _scroll_area_of(control: QWidget, window: QWidget) -> QAbstractScrollArea | None:
    """The nearest scroll area whose viewport holds the control, if any."""
    parent = control.parentWidget()
    while parent is not None and parent is not window:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and parent is grand.viewport():
            return grand
        parent = grand
    return None


def scroll_tall_tab_pages(tabs: QTabWidget, limit: int = 120) -> None:
    """Put each page of the tab widget that needs more than `limit` pixels of height into a scroll area, so
    the tabs' own minimum height is small and the page scrolls on a low screen instead of pushing the tabs
    out of sight."""
    from PySide6.QtWidgets import QFrame, QScrollArea

    current = tabs.currentIndex()
    for index in range(tabs.count()):
        page = tabs.widget(index)
        if page is None or isinstance(page, QAbstractScrollArea) or page.minimumSizeHint().height() <= limit:
            continue
        text, tip = tabs.tabText(index), tabs.tabToolTip(index)
        tabs.removeTab(index)
        scroll = QScrollArea()
        scroll.setObjectName(f"{page.objectName()}Scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(page)
        keep_full_width(scroll)
        tabs.insertTab(index, scroll, text)
        tabs.setTabToolTip(index, tip)
    tabs.setCurrentIndex(current)


def show_tab_holding(tabs: QTabWidget, widget: QWidget) -> None:
    """Bring forward the tab whose page holds the widget (its page may sit in a scroll area, see above)."""
    for index in range(tabs.count()):
        page = tabs.widget(index)
        if page is not None and (page is widget or page.isAncestorOf(widget)):
            tabs.setCurrentIndex(index)
            return
