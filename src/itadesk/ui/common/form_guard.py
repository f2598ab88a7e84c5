"""Forms that never lose typing.

- Enter in a line field moves to the next field, as Tab does: a form is saved by its Save button, never by
  an Enter pressed to go on typing (Enter on a focused button still presses it).
- Leaving a form that holds typed data (Esc, ยกเลิก, the window's close button) asks first; "กลับไปแก้ไข"
  is the default answer, so a second Esc or Enter keeps the typing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget

DISCARD = "ทิ้งข้อมูลที่พิมพ์"
KEEP = "กลับไปแก้ไข"


class _EnterMovesOn(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and isinstance(watched, QLineEdit)
        ):
            completer = watched.completer()
            popup = completer.popup() if completer is not None else None
            if popup is not None and popup.isVisible():
                return False  # Enter picks the suggestion
            tab = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)
            QApplication.sendEvent(watched, tab)
            return True
        return False


def enter_moves_on(form: QWidget) -> None:
    """Enter in any line field of `form` goes to the next field instead of pressing the default button."""
    mover = _EnterMovesOn(form)
    for edit in form.findChildren(QLineEdit):
        edit.installEventFilter(mover)


def ask_to_discard(parent: QWidget | None, what: str) -> bool:
    """True when the user chooses to throw away `what` (a Thai sentence naming the typed data)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        parent.tr("ยังไม่ได้บันทึก") if parent is not None else "ยังไม่ได้บันทึก",
        what,
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    discard = box.addButton(DISCARD, QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(KEEP, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is discard
