"""Launch to a painted table: `itadesk --db FILE` with a year of N real measures (the examples' texts) against
a plain PySide6 program that shows the same rows in a QTableView, each from its process start until its
table first paints its rows. Medians of `--runs` runs each, and their ratio, for 60 and 600 measures.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python benchmarks/table_paint.py [--runs 10]
        [--before SRC]  # an earlier commit too: git archive COMMIT src resources | tar -x -C DIR

The plain table's window is given the program's window's size. Each program is timed at the moment its
table has drawn its rows (the view's own paintEvent has returned: the text of the rows laid out and drawn,
in both). Also prints how many times the program's cell delegate was asked for a size before that first
paint (rows are one height: none should be sized), and when the database is open behind the painted window
(the window paints from a plain first look at the file, then opens it: a change is saved at once from then
on). Beside the wall-clock medians, the processor time each process has used by its first paint:
on a machine other work keeps busy, the wall clock of both programs stretches unevenly, their processor time
much less.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

YEAR = 2566

# The program, as `itadesk --db FILE` starts it, with a probe that notes the first paint of the table's rows.
PROGRAM = r"""
import json, sys, time
import itadesk.app

_make_application = itadesk.app.make_application

def make_application(*args, **kwargs):
    app = _make_application(*args, **kwargs)
    from PySide6.QtCore import QTimer
    from itadesk.ui.main_window import thai_wrap_delegate
    from itadesk.ui.main_window.measure_table_view import MeasureTableView

    calls = {"sizeHint": 0}
    delegate = thai_wrap_delegate.ThaiWrapDelegate
    sized = delegate.sizeHint

    def counted(self, *args):
        calls["sizeHint"] += 1
        return sized(self, *args)

    delegate.sizeHint = counted
    view_paint = MeasureTableView.paintEvent
    report = {}

    # The moment the table has drawn its rows (its own paintEvent returned), as the plain program notes it.
    def painted(self, event):
        asked = dict(calls)
        view_paint(self, event)
        if report or self.model().rowCount() < int(sys.argv[2]):
            return
        window = self.window()
        report.update({"painted": time.monotonic(), "cpu": time.process_time(), "delegate": asked,
                       "size": [window.width(), window.height()]})

        def ready():  # the database open behind the painted window: a change is saved at once
            if getattr(window.desk, "opened", True) is None:
                QTimer.singleShot(5, ready)
                return
            report["ready"] = time.monotonic()
            print(json.dumps(report), flush=True)
            app.quit()

        QTimer.singleShot(0, ready)

    MeasureTableView.paintEvent = painted
    return app

itadesk.app.make_application = make_application
from itadesk.__main__ import main
sys.exit(main(["--db", sys.argv[1]]))
"""

# A plain PySide6 program: the same rows' texts (read from a JSON file) in a QTableView, nothing else.
PLAIN = r"""
import json, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView

app = QApplication(sys.argv[:1])
rows = json.loads(open(sys.argv[1], encoding="utf-8").read())
model = QStandardItemModel(len(rows), len(rows[0]))
for r, row in enumerate(rows):
    for c, text in enumerate(row):
        model.setItem(r, c, QStandardItem(text))

class View(QTableView):  # notes the moment it has drawn its rows, as the program's probe does
    def paintEvent(self, event):
        super().paintEvent(event)
        if not hasattr(app, "noted"):
            app.noted = True
            print(json.dumps({"painted": time.monotonic(), "cpu": time.process_time()}), flush=True)
            QTimer.singleShot(0, app.quit)

view = View()
view.setModel(model)
view.resize(int(sys.argv[2]), int(sys.argv[3]))  # the program's window's size
view.show()
sys.exit(app.exec())
"""


def make_files(folder: Path, count: int) -> tuple[Path, Path]:
    """The office's database and the same rows as plain text for the plain program."""
    from examples_year import examples_dataset

    from itadesk.storage.importing.run import import_dataset
    from itadesk.storage.lifecycle.database import Database
    from itadesk.ui.common.thai_dates import short_range

    dataset = examples_dataset(count, YEAR)
    database = folder / f"office-{count}.sqlite3"
    db = Database.open(str(database))
    with db.session() as session:
        import_dataset(session, dataset)
    db.dispose()
    rows = [
        [
            m.number or "",
            m.title,
            "\n".join(m.responsible),
            m.period or short_range(m.start, m.end),
            *("✓" if m.status == status else "" for status in type(m.status)),
        ]
        for m in dataset.years[0].measures
    ]
    texts = folder / f"rows-{count}.json"
    texts.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    return database, texts


