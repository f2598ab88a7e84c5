"""The memo composer as a clerk uses it, over a real SQLite database: starting from an earlier memo, the
memo list, reopening on the last memo, an approver added twice, the PDF's file name, a missing PDF viewer."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from itadesk.domain.model import Approval, Attachment, Memo, Organization, Person, Unit
from itadesk.service.office_data import OfficeData
from itadesk.storage.lifecycle.database import Database
from itadesk.ui.common.background import Background
from itadesk.ui.common.errors import ErrorHub
from itadesk.ui.common.settings import UiSettings
from itadesk.ui.memo.memo_composer import MemoComposer
from tests.ui.conftest import type_text

SUBJECT_6 = "รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ 2567 รอบ 6 เดือน"


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[OfficeData]:
    db = Database.open(str(tmp_path / "office.sqlite3"))
    desk = OfficeData(db)
    desk.save_setup(
        Organization(name="องค์การบริหารส่วนตำบลทดสอบ", short_name="อบต.ทดสอบ", document_code="นธ 1234"),
        [Unit(name="สำนักปลัด"), Unit(name="กองคลัง")],
        [
            Person(name="สุนานี อามะ", title="นางสาว", position="นิติกรปฏิบัติการ"),
            Person(name="สุริยา ทะยิตะมะ", title="นาย", position="หัวหน้าสำนักปลัด"),
            Person(name="นอยเราะห์ อาแวน", title="นางสาว", position="ปลัดองค์การบริหารส่วนตำบล"),
        ],
    )
    yield desk
    db.dispose()


@pytest.fixture
def open_composer(
    qtbot: QtBot, desk: OfficeData, errors: ErrorHub, background: Background, settings: UiSettings
) -> Iterator[object]:
    opened: list[MemoComposer] = []

    def make(year: int = 2567) -> MemoComposer:
        composer = MemoComposer(desk, year, errors, background, settings)
        # Closed below, not by pytest-qt: its own teardown runs first and would meet the composer's question.
        composer.resize(1300, 800)
        composer.show()
        qtbot.waitExposed(composer)
        opened.append(composer)
        return composer

    yield make
    for composer in opened:
        if composer.isVisible():
            composer.flush()
            if composer.refused is not None:
                _answer_next_question(qtbot, "ทิ้ง")  # a memo left without a subject: the user lets it go
            composer.close()
        composer.deleteLater()
    background.wait()


def _answer_next_question(qtbot: QtBot, button_text: str) -> list[str]:
    """Click `button_text` in the next modal question (it blocks the caller); returns the question's text."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox

    seen: list[str] = []

    def poll(left: int) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            seen.append(box.text())
            button = next(b for b in box.findChildren(QAbstractButton) if b.text() == button_text)
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        elif left > 0:
            QTimer.singleShot(20, lambda: poll(left - 1))

    QTimer.singleShot(0, lambda: poll(250))
    return seen


def _ids(desk: OfficeData) -> dict[str, str]:
    return {p.name: str(p.id) for p in desk.people()}


def _add_approver(qtbot: QtBot, composer: MemoComposer, name: str) -> None:
    editor = composer.ui.approvalsEditor
    editor.person_combo.setCurrentIndex(editor.person_combo.findText(name, Qt.MatchFlag.MatchContains))
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)


def _combo_texts(combo: object) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]  # type: ignore[attr-defined]


def _rendered(qtbot: QtBot, composer: MemoComposer) -> None:
    with qtbot.waitSignal(composer.renderFinished, timeout=60000):
        composer.save_and_preview()


