"""A clerk's first day, driven as a person drives the program: mouse clicks on the real buttons and table
cells, keys typed into the real fields, modal questions answered by clicking their buttons, over a real SQLite
file and once over the real PostgreSQL.

First run (the set-up dialog) → add a measure → tick it by mouse, by key and as the Thai layout sends the keys
→ two dated results → search and filter → start the next fiscal year → back to the year's work, a memo with
two approvers and the 12-month results report attached → save the PDF: it holds the results and the approvers.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QTableWidget,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from itadesk.domain.model import Measure
from itadesk.domain.status import Status
from itadesk.service.office_data import OfficeData
from itadesk.storage.lifecycle.database import Database
from itadesk.ui.common.errors import ErrorHub
from itadesk.ui.desk.year_session import SAVE_DELAY_MS
from itadesk.ui.main_window.main_window import MainWindow
from itadesk.ui.main_window.measure_table import COLUMN_OF_STATUS
from itadesk.ui.memo.memo_composer import MemoComposer
from itadesk.ui.office.setup_dialog import SetupDialog
from tests.conftest import GARUDA_PNG, require_shared
from tests.ui.conftest import type_text

TITLE = "เผยแพร่ข้อมูลการจัดซื้อจัดจ้างบนเว็บไซต์"
OTHER_TITLE = "ประกาศเจตจำนงสุจริตของผู้บริหาร"
RESULTS = ["ประชุมคณะทำงานเพื่อทำความเข้าใจร่วมกัน", "เผยแพร่แผนการจัดซื้อจัดจ้างประจำปีบนเว็บไซต์"]
PEOPLE = [
    ("นางสาว", "สุนานี อามะ", "นิติกรปฏิบัติการ"),
    ("นาย", "สุริยา ทะยิตะมะ", "หัวหน้าสำนักปลัด"),
    ("นาง", "นอยเราะห์ อาแวน", "ปลัดองค์การบริหารส่วนตำบล"),
]

LEFT = Qt.MouseButton.LeftButton

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)


def _click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName() or type(widget).__name__
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _press(widget: QWidget, key: Qt.Key, text: str = "") -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))
    QApplication.processEvents()  # an item view commits a cell's editor on Enter in a queued call


def _when_a_dialog_opens(qtbot: QtBot, answer: Callable[[QWidget], None]) -> list[str]:
    """Answer the next modal dialog as a person would (it blocks the caller until answered), and any message
    that follows it within a second with its default button; returns their titles."""
    seen: list[str] = []
    answered: list[QWidget] = []

    def poll(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible() and dialog not in answered:
            seen.append(dialog.windowTitle())
            answered.append(dialog)
            (answer if len(answered) == 1 else lambda d: qtbot.mouseClick(_default_button(d), LEFT))(dialog)
            left = 50
        if left > 0 or not answered:
            QTimer.singleShot(20, lambda: poll(left - 1))

    QTimer.singleShot(0, lambda: poll(50))
    return seen


def _button(dialog: QWidget, text: str) -> QAbstractButton:
    buttons = [b for b in dialog.findChildren(QAbstractButton) if b.text().replace("&", "") == text]
    assert buttons, f"no button “{text}” in {[b.text() for b in dialog.findChildren(QAbstractButton)]}"
    return buttons[0]


def _type_and_ok(qtbot: QtBot, text: str) -> Callable[[QWidget], None]:
    def answer(dialog: QWidget) -> None:
        type_text(dialog.findChild(QLineEdit), text)
        qtbot.mouseClick(_button(dialog, "ตกลง"), Qt.MouseButton.LeftButton)

    return answer


def _edit_cell(qtbot: QtBot, table: QTableWidget, row: int, column: int, text: str) -> None:
    """Click a cell, F2, type, press Enter: how a person fills a table."""
    rect = table.visualRect(table.model().index(row, column))
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())
    _press(table, Qt.Key.Key_F2)
    editor = _open_editor(table)
    type_text(editor, text)
    _press(editor, Qt.Key.Key_Return)


def _open_editor(view: QAbstractItemView) -> QLineEdit:
    """The line editor the view opened in a cell, as the person sees it."""
    editors = [e for e in view.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1, editors
    return editors[0]


def _first_run(desk: OfficeData, errors: ErrorHub, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = SetupDialog(desk, errors, first_run=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    ui = dialog.ui
    type_text(ui.nameEdit, "องค์การบริหารส่วนตำบลทดสอบ")
    type_text(ui.shortNameEdit, "อบต.ทดสอบ")
    type_text(ui.documentCodeEdit, "นธ ๗๓๔๐๑")
    require_shared(GARUDA_PNG)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(GARUDA_PNG), "")))
    _click(qtbot, ui.emblemButton)
    assert not ui.emblemPreview.pixmap().isNull()  # the emblem is shown, so it was read
    _open_tab_holding(qtbot, ui.tabs, ui.unitsList)
    for unit in ("สำนักปลัด", "กองคลัง"):  # the units list: "เพิ่ม", type the name, Enter
        _click(qtbot, ui.unitsList.add_button)
        editor = _open_editor(ui.unitsList.view)
        type_text(editor, unit)
        _press(editor, Qt.Key.Key_Return)
    _open_tab_holding(qtbot, ui.tabs, ui.peopleTable)
    for row, (title, name, position) in enumerate(PEOPLE):
        _click(qtbot, ui.addPersonButton)
        for column, value in enumerate((title, name, position)):
            _edit_cell(qtbot, ui.peopleTable, row, column, value)
    _click(qtbot, ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    assert errors.last_message == "", errors.last_message
    assert not dialog.isVisible()
    organization = desk.organization()
    assert organization is not None and organization.name == "องค์การบริหารส่วนตำบลทดสอบ"
    assert organization.emblem is not None
    assert [u.name for u in desk.units()] == ["สำนักปลัด", "กองคลัง"]
    assert [(p.title, p.name, p.position) for p in desk.people()] == PEOPLE


def _cell(window: MainWindow, row: int, column: int) -> QPoint:
    return window.ui.measureTable.visualRect(window.proxy.index(row, column)).center()


def _click_cell(window: MainWindow, qtbot: QtBot, row: int, column: int) -> None:
    qtbot.mouseClick(
        window.ui.measureTable.viewport(), Qt.MouseButton.LeftButton, pos=_cell(window, row, column)
    )


def _row_of(window: MainWindow, title: str) -> int:
    rows = [r for r in range(window.proxy.rowCount()) if window.proxy.index(r, 1).data() == title]
    assert rows, title
    return rows[0]


def _choose(combo: QComboBox, text: str) -> None:
    """Pick an item with the keyboard, as a person tabbing through does: Down until it is there."""
    combo.setFocus()
    for _ in range(combo.count() + 1):
        if combo.currentText() == text:
            return
        _press(combo, Qt.Key.Key_Down)
    raise AssertionError(f"“{text}” is not in {[combo.itemText(i) for i in range(combo.count())]}")


def _pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True, text=True).stdout
    return "".join(out.split())


def test_a_clerks_first_day(
    database_url: str,
    tmp_path: Path,
    qtbot: QtBot,
    make_window: Callable[[object], MainWindow],
    errors: ErrorHub,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = Database.open(database_url)
    desk = OfficeData(db)
    assert desk.organization() is None  # the first run
    _first_run(desk, errors, qtbot, monkeypatch)

    window = make_window(desk)
    year = window.year

    def stored() -> dict[str, Measure]:
        """What the database holds once the window has stored what it was asked (it stores off its GUI
        thread, in order: the table shows a change at once, the database has it a moment later)."""
        window.session.flush()
        return {m.title: m for m in desk.measures(year)}

    # Two measures, each by the "เพิ่มมาตรการ" button and its question.
    for title in (TITLE, OTHER_TITLE):
        seen = _when_a_dialog_opens(qtbot, _type_and_ok(qtbot, title))
        _click(qtbot, window.ui.addMeasureButton)
        assert seen == ["เพิ่มมาตรการ"]
    assert set(stored()) == {TITLE, OTHER_TITLE}

    # Tick by mouse, by the key 3, and by what the Thai Kedmanee layout sends for the key 2 ("/").
    row = _row_of(window, TITLE)
    _click_cell(window, qtbot, row, COLUMN_OF_STATUS[Status.IN_PROGRESS])
    assert stored()[TITLE].status == Status.IN_PROGRESS
    view = window.ui.measureTable
    _click_cell(window, qtbot, _row_of(window, OTHER_TITLE), 1)
    _press(view, Qt.Key.Key_3, "3")
    assert stored()[OTHER_TITLE].status == Status.DONE
    _press(view, Qt.Key.Key_Slash, "/")
    assert stored()[OTHER_TITLE].status == Status.IN_PROGRESS
    _press(view, Qt.Key.Key_Minus, "-")
    assert stored()[OTHER_TITLE].status == Status.DONE
    assert window.ui.summaryBar.counts() == {Status.NOT_STARTED: 0, Status.IN_PROGRESS: 1, Status.DONE: 1}

    # Two dated results for the first measure: "เพิ่มผลการดำเนินงาน", "วันนี้", type; saved without a save button.
    _click_cell(window, qtbot, _row_of(window, TITLE), 1)
    editor = window.editor
    results = editor.ui.resultsEditor
    _open_tab_holding(qtbot, editor.ui.tabs, results)
    for text in RESULTS:
        _click(qtbot, results.add_button)
        _click(qtbot, results.date_edit._today)
        type_text(results.text_edit, text)
    qtbot.waitUntil(lambda: len(stored()[TITLE].results) == 2, timeout=SAVE_DELAY_MS * 10)
    qtbot.waitUntil(lambda: stored()[TITLE].results[1].text == RESULTS[1], timeout=SAVE_DELAY_MS * 10)
    assert [r.text for r in stored()[TITLE].results] == RESULTS
    assert all(r.date is not None for r in stored()[TITLE].results)
    assert stored()[TITLE].status == Status.IN_PROGRESS  # the results did not touch the status

    # Search (tone marks wrong or left out, as a hurried typist types) and filter by status with the keyboard.
    type_text(window.ui.searchEdit, "จัดซื่อ จัดจาง")  # a wrong tone mark, one left out, a space
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 1)
    assert window.proxy.index(0, 1).data() == TITLE
    window.ui.searchEdit.clear()
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 2)
    _choose(window.ui.statusFilter, Status.DONE.label)
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 1)
    assert window.proxy.index(0, 1).data() == OTHER_TITLE
    window.ui.statusFilter.setCurrentIndex(0)
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 2)

    # Start the next fiscal year from the menu; answer its question by clicking its button.
    window.session.flush()
    seen = _when_a_dialog_opens(
        qtbot, lambda d: qtbot.mouseClick(_default_button(d), Qt.MouseButton.LeftButton)
    )
    window.ui.actionStartNextYear.trigger()
    qtbot.waitUntil(lambda: year + 1 in desk.years())
    assert seen, "the next year was started without asking"
    assert {m.title for m in desk.measures(year + 1)} == {TITLE, OTHER_TITLE}
    assert {m.status for m in desk.measures(year + 1)} == {Status.NOT_STARTED}
    qtbot.wait(1200)  # any message after the work has been read and closed

    # Back to the year just ended (the year list, by keyboard), and its 12-month report memo.
    combo = window.ui.yearCombo
    combo.setFocus()
    for _ in range(combo.count()):
        if window.year == year:
            break
        _press(combo, Qt.Key.Key_Down if combo.currentData() > year else Qt.Key.Key_Up)
    assert window.year == year
    _click(qtbot, window.ui.composeMemoButton)
    composer = window.memo_composer
    assert isinstance(composer, MemoComposer)
    qtbot.waitExposed(composer)
    ui = composer.ui
    _choose(ui.templateCombo, next(ui.templateCombo.itemText(i) for i in range(ui.templateCombo.count())
                                   if "12" in ui.templateCombo.itemText(i)))  # fmt: skip
    _click(qtbot, ui.applyTemplateButton)
    _choose(ui.attachCombo, "รายงานผล รอบ 12 เดือน")
    approvals = ui.approvalsEditor
    for name in ("สุริยา ทะยิตะมะ", "นอยเราะห์ อาแวน"):
        _choose(approvals.person_combo, next(approvals.person_combo.itemText(i)
                                             for i in range(approvals.person_combo.count())
                                             if name in approvals.person_combo.itemText(i)))  # fmt: skip
        _click(qtbot, approvals.add_button)
    assert not approvals.warning.isVisible()
    with qtbot.waitSignal(composer.renderFinished, timeout=60000) as rendered:
        type_text(ui.subjectEdit, " ประจำปี")
    assert rendered.args == [True], (composer.preview.status.text(), errors.last_message)
    memo = desk.memos(year)[0]
    assert [a.heading for a in memo.approvals] == [
        "ความเห็นของหัวหน้าสำนักปลัด",
        "ความเห็นของปลัดองค์การบริหารส่วนตำบล",
    ]

    # "บันทึกเป็น PDF…": the file chooser answers with a name, as the person would type it.
    saved = tmp_path / "รายงานผล.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(saved), "")))
    _click(qtbot, composer.preview.save_button)
    qtbot.waitUntil(saved.exists)
    text = _pdf_text(saved)
    for expected in (TITLE, *RESULTS, "สุริยาทะยิตะมะ", "นอยเราะห์อาแวน", "ความเห็นของหัวหน้าสำนักปลัด"):
        assert "".join(expected.split()) in text, expected
    assert text.index("สุริยาทะยิตะมะ") < text.index("นอยเราะห์อาแวน")  # in the order chosen
    assert errors.last_message == "", errors.last_message
    composer.close()
    window.session.flush()
    db.dispose()


def _open_tab_holding(qtbot: QtBot, tabs: QTabWidget, widget: QWidget) -> None:
    """Click the tab whose page holds the widget."""
    index = next(i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(widget))
    qtbot.mouseClick(tabs.tabBar(), LEFT, pos=tabs.tabBar().tabRect(index).center())
    assert tabs.currentIndex() == index
    qtbot.waitUntil(widget.isVisible)


def _default_button(dialog: QWidget) -> QAbstractButton:
    from PySide6.QtWidgets import QMessageBox

    if isinstance(dialog, QMessageBox) and dialog.defaultButton() is not None:
        return dialog.defaultButton()
    return _button(dialog, "ตกลง")
