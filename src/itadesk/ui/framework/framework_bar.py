"""The year bar's word on the framework: a year whose ITA framework is not confirmed says so beside the year,
never silently (clicking it opens ปีงบประมาณ → กรอบการประเมิน ITA…); and the Year menu's action."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QSizePolicy

from itadesk.domain.framework import citation, framework_for, unconfirmed_warning
from itadesk.ui.framework.framework_dialog import WARNING_STYLE, FrameworkDialog

if TYPE_CHECKING:
    from itadesk.ui.main_window.main_window import MainWindow


def year_warning(window: MainWindow, year: int) -> str | None:
    """What the year's documents would print from, if that is not confirmed: the plan's framework, and the
    one the whole-year report answers."""
    office = window.desk.frameworks()
    said: list[str] = []
    for kind in ("plan", "results"):
        cited = citation(kind, year, 12, office)
        message = unconfirmed_warning(cited[0] if cited else framework_for(year, office))
        if message and message not in said:
            said.append(message)
    return " · ".join(said) or None


def add_framework_action(window: MainWindow) -> None:
    """ปีงบประมาณ → กรอบการประเมิน ITA…, and the warning beside the year (updated when the year changes)."""
    action = QAction(window.tr("กรอบการประเมิน ITA…"), window)
    action.setObjectName("actionFramework")
    window.ui.menuYear.addAction(action)
    label = QLabel(window)
    label.setObjectName("frameworkWarning")
    label.setStyleSheet(WARNING_STYLE)
    label.setTextFormat(Qt.TextFormat.PlainText)
    # One line that gives way to the filters on a narrow window (a wrapping label in the bar made its layout
    # recompute without end); the whole warning is its tooltip and the dialog's.
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    window.ui.topBar.insertWidget(window.ui.topBar.indexOf(window.ui.yearCombo) + 1, label, 1)
    window.framework_warning = label  # type: ignore[attr-defined]

    def update() -> None:
        data = window.ui.yearCombo.currentData()
        message = year_warning(window, int(data)) if data is not None else None
        label.setText(window.tr("⚠ %s") % message if message else "")
        label.setToolTip(window.tr("%s\nคลิกเพื่อดูกรอบการประเมิน ITA ของปีนี้") % message if message else "")
        label.setVisible(bool(message))

    def open_dialog() -> None:
        dialog = FrameworkDialog(window.desk, window.year, window)
        dialog.changed.connect(update)
        dialog.changed.connect(lambda: _redraw(window))
        dialog.exec()

    action.triggered.connect(open_dialog)
    label.mousePressEvent = lambda _event: open_dialog()  # type: ignore[method-assign]
    window.ui.yearCombo.currentIndexChanged.connect(lambda _: update())
    window.framework_action = action  # type: ignore[attr-defined]
    update()


def _redraw(window: MainWindow) -> None:
    from itadesk.ui.main_window.window_actions import redraw_previews

    redraw_previews(window, window.year)