def test_a_new_memo_from_the_six_month_one_keeps_the_approvers_and_moves_to_twelve_months(
    qtbot: QtBot, desk: OfficeData, open_composer: object
) -> None:
    composer: MemoComposer = open_composer()  # type: ignore[operator]
    ui = composer.ui
    ui.templateCombo.setCurrentIndex(ui.templateCombo.findData("report6"))
    qtbot.mouseClick(ui.applyTemplateButton, Qt.MouseButton.LeftButton)
    _add_approver(qtbot, composer, "สุริยา")
    _add_approver(qtbot, composer, "นอยเราะห์")
    composer.flush()
    first = desk.memos(2567)[0]
    assert "รอบ 6 เดือน" in first.subject and len(first.approvals) == 2

    ui.earlierCombo.setCurrentIndex(ui.earlierCombo.findData(f"2567:{first.id}"))
    qtbot.mouseClick(ui.fromEarlierButton, Qt.MouseButton.LeftButton)

    memos = desk.memos(2567)
    assert len(memos) == 2
    new = next(m for m in memos if m.id != first.id)
    assert new.subject.endswith("ประจำปีงบประมาณ 2567 รอบ 12 เดือน")
    assert "รอบ 12 เดือน (1 ตุลาคม – 30 กันยายน)" in " ".join(new.body)
    assert new.approvals == first.approvals
    assert ui.subjectEdit.toPlainText() == new.subject  # the form shows the new memo
    assert ui.attachCombo.currentText() == "รายงานผล รอบ 12 เดือน"
    assert ui.approvalsEditor.model.rowCount() == 2
    assert ui.memoCombo.currentData() == new.id


def test_last_years_memo_starts_this_years_with_the_years_moved_on(
    qtbot: QtBot, desk: OfficeData, open_composer: object
) -> None:
    people = _ids(desk)
    desk.save_memo(
        2566,
        Memo(
            subject="รายงานผลการดำเนินงาน ประจำปีงบประมาณ ๒๕๖๖",
            unit="สำนักปลัด",
            date=date(2023, 10, 9),
            body=["ผลการดำเนินงาน ต.ค. ๖๕ – ก.ย. ๖๖"],
            author=people["สุนานี อามะ"],
            approvals=[Approval(people["สุริยา ทะยิตะมะ"], "ความเห็นของหัวหน้าสำนักปลัด")],
            attach=Attachment("results", 12),
        ),
    )
    composer: MemoComposer = open_composer(2567)  # type: ignore[operator]
    ui = composer.ui
    index = next(i for i, t in enumerate(_combo_texts(ui.earlierCombo)) if "(ปีงบประมาณ 2566)" in t)
    assert _combo_texts(ui.earlierCombo)[index].startswith(
        "9 ต.ค. 66 — รายงานผลการดำเนินงาน ประจำปีงบประมาณ ๒๕๖๖"
    )
    ui.earlierCombo.setCurrentIndex(index)
    qtbot.mouseClick(ui.fromEarlierButton, Qt.MouseButton.LeftButton)

    new = next(m for m in desk.memos(2567) if m.subject.startswith("รายงานผลการดำเนินงาน"))
    assert new.subject == "รายงานผลการดำเนินงาน ประจำปีงบประมาณ ๒๕๖๗"
    assert new.body == ["ผลการดำเนินงาน ต.ค. ๖๖ – ก.ย. ๖๗"]
    assert [a.person for a in new.approvals] == [people["สุริยา ทะยิตะมะ"]]
    assert new.date == date.today()
    assert [m.subject for m in desk.memos(2566)] == ["รายงานผลการดำเนินงาน ประจำปีงบประมาณ ๒๕๖๖"]  # untouched


def test_memos_are_listed_by_subject_and_date_and_it_reopens_on_the_last_one_edited(
    qtbot: QtBot, desk: OfficeData, open_composer: object
) -> None:
    author = _ids(desk)["สุนานี อามะ"]
    older = desk.save_memo(2567, Memo(subject="ขออนุญาตเผยแพร่มาตรการ", date=date(2023, 11, 2), author=author))
    desk.save_memo(2567, Memo(subject="รายงานผล รอบ 6 เดือน", date=date(2024, 4, 5), author=author))
    composer: MemoComposer = open_composer()  # type: ignore[operator]
    combo = composer.ui.memoCombo
    assert _combo_texts(combo) == [
        "5 เม.ย. 67 — รายงานผล รอบ 6 เดือน",
        "2 พ.ย. 66 — ขออนุญาตเผยแพร่มาตรการ",
    ]
    assert composer.ui.subjectEdit.toPlainText() == "รายงานผล รอบ 6 เดือน"  # the newest, the first time

    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the user picks the older one
    assert composer.ui.subjectEdit.toPlainText() == "ขออนุญาตเผยแพร่มาตรการ"
    composer.ui.bodyEdit.moveCursor(composer.ui.bodyEdit.textCursor().MoveOperation.End)
    type_text(composer.ui.bodyEdit, "จึงเรียนมาเพื่อโปรดพิจารณา")
    composer.close()
    assert next(m for m in desk.memos(2567) if m.id == older.id).body == ["จึงเรียนมาเพื่อโปรดพิจารณา"]

    again: MemoComposer = open_composer()  # type: ignore[operator]
    assert again.ui.subjectEdit.toPlainText() == "ขออนุญาตเผยแพร่มาตรการ"
    assert again.ui.memoCombo.currentData() == older.id


