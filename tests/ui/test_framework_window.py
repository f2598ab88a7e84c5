"""ปีงบประมาณ → กรอบการประเมิน ITA… and the year bar, over a real SQLite file: a year whose framework is not
confirmed says so beside the year; the office corrects an item number in the dialog (real cells, real
buttons) and the warning goes, the print follows; a bad framework file changes nothing and names the field."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from itadesk.documents.printing import print_document
from itadesk.domain.framework import framework_for, framework_json
from itadesk.domain.model import Measure, Organization, Person, Unit
from itadesk.service.office_data import OfficeData
from itadesk.storage.lifecycle.database import Database
from itadesk.ui.framework.framework_dialog import COL_ITEM, FrameworkDialog
from itadesk.ui.main_window.main_window import MainWindow
from tests.documents.helpers import pdf_text
from tests.ui.conftest import type_text

WARNING_2570 = "กรอบการประเมินปี 2570 ยังไม่ยืนยัน ใช้ตามปี 2569 — ตรวจกับคู่มือ ITA ของปีนี้"


@pytest.fixture
def office(tmp_path: Path) -> Iterator[OfficeData]:
    db = Database.open(str(tmp_path / "office.sqlite3"))
    desk = OfficeData(db)
    desk.save_setup(
        Organization(name="องค์การบริหารส่วนตำบลทดสอบ", short_name="อบต.ทดสอบ"),
        [Unit(name="สำนักปลัด")],
        [Person(name="สุนานี อามะ", title="นางสาว", position="นิติกรปฏิบัติการ")],
    )
    for year in (2566, 2570):
        desk.add_measure(year, Measure(title="มาตรการเปิดเผยข้อมูล", part="OIT", responsible=["สำนักปลัด"]))
    yield desk
    db.dispose()


def _warning(window: MainWindow) -> str:
    label = window.framework_warning  # type: ignore[attr-defined]
    return str(label.text()) if label.isVisible() else ""


def _choose_year(qtbot: QtBot, window: MainWindow, year: int) -> None:
    combo = window.ui.yearCombo
    combo.setCurrentIndex(combo.findData(year))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: window.year == year)


def _in_the_dialog(window: MainWindow, act: Callable[[FrameworkDialog], None]) -> None:
    """Open the dialog from the Year menu; `act(dialog)` runs once it is on screen, then it is closed."""
    ran: list[bool] = []

    def find() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, FrameworkDialog)), None)
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, find)
            return
        ran.append(True)
        try:
            act(dialog)
        finally:
            dialog.close_button.click()

    QTimer.singleShot(0, find)
    window.framework_action.trigger()  # type: ignore[attr-defined]
    assert ran, "the dialog did not open"


def _edit_cell(qtbot: QtBot, dialog: FrameworkDialog, row: int, column: int, text: str) -> None:
    table = dialog.documents
    table.setCurrentCell(row, column)
    table.editItem(table.item(row, column))
    editor = table.viewport().findChild(QLineEdit) or table.findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # on to the next cell: what was typed is kept
    assert table.item(row, column).text() == text


def test_an_unconfirmed_year_says_so_in_the_year_bar_and_the_office_s_correction_ends_it(
    office: OfficeData, qtbot: QtBot, make_window: object, tmp_path: Path
) -> None:
    window: MainWindow = make_window(office)  # type: ignore[operator]
    _choose_year(qtbot, window, 2570)
    assert WARNING_2570 in _warning(window)
    _choose_year(qtbot, window, 2566)
    assert _warning(window) == "", "2566's items were read from published lists"
    _choose_year(qtbot, window, 2570)
    assert WARNING_2570 in _warning(window)

    def correct(dialog: FrameworkDialog) -> None:
        assert WARNING_2570 in dialog.warning.text()
        assert "ที่มา:" in dialog.details.toPlainText() and "ยกมาจากปีอื่น" in dialog.details.toPlainText()
        plan_row = [dialog.documents.item(r, 0).data(Qt.ItemDataRole.UserRole)
                    for r in range(dialog.documents.rowCount())].index("plan")  # fmt: skip
        assert dialog.documents.item(plan_row, COL_ITEM).text() == "O25"
        _edit_cell(qtbot, dialog, plan_row, COL_ITEM, "O30")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert "บันทึกกรอบการประเมินปี 2570 ของหน่วยงานแล้ว" in dialog.message.text()
        assert not dialog.warning.isVisible()

    _in_the_dialog(window, correct)
    assert "2570 ยังไม่ยืนยัน ใช้ตามปี 2569" not in _warning(window)
    pdf = tmp_path / "plan.pdf"
    print_document(office.dataset(2570), "plan", 2570, 12, pdf)
    assert "(O๓๐)" in pdf_text(pdf)


def test_a_bad_framework_file_changes_nothing_and_names_the_field(
    office: OfficeData, qtbot: QtBot, make_window: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window: MainWindow = make_window(office)  # type: ignore[operator]
    _choose_year(qtbot, window, 2570)
    data = json.loads(framework_json(framework_for(2570)))
    data["documents"]["items"]["results"]["covers"] = "next"
    bad = tmp_path / "province-2570.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bad), "")))

    def import_it(dialog: FrameworkDialog) -> None:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        said = dialog.message.text()
        assert "ไม่ได้นำเข้า province-2570.json (ไม่มีอะไรเปลี่ยน)" in said
        assert "กรอบการประเมิน.documents.items.results.covers" in said

    _in_the_dialog(window, import_it)
    assert office.frameworks() == []
    assert WARNING_2570 in _warning(window)


def test_the_ita_result_is_graded_by_the_office_s_own_framework(
    office: OfficeData, qtbot: QtBot, make_window: object
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox, QDoubleSpinBox

    from itadesk.ui.office.ita_result_dialog import ItaResultDialog
    from tests.storage.builders import office_framework

    office.save_framework(office_framework(2569))  # grades ผ่านดีเยี่ยม/ผ่านดี/ผ่าน/ต้องปรับปรุง
    office.add_measure(2570, Measure(title="มาตรการปีถัดไป", part="OIT", responsible=["สำนักปลัด"]))
    window: MainWindow = make_window(office)  # type: ignore[operator]
    _choose_year(qtbot, window, 2570)  # its ITA result is 2569's assessment
    seen: list[str] = []

    def fill() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, ItaResultDialog)), None)
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, fill)
            return
        assert dialog.assessed.value() == 2569
        score = dialog.score
        assert isinstance(score, QDoubleSpinBox)
        score.selectAll()
        qtbot.keyClicks(score, "96")
        seen.append(dialog.grade.text())
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill)
    window.ui.actionItaResult.trigger()
    assert seen == ["ผ่านดีเยี่ยม"]  # the program's own scheme would say AA
    stored = office.ita_result(2570)
    assert stored is not None and stored.score == 96.0
