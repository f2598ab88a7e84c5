"""The set-up form, the Buddhist-Era date picker and the report preview, as a user fills and reads them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from itadesk.domain.model import Measure
from itadesk.ui.common.background import Background
from itadesk.ui.common.be_date_edit import BeDateEdit
from itadesk.ui.common.errors import ErrorHub
from itadesk.ui.common.settings import UiSettings
from itadesk.ui.office.setup_dialog import SetupDialog
from itadesk.ui.preview.report_preview import ReportPreview
from tests.conftest import GARUDA_SVG, require_shared
from tests.ui.conftest import office_desk
from tests.ui.memory_desk import MemoryDesk


def test_the_date_picker_shows_buddhist_era_years_and_thai_months(qtbot: QtBot) -> None:
    picker = BeDateEdit()
    qtbot.addWidget(picker)
    picker.set_date(date(2023, 11, 22))
    assert picker._year.text() == "พ.ศ. 2566"
    assert picker._month.currentText() == "พฤศจิกายน"
    assert picker.date() == date(2023, 11, 22)
    with qtbot.waitSignal(picker.dateChanged) as blocker:
        picker._month.setCurrentIndex(1)  # กุมภาพันธ์ 2566 has 28 days: day 22 stays valid
    assert blocker.args == [date(2023, 2, 22)]
    picker.set_date(date(2024, 1, 31))
    picker._month.setCurrentIndex(1)  # 31 กุมภาพันธ์ does not exist: the last day of the month
    assert picker.date() == date(2024, 2, 29)
    with qtbot.waitSignal(picker.dateChanged) as blocker:
        picker._enabled_box.setChecked(False)  # no date: left blank to write by hand
    assert blocker.args == [None] and picker.date() is None


def test_setup_refuses_to_save_without_the_organisation_name(qtbot: QtBot, errors: ErrorHub) -> None:
    desk = MemoryDesk()
    dialog = SetupDialog(desk, errors, first_run=True)
    qtbot.addWidget(dialog)
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "ชื่อหน่วยงาน" in errors.last_message
    assert desk.organization() is None


def test_a_missing_or_wrong_emblem_file_is_said_in_thai(
    qtbot: QtBot, errors: ErrorHub, tmp_path: Path
) -> None:
    dialog = SetupDialog(office_desk(), errors, first_run=False)
    qtbot.addWidget(dialog)
    dialog.load_emblem_file(tmp_path / "ไม่มี.png")
    assert errors.last_message.startswith("ใช้รูปตราครุฑไม่สำเร็จ\nอ่านไฟล์ตราครุฑ")
    fake = tmp_path / "ตรา.png"
    fake.write_bytes(b"not a picture")
    dialog.load_emblem_file(fake)
    assert "ไม่ใช่รูป PNG" in errors.last_message
    assert dialog.emblem is None
    require_shared(GARUDA_SVG)
    dialog.load_emblem_file(GARUDA_SVG)
    assert dialog.emblem is not None and dialog.emblem.mime == "image/svg+xml"
    assert not dialog.ui.emblemPreview.pixmap().isNull()


def test_a_report_is_drawn_off_the_gui_thread_and_shown(
    qtbot: QtBot, errors: ErrorHub, background: Background, settings: UiSettings
) -> None:
    desk = office_desk()
    for n in range(1, 4):
        desk.add_measure(
            2567, Measure(title=f"มาตรการทดสอบที่ {n}", part="IIT", responsible=["สำนักปลัด"])
        )  # printed with Thai digits
    preview = ReportPreview(desk, "progress", 2567, 12, errors, background, settings)
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.previewReady, timeout=60000):
        preview.show()
    assert preview.preview.document.pageCount() >= 1
    assert "มาตรการทดสอบที่๓" in "".join(preview.preview.document.getAllText(0).text().split())
    assert preview.windowTitle() == "ความก้าวหน้าการดำเนินงาน ปีงบประมาณ 2567 รอบ 12 เดือน"


def test_the_report_preview_lists_what_to_check_before_printing(
    qtbot: QtBot, errors: ErrorHub, background: Background, settings: UiSettings
) -> None:
    desk = office_desk()
    desk.add_measure(2567, Measure(title="มาตรการไม่มีผู้รับผิดชอบ", period="ตลอดปี"))
    desk.add_measure(2567, Measure(title="มาตรการครบถ้วน", responsible=["สำนักปลัด"], period="ตลอดปี"))
    preview = ReportPreview(desk, "plan", 2567, 12, errors, background, settings)
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.previewReady, timeout=60000):
        preview.show()
    lines = [preview.warnings.list.item(i).text() for i in range(preview.warnings.list.count())]
    assert lines == [
        "กรอบการประเมินปี 2567 ยังไม่ยืนยัน ใช้ตามปี 2566 — ตรวจกับคู่มือ ITA ของปีนี้",  # never silently
        'มาตรการที่ 1 "1. มาตรการไม่มีผู้รับผิดชอบ": ยังไม่มีหน่วยงานผู้รับผิดชอบ — ใส่หน่วยงานในช่อง "ผู้รับผิดชอบ"',
    ]
    assert preview.warnings.summary.text() == "พบ 2 เรื่องที่ควรแก้ (พิมพ์ได้ตามที่บันทึกไว้)"
    assert preview.warnings.list.isVisible()


def test_the_report_preview_says_what_to_enter_before_an_analysis_prints(
    qtbot: QtBot, errors: ErrorHub, background: Background, settings: UiSettings
) -> None:
    desk = office_desk(["มาตรการทดสอบ"])
    preview = ReportPreview(desk, "analysis", 2567, 12, errors, background, settings)
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitUntil(lambda: preview.warnings.summary.text() == "ยังพิมพ์เอกสารนี้ไม่ได้", timeout=60000)
    assert "ยังไม่ได้บันทึกผลการประเมิน ITA" in preview.warnings.list.item(0).text()
    assert "ยังไม่ได้บันทึกผลการประเมิน ITA" in errors.last_message
