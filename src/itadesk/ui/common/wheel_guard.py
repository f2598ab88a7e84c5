"""The mouse wheel scrolls; it never flips a tab bar's tabs under the pointer (Qt's tab bars do by default,
and a clerk scrolling down the editor would land on another tab without noticing)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QTabBar, QWidget


class _TabWheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        area = _scroll_area_around(watched)
        if area is not None:  # the wheel scrolls what holds the tabs, as it does over the rest of the editor
            QApplication.sendEvent(area.verticalScrollBar(), event)
        return True


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def keep_tabs_from_wheel(owner: QWidget) -> None:
    """Every tab bar inside `owner` ignores the wheel; the wheel scrolls the scroll area around it instead."""
    guard = _TabWheelGuard(owner)
    for bar in owner.findChildren(QTabBar):
        bar.installEventFilter(guard)
