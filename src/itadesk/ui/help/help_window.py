"""The user's manual inside the program (Help → คู่มือการใช้งาน, F1): a Thai HTML page shipped in
`resources/help/`, with pictures made by `benchmarks/help_images.py`, shown offline in a QTextBrowser."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QTextBrowser, QVBoxLayout, QWidget

from itadesk.resources import resource_path
from itadesk.ui.common.window_keys import close_on_escape

MANUAL = "manual.html"


class HelpWindow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowTitle(self.tr("คู่มือการใช้งาน — ITA Desk"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)  # the manual is offline: only its own anchors
        self.browser.setAccessibleName(self.tr("คู่มือการใช้งาน"))
        folder = resource_path("help")
        self.browser.setSearchPaths([str(folder)])
        self.browser.setSource(QUrl.fromLocalFile(str(resource_path("help", MANUAL))))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.resize(900, 700)
        close_on_escape(self)  # Esc closes the manual as it closes every dialog


def add_manual_action(window: QWidget, menu: QMenu, before: QAction | None = None) -> QAction:
    """Put "คู่มือการใช้งาน" (F1) into the Help menu; it opens one manual window and brings it to the front."""
    action = QAction(window.tr("คู่มือการใช้งาน"), window)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    shown: list[HelpWindow] = []

    def show_manual() -> None:
        if not shown:
            shown.append(HelpWindow(window))
        manual = shown[0]
        manual.setWindowState(
            (manual.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
        )
        manual.show()
        manual.activateWindow()

    action.triggered.connect(show_manual)
    if before is not None:
        menu.insertAction(before, action)
        menu.insertSeparator(before)
    else:
        menu.addAction(action)
    return action
