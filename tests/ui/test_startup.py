"""The window opens without loading what only printing and importing need; a backup is kept at every start."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import datetime
from pathlib import Path

from itadesk.domain.model import Dataset, FiscalYear, Measure, Organization
from itadesk.service.safekeeping import backup_at_start
from itadesk.storage.importing.run import import_dataset
from itadesk.storage.lifecycle.backup_list import AUTO_PREFIX as PREFIX
from itadesk.storage.lifecycle.database import Database


def _database(path: Path, measures: int = 60) -> Path:
    db = Database.open(str(path))
    with db.session() as session:
        import_dataset(session, Dataset(
            organization=Organization(name="องค์การบริหารส่วนตำบลทดสอบ"),
            years=[FiscalYear(2567, measures=[Measure(title=f"มาตรการที่ {n}") for n in range(measures)])],
        ))  # fmt: skip
    db.dispose()
    return path


def test_the_first_paint_loads_no_reportlab_pythainlp_documents_exchange_or_orm(tmp_path: Path) -> None:
    database = _database(tmp_path / "office.sqlite3")
    script = textwrap.dedent(f"""
        import sys
        from itadesk.storage.lifecycle.database import Database
        from itadesk.app import make_application, user_settings
        from itadesk.service.office_data import OfficeData
        from itadesk.ui.common.errors import ErrorHub
        from itadesk.ui.common.background import Background
        from itadesk.ui.common.settings import UiSettings
        from itadesk.ui.main_window.main_window import MainWindow
        app = make_application()
        errors = ErrorHub()
        desk = OfficeData(Database.open({str(database)!r}))
        from PySide6.QtCore import QEvent, QObject, QTimer
        background = Background(errors)
        window = MainWindow(desk, UiSettings(user_settings()), errors, background)
        seen = []

        class FirstPaint(QObject):  # looks at the modules as the table's rows are first drawn
            def eventFilter(self, obj, event):
                if (not seen and event.type() == QEvent.Type.Paint
                        and obj is window.ui.measureTable.viewport()):
                    assert window.model.rowCount() == 60, window.model.rowCount()
                    seen.append([m for m in sys.modules if m.split(".")[0] in ("reportlab", "pythainlp")
                                 or m.startswith(("itadesk.documents", "itadesk.exchange", "sqlalchemy.orm",
                                                  "itadesk.storage.data.models"))])
                return False

        probe = FirstPaint()
        app.installEventFilter(probe)
        window.show()
        import time
        from itadesk.thai.segment import dictionary_loaded
        started = time.monotonic()

        def quit_when_loaded():  # the dictionary loads after what writing needs, both once painted
            if not dictionary_loaded() and time.monotonic() - started < 60:
                QTimer.singleShot(100, quit_when_loaded)
                return
            app.quit()

        QTimer.singleShot(100, quit_when_loaded)
        app.exec()
        background.wait()
        from itadesk.thai.segment import dictionary_loaded
        print("LAZY", seen[0])
        print("DICTIONARY AFTER", dictionary_loaded())
        print("ORM AFTER", "itadesk.storage.data.measures" in sys.modules and "sqlalchemy.orm" in sys.modules)
    """)
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "LAZY []" in done.stdout
    assert "DICTIONARY AFTER True" in done.stdout  # and the Thai dictionary loaded once the table was drawn
    assert "ORM AFTER True" in done.stdout  # and what writing needs, before the first change


def test_a_backup_is_made_at_start_and_the_policy_keeps_one_a_day(tmp_path: Path) -> None:
    database = _database(tmp_path / "office.sqlite3", measures=3)
    folder = tmp_path / "backups"
    db = Database.open(str(database))
    starts = [datetime(2026, 12, day, hour) for day in (1, 2) for hour in (8, 10, 13)]
    made = [backup_at_start(db, folder, now=start) for start in starts]
    db.dispose()
    kept = sorted(made[0].parent.glob(f"{PREFIX}*"))  # the database's own folder inside the backups folder
    assert made[0].parent.parent == folder
    assert kept == [made[2], *made[3:]]  # the last start of 1 December, and the newest three
    copy = Database.open(str(kept[-1]))
    from itadesk.storage.data.measures import list_measures

    with copy.session(read_only=True) as session:
        assert [m.title for m in list_measures(session, 2567)] == ["มาตรการที่ 0", "มาตรการที่ 1", "มาตรการที่ 2"]
    copy.dispose()


def test_the_start_up_backup_covers_a_shared_postgresql_database(database_url: str, tmp_path: Path) -> None:
    db = Database.open(database_url)
    with db.session() as session:
        import_dataset(session, Dataset(
            organization=Organization(name="องค์การบริหารส่วนตำบลทดสอบ"),
            years=[FiscalYear(2567, measures=[Measure(title="มาตรการบนเครื่องแม่ข่าย")])],
        ))  # fmt: skip
    made = backup_at_start(db, tmp_path / "backups")
    db.dispose()
    copy = Database.open(str(made))  # an SQLite file that opens as an ITA Desk database
    from itadesk.storage.data.measures import list_measures

    with copy.session(read_only=True) as session:
        assert [m.title for m in list_measures(session, 2567)] == ["มาตรการบนเครื่องแม่ข่าย"]
    copy.dispose()


def test_the_cycle_collector_rests_while_the_window_loads_and_works_once_it_is_shown(tmp_path: Path) -> None:
    database = _database(tmp_path / "office.sqlite3", measures=3)
    script = textwrap.dedent(f"""
        import gc
        import itadesk.app as app_module

        make = app_module.make_application
        loading = []

        def watched(*args):
            loading.append(gc.isenabled())  # as the QApplication is made: libraries are still loading
            app = make(*args)
            from PySide6.QtCore import QTimer

            def look():
                print("SHOWN", gc.isenabled(), gc.get_freeze_count() > 0)
                app.quit()

            QTimer.singleShot(1000, look)
            return app

        app_module.make_application = watched
        from itadesk.cli.main import run

        code = run(["--db", {str(database)!r}])
        print("LOADING", loading[0], "CODE", code)
    """)
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "LOADING False CODE 0" in done.stdout
    assert "SHOWN True True" in done.stdout
