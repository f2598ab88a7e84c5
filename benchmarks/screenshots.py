"""Screenshots of every screen, for looking at: run under a display, PNGs go to a temporary folder.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python benchmarks/screenshots.py [EXAMPLE] [--scale 1.5]

The data is an exchange file (an office's real example) imported into a fresh SQLite database.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from itadesk.storage.database import Database  # before PySide6, as the program does

SHARED = Path(os.environ.get("ITADESK_SHARED", Path(__file__).resolve().parents[2] / "shared"))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("example", nargs="?", default=str(SHARED / "examples" / "001.json"))
    parser.add_argument("--scale", default="1", help="QT_SCALE_FACTOR, e.g. 1.25 or 1.5")
    args = parser.parse_args()
    os.environ["QT_SCALE_FACTOR"] = args.scale
    out = Path(tempfile.mkdtemp(prefix="itadesk-shots-"))

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from itadesk.app import make_application
    from itadesk.exchange.reader import read_exchange_file
    from itadesk.ui.background import Background
    from itadesk.ui.errors import ErrorHub
    from itadesk.ui.ita_result_dialog import ItaResultDialog
    from itadesk.ui.main_window import MainWindow
    from itadesk.ui.memo_composer import MemoComposer
    from itadesk.ui.report_preview import ReportPreview
    from itadesk.ui.settings import UiSettings
    from itadesk.ui.setup_dialog import SetupDialog
    from itadesk.ui.storage_desk import StorageDesk

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
        print(out / f"{name}.png")

    empty = StorageDesk(Database.open(str(out / "empty.sqlite3")))
    setup = SetupDialog(empty, errors, first_run=True)
    shoot(setup, "01-first-run-setup")
    setup.close()

    db = Database.open(str(out / "office.sqlite3"))
    desk = StorageDesk(db)
    desk.import_dataset(read_exchange_file(Path(args.example)))
    window = MainWindow(desk, settings, errors, background)
    available = app.primaryScreen().availableGeometry().size()
    window.resize(min(1500, available.width()), min(900, available.height()))
    shoot(window, "02-main-window")
    window.ui.measureTable.selectRow(1)
    window.editor.ui.tabs.setCurrentIndex(1)
    shoot(window, "03-editor-steps")
    window.editor.ui.tabs.setCurrentIndex(2)
    shoot(window, "04-editor-results")
    window.editor.ui.tabs.setCurrentIndex(4)
    shoot(window, "05-editor-history")
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
    composer.resize(min(1500, available.width()), min(950, available.height()))
    composer.save_and_preview()
    shoot(composer, "09-memo-composer", wait_ms=3000)
    composer.close()

    report = ReportPreview(desk, "progress", window.year, 12, errors, background, settings, window)
    shoot(report, "10-report-progress", wait_ms=3000)
    report.close()

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