def test_an_approver_added_twice_is_warned_about_at_the_list(
    qtbot: QtBot, desk: OfficeData, open_composer: object
) -> None:
    ids = _ids(desk)
    composer: MemoComposer = open_composer()  # type: ignore[operator]
    editor = composer.ui.approvalsEditor
    _add_approver(qtbot, composer, "สุริยา")
    _add_approver(qtbot, composer, "นอยเราะห์")
    assert not editor.warning.isVisible()
    _add_approver(qtbot, composer, "สุริยา")
    assert editor.warning.isVisible()
    assert "สุริยา ทะยิตะมะ" in editor.warning.text() and "ซ้ำ" in editor.warning.text()
    assert "1 และ 3" in editor.warning.text()

    third = editor.view.visualRect(editor.model.index(2, 0)).center()
    qtbot.mouseClick(editor.view.viewport(), Qt.MouseButton.LeftButton, pos=third)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert not editor.warning.isVisible()
    assert [a.person for a in editor.approvals()] == [ids["สุริยา ทะยิตะมะ"], ids["นอยเราะห์ อาแวน"]]


def test_the_pdf_is_offered_under_its_subject_cut_at_a_word(qtbot: QtBot, open_composer: object) -> None:
    composer: MemoComposer = open_composer()  # type: ignore[operator]
    type_text(composer.ui.subjectEdit, SUBJECT_6)
    _rendered(qtbot, composer)
    assert composer.preview.path is not None, composer.preview.status.text()
    assert composer.preview.suggested_name == "บันทึกข้อความ รายงานผลการดำเนินงานตามมาตรการส่งเสริม.pdf"


def test_open_in_viewer_says_in_thai_which_file_it_could_not_open(
    qtbot: QtBot, open_composer: object, errors: ErrorHub, monkeypatch: pytest.MonkeyPatch
) -> None:
    composer: MemoComposer = open_composer()  # type: ignore[operator]
    type_text(composer.ui.subjectEdit, "ขออนุญาตเผยแพร่มาตรการ")
    _rendered(qtbot, composer)
    asked: list[str] = []

    def no_viewer(url: object) -> bool:
        asked.append(url.toLocalFile())  # type: ignore[attr-defined]
        return False

    monkeypatch.setattr(QDesktopServices, "openUrl", no_viewer)
    qtbot.mouseClick(composer.preview.open_button, Qt.MouseButton.LeftButton)
    assert asked == [str(composer.preview.path)]
    assert "เปิดในโปรแกรมอ่าน PDF ไม่ได้" in errors.last_message
    assert "บันทึกข้อความ ขออนุญาตเผยแพร่มาตรการ.pdf" in errors.last_message
    assert composer.preview.status.text() == "เปิดในโปรแกรมอ่าน PDF ไม่ได้"


