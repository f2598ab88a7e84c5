"""Time the memo composer's preview: from the last key of a burst of typing to the new PDF in the view.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/memo_preview.py [--runs 15] [--measures 70]
    xvfb-run -a .venv/bin/python benchmarks/memo_preview.py

The real composer (MemoComposer over OfficeData on a SQLite file) shows a two-page memo with three approvers
and the twelve-month results report of --measures measures attached (20: six landscape pages). Each run
types five letters into the
memo's body, 120 ms apart as a person types, and times from the last key press to the new PDF loaded into
the preview and its visible page painted: the wait after typing (the debounce), saving, laying the memo out
and drawing it all count. The first drawing after opening is timed apart (everything loads then). Then, for
scale, Typst's compiler (kept, as its watch mode keeps it) compiles the same memo and report after the same
edit (benchmarks/typst/memo_results.typ; `pip install -e ".[bench]"`). Prints medians; figures go into issue
notes, never into assertions.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_data

from itadesk.storage.lifecycle.database import Database  # before PySide6, as the program does

REPORT_MEASURES = 20  # twenty measures make the results report six pages long
KEY_GAP_S = 0.12


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--key-gap", type=float, default=KEY_GAP_S, help="seconds between keys (0.12)")
    parser.add_argument("--measures", type=int, default=REPORT_MEASURES, help="measures in the report (20)")
    args = parser.parse_args()

    from PySide6.QtCore import QEvent, QSettings, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from itadesk.domain.model import Attachment
    from itadesk.service.office_data import OfficeData
    from itadesk.ui.common.background import Background
    from itadesk.ui.common.errors import ErrorHub
    from itadesk.ui.common.settings import UiSettings
    from itadesk.ui.common.ui_font import register_ui_font
    from itadesk.ui.memo.memo_composer import MemoComposer

    app = QApplication.instance() or QApplication(sys.argv)
    register_ui_font()
    dataset = bench_data.dataset(args.measures)
    dataset.years[0].memos[0].attach = Attachment("results", 12)

    with tempfile.TemporaryDirectory() as tmp:
        db = Database.open(str(Path(tmp) / "bench.sqlite3"))
        desk = OfficeData(db)
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

    typst = _typst_after_edit(dataset, args.runs)
    print(f"pages in the preview: {pages} (memo and attached report of {args.measures} measures)")
    print(f"first preview after opening: {first:.3f} s")
    median = statistics.median(refresh)
    print(f"refresh after the last key ({args.key_gap:.2f} s between keys), median of {args.runs}: "
          f"{median:.3f} s (min {min(refresh):.3f}, max {max(refresh):.3f})")  # fmt: skip
    anchor = statistics.median(typst)
    print(f"Typst, the same memo and report compiled again after one edit (its compiler kept): median "
          f"{anchor:.3f} s; ratio of our refresh {median / anchor:.2f}")  # fmt: skip


def _typst_after_edit(dataset: Any, runs: int) -> list[float]:
    from typst_anchor import TypstCompiler, memo_data, results_data

    memo = dataset.years[0].memos[0]
    report = results_data(dataset, bench_data.FISCAL_YEAR)
    compiler = TypstCompiler("memo_results", {"memo": memo_data(dataset, memo.id), "results": report})
    compiler.compile()
    times = []
    for _ in range(runs):
        memo.body = [*memo.body[:-1], memo.body[-1] + "ทดสอบ"]
        data = {"memo": memo_data(dataset, memo.id), "results": report}
        compiler.edit(data)
        start = time.perf_counter()
        compiler.compile()
        times.append(time.perf_counter() - start)
    return times


if __name__ == "__main__":
    main()
