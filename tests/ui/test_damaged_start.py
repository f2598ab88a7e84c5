"""The window on a damaged database (the real start path, offscreen): a dialog that says why, a read-only
look or a restore — never a window that vanishes — and a restore from that dialog brings the office back."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from itadesk.app import run_gui
from itadesk.storage.lifecycle import backup_list
from itadesk.ui.recovery.damaged_start import DamagedStartDialog
from itadesk.ui.recovery.restore_dialog import RestoreDialog
from tests.storage.damaged_corpus import DAMAGE, build_corpus, make_office

Drive = Callable[[Callable[[], bool]], None]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return build_corpus(tmp_path_factory.mktemp("corpus"))


def _visible(kind: type) -> list:  # type: ignore[type-arg]
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


@pytest.fixture
def drive() -> Iterator[Callable[[Callable[[], bool]], None]]:
    """Call a step every 50 ms until it says it is done (the event loop is run_gui's own); a step left over
    when the test ends never runs in the next test's window."""
    over = False

    def start(step: Callable[[], bool]) -> None:
        def again() -> None:
            if not over and not step():
                QTimer.singleShot(50, again)

        QTimer.singleShot(50, again)

    yield start
    over = True


def _look_then_close(qtbot: QtBot, seen: list[str]) -> Callable[[], bool]:
    """Whatever comes first: the damaged-start dialog (look read-only if offered, else close), or a window
    that turns read-only once its background check finds the damage."""

    def step() -> bool:
        for box in _visible(QMessageBox):
            seen.append(f"box {box.text()}")
            box.done(0)
        for dialog in _visible(DamagedStartDialog):
            seen.append(f"dialog {dialog.windowTitle()}: {dialog.messageLabel.text()}")
            button = dialog.lookButton if dialog.lookButton.isVisible() else dialog.closeButton
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            return False
        for window in _visible(QMainWindow):
            if "อย่างเดียว" not in window.windowTitle():
                return False  # the background check has not spoken yet
            seen.append(f"window {window.windowTitle()}")
            for box in _visible(QMessageBox):
                seen.append(f"box {box.text()}")
                box.done(0)
            window.close()
            return True
        return bool(seen) and not _visible(DamagedStartDialog)

    return step


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_damaged_database_shows_why_and_opens_read_only_or_offers_a_restore(
    damage: str, corpus: dict[str, Path], tmp_path: Path, qtbot: QtBot, drive: Drive
) -> None:
    database = tmp_path / "office.sqlite3"
    shutil.copyfile(corpus[damage], database)
    before = database.read_bytes()
    seen: list[str] = []
    drive(_look_then_close(qtbot, seen))

    run_gui(str(database))

    assert seen, "neither a dialog nor a window appeared"
    assert any("office.sqlite3" in text for text in seen), seen
    assert database.read_bytes() == before
    backups = backup_list.automatic_backups(backup_list.automatic_folder(database))
    assert backups == []  # a damaged database is never backed up


def test_restore_from_the_dialog_brings_the_office_back(
    corpus: dict[str, Path], tmp_path: Path, qtbot: QtBot, drive: Drive
) -> None:
    good = make_office(tmp_path / "good.sqlite3", measures=12)
    from itadesk.storage.lifecycle.backup import backup
    from itadesk.storage.lifecycle.database import Database

    database = tmp_path / "office.sqlite3"
    folder = backup_list.automatic_folder(database)  # this database's own automatic backups
    folder.mkdir(parents=True, exist_ok=True)
    db = Database.open(str(good))
    backup(db, folder / "itadesk-auto-20261201-083000-000000.sqlite3", automatic=True)
    db.dispose()
    shutil.copyfile(corpus["zeroed-page"], folder / "itadesk-auto-20261202-083000-000000.sqlite3")
    shutil.copyfile(corpus["zeroed-page"], database)
    seen: list[str] = []

    def step() -> bool:
        for dialog in _visible(DamagedStartDialog):
            seen.append("damaged")
            qtbot.mouseClick(dialog.restoreButton, Qt.MouseButton.LeftButton)
            return False
        for chooser in _visible(RestoreDialog):
            rows = [
                [chooser.table.item(row, column).text() for column in range(4)]
                for row in range(chooser.table.rowCount())
            ]
            seen.append(f"rows {rows}")
            assert not chooser.restoreButton.isEnabled() or chooser.selected() is not None
            qtbot.mouseClick(chooser.restoreButton, Qt.MouseButton.LeftButton)
            return False
        for window in _visible(QMainWindow):
            seen.append(f"window {window.windowTitle()} {window.ui.measureTable.model().rowCount()}")
            window.close()
            return True
        return False

    drive(step)
    assert run_gui(str(database)) == 0

    assert seen[0] == "damaged"
    rows = next(text for text in seen if text.startswith("rows"))
    assert "1 ธ.ค. 69 08:30 น." in rows and "2566, 2567" in rows and "13 มาตรการ" in rows
    assert "เสียหาย ใช้ไม่ได้" in rows  # the damaged newer backup is listed, but cannot be chosen
    assert seen[-1] == "window ITA Desk 1"  # writable again, on the newest year (2567, one measure)
    assert list(tmp_path.glob("office.damaged-*.sqlite3"))  # the damaged file kept aside
