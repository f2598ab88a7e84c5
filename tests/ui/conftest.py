"""Window fixtures: a main window over a real SQLite database, or over an example held in memory."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from itadesk.domain.model import Measure, Organization, Person, Unit
from itadesk.ui.common.background import Background
from itadesk.ui.common.errors import ErrorHub
from itadesk.ui.common.settings import UiSettings
from itadesk.ui.common.ui_font import register_ui_font
from itadesk.ui.desk.year_session import YearSession
from itadesk.ui.main_window.main_window import MainWindow
from tests.ui.memory_desk import MemoryDesk


@pytest.fixture(autouse=True)
def _thai_font(qapp: object) -> None:
    register_ui_font()


@pytest.fixture
def settings(tmp_path: Path) -> UiSettings:
    return UiSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def errors() -> Iterator[ErrorHub]:
    hub = ErrorHub()
    yield hub
    hub.close_all()


@pytest.fixture
def background(errors: ErrorHub) -> Iterator[Background]:
    runner = Background(errors)
    yield runner
    runner.wait()


def office_desk(measure_titles: list[str] = (), year: int = 2567) -> MemoryDesk:  # type: ignore[assignment]
    desk = MemoryDesk()
    desk.save_setup(
        Organization(name="องค์การบริหารส่วนตำบลทดสอบ", short_name="อบต.ทดสอบ", document_code="นธ 1234"),
        [Unit(name="สำนักปลัด"), Unit(name="กองคลัง")],
        [Person(name="สุนานี อามะ", title="นางสาว", position="นิติกรปฏิบัติการ")],
    )
    for title in measure_titles:
        desk.add_measure(year, Measure(title=title))
    return desk


@pytest.fixture
def make_window(
    qtbot: QtBot, settings: UiSettings, errors: ErrorHub, background: Background
) -> Iterator[object]:
    windows: list[MainWindow] = []

    def make(desk: object) -> MainWindow:
        window = MainWindow(desk, settings, errors, background)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.resize(1400, 860)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.session.flush()


SESSION_TITLES = ["มาตรการเปิดเผยข้อมูล", "มาตรการจัดซื้อจัดจ้าง", "มาตรการรับเรื่องร้องเรียน"]


@pytest.fixture
def session(qapp: object) -> YearSession:
    year_session = YearSession(office_desk(SESSION_TITLES))
    year_session.load(2567)
    return year_session


@pytest.fixture(params=["memory", "sqlite"])
def any_session(request: pytest.FixtureRequest, qapp: object, tmp_path: Path) -> Iterator[YearSession]:
    """A year's session over the test double and over a real SQLite database."""
    if request.param == "memory":
        year_session = YearSession(office_desk(SESSION_TITLES))
        year_session.load(2567)
        yield year_session
        return
    from itadesk.service.office_data import OfficeData
    from itadesk.storage.lifecycle.database import Database

    db = Database.open(str(tmp_path / "office.sqlite3"))
    desk = OfficeData(db)
    for title in SESSION_TITLES:
        desk.add_measure(2567, Measure(title=title))
    year_session = YearSession(desk)
    year_session.load(2567)
    yield year_session
    year_session.flush()
    db.dispose()


def type_text(widget: object, text: str) -> None:
    """Type Thai the way a keyboard does: one key event per character (QTest.keyClicks takes ASCII only)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication, QWidget

    assert isinstance(widget, QWidget)
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
