"""How a person drives a window in these tests: clicks, keys, a paste, and the next modal question answered
by clicking one of its buttons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QMainWindow, QMenu, QWidget
from pytestqt.qtbot import QtBot

LEFT = Qt.MouseButton.LeftButton
# What the offscreen platform says when a menu pops up (it has no windows to raise, no keyboard to grab):
# a test that opens a menu marks itself `@pytest.mark.qt_log_ignore(*MENU_POPUP_LIMITS)`.
MENU_POPUP_LIMITS = (
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
)


def press(
    widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """One key pressed and released with the focus in `widget`, as the keyboard sends it."""
    widget.setFocus()
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers))
    QApplication.processEvents()


def paste(widget: QWidget, text: str) -> None:
    """`text` on the clipboard (as Word or a browser puts it), then Ctrl+V in `widget`."""
    QApplication.clipboard().setText(text)
    press(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def button(window: QWidget, text: str) -> QAbstractButton:
    found = [b for b in window.findChildren(QAbstractButton) if b.text().replace("&", "") == text]
    assert found, f"no button “{text}” in {[b.text() for b in window.findChildren(QAbstractButton)]}"
    return found[0]


def click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName() or type(widget).__name__
    qtbot.mouseClick(widget, LEFT)


def click_choice(qtbot: QtBot, radio: QWidget) -> None:
    """Click a radio button or check box on its mark, where a person aims (past its text is a miss)."""
    assert radio.isVisible() and radio.isEnabled(), radio.objectName()
    qtbot.mouseClick(radio, LEFT, pos=QPoint(radio.height() // 2, radio.height() // 2))


def answer_next(qtbot: QtBot, choose: str, seen: list[str] | None = None) -> list[str]:
    """Click the button `choose` of the next modal question (the caller blocks until it is answered);
    the question's text is added to the returned list."""
    texts: list[str] = [] if seen is None else seen

    def poll(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible() and dialog.property("answered") is None:
            dialog.setProperty("answered", True)
            texts.append(" ".join(w.text() for w in dialog.findChildren(QWidget) if hasattr(w, "text")
                                  and isinstance(w.text(), str)))  # fmt: skip
            qtbot.mouseClick(button(dialog, choose), LEFT)
            return
        if left > 0:
            QTimer.singleShot(20, lambda: poll(left - 1))

    QTimer.singleShot(0, lambda: poll(200))
    return texts


def click_row(qtbot: QtBot, view: QAbstractItemView, row: int, column: int = 1) -> None:
    index = view.model().index(row, column)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualRect(index).center())


def when_open(qtbot: QtBot, act: Callable[[QWidget], None]) -> None:
    """Do `act` with the next modal dialog once it shows (for dialogs that are not simple questions)."""

    def poll(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible() and dialog.property("acted") is None:
            dialog.setProperty("acted", True)
            act(dialog)
            return
        if left > 0:
            QTimer.singleShot(20, lambda: poll(left - 1))

    QTimer.singleShot(0, lambda: poll(200))


def in_turn(qtbot: QtBot, steps: list[tuple[str, Callable[[QWidget], None]]], done: list[str]) -> None:
    """Answer modal windows one after another: each step waits for a window whose title holds its text,
    then acts on it (clicks a button, as the person would); `done` collects the titles answered."""
    remaining = list(steps)

    def poll(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if remaining and dialog is not None and dialog.isVisible() and dialog.property("turn") is None:
            title, act = remaining[0]
            if title in dialog.windowTitle():
                dialog.setProperty("turn", True)
                remaining.pop(0)
                done.append(dialog.windowTitle())
                QTimer.singleShot(0, lambda: _act_or_close(act, dialog, done))
        if remaining and left > 0:
            QTimer.singleShot(20, lambda: poll(left - 1))

    QTimer.singleShot(0, lambda: poll(500))


def _act_or_close(act: Callable[[QWidget], None], dialog: QWidget, done: list[str]) -> None:
    """A failed check inside a modal window closes it (the test then fails) rather than leaving it open."""
    try:
        act(dialog)
    except Exception as error:
        done.append(f"failed: {error}")
        dialog.close()
        raise


def clicking(qtbot: QtBot, text: str) -> Callable[[QWidget], None]:
    return lambda dialog: qtbot.mouseClick(button(dialog, text), LEFT)


def clicking_default(qtbot: QtBot) -> Callable[[QWidget], None]:
    """The button Enter would press (a message's OK, whatever language Qt's own buttons speak)."""

    def act(dialog: QWidget) -> None:
        from PySide6.QtWidgets import QMessageBox

        assert isinstance(dialog, QMessageBox)
        target = dialog.defaultButton() or dialog.buttons()[0]
        qtbot.mouseClick(target, LEFT)

    return act


def choose_from_menu(qtbot: QtBot, window: QMainWindow, action: QAction) -> None:
    """Click the menu bar's title that holds `action`, then the action in the menu that opens (whatever it
    opens next is answered by the caller's `in_turn` or `when_open`)."""
    bar = window.menuBar()
    menu = next(
        (m for m in (a.menu() for a in bar.actions()) if isinstance(m, QMenu) and action in m.actions()), None
    )
    assert menu is not None, f"no menu holds “{action.text()}”"
    qtbot.mouseClick(bar, LEFT, pos=bar.actionGeometry(menu.menuAction()).center())
    qtbot.waitUntil(menu.isVisible)
    assert action.isEnabled() and action.isVisible(), action.text()
    qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(action).center())
