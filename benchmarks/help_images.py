"""The pictures of the in-program manual (resources/help/images/), made by the program's own windows.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python benchmarks/help_images.py [--out FOLDER]

A made-up office (no real office's data goes into the program) is stored in a fresh SQLite database, the
windows are shown at the size of a 1366×768 laptop and each picture is scaled to 1000 pixels wide and saved
with a 256-colour palette, so the manual stays small. Run it again after a window changes; the manual
(resources/help/manual.html) names the pictures by file name.

The dialogs shown with typing in them are put away with `done()`, as their own buttons would: closing them
asks "ยังไม่ได้บันทึก" (ui/common/form_guard.py), rightly for a user and with nobody to answer here. Any
question a window asks all the same ends the run at once, naming it (exit 2), instead of waiting for a click.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from itadesk.storage.lifecycle.database import Database  # before PySide6, as the program does

OUT = Path(__file__).resolve().parents[1] / "resources" / "help" / "images"
WIDTH = 1000  # pixels of every picture

OFFICE = "องค์การบริหารส่วนตำบลตัวอย่าง"
MEASURES = [
    ("เผยแพร่ข้อมูลการจัดซื้อจัดจ้างบนเว็บไซต์ของหน่วยงาน", "OIT", "done"),
    ("จัดทำช่องทางรับเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "OIT", "in_progress"),
    ("ประกาศเจตนารมณ์การป้องกันการรับสินบนของผู้บริหาร", "IIT", "done"),
    ("อบรมบุคลากรเรื่องการป้องกันผลประโยชน์ทับซ้อน", "IIT", "in_progress"),
    ("สำรวจความพึงพอใจของผู้รับบริการ ณ จุดบริการ", "EIT", "not_started"),
    ("เปิดเผยแผนการใช้จ่ายงบประมาณประจำปีให้ประชาชนทราบ", "OIT", "not_started"),
]


def sample_dataset() -> object:
    from itadesk.domain.model import (
        Approval,
        Dataset,
        FiscalYear,
        Measure,
        Memo,
        Organization,
        Person,
        ResultEntry,
        Unit,
    )
    from itadesk.domain.status import Status

    people = [
        Person(id="p-1", title="นางสาว", name="สมใจ ใจดี", position="นักวิเคราะห์นโยบายและแผน"),
        Person(id="p-2", title="นาย", name="สมชาย รักงาน", position="หัวหน้าสำนักปลัด"),
        Person(id="p-3", title="นาง", name="สมศรี มั่นคง", position="ปลัดองค์การบริหารส่วนตำบล"),
    ]
    measures = [
        Measure(
            id=f"m-{i}",
            title=title,
            part=part,
            steps=["จัดทำแผนและแต่งตั้งผู้รับผิดชอบ", "ดำเนินการตามแผน", "รายงานผลให้ผู้บริหารทราบ"],
            responsible=["สำนักปลัด"],
            start=date(2023, 10, 1),
            end=date(2024, 9, 30),
            status=Status(status),
            results=[ResultEntry("ประชุมคณะทำงานเพื่อทำความเข้าใจร่วมกัน", date(2024, 1, 24))]
            if status != "not_started"
            else [],
        )
        for i, (title, part, status) in enumerate(MEASURES, start=1)
    ]
    memo = Memo(
        id="memo-help",
        subject="รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ 2567 รอบ 6 เดือน",
        unit="สำนักปลัด",
        date=date(2024, 4, 5),
        to=f"นายก{OFFICE}",
        body=[
            "ตามที่หน่วยงานได้จัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ 2567 นั้น",
            "จึงเรียนมาเพื่อโปรดทราบ",
        ],
        author="p-1",
        approvals=[Approval("p-2", "ความเห็นของหัวหน้าสำนักปลัด"), Approval("p-3", "ความเห็นของปลัด")],
    )
    return Dataset(
        organization=Organization(name=OFFICE, short_name="อบต.ตัวอย่าง", document_code="ตย 12345"),
        units=[Unit(id="u-1", name="สำนักปลัด"), Unit(id="u-2", name="กองคลัง")],
        people=people,
        years=[FiscalYear(2567, measures=measures, memos=[memo])],
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)

    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice, QSettings, Qt, QTimer
    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

    from itadesk.app import make_application
    from itadesk.service.office_data import OfficeData
    from itadesk.ui.common.background import Background
    from itadesk.ui.common.errors import ErrorHub
    from itadesk.ui.common.settings import UiSettings
    from itadesk.ui.main_window.main_window import MainWindow
    from itadesk.ui.memo.memo_composer import MemoComposer
    from itadesk.ui.office.setup_dialog import SetupDialog
    from itadesk.ui.preview.report_preview import ReportPreview

    app = make_application()
    errors = ErrorHub()
    background = Background(errors)
    work = Path(tempfile.mkdtemp(prefix="itadesk-help-"))
    settings = UiSettings(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))

    def no_questions() -> None:
        """A window asking something would wait for a click nobody gives: say which, and stop."""
        asking = QApplication.activeModalWidget()
        if isinstance(asking, QMessageBox):
            print(
                f"help_images: a window asks a question nobody here answers: "
                f"{asking.windowTitle()}: {asking.text()}",
                file=sys.stderr,
                flush=True,
            )
            os._exit(2)  # out of the question's own event loop, which nothing here would end

    watchdog = QTimer()
    watchdog.timeout.connect(no_questions)
    watchdog.start(500)  # runs inside a modal question's event loop too

    def put_away(dialog: QDialog) -> None:
        """Hide a dialog holding the made-up typing without the question a user closing it is asked."""
        dialog.done(QDialog.DialogCode.Rejected)

    def settle(wait_ms: int) -> None:
        until = time.monotonic() + wait_ms / 1000
        while time.monotonic() < until:
            app.processEvents()
            background.wait(20)
            time.sleep(0.02)
        app.processEvents()

    def save(pixmap: QPixmap, name: str) -> None:
        if pixmap.width() > WIDTH:
            pixmap = pixmap.scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        pixmap.save(buffer, "PNG")
        image = Image.open(io.BytesIO(bytes(buffer.data().data()))).convert("RGB")
        target = out / f"{name}.png"
        image.quantize(256, dither=Image.Dither.NONE).save(target, optimize=True)
        print(f"{target.name}: {image.width}×{image.height}, {target.stat().st_size // 1024} KB")

    def shoot(widget: QWidget, name: str, wait_ms: int = 300) -> None:
        widget.show()
        widget.raise_()
        settle(wait_ms)
        save(widget.grab(), name)

    empty = OfficeData(Database.open(str(work / "empty.sqlite3")))
    setup = SetupDialog(empty, errors, first_run=True)
    setup.ui.nameEdit.setText(OFFICE)
    setup.ui.shortNameEdit.setText("อบต.ตัวอย่าง")
    shoot(setup, "01-setup")
    put_away(setup)

    db = Database.open(str(work / "office.sqlite3"))
    desk = OfficeData(db)
    desk.import_dataset(sample_dataset())  # type: ignore[arg-type]
    window = MainWindow(desk, settings, errors, background)
    window.resize(1366, 740)
    window.show_year(2567)
    shoot(window, "02-main-window")
    window.add_measure_titled("จัดทำคู่มือการปฏิบัติงานเพื่อลดการใช้ดุลพินิจ")
    shoot(window, "03-add-measure")
    window.ui.measureTable.selectRow(1)
    window.editor.ui.tabs.setCurrentIndex(0)
    shoot(window, "04-status")
    window.editor.ui.tabs.setCurrentIndex(2)
    shoot(window, "05-results")
    window.editor.ui.tabs.setCurrentIndex(0)
    window.ui.searchEdit.setText("เผยแพร่")
    shoot(window, "06-search")
    window.clear_filters()
    window.ui.searchEdit.clear()

    composer = MemoComposer(desk, 2567, errors, background, settings, window)
    composer.resize(1366, 740)
    composer.save_and_preview()
    shoot(composer, "08-memo", wait_ms=3000)
    composer.close()

    report = ReportPreview(desk, "results", 2567, 6, errors, background, settings, window)
    report.resize(1366, 740)
    shoot(report, "09-report", wait_ms=3000)
    report.close()

    from itadesk.ui.office.year_content_dialog import YearContentDialog

    content = YearContentDialog(desk.year_content(2567), 2567, "thai", window)
    content.ui.documentTabs.setCurrentIndex(1)  # the progress report
    progress = content.pages["progress"].ui
    progress.introductionEdit.setPlainText(
        "ตามที่ องค์การบริหารส่วนตำบลตัวอย่าง ได้จัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน "
        "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ไว้แล้ว จึงรายงานความก้าวหน้าของการดำเนินการ ดังต่อไปนี้"
    )
    progress.noteEdit.setPlainText("หมายเหตุ ต้องรายงานข้อมูลให้ครบ ๑ ปี ตั้งแต่เดือนตุลาคม – กันยายน")
    shoot(content, "11-year-content")
    put_away(content)

    for menu, name in ((window.ui.menuYear, "07-next-year-menu"), (window.ui.menuFile, "10-backup-menu")):
        menu.popup(window.mapToGlobal(window.ui.menubar.geometry().bottomLeft()))
        settle(300)
        save(menu.grab(), name)
        menu.hide()

    window.close()
    watchdog.stop()
    background.wait()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
