"""The Year menu's own way to any fiscal year: "เปิดปีงบประมาณ" lists every stored year (the open one
ticked), "เพิ่มปีงบประมาณ…" stores an empty year and opens it, so a past year is opened or made without the
Word import's year box."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMenu

from itadesk.domain.rules import fiscal_year_problem

if TYPE_CHECKING:
    from itadesk.ui.main_window.main_window import MainWindow


def install_year_menu(window: MainWindow) -> None:
    menu: QMenu = window.ui.menuYear
    first = menu.actions()[0] if menu.actions() else None
    years = QMenu(window.tr("เปิดปีงบประมาณ"), menu)
    years.setObjectName("openYearMenu")
    add = QAction(window.tr("เพิ่มปีงบประมาณ…"), menu)
    add.setObjectName("actionAddYear")
    menu.insertMenu(first, years) if first is not None else menu.addMenu(years)
    menu.insertAction(first, add) if first is not None else menu.addAction(add)
    if first is not None:
        menu.insertSeparator(first)

    def fill() -> None:
        years.clear()
        for year in sorted(window.desk.years(), reverse=True):
            action = years.addAction(window.tr("ปีงบประมาณ %d") % year)
            action.setCheckable(True)
            action.setChecked(year == window.year)
            action.triggered.connect(lambda _=False, y=year: open_year(window, y))

    years.aboutToShow.connect(fill)
    add.triggered.connect(lambda: add_year(window))


def open_year(window: MainWindow, year: int) -> None:
    window.session.flush()
    window.reload_years(year)


def add_year(window: MainWindow, year: int | None = None) -> None:
    """Ask which year (the one before the earliest stored, or after the open one), store it and open it."""
    if window.desk.read_only:
        window.errors.show_message(
            window.tr("เพิ่มปีงบประมาณไม่ได้"), window.tr("ฐานข้อมูลเปิดแบบอ่านอย่างเดียว การแก้ไขจะไม่ถูกบันทึก")
        )
        return
    if year is None:
        dialog = QInputDialog(window)
        dialog.setWindowTitle(window.tr("เพิ่มปีงบประมาณ"))
        dialog.setLabelText(window.tr("ปีงบประมาณ (พ.ศ.) ที่จะเพิ่ม เช่น ปีที่ผ่านมาแล้วเพื่อบันทึกย้อนหลัง"))
        dialog.setInputMode(QInputDialog.InputMode.IntInput)
        dialog.setIntRange(2500, 2700)
        dialog.setIntValue(window.year - 1)
        dialog.setOkButtonText(window.tr("เพิ่มและเปิด"))
        dialog.setCancelButtonText(window.tr("ยกเลิก"))
        if dialog.exec() != QInputDialog.DialogCode.Accepted:
            return
        year = dialog.intValue()
    problem = fiscal_year_problem(year)
    if problem:
        window.errors.show_message(window.tr("เพิ่มปีงบประมาณไม่ได้"), problem)
        return
    window.session.flush()
    with window.errors.guard(window.tr("เพิ่มปีงบประมาณ %d") % year):
        window.desk.add_year(year)
        window.reload_years(year)
        window.ui.statusbar.showMessage(window.tr("เปิดปีงบประมาณ %d แล้ว") % year, 15000)
