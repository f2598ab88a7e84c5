"""Dialogs never lose typing, and text pasted from Word or the web is taken as a reader sees it: Enter in a
field of the first-run set-up moves on, Esc/ยกเลิก/close ask before throwing typing away, the manual closes
with Esc, invisible characters vanish on paste, and what is still refused stays in its field and is said in
the form (on a real SQLite file)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMainWindow
from pytestqt.qtbot import QtBot

from itadesk.domain.model import Measure
from itadesk.service.office_data import OfficeData
from itadesk.storage.lifecycle.database import Database
from itadesk.ui.common.errors import ErrorHub
from itadesk.ui.desk.year_session import SAVE_DELAY_MS
from itadesk.ui.main_window.main_window import MainWindow
from itadesk.ui.office.setup_dialog import SetupDialog
from tests.ui.conftest import type_text
from tests.ui.people_at_keys import answer_next, button, click, click_row, paste, press

NAME = "องค์การบริหารส่วนตำบลทดสอบ"


def _desk(tmp_path: Path, titles: tuple[str, ...] = ()) -> OfficeData:
    desk = OfficeData(Database.open(str(tmp_path / "office.sqlite3")))
    for title in titles:
        desk.add_measure(2567, Measure(title=title))
    return desk


def _first_run(qtbot: QtBot, errors: ErrorHub, desk: OfficeData) -> SetupDialog:
    dialog = SetupDialog(desk, errors, first_run=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_enter_in_a_field_of_the_first_run_moves_on_and_never_saves(
    qtbot: QtBot, errors: ErrorHub, tmp_path: Path
) -> None:
    desk = _desk(tmp_path)
    dialog = _first_run(qtbot, errors, desk)
    type_text(dialog.ui.nameEdit, NAME)
    press(dialog.ui.nameEdit, Qt.Key.Key_Return)
    assert dialog.isVisible() and desk.organization() is None
    assert dialog.ui.shortNameEdit.hasFocus()  # Enter went to the next field, as Tab would
    type_text(dialog.ui.shortNameEdit, "อบต.ทดสอบ")
    press(dialog.ui.shortNameEdit, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert dialog.isVisible() and desk.organization() is None
    click(qtbot, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = desk.organization()
    assert saved is not None and (saved.name, saved.short_name) == (NAME, "อบต.ทดสอบ")


def test_esc_cancel_and_close_ask_before_typing_is_thrown_away(
    qtbot: QtBot, errors: ErrorHub, tmp_path: Path
) -> None:
    desk = _desk(tmp_path)
    dialog = _first_run(qtbot, errors, desk)
    type_text(dialog.ui.nameEdit, NAME)
    type_text(dialog.ui.districtEdit, "เมือง")
    asked: list[str] = []
    leaving: list[Callable[[], None]] = [
        lambda: press(dialog.ui.districtEdit, Qt.Key.Key_Escape),
        lambda: click(qtbot, button(dialog, "ยกเลิก")),
        lambda: dialog.close(),  # the title bar's close button
    ]
    for leave in leaving:
        answer_next(qtbot, "กลับไปแก้ไข", asked)
        leave()
        assert dialog.isVisible(), "the set-up closed although the user chose to go back"
        assert dialog.ui.nameEdit.text() == NAME and dialog.ui.districtEdit.text() == "เมือง"
    assert len(asked) == 3 and all("จะหายไป" in text and "โปรแกรมจะปิด" in text for text in asked)
    answer_next(qtbot, "ทิ้งข้อมูลที่พิมพ์")
    press(dialog.ui.districtEdit, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert desk.organization() is None


def test_an_untouched_form_closes_with_esc_without_a_question(
    qtbot: QtBot, errors: ErrorHub, tmp_path: Path
) -> None:
    dialog = _first_run(qtbot, errors, _desk(tmp_path))
    press(dialog.ui.nameEdit, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and QApplication.activeModalWidget() is None


def test_the_manual_closes_with_esc(
    qtbot: QtBot, make_window: Callable[[object], MainWindow], tmp_path: Path
) -> None:
    window = make_window(_desk(tmp_path, ("มาตรการเปิดเผยข้อมูล",)))
    window.activateWindow()
    action = next(a for a in window.findChildren(type(window.ui.actionBackup)) if a.text() == "คู่มือการใช้งาน")
    action.trigger()
    manual = next(w for w in QApplication.topLevelWidgets() if w.windowTitle().startswith("คู่มือการใช้งาน"))
    qtbot.waitExposed(manual)
    press(manual.browser, Qt.Key.Key_Escape)
    assert not manual.isVisible()


def test_text_pasted_from_word_loses_its_invisible_characters(
    qtbot: QtBot, errors: ErrorHub, tmp_path: Path
) -> None:
    desk = _desk(tmp_path)
    dialog = _first_run(qtbot, errors, desk)
    paste(dialog.ui.nameEdit, "องค์การบริหาร\u200bส่วนตำบล\u00a0ทดสอบ\ufeff")
    assert dialog.ui.nameEdit.text() == "องค์การบริหารส่วนตำบล ทดสอบ"
    click(qtbot, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    saved = desk.organization()
    assert saved is not None and saved.name == "องค์การบริหารส่วนตำบล ทดสอบ"


def _window(make_window: Callable[[object], MainWindow], tmp_path: Path) -> tuple[MainWindow, OfficeData]:
    desk = _desk(tmp_path, ("มาตรการเปิดเผยข้อมูล", "มาตรการจัดซื้อจัดจ้าง"))
    window = make_window(desk)
    return window, desk


def test_a_title_pasted_from_word_is_saved_clean(
    qtbot: QtBot, make_window: Callable[[object], MainWindow], tmp_path: Path
) -> None:
    window, desk = _window(make_window, tmp_path)
    click_row(qtbot, window.ui.measureTable, 0)
    title = window.editor.ui.titleEdit
    title.selectAll()
    paste(title, "เผยแพร่\u200bข้อมูล\u00adการจัดซื้อ\u00a0จัดจ้าง")
    assert title.toPlainText() == "เผยแพร่ข้อมูลการจัดซื้อ จัดจ้าง"
    assert not window.editor.problemLabel.isVisible()
    qtbot.wait(SAVE_DELAY_MS + 200)
    window.session.flush()
    assert desk.measures(2567)[0].title == "เผยแพร่ข้อมูลการจัดซื้อ จัดจ้าง"


def test_refused_text_stays_is_explained_in_the_form_and_survives_moving_away(
    qtbot: QtBot, make_window: Callable[[object], MainWindow], tmp_path: Path
) -> None:
    window, desk = _window(make_window, tmp_path)
    editor = window.editor
    click_row(qtbot, window.ui.measureTable, 0)
    refused = "มาตรการ\u202eเปิดเผย"  # a right-to-left override: it would show another text than stored
    editor.ui.titleEdit.selectAll()
    paste(editor.ui.titleEdit, refused)
    assert editor.ui.titleEdit.toPlainText() == refused  # the user's text stays in the field
    assert editor.problemLabel.isVisible()
    assert "ชื่อมาตรการ" in editor.problemLabel.text() and "ทิศทาง" in editor.problemLabel.text()
    assert "c62828" in editor.ui.titleEdit.styleSheet()
    click_row(qtbot, window.ui.measureTable, 1)
    assert editor.ui.titleEdit.toPlainText() == "มาตรการจัดซื้อจัดจ้าง"
    assert editor.ui.titleEdit.styleSheet() == ""  # the frame does not stay on a valid title
    assert editor.problemLabel.isVisible() and "มาตรการเปิดเผยข้อมูล" in editor.problemLabel.text()
    click_row(qtbot, window.ui.measureTable, 0)
    assert editor.ui.titleEdit.toPlainText() == refused and "c62828" in editor.ui.titleEdit.styleSheet()
    editor.ui.titleEdit.selectAll()
    type_text(editor.ui.titleEdit, "มาตรการเปิดเผยข้อมูลสาธารณะ")
    assert not editor.problemLabel.isVisible() and editor.ui.titleEdit.styleSheet() == ""
    window.session.flush()
    assert desk.measures(2567)[0].title == "มาตรการเปิดเผยข้อมูลสาธารณะ"
    assert isinstance(window, QMainWindow)


def test_the_gate_lets_through_every_text_normalisation_would_change() -> None:
    from itadesk.domain.rules import normalise_text
    from itadesk.ui.common.text_input import may_change

    samples = ["เเปลก", "ก่ี", "กํา", "ก้ํา", "กา่", "ฤๅ", "กๅ", "a\u00a0b", "a\u200bb", "x\r\ny", "ก\u00adข",
               "ปกติ ธรรมดา", "ที่นี่ เมื่อวาน น้ำ ข้าว", "Integrity and Transparency", "ก\tข"]  # fmt: skip
    for text in samples:
        for single_line in (False, True):
            if normalise_text(text, single_line=single_line) != text:
                assert may_change(text, single_line=single_line), (text, single_line)


def test_the_ita_result_asks_before_typed_scores_are_thrown_away(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QDoubleSpinBox

    from itadesk.ui.office.ita_result_dialog import ItaResultDialog

    dialog = ItaResultDialog(None, 2567)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    box = dialog.score
    assert isinstance(box, QDoubleSpinBox)
    box.lineEdit().selectAll()
    type_text(box.lineEdit(), "85.5")
    asked: list[str] = []
    answer_next(qtbot, "กลับไปแก้ไข", asked)
    press(box, Qt.Key.Key_Escape)
    assert dialog.isVisible() and len(asked) == 1 and box.value() == 85.5
    answer_next(qtbot, "ทิ้งข้อมูลที่พิมพ์")
    click(qtbot, button(dialog, "ยกเลิก"))
    assert not dialog.isVisible()