def test_a_new_memo_is_stored_once_it_has_a_subject_and_the_export_imports_back(
    qtbot: QtBot, desk: OfficeData, open_composer: object, tmp_path: Path
) -> None:
    from itadesk.exchange.reader import read_exchange_file
    from itadesk.exchange.writer import write_exchange_file

    composer: MemoComposer = open_composer()  # type: ignore[operator]
    ui = composer.ui
    assert desk.memos(2567) == []  # an opened composer stores nothing yet
    type_text(ui.bodyEdit, "ด้วยงานนิติการได้จัดทำมาตรการ")
    composer.flush()
    assert desk.memos(2567) == []  # a memo without a subject would not import back: not stored
    assert "เรื่อง" in composer.preview.status.text()
    assert ui.subjectEdit.styleSheet() and ui.subjectEdit.toolTip() == "ต้องไม่เว้นว่าง"

    type_text(ui.subjectEdit, "ขออนุญาตเผยแพร่มาตรการ")
    composer.flush()
    [memo] = desk.memos(2567)
    assert memo.subject == "ขออนุญาตเผยแพร่มาตรการ" and memo.body == ["ด้วยงานนิติการได้จัดทำมาตรการ"]
    assert ui.memoCombo.currentData() == memo.id and not ui.subjectEdit.styleSheet()

    qtbot.mouseClick(ui.newMemoButton, Qt.MouseButton.LeftButton)  # a second one, left blank
    assert len(desk.memos(2567)) == 1 and ui.subjectEdit.toPlainText() == ""
    exported = tmp_path / "export.json"
    write_exchange_file(desk.dataset(), exported)
    year = read_exchange_file(exported).year(2567)
    assert year is not None and [m.subject for m in year.memos] == ["ขออนุญาตเผยแพร่มาตรการ"]


def test_erasing_a_stored_subject_keeps_the_stored_memo_and_asks_before_closing(
    qtbot: QtBot, desk: OfficeData, open_composer: object
) -> None:
    author = _ids(desk)["สุนานี อามะ"]
    desk.save_memo(2567, Memo(subject="รายงานผล รอบ 6 เดือน", body=["ย่อหน้าแรก"], author=author))
    composer: MemoComposer = open_composer()  # type: ignore[operator]
    ui = composer.ui
    ui.subjectEdit.selectAll()
    qtbot.keyClick(ui.subjectEdit, Qt.Key.Key_Delete)
    composer.flush()
    assert desk.memos(2567)[0].subject == "รายงานผล รอบ 6 เดือน"
    assert "ยังไม่ได้บันทึกเรื่อง" in composer.preview.status.text()

    questions = _answer_next_question(qtbot, "ยกเลิก")
    composer.close()
    assert questions and "เรื่อง" in questions[0]
    assert composer.isVisible()  # the user chose to stay and type the subject

    type_text(ui.subjectEdit, "รายงานผล รอบ ๖ เดือน")
    composer.close()
    assert not composer.isVisible()
    assert desk.memos(2567)[0].subject == "รายงานผล รอบ ๖ เดือน"


def test_a_memo_without_the_offices_garuda_is_named_beside_the_preview_and_still_shown(
    qtbot: QtBot, desk: OfficeData, errors: ErrorHub, open_composer: object
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from itadesk.ui.office.setup_dialog import SetupDialog
    from tests.conftest import GARUDA_PNG, require_shared

    require_shared()
    composer: MemoComposer = open_composer()  # type: ignore[operator]
    type_text(composer.ui.subjectEdit, SUBJECT_6)
    _rendered(qtbot, composer)
    assert composer.preview.path is not None, composer.preview.status.text()  # the print is not stopped
    shown = [composer.warnings.list.item(i).text() for i in range(composer.warnings.list.count())]
    assert len(shown) == 1, shown
    assert "ยังไม่ได้ใส่รูปตราครุฑ" in shown[0] and "ไม่มีตราครุฑ" in shown[0]
    assert "เมนู แฟ้ม → ข้อมูลหน่วยงานและบุคลากร…" in shown[0]
    assert "เลือกรูปตราครุฑ" in shown[0]
    assert composer.warnings.list.isVisibleTo(composer)
    assert composer.warnings.summary.text().startswith("พบ 1 เรื่องที่ควรแก้")

    # The clerk loads the emblem where the warning says (the file chooser stands aside) and saves.
    setup = SetupDialog(desk, errors, composer, first_run=False)
    qtbot.addWidget(setup)
    setup.show()
    setup.load_emblem_file(GARUDA_PNG)
    qtbot.mouseClick(
        setup.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert desk.organization() is not None and desk.organization().emblem is not None  # type: ignore[union-attr]
    _rendered(qtbot, composer)
    assert composer.warnings.list.count() == 0
    assert composer.warnings.summary.text() == "ไม่พบเรื่องที่ควรแก้"
