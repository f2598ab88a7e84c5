"""Screenshots of every screen, for looking at: run under a display, PNGs go to a temporary folder.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python benchmarks/screenshots.py [EXAMPLE] [--scale 1.5]
    .venv/bin/python benchmarks/screenshots.py --offices-screens     # needs Xvfb; one folder per screen

The second form starts Xvfb itself for each of the offices' screens (1366 × 768 at 100 % and 125 %,
1600 × 1000 and 1920 × 1080 at 150 %) and shoots every screen on each. Every window opens at the size the
program gives it (nothing here resizes it), and each shot names the controls, if any, out of reach (outside
the window or the screen, or beyond the side of a scroll area that does not scroll that way).

The data is an exchange file (an office's real example) imported into a fresh SQLite database.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from itadesk.storage.lifecycle.database import Database  # before PySide6, as the program does

SHARED = Path(os.environ.get("ITADESK_SHARED", Path(__file__).resolve().parents[2] / "shared"))
# The offices' screens: (width, height, QT_SCALE_FACTOR).
OFFICE_SCREENS = ((1366, 768, "1"), (1366, 768, "1.25"), (1600, 1000, "1.5"), (1920, 1080, "1.5"))


def shoot_office_screens(example: str) -> int:
    """Run this script once per office screen, each under an Xvfb of that size."""
    out = Path(tempfile.mkdtemp(prefix="itadesk-shots-"))
    failed = 0
    for number, (width, height, scale) in enumerate(OFFICE_SCREENS, start=90):
        folder = out / f"{width}x{height}-{round(float(scale) * 100)}"
        display = f":{number}"
        screen = f"{width}x{height}x24"
        server = subprocess.Popen(["Xvfb", display, "-screen", "0", screen, "-nolisten", "tcp"])
        try:
            time.sleep(1)
            env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
            command = [sys.executable, __file__, example, "--scale", scale, "--out", str(folder)]
            failed |= subprocess.run(command, env=env, check=False).returncode
        finally:
            server.terminate()
            server.wait()
    print(f"screenshots in {out}")
    return failed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("example", nargs="?", default=str(SHARED / "examples" / "001.json"))
    parser.add_argument("--scale", default="1", help="QT_SCALE_FACTOR, e.g. 1.25 or 1.5")
    parser.add_argument("--out", help="the folder for the PNGs (default: a new temporary folder)")
    parser.add_argument("--offices-screens", action="store_true", help="shoot at each office screen (Xvfb)")
    args = parser.parse_args()
    if args.offices_screens:
        return shoot_office_screens(args.example)
    os.environ["QT_SCALE_FACTOR"] = args.scale
    out = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="itadesk-shots-"))
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

    from itadesk.app import make_application
    from itadesk.exchange.reader import read_exchange_file
    from itadesk.service.office_data import OfficeData
    from itadesk.ui.common.background import Background
    from itadesk.ui.common.errors import ErrorHub
    from itadesk.ui.common.screen_fit import out_of_reach
    from itadesk.ui.common.settings import UiSettings
    from itadesk.ui.main_window.main_window import MainWindow
    from itadesk.ui.memo.memo_composer import MemoComposer
    from itadesk.ui.office.ita_result_dialog import ItaResultDialog
    from itadesk.ui.office.setup_dialog import SetupDialog
    from itadesk.ui.preview.report_preview import ReportPreview

    app = make_application()
    errors = ErrorHub()
    background = Background(errors)
    settings = UiSettings(QSettings(str(out / "settings.ini"), QSettings.Format.IniFormat))

    def shoot(widget: QWidget, name: str, wait_ms: int = 300) -> None:
        """Show, let background work finish, then keep handling events for `wait_ms` of real time: the PDF
        view renders its pages in a thread of its own, which the background pool does not know about."""
        widget.show()
        background.wait()
        settled = time.monotonic() + wait_ms / 1000
        while time.monotonic() < settled:
            app.processEvents()
            background.wait(20)
            time.sleep(0.02)
            app.processEvents()
        widget.grab().save(str(out / f"{name}.png"))
        frame, screen = widget.frameGeometry(), widget.screen().availableGeometry()
        fits = "" if screen.contains(frame) else f"  NOT INSIDE THE SCREEN {screen.width()}×{screen.height()}"
        print(out / f"{name}.png", f"{frame.width()}×{frame.height()}{fits}")
        for control in out_of_reach(widget):
            print("    out of reach:", control)

    empty = OfficeData(Database.open(str(out / "empty.sqlite3")))
    setup = SetupDialog(empty, errors, first_run=True)
    for tab in range(setup.ui.tabs.count()):
        setup.ui.tabs.setCurrentIndex(tab)
        shoot(setup, f"01-first-run-setup-tab{tab + 1}")
    setup.close()

    db = Database.open(str(out / "office.sqlite3"))
    desk = OfficeData(db)
    desk.import_dataset(read_exchange_file(Path(args.example)))
    window = MainWindow(desk, settings, errors, background)
    shoot(window, "02-main-window")
    window.ui.measureTable.selectRow(1)
    window.open_in_editor()  # as Enter on the row does: the editor's pane opens (hidden at first on a laptop)
    tabs = window.editor.ui.tabs
    for tab in range(tabs.count()):
        tabs.setCurrentIndex(tab)
        shoot(window, f"03-editor-tab{tab + 1}")
    window.ui.statusFilter.setCurrentIndex(2)
    window.ui.searchEdit.setText("ข้อมูล")
    shoot(window, "06-filtered")
    window.clear_filters()

    setup_again = SetupDialog(desk, errors, window, first_run=False)
    setup_again.ui.tabs.setCurrentIndex(2)
    shoot(setup_again, "07-setup-people")
    setup_again.close()

    ita = ItaResultDialog(desk.ita_result(window.year), window.year, window)
    shoot(ita, "08-ita-result")
    ita.close()

    composer = MemoComposer(desk, window.year, errors, background, settings, window)
    composer.save_and_preview()
    shoot(composer, "09-memo-composer", wait_ms=3000)
    composer.close()

    report = ReportPreview(desk, "progress", window.year, 12, errors, background, settings, window)
    shoot(report, "10-report-progress", wait_ms=3000)
    report.close()

    # Qt's own strings, from the program's Thai translation: a text field's menu and standard buttons.
    window.ui.searchEdit.setText("ผู้บริหาร")
    window.ui.searchEdit.selectAll()
    menu = window.ui.searchEdit.createStandardContextMenu()
    menu.popup(window.ui.searchEdit.mapToGlobal(window.ui.searchEdit.rect().bottomLeft()))
    shoot(menu, "13-text-field-menu")
    menu.close()
    window.clear_filters()
    question = QMessageBox(QMessageBox.Icon.Question, "ITA Desk", "บันทึกการแก้ไขก่อนปิดหรือไม่?", parent=window)
    buttons = QMessageBox.StandardButton
    question.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
    shoot(question, "14-standard-buttons")
    question.close()

    errors.show_message("เปิดฐานข้อมูลไม่ได้", "ไฟล์ฐานข้อมูล C:\\ITA\\itadesk.sqlite3 เสียหาย — กู้คืนจากไฟล์สำรอง")
    shoot(QApplication.activeModalWidget() or errors._open[-1], "11-error-message")
    errors.close_all()
    try:
        raise RuntimeError("ตัวอย่างข้อผิดพลาดของโปรแกรม")
    except RuntimeError as error:
        errors.report(error, "ทดสอบ")
    shoot(errors._open[-1], "12-bug-report")
    errors.close_all()
    window.close()
    background.wait()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
