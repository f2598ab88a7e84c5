"""The window paints a year from a plain first look at its SQLite file, then opens the database as always:
what it shows is what the database holds, what the user does right after the paint works, and a file the
first look cannot vouch for still meets its Thai message or recovery before any window."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from itadesk.app import run_gui
from itadesk.domain.model import Dataset, FiscalYear, Measure, Organization
from itadesk.domain.status import Status
from itadesk.service.first_look import FirstLook, sqlite_where
from itadesk.service.office_data import OfficeData
from itadesk.storage.data.tables import metadata
from itadesk.storage.importing.run import import_dataset
from itadesk.storage.lifecycle.database import Database, resolve_url
from itadesk.storage.lifecycle.schema_names import SCHEMA_REVISION, TABLE_NAMES, sqlite_file_of
from itadesk.ui.desk.first_look import FirstLookDesk
from itadesk.ui.main_window.main_window import MainWindow
from tests.storage.builders import full_dataset

FIXTURES = Path(__file__).parents[1] / "storage" / "fixtures"


def _office(path: Path, dataset: Dataset) -> Path:
    db = Database.open(str(path))
    with db.session() as session:
        import_dataset(session, dataset)
    db.dispose()
    return path


def _year(measures: int = 60) -> Dataset:
    return Dataset(
        organization=Organization(name="องค์การบริหารส่วนตำบลทดสอบ"),
        years=[FiscalYear(2567, measures=[Measure(title=f"มาตรการที่ {n + 1}") for n in range(measures)])],
    )


def test_the_first_look_reads_what_the_database_holds(tmp_path: Path) -> None:
    database = _office(tmp_path / "office.sqlite3", full_dataset())
    db = Database.open(str(database))
    stored = OfficeData(db)
    look = FirstLook.open(database)
    assert look is not None
    try:
        assert look.organization() == stored.organization()
        assert look.units() == stored.units()
        assert look.people() == stored.people()
        assert look.years() == stored.years()
        assert look.frameworks() == stored.frameworks()
        assert look.change_count() == stored.change_count()
        read = [m for year in stored.years() for m in look.measures(year)]
        assert read == [m for year in stored.years() for m in stored.measures(year)]
        assert any(m.history and m.results and m.start and m.steps for m in read)  # dates and lists decoded
        assert look.measures(2599) == []
    finally:
        look.close()
        db.dispose()


def test_the_first_look_knows_the_schema_and_names_the_file_as_the_database_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = Database.open(str(tmp_path / "made.sqlite3"))
    made.dispose()
    with closing(sqlite3.connect(tmp_path / "made.sqlite3")) as connection:
        stored = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    assert stored == (SCHEMA_REVISION,), "storage/lifecycle/schema_names.py: the revision a new database gets"
    assert set(TABLE_NAMES) == {*metadata.tables, "alembic_version"}
    monkeypatch.chdir(tmp_path)
    for given in ("office.sqlite3", "sub/../office.sqlite3", "~/office.sqlite3", str(tmp_path / "o.sqlite3")):
        found = sqlite_file_of(given)
        assert found is not None
        assert sqlite_where(found) == resolve_url(given).render_as_string(hide_password=True)
    monkeypatch.setenv("ITADESK_DB", "from-env.sqlite3")
    assert sqlite_where(sqlite_file_of(None) or Path()) == resolve_url(None).render_as_string(
        hide_password=True
    )
    monkeypatch.delenv("ITADESK_DB")
    assert sqlite_where(sqlite_file_of("") or Path()) == resolve_url("").render_as_string(hide_password=True)
    assert sqlite_file_of("postgresql+psycopg://clerk@server/office") is None


def _older(path: Path) -> None:
    shutil.copy(FIXTURES / "schema-0004.sqlite3", path)


def _no_office(path: Path) -> None:
    _office(path, Dataset(years=[FiscalYear(2567, measures=[Measure(title="มาตรการ")])]))


def _flipped(path: Path) -> None:
    _office(path, _year())
    data = bytearray(path.read_bytes())
    for place in range(4096, len(data), 997):
        data[place] ^= 0x5A
    path.write_bytes(bytes(data))


def _dropped_table(path: Path) -> None:
    _office(path, _year())
    with sqlite3.connect(path) as connection:
        connection.execute("DROP TABLE memo_approvals")
    connection.close()


def _future(path: Path) -> None:
    _office(path, _year())
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()


def _read_only(path: Path) -> None:
    _office(path, _year())
    path.chmod(0o444)


@pytest.mark.parametrize(
    "make",
    [_older, _no_office, _flipped, _dropped_table, _future, _read_only],
    ids=lambda make: make.__name__,
)
def test_a_file_the_first_look_cannot_vouch_for_takes_the_ordinary_path(tmp_path: Path, make: object) -> None:
    path = tmp_path / "office.sqlite3"
    make(path)  # type: ignore[operator]
    assert FirstLook.open(path) is None
    assert FirstLook.open(tmp_path / "missing.sqlite3") is None


def _visible(kind: type) -> list:  # type: ignore[type-arg]
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def test_right_after_the_first_paint_a_click_shows_the_measure_and_a_status_key_is_stored(
    tmp_path: Path, qtbot: QtBot
) -> None:
    """The clerk clicks the third row and presses 3 (done) as soon as the table is drawn, before the database
    is open: the editor shows that measure, the status is stored; then the window closes."""
    database = _office(tmp_path / "office.sqlite3", _year())
    seen: dict[str, object] = {}

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not seen:
                windows = [w for w in _visible(QMainWindow) if isinstance(w, MainWindow)]
                if windows and watched is windows[0].ui.measureTable.viewport():
                    seen["window"] = windows[0]
                    QTimer.singleShot(0, act)
            return False

    def act() -> None:
        window = seen["window"]
        assert isinstance(window, MainWindow)
        desk = window.raw_desk  # the window's own calls go through its database thread (`QueuedDesk`)
        assert isinstance(desk, FirstLookDesk)
        seen["opened before the click"] = desk.opened is not None
        table = window.ui.measureTable
        qtbot.mouseClick(
            table.viewport(),
            Qt.MouseButton.LeftButton,
            pos=table.visualRect(table.model().index(2, 1)).center(),
        )
        seen["editor"] = window.editor.ui.titleEdit.toPlainText()
        qtbot.keyClick(table, Qt.Key.Key_3)
        window.session.flush()
        seen["opened after the key"] = desk.opened is not None
        QTimer.singleShot(0, window.close)

    probe = FirstPaint()
    QApplication.instance().installEventFilter(probe)  # type: ignore[union-attr]
    try:
        assert run_gui(str(database)) == 0
    finally:
        QApplication.instance().removeEventFilter(probe)  # type: ignore[union-attr]
    assert seen["opened before the click"] is False
    assert seen["editor"] == "มาตรการที่ 3"
    assert seen["opened after the key"] is True
    db = Database.open(str(database))
    statuses = [m.status for m in OfficeData(db).measures(2567)]
    db.dispose()
    assert statuses[2] == Status.DONE and statuses.count(Status.DONE) == 1


def test_a_database_newer_than_the_program_is_told_in_thai_before_any_window(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "office.sqlite3"
    _future(path)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, title, text: told.append(f"{title}: {text}"))

    def close_any() -> None:
        for dialog in _visible(QMainWindow):
            told.append("a window opened")
            dialog.close()
        for dialog in QApplication.topLevelWidgets():
            if dialog.isVisible() and dialog.isModal():
                label = getattr(dialog, "messageLabel", None)
                told.append(f"{dialog.windowTitle()}: {label.text() if label is not None else ''}")
                dialog.close()
        if not told:
            QTimer.singleShot(50, close_any)

    QTimer.singleShot(50, close_any)
    assert run_gui(str(path)) == 1
    assert "a window opened" not in told
    assert any("ใหม่กว่า" in text and "office.sqlite3" in text for text in told), told


def test_the_first_paint_imports_no_sqlalchemy_and_the_database_opens_right_after(tmp_path: Path) -> None:
    """The real `itadesk --db FILE` in its own process: at the table's first paint 60 rows are drawn and
    neither SQLAlchemy nor ReportLab, PyThaiNLP or HarfBuzz is loaded; soon after, the database is open."""
    database = _office(tmp_path / "office.sqlite3", _year())
    script = textwrap.dedent("""
        import json, sys, time
        import itadesk.app

        _make_application = itadesk.app.make_application
        seen = {}

        def make_application(*args, **kwargs):
            app = _make_application(*args, **kwargs)
            from PySide6.QtCore import QEvent, QObject, QTimer
            from PySide6.QtWidgets import QAbstractItemView

            def later():
                window = seen["window"]
                if window.desk.opened is None and time.monotonic() < seen["at"] + 60:
                    QTimer.singleShot(50, later)
                    return
                seen["opened"] = window.desk.opened is not None
                print(json.dumps({k: v for k, v in seen.items() if k != "window"}), flush=True)
                window.close()

            class Probe(QObject):
                def eventFilter(self, obj, event):
                    view = obj.parent()
                    if (event.type() == QEvent.Type.Paint and isinstance(view, QAbstractItemView)
                            and view.objectName() == "measureTable" and "rows" not in seen):
                        seen["rows"] = view.model().rowCount()
                        seen["loaded"] = sorted({m.split(".")[0] for m in sys.modules} & {
                            "sqlalchemy", "alembic", "reportlab", "pythainlp", "uharfbuzz"})
                        seen["window"] = view.window()
                        seen["at"] = time.monotonic()
                        QTimer.singleShot(0, later)
                    return False

            app._probe = Probe()
            app.installEventFilter(app._probe)
            return app

        itadesk.app.make_application = make_application
        from itadesk.__main__ import main
        sys.exit(main(["--db", sys.argv[1]]))
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", script, str(database)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    report = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert report, done.stdout + done.stderr
    assert '"rows": 60' in report[0]
    assert '"loaded": []' in report[0]
    assert '"opened": true' in report[0]


