"""ปีงบประมาณ → เนื้อหาของเอกสาร over a real SQLite file: what is typed into the dialog is stored, printed by the
documents, shown again when the dialog reopens; a refused character saves nothing; Cancel saves nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QDialogButtonBox, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from itadesk.documents.printing import print_document
from itadesk.domain.model import DocumentContent, Measure, Memo, Organization, Person, Unit, YearContent
from itadesk.service.office_data import OfficeData
from itadesk.storage.lifecycle.database import Database
from itadesk.ui.main_window.main_window import MainWindow
from itadesk.ui.memo.memo_composer import MemoComposer
from itadesk.ui.office.year_content_dialog import YearContentDialog
from itadesk.ui.office.year_content_fields import default_title
from tests.documents.helpers import compact, pdf_text
from tests.ui.conftest import type_text
from tests.ui.people_at_keys import answer_next

YEAR = 2567
TITLE = "รายงานความก้าวหน้ามาตรการของตำบลทดสอบ"
FIRST = "ตามที่องค์การบริหารส่วนตำบลทดสอบได้กำหนดมาตรการไว้แล้ว"
SECOND = "จึงรายงานความก้าวหน้าดังต่อไปนี้"
ZERO_WIDTH_SPACE = "\u200b"
RIGHT_TO_LEFT_MARK = "\u200f"  # still refused: it changes what a reader sees (a zero-width space is removed)


@pytest.fixture
def office(tmp_path: Path) -> Iterator[tuple[Path, OfficeData]]:
    path = tmp_path / "office.sqlite3"
    db = Database.open(str(path))
    desk = OfficeData(db)
    desk.save_setup(
        Organization(name="องค์การบริหารส่วนตำบลทดสอบ", short_name="อบต.ทดสอบ"),
        [Unit(name="สำนักปลัด")],
        [Person(name="สุนานี อามะ", title="นางสาว", position="นิติกรปฏิบัติการ")],
    )
    desk.add_measure(YEAR, Measure(title="มาตรการเปิดเผยข้อมูล", part="OIT"))
    yield path, desk
    db.dispose()


def _stored(path: Path) -> YearContent:
    """The content as another program opening the file afresh reads it."""
    db = Database.open(str(path))
    try:
        return OfficeData(db).year_content(YEAR)
    finally:
        db.dispose()


def _in_the_dialog(window: MainWindow, act: Callable[[YearContentDialog], None]) -> None:
    """Open the dialog from its menu; `act(dialog)` runs once it is on screen (it runs its own loop)."""
    ran: list[bool] = []

    def find() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, YearContentDialog)), None)
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, find)
            return
        ran.append(True)
        act(dialog)

    QTimer.singleShot(0, find)
    window.ui.actionYearContent.trigger()
    assert ran, "the dialog did not open"


def _button(dialog: YearContentDialog, which: QDialogButtonBox.StandardButton) -> QWidget:
    return dialog.ui.buttonBox.button(which)


def _click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Click the box itself (a check box spans the row; only its box and words take the click)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(box.height() // 2, box.height() // 2))


def _type_lines(qtbot: QtBot, box: QPlainTextEdit, lines: list[str]) -> None:
    for number, line in enumerate(lines):
        if number:
            qtbot.keyClick(box, Qt.Key.Key_Return)
        type_text(box, line)


def _open_progress_page(qtbot: QtBot, dialog: YearContentDialog) -> None:
    tabs = dialog.ui.documentTabs
    bar = tabs.tabBar()
    index = [tabs.tabText(i) for i in range(tabs.count())].index("ความก้าวหน้า")
    _click_at = bar.tabRect(index).center()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=_click_at)
    assert tabs.currentIndex() == index


def test_typed_content_is_stored_printed_and_shown_again(
    office: tuple[Path, OfficeData], qtbot: QtBot, make_window: object, tmp_path: Path
) -> None:
    path, desk = office
    window: MainWindow = make_window(desk)  # type: ignore[operator]
    shown: dict[str, object] = {}

    def type_and_save(dialog: YearContentDialog) -> None:
        _open_progress_page(qtbot, dialog)
        page = dialog.pages["progress"].ui
        shown["placeholder"] = page.titleEdit.placeholderText()
        type_text(page.titleEdit, TITLE)
        _type_lines(qtbot, page.introductionEdit, [FIRST, SECOND])
        _tick(qtbot, dialog.ui.signPrefixCheck)
        _click(qtbot, _button(dialog, QDialogButtonBox.StandardButton.Save))
        shown["closed"] = not dialog.isVisible()

    _in_the_dialog(window, type_and_save)
    assert shown["closed"] is True
    assert shown["placeholder"] == default_title("progress", YEAR)
    assert "ความก้าวหน้า" in str(shown["placeholder"])  # the title the document prints today
    assert "บันทึกเนื้อหาของเอกสาร" in window.ui.statusbar.currentMessage()

    stored = _stored(path)
    assert stored.document("progress") == DocumentContent(
        "progress", title=TITLE, introduction=[FIRST, SECOND]
    )
    assert stored.sign_prefix is True and stored.report_first is False
    assert [d.document for d in stored.documents] == ["progress"]  # the untouched pages add nothing

    pdf = tmp_path / "progress.pdf"
    db = Database.open(str(path))
    try:
        print_document(OfficeData(db).dataset(YEAR), "progress", YEAR, 12, pdf)
    finally:
        db.dispose()
    text = pdf_text(pdf)
    assert compact(TITLE) in text
    assert compact(FIRST) in text and compact(SECOND) in text
    assert text.index(compact(FIRST)) < text.index(compact(SECOND))

    again: dict[str, object] = {}

    def look_and_cancel(dialog: YearContentDialog) -> None:
        page = dialog.pages["progress"].ui
        again["title"] = page.titleEdit.text()
        again["introduction"] = page.introductionEdit.toPlainText()
        again["sign"] = dialog.ui.signPrefixCheck.isChecked()
        again["plan title"] = dialog.pages["plan"].ui.titleEdit.text()
        _click(qtbot, _button(dialog, QDialogButtonBox.StandardButton.Cancel))

    _in_the_dialog(window, look_and_cancel)
    assert again == {"title": TITLE, "introduction": f"{FIRST}\n{SECOND}", "sign": True, "plan title": ""}


def test_an_invisible_character_is_refused_by_name_and_nothing_is_saved(
    office: tuple[Path, OfficeData], qtbot: QtBot, make_window: object
) -> None:
    path, desk = office
    window: MainWindow = make_window(desk)  # type: ignore[operator]
    seen: dict[str, object] = {}

    def paste_and_save(dialog: YearContentDialog) -> None:
        _open_progress_page(qtbot, dialog)
        page = dialog.pages["progress"].ui
        type_text(page.titleEdit, TITLE)
        box = page.introductionEdit
        type_text(box, FIRST)
        qtbot.keyClick(box, Qt.Key.Key_Return)
        # As it comes from a web page: a zero-width space (taken out on paste) and a right-to-left mark.
        QApplication.clipboard().setText(f"จึงรายงาน{ZERO_WIDTH_SPACE}ความ{RIGHT_TO_LEFT_MARK}ก้าวหน้า")
        qtbot.keyClick(box, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        seen["typed"] = box.toPlainText()
        dialog.ui.documentTabs.setCurrentIndex(0)  # Save is clicked from another page
        _click(qtbot, _button(dialog, QDialogButtonBox.StandardButton.Save))
        seen["open"] = dialog.isVisible()
        seen["message"] = dialog.ui.problemLabel.text() if dialog.ui.problemLabel.isVisible() else ""
        seen["page"] = dialog.ui.documentTabs.tabText(dialog.ui.documentTabs.currentIndex())
        seen["marked"] = "border" in box.styleSheet() and "border" not in page.titleEdit.styleSheet()
        answer_next(qtbot, "ทิ้งข้อมูลที่พิมพ์")  # leaving typed text asks first
        _click(qtbot, _button(dialog, QDialogButtonBox.StandardButton.Cancel))

    _in_the_dialog(window, paste_and_save)
    typed = str(seen["typed"])
    assert ZERO_WIDTH_SPACE not in typed and RIGHT_TO_LEFT_MARK in typed  # normalised as pasted, rest kept
    assert seen["open"] is True
    message = str(seen["message"])
    assert "บทนำ" in message and "“ความก้าวหน้า”" in message  # the field and the document
    assert "บรรทัดที่ 2" in message and "U+200F" in message and "ทิศทาง" in message
    assert seen["page"] == "ความก้าวหน้า"  # brought forward where the refused box is
    assert seen["marked"] is True
    assert _stored(path) == YearContent()  # nothing saved, not even the good title


def test_cancel_saves_nothing(office: tuple[Path, OfficeData], qtbot: QtBot, make_window: object) -> None:
    path, desk = office
    window: MainWindow = make_window(desk)  # type: ignore[operator]
    asked: list[str] = []

    def type_and_cancel(dialog: YearContentDialog) -> None:
        type_text(dialog.pages["plan"].ui.titleEdit, TITLE)
        _tick(qtbot, dialog.ui.reportFirstCheck)
        assert dialog.ui.reportFirstCheck.isChecked()
        answer_next(qtbot, "กลับไปแก้ไข", asked)  # first: go back, the typing is still there
        _click(qtbot, _button(dialog, QDialogButtonBox.StandardButton.Cancel))
        assert dialog.isVisible() and dialog.pages["plan"].ui.titleEdit.text() == TITLE
        answer_next(qtbot, "ทิ้งข้อมูลที่พิมพ์", asked)
        _click(qtbot, _button(dialog, QDialogButtonBox.StandardButton.Cancel))

    _in_the_dialog(window, type_and_cancel)
    assert len(asked) == 2 and "ยังไม่ได้บันทึก" in asked[0]
    assert _stored(path) == YearContent()


def test_saving_keeps_what_another_pc_wrote_meanwhile_to_other_fields(
    office: tuple[Path, OfficeData], qtbot: QtBot, make_window: object
) -> None:
    path, desk = office
    window: MainWindow = make_window(desk)  # type: ignore[operator]
    other_db = Database.open(str(path))
    other = OfficeData(other_db)

    def another_pc_writes_then_save(dialog: YearContentDialog) -> None:
        # While the dialog is open, a second PC gives the plan a note and the progress a title.
        other.save_year_content(
            YEAR,
            YearContent(
                [
                    DocumentContent("plan", note="หมายเหตุ จากอีกเครื่อง"),
                    DocumentContent("progress", title="ชื่อจากอีกเครื่อง"),
                ]
            ),
        )
        type_text(dialog.pages["progress"].ui.titleEdit, TITLE)
        type_text(dialog.pages["results"].ui.noteEdit, "หมายเหตุ ของรายงานผล")
        _click(qtbot, _button(dialog, QDialogButtonBox.StandardButton.Save))

    try:
        _in_the_dialog(window, another_pc_writes_then_save)
    finally:
        other_db.dispose()
    stored = _stored(path)
    assert stored.document("plan").note == "หมายเหตุ จากอีกเครื่อง"  # the other PC's, kept
    assert stored.document("results").note == "หมายเหตุ ของรายงานผล"  # the user's
    assert stored.document("progress").title == TITLE  # both changed it: the user's typing wins ...
    message = window.ui.statusbar.currentMessage()
    assert "ชื่อเอกสาร (ความก้าวหน้า)" in message and "เครื่องอื่น" in message  # ... and is told so


def test_an_open_report_preview_is_drawn_again_with_the_saved_content(
    office: tuple[Path, OfficeData], qtbot: QtBot, make_window: object
) -> None:
    _, desk = office
    window: MainWindow = make_window(desk)  # type: ignore[operator]
    window.ui.actionPrintProgress.trigger()
    preview = window.report_preview
    assert preview is not None
    with qtbot.waitSignal(preview.previewReady, timeout=60_000) as first:  # type: ignore[attr-defined]
        pass
    assert compact(TITLE) not in pdf_text(Path(first.args[0]))

    def type_and_save(dialog: YearContentDialog) -> None:
        type_text(dialog.pages["progress"].ui.titleEdit, TITLE)
        _click(qtbot, _button(dialog, QDialogButtonBox.StandardButton.Save))

    with qtbot.waitSignal(preview.previewReady, timeout=60_000) as drawn:  # type: ignore[attr-defined]
        _in_the_dialog(window, type_and_save)
    assert compact(TITLE) in pdf_text(Path(drawn.args[0]))


def test_an_open_memo_is_drawn_again_with_the_signing_prefix(
    office: tuple[Path, OfficeData], qtbot: QtBot, make_window: object
) -> None:
    _, desk = office
    author = desk.people()[0].id
    assert author is not None
    desk.save_memo(YEAR, Memo(subject="รายงานผล รอบ 6 เดือน", body=["ย่อหน้าแรก"], author=author))
    window: MainWindow = make_window(desk)  # type: ignore[operator]
    qtbot.mouseClick(window.ui.composeMemoButton, Qt.MouseButton.LeftButton)
    composer = window.memo_composer
    assert isinstance(composer, MemoComposer)
    with qtbot.waitSignal(composer.previewReady, timeout=60_000) as first:
        composer.save_and_preview()
    assert compact("(ลงชื่อ)") not in pdf_text(Path(first.args[0]))

    def tick_and_save(dialog: YearContentDialog) -> None:
        _tick(qtbot, dialog.ui.signPrefixCheck)
        _click(qtbot, _button(dialog, QDialogButtonBox.StandardButton.Save))

    with qtbot.waitSignal(composer.previewReady, timeout=60_000) as drawn:
        _in_the_dialog(window, tick_and_save)
    assert compact("(ลงชื่อ)") in pdf_text(Path(drawn.args[0]))


PERIOD_HEADER = "ระยะเวลาดำเนินการ"  # the office's measure says nothing of when it runs


def _printed_plan(path: Path, target: Path) -> str:
    db = Database.open(str(path))
    try:
        print_document(OfficeData(db).dataset(YEAR), "plan", YEAR, 12, target)
    finally:
        db.dispose()
    return pdf_text(target)


def test_the_columns_no_measure_fills_are_left_out_when_the_office_ticks_it(
    office: tuple[Path, OfficeData], qtbot: QtBot, make_window: object, tmp_path: Path
) -> None:
    path, desk = office
    assert compact(PERIOD_HEADER) in _printed_plan(path, tmp_path / "before.pdf")
    window: MainWindow = make_window(desk)  # type: ignore[operator]
    seen: dict[str, object] = {}

    def tick_and_save(dialog: YearContentDialog) -> None:
        seen["at first"] = dialog.ui.omitEmptyColumnsCheck.isChecked()
        _tick(qtbot, dialog.ui.omitEmptyColumnsCheck)
        _click(qtbot, _button(dialog, QDialogButtonBox.StandardButton.Save))

    _in_the_dialog(window, tick_and_save)
    assert seen["at first"] is False
    assert _stored(path).omit_empty_columns is True
    text = _printed_plan(path, tmp_path / "after.pdf")
    assert compact(PERIOD_HEADER) not in text and compact("มาตรการเปิดเผยข้อมูล") in text

    def look(dialog: YearContentDialog) -> None:
        seen["again"] = dialog.ui.omitEmptyColumnsCheck.isChecked()
        _click(qtbot, _button(dialog, QDialogButtonBox.StandardButton.Cancel))

    _in_the_dialog(window, look)
    assert seen["again"] is True


def test_a_year_without_a_choice_shows_and_keeps_the_offices_layout(
    office: tuple[Path, OfficeData], qtbot: QtBot, make_window: object, tmp_path: Path
) -> None:
    """layout.toml's `omit_empty_columns` is the office's default for a year that has no choice: the box
    shows it, Save without touching it leaves the year following the file; unticking prints every column
    for this year alone."""
    from itadesk.documents.layout import office_layout_path

    path, desk = office
    layout_file = office_layout_path()
    layout_file.parent.mkdir(parents=True, exist_ok=True)
    layout_file.write_text("[report]\nomit_empty_columns = true\n", encoding="utf-8")
    assert compact(PERIOD_HEADER) not in _printed_plan(path, tmp_path / "default.pdf")
    window: MainWindow = make_window(desk)  # type: ignore[operator]
    seen: list[bool] = []

    def save_untouched(dialog: YearContentDialog) -> None:
        seen.append(dialog.ui.omitEmptyColumnsCheck.isChecked())
        type_text(dialog.pages["plan"].ui.noteEdit, "หมายเหตุ ข้อมูล ณ สิ้นปี")
        _click(qtbot, _button(dialog, QDialogButtonBox.StandardButton.Save))

    _in_the_dialog(window, save_untouched)
    assert seen == [True] and _stored(path).omit_empty_columns is None

    def untick(dialog: YearContentDialog) -> None:
        _tick(qtbot, dialog.ui.omitEmptyColumnsCheck)
        _click(qtbot, _button(dialog, QDialogButtonBox.StandardButton.Save))

    _in_the_dialog(window, untick)
    assert _stored(path).omit_empty_columns is False
    assert compact(PERIOD_HEADER) in _printed_plan(path, tmp_path / "every-column.pdf")
