"""Time the memo composer's preview: from the last key of a burst of typing to the new PDF in the view.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/memo_preview.py [--runs 15]
    xvfb-run -a .venv/bin/python benchmarks/memo_preview.py

The real composer (MemoComposer over StorageDesk on a SQLite file) shows a two-page memo with three approvers
and the twelve-month results report attached (six landscape pages). Each run types five letters into the
memo's body, 120 ms apart as a person types, and times from the last key press to the new PDF loaded into
the preview and its visible page painted: the wait after typing (the debounce), saving, laying the memo out
and drawing it all count. The first drawing after opening is timed apart (everything loads then). Prints
medians; figures go into issue notes, never into assertions.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_data

from itadesk.storage.lifecycle.database import Database  # before PySide6, as the program does

REPORT_MEASURES = 20  # twenty measures make the results report six pages long
KEY_GAP_S = 0.12


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--key-gap", type=float, default=KEY_GAP_S, help="seconds between keys (0.12)")
    args = parser.parse_args()

    from PySide6.QtCore import QEvent, QSettings, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from itadesk.domain.model import Attachment
    from itadesk.ui.common.background import Background
    from itadesk.ui.common.errors import ErrorHub
    from itadesk.ui.common.settings import UiSettings
    from itadesk.ui.common.ui_font import register_ui_font
    from itadesk.ui.desk.storage_desk import StorageDesk
    from itadesk.ui.memo.memo_composer import MemoComposer

    app = QApplication.instance() or QApplication(sys.argv)
    register_ui_font()
    dataset = bench_data.dataset(REPORT_MEASURES)
    dataset.years[0].memos[0].attach = Attachment("results", 12)

    with tempfile.TemporaryDirectory() as tmp:
        db = Database.open(str(Path(tmp) / "bench.sqlite3"))
        desk = StorageDesk(db)
        desk.import_dataset(dataset)
        errors = ErrorHub()
        background = Background(errors)
        settings = UiSettings(QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat))
        shown: list[float] = []

        def now_shown(ok: bool) -> None:
            if ok:
                composer.preview.view.viewport().repaint()  # the visible page drawn, not only loaded
                shown.append(time.perf_counter())

        def wait_for_preview(timeout: float = 60) -> float:
            deadline = time.perf_counter() + timeout
            while not shown:
                app.processEvents()
                time.sleep(0.001)
                if time.perf_counter() > deadline:
                    raise SystemExit(f"no preview after {timeout} s: {errors.last_message}")
            return shown.pop()

        start = time.perf_counter()
        composer = MemoComposer(desk, bench_data.FISCAL_YEAR, errors, background, settings)
        composer.renderFinished.connect(now_shown)
        composer.resize(1366, 740)
        composer.show()
        first = wait_for_preview() - start
        pages = composer.preview.document.pageCount()
        body = composer.ui.bodyEdit
        body.setFocus()
        body.moveCursor(body.textCursor().MoveOperation.End)

        def type_key(char: str) -> None:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(body, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))

        def pause(seconds: float) -> None:
            until = time.perf_counter() + seconds
            while time.perf_counter() < until:
                app.processEvents()
                time.sleep(0.002)

        refresh: list[float] = []
        for _ in range(args.runs):
            pause(0.3)
            shown.clear()
            for char in "ทดสอบ":
                type_key(char)
                last_key = time.perf_counter()
                pause(args.key_gap)
                if shown:  # a preview of a half-typed word is no refresh after the last key
                    shown.clear()
            refresh.append(wait_for_preview() - last_key)
        composer.close()
        background.wait()
        db.dispose()

    print(f"pages in the preview: {pages} (memo and attached report)")
    print(f"first preview after opening: {first:.3f} s")
    median = statistics.median(refresh)
    print(f"refresh after the last key ({args.key_gap:.2f} s between keys), median of {args.runs}: "
          f"{median:.3f} s (min {min(refresh):.3f}, max {max(refresh):.3f})")  # fmt: skip


if __name__ == "__main__":
    main()