def test_the_window_does_not_change_when_the_database_opens_behind_it(tmp_path: Path) -> None:
    """What the clerk sees at the first paint is what they see once the database is open: nothing jumps."""
    database = _office(tmp_path / "office.sqlite3", _year())
    seen: dict[str, object] = {}

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "window" not in seen:
                windows = [w for w in _visible(QMainWindow) if isinstance(w, MainWindow)]
                if windows and watched is windows[0].ui.measureTable.viewport():
                    seen["window"] = windows[0]
                    QTimer.singleShot(0, first)
            return False

    def first() -> None:
        window = seen["window"]
        assert isinstance(window, MainWindow) and isinstance(window.raw_desk, FirstLookDesk)
        seen["opened at the first look"] = window.desk.opened is not None
        seen["first"] = window.grab().toImage()
        QTimer.singleShot(10, opened)

    def opened() -> None:
        window = seen["window"]
        assert isinstance(window, MainWindow) and isinstance(window.raw_desk, FirstLookDesk)
        if window.desk.opened is None:
            QTimer.singleShot(10, opened)
            return
        seen["then"] = window.grab().toImage()
        window.close()

    probe = FirstPaint()
    QApplication.instance().installEventFilter(probe)  # type: ignore[union-attr]
    try:
        assert run_gui(str(database)) == 0
    finally:
        QApplication.instance().removeEventFilter(probe)  # type: ignore[union-attr]
    assert seen["opened at the first look"] is False
    assert seen["first"] == seen["then"]


def test_a_first_look_that_fails_hands_over_to_the_database(tmp_path: Path) -> None:
    """A read of the plain look that SQLite refuses is asked of the database instead, opened then."""
    database = _office(tmp_path / "office.sqlite3", _year(3))
    look = FirstLook.open(database)
    assert look is not None
    opened: list[OfficeData] = []

    def open_desk() -> OfficeData:
        opened.append(OfficeData(Database.open(str(database))))
        return opened[0]

    desk = FirstLookDesk(look, open_desk)
    assert desk.years() == [2567] and not opened  # from the look
    look._connection.close()  # every further read of the look fails, as SQLite's refusal would
    assert [m.title for m in desk.measures(2567)] == ["มาตรการที่ 1", "มาตรการที่ 2", "มาตรการที่ 3"]
    assert opened and desk.opened is opened[0]
    opened[0].close()
