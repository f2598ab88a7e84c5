"""A user's day on a real database: first run → add a measure → tick it by mouse and keyboard → add
dated results → compose a memo with two approvers → print it to PDF → the PDF holds the measure
and the approvers."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QDialogButtonBox
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
from itadesk.ui.preview.pdf_print import new_printer
from tests.conftest import GARUDA_PNG, require_shared
from tests.ui.conftest import type_text

TITLE = "เผยแพร่ข้อมูลการจัดซื้อจัดจ้างบนเว็บไซต์"
RESULT = "ประชุมคณะทำงานเพื่อทำความเข้าใจร่วมกัน"
PEOPLE = [
    ("นางสาว", "สุนานี อามะ", "นิติกรปฏิบัติการ", ""),
    ("นาย", "สุริยา ทะยิตะมะ", "หัวหน้าสำนักปลัด", ""),
    ("นางสาว", "นอยเราะห์ อาแวน", "รองปลัดองค์การบริหารส่วนตำบล", "ปลัดองค์การบริหารส่วนตำบลทดสอบ"),
]


def _squeeze(text: str) -> str:
    return "".join(text.split())


def _first_run(desk: OfficeData, errors: ErrorHub, qtbot: QtBot) -> None:
    dialog = SetupDialog(desk, errors, first_run=True)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    type_text(ui.nameEdit, "องค์การบริหารส่วนตำบลทดสอบ")
    type_text(ui.shortNameEdit, "อบต.ทดสอบ")
    type_text(ui.documentCodeEdit, "นธ ๗๓๔๐๑")
    type_text(ui.phoneEdit, "0-7357-8017")
    ui.unitsList.model.setStringList(["สำนักปลัด", "กองคลัง"])
    from itadesk.domain.model import Person

    for title, name, position, acting in PEOPLE:
        dialog.add_person(Person(name=name, title=title, position=position, acting=acting))
    require_shared(GARUDA_PNG)
    dialog.load_emblem_file(GARUDA_PNG)
    assert not ui.emblemPreview.pixmap().isNull()  # the emblem is shown, so it was read
    ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    organization = desk.organization()
    assert organization is not None and organization.name == "องค์การบริหารส่วนตำบลทดสอบ"
    assert organization.emblem is not None and organization.emblem.mime == "image/png"
    assert [u.name for u in desk.units()] == ["สำนักปลัด", "กองคลัง"]


def _click_status(window: MainWindow, qtbot: QtBot, row: int, status: Status) -> None:
    view = window.ui.measureTable
    rect = view.visualRect(window.proxy.index(row, COLUMN_OF_STATUS[status]))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _stored(window: MainWindow, desk: OfficeData, year: int) -> list[Measure]:
    """What the database holds once the window has stored what it was asked (it stores off its GUI thread,
    in order: the table shows a change at once, the database has it a moment later)."""
    window.session.flush()
    return desk.measures(year)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed")
def test_a_users_day(tmp_path: Path, qtbot: QtBot, make_window: object, errors: ErrorHub) -> None:
    db = Database.open(str(tmp_path / "office.sqlite3"))
    desk = OfficeData(db)
    assert desk.organization() is None  # first run
    _first_run(desk, errors, qtbot)

    window: MainWindow = make_window(desk)  # type: ignore[operator]
    year = window.year
    measure_id = window.add_measure_titled(TITLE)
    assert measure_id is not None
    assert window.proxy.index(0, 1).data() == TITLE
    assert [m.title for m in desk.measures(year)] == [TITLE]

    # Tick "in progress" with the mouse, then "done" with the keyboard, then Space moves it on.
    _click_status(window, qtbot, 0, Status.IN_PROGRESS)
    assert _stored(window, desk, year)[0].status == Status.IN_PROGRESS
    assert window.ui.summaryBar.counts()[Status.IN_PROGRESS] == 1
    view = window.ui.measureTable
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_3)
    assert _stored(window, desk, year)[0].status == Status.DONE
    assert window.ui.summaryBar.counts() == {Status.NOT_STARTED: 0, Status.IN_PROGRESS: 0, Status.DONE: 1}
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert _stored(window, desk, year)[0].status == Status.NOT_STARTED
    window.undo_action.trigger()  # Ctrl+Z brings "done" back
    assert _stored(window, desk, year)[0].status == Status.DONE
    assert window.editor.ui.doneRadio.isChecked()

    # A dated result, typed into the editor: saved without a save button.
    results = window.editor.ui.resultsEditor
    results.add_entry()
    results.date_edit.pick(date(2024, 1, 24))
    type_text(results.text_edit, RESULT)
    qtbot.waitUntil(lambda: bool(desk.measures(year)[0].results), timeout=SAVE_DELAY_MS * 5)
    stored = desk.measures(year)[0]
    assert [(r.date, r.text) for r in stored.results] == [(date(2024, 1, 24), RESULT)]
    assert [h.status for h in stored.history][-1] == Status.DONE

    # The memo: the 12-month report wording, two approvers in order, the results report attached.
    window.compose_memo()
    composer = window.memo_composer
    assert isinstance(composer, MemoComposer)
    composer.apply_template("report12")
    people = {p.name: p for p in desk.people()}
    composer.ui.authorCombo.setCurrentIndex(composer.ui.authorCombo.findData(people["สุนานี อามะ"].id))
    composer.ui.approvalsEditor.add_person(str(people["สุริยา ทะยิตะมะ"].id))
    composer.ui.approvalsEditor.add_person(str(people["นอยเราะห์ อาแวน"].id))
    with qtbot.waitSignal(composer.renderFinished, timeout=60000):
        composer.save_and_preview()
    assert composer.preview.path is not None, (composer.preview.status.text(), errors.last_message)
    memo = desk.memos(year)[0]
    assert [a.heading for a in memo.approvals] == ["ความเห็นของหัวหน้าสำนักปลัด",
                                                   "ความเห็นของปลัดองค์การบริหารส่วนตำบลทดสอบ"]  # fmt: skip
    assert composer.preview.document.pageCount() >= 2  # the memo, then the attached report

    saved = tmp_path / "บันทึกข้อความ.pdf"
    composer.preview.save_to(saved)
    text = _squeeze(subprocess.run(["pdftotext", str(saved), "-"], capture_output=True, check=True,
                                   text=True).stdout)  # fmt: skip
    for expected in (TITLE, RESULT, "สุริยาทะยิตะมะ", "นอยเราะห์อาแวน", "ความเห็นของหัวหน้าสำนักปลัด"):
        assert _squeeze(expected) in text, expected
    assert text.index("สุริยาทะยิตะมะ") < text.index("นอยเราะห์อาแวน")  # in the order chosen

    # Print: pages drawn at 300 dpi into a printer (a PDF printer here) off the GUI thread.
    printer = new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    with qtbot.waitSignal(composer.preview.printed, timeout=60000) as blocker:
        composer.preview.print_to(printer)
    assert blocker.args == [composer.preview.document.pageCount()]
    reader = PdfReader(printed)
    assert len(reader.pages) == composer.preview.document.pageCount()
    first = reader.pages[0].mediabox
    assert abs(float(first.width) - 595) < 3 and abs(float(first.height) - 842) < 3  # A4 portrait
    assert errors.last_message == ""
    composer.close()
    db.dispose()
