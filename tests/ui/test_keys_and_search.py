"""The keyboard and the search box as a clerk uses them, on the real window over a real SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from itadesk.domain.model import Measure, Organization, Unit
from itadesk.domain.status import Status
from itadesk.service.office_data import OfficeData
from itadesk.storage.lifecycle.database import Database
from itadesk.ui.main_window.main_window import MainWindow
from itadesk.ui.main_window.status_keys import status_for_key
from itadesk.ui.office.ita_result_dialog import ItaResultDialog
from tests.ui.conftest import type_text

NO_MODIFIER = Qt.KeyboardModifier.NoModifier
TITLES = ["มาตรการเผยแพร่ข้อมูลของผู้บริหาร", "มาตรการจัดซื้อจัดจ้าง", "มาตรการรับเรื่องร้องเรียน"]


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[OfficeData]:
    db = Database.open(str(tmp_path / "office.sqlite3"))
    office = OfficeData(db)
    office.save_setup(Organization(name="องค์การบริหารส่วนตำบลทดสอบ"), [Unit(name="สำนักปลัด")], [])
    for title in TITLES:
        office.add_measure(2567, Measure(title=title))
    yield office
    db.dispose()


@pytest.fixture
def window(desk: OfficeData, make_window: object) -> MainWindow:
    shown: MainWindow = make_window(desk)  # type: ignore[operator]
    shown.show_year(2567)
    return shown


def _thai_key(widget: object, text: str, modifiers: Qt.KeyboardModifier = NO_MODIFIER) -> None:
    """A key press as the Kedmanee layout sends it: no Latin key code, only the Thai character."""
    key = ord(text.upper()) if len(text) == 1 and text.isascii() else 0
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers, text))  # type: ignore[arg-type]


def _statuses(desk: OfficeData) -> list[Status]:
    return [m.status for m in desk.measures(2567)]


def test_the_status_keys_tick_on_the_thai_layout_too(
    window: MainWindow, desk: OfficeData, qtbot: QtBot
) -> None:
    table = window.ui.measureTable
    table.setFocus()
    table.selectRow(0)
    _thai_key(table, "-")  # the key marked 3 on Kedmanee
    assert window.ui.measureTable.model().index(0, 6).data(Qt.ItemDataRole.DisplayRole) == "✓"
    qtbot.keyClick(table, Qt.Key.Key_Down)
    _thai_key(table, "/")  # the key marked 2
    qtbot.keyClick(table, Qt.Key.Key_Down)
    _thai_key(table, "ๅ")  # the key marked 1 ...
    _thai_key(table, "-")
    _thai_key(table, "ๅ")  # ... after 3: back to not started
    window.session.flush()
    assert _statuses(desk) == [Status.DONE, Status.IN_PROGRESS, Status.NOT_STARTED]
    qtbot.keyClick(table, Qt.Key.Key_3)  # the Latin layout as before
    _thai_key(table, "+", Qt.KeyboardModifier.ShiftModifier)  # Shift+1 on Kedmanee ticks nothing
    window.session.flush()
    assert _statuses(desk) == [Status.DONE, Status.IN_PROGRESS, Status.DONE]
    assert window.editor.ui.doneRadio.isChecked()  # the editor shows the row's new status


def test_the_status_keys_by_their_position_on_any_layout() -> None:
    # X11 sends the keycodes of the keys marked 1 2 3 whatever the layout; Windows its scan codes.
    assert status_for_key(0, "", scan_code=11, platform="xcb") is Status.IN_PROGRESS
    assert status_for_key(0, "", scan_code=4, platform="windows") is Status.DONE
    assert status_for_key(0, "", virtual_key=0x12, platform="cocoa") is Status.NOT_STARTED
    assert status_for_key(0, "ภ", scan_code=13, platform="xcb") is None  # the key marked 4
    assert status_for_key(0, "-", keypad=True) is None  # the keypad's minus is not 3
    assert status_for_key(0, "๒", shift=True) is Status.IN_PROGRESS  # a Thai digit
    assert status_for_key(0, "+", shift=True, scan_code=10, platform="xcb") is None


def test_a_search_without_tone_marks_finds_the_measure_and_the_editor_follows(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.ui.measureTable.selectRow(1)
    assert window.editor.isEnabled()
    type_text(window.ui.searchEdit, "ผูบริหาร")  # typed without the tone mark
    assert window.proxy.rowCount() == 1
    assert window.proxy.index(0, 1).data() == TITLES[0]
    # The highlighted row is the one the editor shows, never a greyed editor beside a highlighted row.
    assert window.ui.measureTable.selectionModel().isRowSelected(0)
    assert window.editor.isEnabled()
    assert window.editor.ui.titleEdit.toPlainText() == TITLES[0]
    window.ui.searchEdit.clear()
    window.ui.statusFilter.setCurrentIndex(window.ui.statusFilter.findData(Status.DONE.value))
    assert window.proxy.rowCount() == 0
    assert not window.editor.isEnabled()  # nothing shown, nothing to edit
    window.ui.statusFilter.setCurrentIndex(0)
    assert window.editor.isEnabled()
    assert window.ui.measureTable.current_measure_id() == window.editor.measure_id


def test_the_mouse_wheel_never_flips_the_editors_tabs(window: MainWindow) -> None:
    tabs = window.editor.ui.tabs
    bar = tabs.tabBar()
    tabs.setCurrentIndex(0)
    for delta in (-120, -120, 120, -120):
        where = QPointF(bar.tabRect(0).center())
        wheel = QWheelEvent(where, QPointF(bar.mapToGlobal(QPoint(where.toPoint()))), QPoint(0, 0),
                            QPoint(0, delta), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                            Qt.ScrollPhase.NoScrollPhase, False)  # fmt: skip
        QApplication.sendEvent(bar, wheel)
    assert tabs.currentIndex() == 0


def test_esc_closes_the_memo_composer_and_dialogs(window: MainWindow, desk: OfficeData, qtbot: QtBot) -> None:
    qtbot.mouseClick(window.ui.composeMemoButton, Qt.MouseButton.LeftButton)
    composer = window.memo_composer
    assert composer is not None and composer.isVisible()
    qtbot.waitExposed(composer)
    with qtbot.waitSignal(composer.destroyed, timeout=10000):  # closed (and so deleted)
        qtbot.keyClick(composer.ui.toEdit, Qt.Key.Key_Escape)  # in a field being typed in
    assert window.isVisible()  # Esc closes the composer, never the main window
    qtbot.keyClick(window.ui.measureTable, Qt.Key.Key_Escape)
    assert window.isVisible()
    dialog = ItaResultDialog(desk.ita_result(2567), 2567, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_assessment_parts_show_their_thai_names(window: MainWindow) -> None:
    parts = window.ui.partFilter
    texts = [parts.itemText(i) for i in range(parts.count())]
    assert texts[1:] == [
        "IIT แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน",
        "EIT แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก",
        "OIT แบบวัดการเปิดเผยข้อมูลสาธารณะ",
    ]
    editor_parts = window.editor.ui.partCombo
    assert editor_parts.itemText(editor_parts.findData("EIT")) == texts[2]
