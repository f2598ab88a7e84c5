"""File → นำเข้าจาก Word through the real window over a real SQLite file (issue 12).

A Word file made from an example's tables is given to File → นำเข้าจาก Word (only the path is given instead of
picked); the test looks at the columns the dialog shows, picks another one in a column's combo box with
the mouse, clicks นำเข้า or ยกเลิก, and looks at the measures table as a user would.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QScrollArea
from pytestqt.qtbot import QtBot

from itadesk.domain.model import Measure, Organization, Unit
from itadesk.domain.status import Status
from itadesk.service.office_data import OfficeData
from itadesk.storage.lifecycle.database import Database
from itadesk.ui.common.errors import ErrorHub
from itadesk.ui.importing import word_import
from itadesk.ui.importing.word_import_dialog import WordImportDialog
from itadesk.ui.main_window.main_window import MainWindow
from itadesk.ui.main_window.measure_table import COLUMN_OF_STATUS, TICK
from tests.conftest import require_shared
from tests.exchange.word_files import write_example_docx

# A combo box's popup list asks the window system to raise it and grab the keyboard; the offscreen platform
# the tests run on cannot, and says so.
POPUP = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")


@pytest.fixture(autouse=True)
def _examples() -> None:
    require_shared()


@pytest.fixture
def desk(tmp_path: Path) -> OfficeData:
    desk = OfficeData(Database.open(str(tmp_path / "office.sqlite3")))
    desk.save_setup(
        Organization(name="เทศบาลตำบลบ้านฉาง", short_name="ทต.บ้านฉาง"),
        [Unit("สำนักปลัด"), Unit("กองคลัง"), Unit("กองช่าง")],
        [],
    )
    desk.add_measure(2566, Measure(title="มาตรการของเราเอง"))
    return desk


def _dialog(window: MainWindow, qtbot: QtBot, path: Path) -> WordImportDialog:
    word_import.import_word(window, path)
    qtbot.waitUntil(lambda: _open_dialog(window) is not None, timeout=20000)
    dialog = _open_dialog(window)
    assert dialog is not None
    return dialog


def _open_dialog(window: MainWindow) -> WordImportDialog | None:
    found = [d for d in window.findChildren(WordImportDialog) if d.isVisible()]
    return found[0] if found else None


def _shown_columns(dialog: WordImportDialog, table: int) -> list[str]:
    return [combo.currentText() for combo in dialog.combos[table]]


def _choose(qtbot: QtBot, dialog: WordImportDialog, combo: QComboBox, label: str) -> None:
    """Open the combo box with the mouse, go to the entry with the arrow keys and press Enter."""
    scroll = dialog.findChild(QScrollArea, "wordTablesScroll")
    assert scroll is not None
    scroll.ensureWidgetVisible(combo)
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    wanted = combo.findText(label)
    assert wanted >= 0, label
    for _ in range(combo.count()):
        row = view.currentIndex().row()
        if row == wanted:
            break
        qtbot.keyClick(view, Qt.Key.Key_Down if row < wanted else Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: combo.currentText() == label)


def _import(qtbot: QtBot, window: MainWindow, dialog: WordImportDialog) -> str:
    with qtbot.waitSignal(window.imported, timeout=20000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    summary: str = blocker.args[0]
    return summary


def _titles(window: MainWindow) -> list[str]:
    return [str(window.proxy.index(row, 1).data()) for row in range(window.proxy.rowCount())]


def _ticked(window: MainWindow, row: int) -> Status:
    (status,) = [s for s, c in COLUMN_OF_STATUS.items() if window.proxy.index(row, c).data() == TICK]
    return status


def test_the_file_menu_offers_import_from_word(desk: OfficeData, make_window: object) -> None:
    window: MainWindow = make_window(desk)  # type: ignore[operator]
    texts = [action.text() for action in window.ui.menuFile.actions()]
    assert texts.index("นำเข้าจาก Word…") == texts.index(window.ui.actionImport.text()) + 1


def test_a_progress_report_in_word_is_shown_by_column_then_imported(
    desk: OfficeData, make_window: object, qtbot: QtBot, tmp_path: Path, errors: ErrorHub
) -> None:
    window: MainWindow = make_window(desk)  # type: ignore[operator]
    dialog = _dialog(window, qtbot, write_example_docx("003", tmp_path / "ความก้าวหน้า.docx"))
    assert sorted(dialog.combos) == [1, 2, 3]
    assert _shown_columns(dialog, 1) == [
        "ตัวชี้วัด (เป็นชื่อมาตรการ)", "ผู้รับผิดชอบ", "ขั้นตอน/วิธีการดำเนินการ", "การกำกับติดตาม",
        "ระยะเวลาดำเนินการ", "สถานะ: ยังไม่ดำเนินการ", "สถานะ: อยู่ระหว่างดำเนินการ", "สถานะ: ดำเนินการแล้ว",
        "การรายงานผล (และผลที่ดำเนินการ)",
    ]  # fmt: skip
    assert dialog.year_box.value() == 2566  # the year shown in the window
    assert dialog.found_text() == ("จะนำเข้า: มาตรการ 3 รายการ ขั้นตอน 10 ผู้รับผิดชอบ 12 ผลการดำเนินการ 9 หัวข้อกลุ่ม 2")
    summary = _import(qtbot, window, dialog)
    assert "มาตรการ: เพิ่ม 3" in summary
    assert window.year == 2566
    assert _titles(window)[:3] == [
        "การใช้ งบประมาณ",
        "การแก้ไขปัญหามูลค่าการทุจริต",
        "๑ . คุณภาพการดำเนินงาน\n๒. ประสิทธิภาพการสื่อสาร\n๓ . การปรับปรุง การทำงาน",
    ]
    assert "มาตรการของเราเอง" in _titles(window)  # what the office had stays
    assert [_ticked(window, row) for row in range(3)] == [Status.DONE] * 3
    measure = desk.measures(2566)[0]
    assert measure.part == "IIT" and len(measure.steps) == 2 and len(measure.results) == 3
    assert errors.last_message == ""


@POPUP
def test_a_column_corrected_in_its_combo_box_is_imported_as_chosen(
    desk: OfficeData, make_window: object, qtbot: QtBot, tmp_path: Path
) -> None:
    window: MainWindow = make_window(desk)  # type: ignore[operator]
    dialog = _dialog(window, qtbot, write_example_docx("001", tmp_path / "แผน.docx"))
    assert list(dialog.combos) == [1]  # the second table continues the first: one set of columns
    monitoring = dialog.combos[1][3]
    assert monitoring.currentText() == "การกำกับติดตาม"
    _choose(qtbot, dialog, monitoring, "ปัญหา/อุปสรรค")
    assert "มาตรการ 10 รายการ" in dialog.found_text()
    _import(qtbot, window, dialog)
    measures = {m.title: m for m in desk.measures(2566)}
    first = measures["ประเมินความพึงพอใจของผู้มาติดต่อหรือรับบริการ ณ จุดบริการ"]
    assert first.monitoring == ""
    assert first.problems == "รายงานความก้าวหน้า และสรุปผลให้ผู้บริหาร ทราบรอบ ๖ เดือน และ ประจำปี"
    assert first.number == "๒" and first.responsible == ["สำนักปลัด"]


@POPUP
def test_without_a_title_column_nothing_can_be_imported(
    desk: OfficeData, make_window: object, qtbot: QtBot, tmp_path: Path
) -> None:
    window: MainWindow = make_window(desk)  # type: ignore[operator]
    dialog = _dialog(window, qtbot, write_example_docx("000", tmp_path / "รายงาน.docx"))
    _choose(qtbot, dialog, dialog.combos[1][0], "ไม่นำเข้า")
    assert not dialog.import_button.isEnabled()
    assert "ไม่มีมาตรการ" in dialog.found_text()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)


def test_cancel_changes_nothing(desk: OfficeData, make_window: object, qtbot: QtBot, tmp_path: Path) -> None:
    window: MainWindow = make_window(desk)  # type: ignore[operator]
    dialog = _dialog(window, qtbot, write_example_docx("000", tmp_path / "รายงาน.docx"))
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _open_dialog(window) is None)
    assert [m.title for m in desk.measures(2566)] == ["มาตรการของเราเอง"]


def test_an_old_doc_file_is_refused_with_what_to_do(
    desk: OfficeData, make_window: object, qtbot: QtBot, tmp_path: Path, errors: ErrorHub
) -> None:
    window: MainWindow = make_window(desk)  # type: ignore[operator]
    path = tmp_path / "แผน.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    word_import.import_word(window, path)
    qtbot.waitUntil(lambda: errors.last_message != "", timeout=20000)
    assert "แบบเก่า (.doc)" in errors.last_message and "บันทึกเป็น (Save As)" in errors.last_message
    assert _open_dialog(window) is None
    assert [m.title for m in desk.measures(2566)] == ["มาตรการของเราเอง"]


def test_a_hidden_override_in_a_title_is_shown_with_its_cell_and_nothing_can_be_imported(
    desk: OfficeData, make_window: object, qtbot: QtBot, tmp_path: Path
) -> None:
    from tests.exchange.hostile_word import plan_docx

    window: MainWindow = make_window(desk)  # type: ignore[operator]
    rows: list[list[str | list[str]]] = [
        ["การเผยแพร่ข้อมูล", "ประชุม", "กองคลัง", ""],
        ["การจัด\u202eซื้อ", "", "", ""],  # an override that shows the rest of the title reversed
    ]
    dialog = _dialog(window, qtbot, plan_docx(tmp_path / "แผน.docx", rows))
    assert dialog.found_text().startswith("ตารางที่ 1 แถวที่ 3 คอลัมน์ที่ 1 (มาตรการ/แนวทาง): มีอักขระที่มองไม่เห็น U+202E")
    assert not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert [m.title for m in desk.measures(2566)] == ["มาตรการของเราเอง"]


def test_a_cell_spanning_ten_million_columns_is_refused_at_once(
    desk: OfficeData, make_window: object, qtbot: QtBot, tmp_path: Path, errors: ErrorHub
) -> None:
    from tests.exchange.hostile_word import edit_document_xml, plan_docx, span_bomb

    window: MainWindow = make_window(desk)  # type: ignore[operator]
    path = plan_docx(tmp_path / "แผน.docx", [["MARK", "ประชุม", "กองคลัง", ""]])
    word_import.import_word(window, edit_document_xml(path, span_bomb))
    qtbot.waitUntil(lambda: errors.last_message != "", timeout=20000)
    assert "ตารางที่ 1 แถวที่ 2 คอลัมน์ที่ 1 ผสานช่องกว้าง 10,000,000 คอลัมน์" in errors.last_message
    assert _open_dialog(window) is None
    assert [m.title for m in desk.measures(2566)] == ["มาตรการของเราเอง"]
