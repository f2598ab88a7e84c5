"""Start-up time of the window: `itadesk --db FILE` on a database holding a year of 60 measures, from the
process start until the table has painted its rows. Median of 10 runs; run under a display (xvfb-run).

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python benchmarks/startup.py [--runs 10]

Also checks that the first paint did not load ReportLab, PyThaiNLP, the documents or the exchange code.

    --executable PATH [PATH …]  compares programs that cannot carry the probe (the PyInstaller bundle
    dist/ITADesk/ITADesk beside .venv/bin/itadesk): from launch until the start-up backup the window makes
    once it has painted appears, then the window is closed with SIGTERM. Same database, same method for each.
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

MEASURES = 60
YEAR = 2567
LAZY_MODULES = ("reportlab", "pythainlp", "itadesk.documents", "itadesk.exchange", "sqlalchemy.orm")

# Runs in the child: the real entry point, with a probe that notes when the measures table first paints
# its 60 rows, then quits. The probe only watches events; the program starts exactly as `itadesk` does.
CHILD = r"""
import json, sys, time
import itadesk.app

# PySide6 is imported only inside make_application, as the program itself does (after SQLAlchemy).
_make_application = itadesk.app.make_application

def make_application(*args, **kwargs):
    app = _make_application(*args, **kwargs)
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QAbstractItemView

    class Probe(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and isinstance(obj.parent(), QAbstractItemView):
                view = obj.parent()
                if view.objectName() == "measureTable" and view.model().rowCount() >= int(sys.argv[2]):
                    lazy = [m for m in sys.modules if m.split(".")[0] in ("reportlab", "pythainlp")
                            or m.startswith(("itadesk.documents", "itadesk.exchange", "sqlalchemy.orm"))]
                    print(json.dumps({"painted": time.monotonic(), "loaded_lazy": sorted(lazy)}), flush=True)
                    app.removeEventFilter(self)
                    QTimer.singleShot(0, app.quit)
            return False

    app._probe = Probe()
    app.installEventFilter(app._probe)
    return app

itadesk.app.make_application = make_application
from itadesk.__main__ import main
sys.exit(main(["--db", sys.argv[1]]))
"""


def make_database(path: Path) -> None:
    from itadesk.domain.model import Dataset, FiscalYear, Measure, Organization, Person, Unit
    from itadesk.domain.status import Status
    from itadesk.storage.importing.run import import_dataset
    from itadesk.storage.lifecycle.database import Database

    statuses = list(Status)
    measures = [
        Measure(
            title=f"มาตรการที่ {n} การเผยแพร่ข้อมูลและการป้องกันการทุจริตในหน่วยงาน",
            part=("IIT", "EIT", "OIT")[n % 3],
            steps=["จัดทำประกาศ", "เผยแพร่ทางเว็บไซต์", "รายงานผลต่อผู้บริหาร"],
            responsible=[("สำนักปลัด", "กองคลัง", "กองช่าง")[n % 3]],
            period="ต.ค. 66 – ก.ย. 67",
            status=statuses[n % 3],
        )
        for n in range(1, MEASURES + 1)
    ]
    dataset = Dataset(
        organization=Organization(name="องค์การบริหารส่วนตำบลทดสอบ", short_name="อบต.ทดสอบ"),
        units=[Unit(name="สำนักปลัด"), Unit(name="กองคลัง"), Unit(name="กองช่าง")],
        people=[Person(name="ทดสอบ ระบบ", title="นาย", position="นิติกร")],
        years=[FiscalYear(fiscal_year=YEAR, measures=measures)],
    )
    db = Database.open(str(path))
    with db.session() as session:
        import_dataset(session, dataset)
    db.dispose()


def run_once(database: Path, config_home: Path, pycache: Path) -> tuple[float, list[str]]:
    # Bytecode is cached (in a temporary folder) as an installed program's is; the warm-up run writes it.
    env = dict(os.environ, XDG_CONFIG_HOME=str(config_home), XDG_DATA_HOME=str(config_home / "data"),
               PYTHONPYCACHEPREFIX=str(pycache))  # fmt: skip
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(database), str(MEASURES)],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise SystemExit(f"the window did not show its measures:\n{done.stdout}\n{done.stderr}")
    report = json.loads(lines[-1])
    return report["painted"] - started, report["loaded_lazy"]


def run_executable(executable: str, database: Path, home: Path) -> float:
    """Launch to the start-up backup's file, a little after the first paint."""
    import signal

    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env["HOME"] = str(home)
    backups = home / ".local" / "share" / "itadesk" / "backups"
    started = time.monotonic()
    window = subprocess.Popen([executable, "--db", str(database)], env=env, stderr=subprocess.DEVNULL)
    try:
        while not (backups.is_dir() and any(backups.glob("*.sqlite3"))):
            if window.poll() is not None or time.monotonic() - started > 60:
                raise SystemExit(f"{executable}: the window did not open")
            time.sleep(0.005)
        return time.monotonic() - started
    finally:
        window.send_signal(signal.SIGTERM)
        window.wait(timeout=30)


def compare_executables(executables: list[str], runs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        database = folder / "bench.sqlite3"
        make_database(database)
        for index, executable in enumerate(executables):
            run_executable(executable, database, folder / f"warm{index}")  # disk cache, bytecode
            times = [run_executable(executable, database, folder / f"{index}-{n}") for n in range(runs)]
            median, low, high = statistics.median(times), min(times), max(times)
            print(f"{executable}: window with {MEASURES} measures open (start-up backup written): "
                  f"median {median:.3f} s (min {low:.3f}, max {high:.3f}, {runs} runs)")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--executable", nargs="+", help="programs to compare, e.g. dist/ITADesk/ITADesk")
    args = parser.parse_args()
    if args.executable:
        compare_executables(args.executable, args.runs)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        database = folder / "bench.sqlite3"
        make_database(database)
        pycache = folder / "pycache"
        run_once(database, folder / "warm", pycache)  # the first run compiles bytecode, warms the disk cache
        times = []
        for n in range(args.runs):
            seconds, lazy = run_once(database, folder / f"run{n}", pycache)
            times.append(seconds)
            if lazy:
                print(f"run {n + 1}: loaded before the first paint (should be lazy): {', '.join(lazy)}")
        print(f"window with {MEASURES} measures painted: median {statistics.median(times):.3f} s "
              f"(min {min(times):.3f}, max {max(times):.3f}, {args.runs} runs)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