def run(command: list[str], config_home: Path, pycache: Path, source: str = "") -> dict[str, object]:
    env = dict(os.environ, XDG_CONFIG_HOME=str(config_home), XDG_DATA_HOME=str(config_home / "data"),
               PYTHONPYCACHEPREFIX=str(pycache))  # fmt: skip
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if source:  # the program from another source tree (an earlier commit's `src`), ahead of the installed one
        env["PYTHONPATH"] = source
    started = time.monotonic()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise SystemExit(f"no table painted:\n{done.stdout}\n{done.stderr[-3000:]}")
    report: dict[str, object] = json.loads(lines[-1])
    report["seconds"] = float(report["painted"]) - started  # type: ignore[arg-type]
    if "ready" in report:
        report["ready_seconds"] = float(report["ready"]) - started  # type: ignore[arg-type]
    return report


def summary(name: str, times: list[float]) -> str:
    return f"{name} median {statistics.median(times):.3f} s (min {min(times):.3f}, max {max(times):.3f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--measures", type=int, nargs="+", default=[60, 600])
    parser.add_argument(
        "--before",
        metavar="SRC",
        help="also time the program from this `src` folder (git archive of a commit)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        pycache = folder / "pycache"
        for count in args.measures:
            database, texts = make_files(folder, count)
            program = [sys.executable, "-c", PROGRAM, str(database), str(count)]
            sources = {"ITA Desk": "", **({"ITA Desk before": args.before} if args.before else {})}
            size: list[int] = []
            for source in sources.values():  # bytecode written, disk cache warm
                warm = run(program, folder / "warm", pycache / source.replace("/", "_"), source)
                size = [int(n) for n in warm["size"]]  # type: ignore[attr-defined]
            width, height = size
            plain = [sys.executable, "-c", PLAIN, str(texts), str(width), str(height)]
            run(plain, folder / "warm", pycache)
            times: dict[str, list[float]] = {name: [] for name in [*sources, "plain"]}
            cpu: dict[str, list[float]] = {name: [] for name in [*sources, "plain"]}
            ready: dict[str, list[float]] = {name: [] for name in sources}
            calls: dict[str, object] = {}
            for n in range(args.runs):  # in turn, so a busy moment of the machine falls on each
                for name, source in sources.items():
                    home = folder / f"run{count}-{n}-{len(source)}"
                    report = run(program, home, pycache / source.replace("/", "_"), source)
                    times[name].append(float(report["seconds"]))  # type: ignore[arg-type]
                    cpu[name].append(float(report["cpu"]))  # type: ignore[arg-type]
                    ready[name].append(float(report.get("ready_seconds", report["seconds"])))  # type: ignore[arg-type]
                    calls[name] = report["delegate"]
                report = run(plain, folder / "plain", pycache)
                times["plain"].append(float(report["seconds"]))  # type: ignore[arg-type]
                cpu["plain"].append(float(report["cpu"]))  # type: ignore[arg-type]
            base = statistics.median(times["plain"])
            print(f"{count} measures, {args.runs} runs each, window {width} × {height}:")
            print(f"  {summary('plain PySide6 table', times['plain'])}")
            for name in sources:
                ratio = statistics.median(times[name]) / base
                print(f"  {summary(name, times[name])}, ratio {ratio:.2f}×; "
                      f"delegate calls before the first paint: {calls[name]}")  # fmt: skip
                print(f"    {summary(name + ': database open behind it', ready[name])}")
            plain_cpu = statistics.median(cpu["plain"])
            print(
                f"  processor time until the first paint (what a busy machine's other work does not add): "
                f"plain {plain_cpu:.3f} s",
                end="",
            )
            for name in sources:
                own = statistics.median(cpu[name])
                print(f"; {name} {own:.3f} s, ratio {own / plain_cpu:.2f}×", end="")
            print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
