"""Esc closes a window of the program's own that is not a dialog (the memo composer, a report's preview), as
it closes every dialog: what was typed is saved on closing, so nothing is lost.

Like a dialog's, the window takes Esc only when the field with the focus leaves it (an open list of a combo
box closes first)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget


class _EscapeCloses(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and isinstance(watched, QWidget)
        ):
            watched.close()
            return True
        return False


def close_on_escape(window: QWidget) -> None:
    window.installEventFilter(_EscapeCloses(window))
