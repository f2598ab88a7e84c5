"""Backup and restore speak to a clerk: a backup named with its day, a confirmation after backup and after
restore, restore offering the automatic backups first; the damaged-start dialog offers buttons, never a
command to type; and the window names places of an exchange file in Thai (real SQLite files)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from itadesk import paths
from itadesk.domain.model import Measure
from itadesk.service.office_data import OfficeData
from itadesk.storage.lifecycle.database import Database
from itadesk.storage.lifecycle.database_file import held
from itadesk.ui.common.errors import describe
from itadesk.ui.common.exchange_places import thai_place
from itadesk.ui.main_window.main_window import MainWindow
from itadesk.ui.main_window.window_actions import backup_name
from itadesk.ui.recovery.damaged_start import explain
from itadesk.ui.recovery.restore_dialog import RestoreDialog
from tests.storage.damaged_corpus import build_corpus
from tests.ui.conftest import type_text
from tests.ui.people_at_keys import (
    MENU_POPUP_LIMITS,
    button,
    choose_from_menu,
    click,
    clicking,
    clicking_default,
    in_turn,
    when_open,
)

LATIN_WORD = re.compile(r"(?<![\w/.\\-])[A-Za-z_]{3,}(?![\w/.\\-])")


def _latin_words(text: str, *allowed: str) -> list[str]:
    """English words a clerk would read (file paths and the program's name aside)."""
    words = LATIN_WORD.findall(re.sub(r"\S*[/\\]\S*", "", text))
    return [w for w in words if w not in ("ITA", "Desk", "PDF", "SQLite", *allowed)]


def test_a_backup_is_named_with_its_day_and_confirmed(
    qtbot: QtBot, make_window: Callable[[object], MainWindow], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = OfficeData(Database.open(str(tmp_path / "office.sqlite3")))
    desk.add_measure(2567, Measure(title="มาตรการเปิดเผยข้อมูล"))
    window = make_window(desk)
    offered: list[str] = []

    def save_as(*args: object) -> tuple[str, str]:  # Qt's own file chooser: the name the clerk keeps
        offered.append(str(args[2]))
        return str(tmp_path / Path(str(args[2])).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    told: list[str] = []
    in_turn(qtbot, [("สำรองข้อมูลแล้ว", clicking_default(qtbot))], told)
    window.ui.actionBackup.trigger()
    now = datetime.now()
    assert Path(offered[0]).name.startswith(f"ita-desk-สำรอง-{now.year + 543}-{now:%m-%d}")
    assert told == ["สำรองข้อมูลแล้ว"]
    assert (tmp_path / Path(offered[0]).name).stat().st_size > 0
    assert backup_name(datetime(2024, 3, 5, 9, 7)) == "ita-desk-สำรอง-2567-03-05-0907.sqlite3"


def _automatic_backup(desk: OfficeData, scratch: Path) -> None:
    """A backup as the window's start makes it (5 March 2024, 09:07), in the database's own folder: the
    program itself never writes into the backups folder on request, so it is made elsewhere and moved in."""
    import os

    from itadesk.storage.lifecycle.backup_list import automatic_folder

    folder = automatic_folder(desk.db.path, desk.db.where, paths.backups_folder())
    folder.mkdir(parents=True, exist_ok=True)
    made = scratch / "made.sqlite3"
    desk.backup(made)
    os.replace(made, folder / "itadesk-auto-20240305-090700.sqlite3")


def test_restore_lists_the_automatic_backups_first_and_confirms(
    qtbot: QtBot, make_window: Callable[[object], MainWindow], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = OfficeData(Database.open(str(tmp_path / "office.sqlite3")))
    desk.add_measure(2567, Measure(title="มาตรการที่สำรองไว้"))
    _automatic_backup(desk, tmp_path)
    desk.add_measure(2567, Measure(title="มาตรการที่เพิ่มทีหลัง"))
    window = make_window(desk)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: pytest.fail("a plain file chooser opened"))
    listed: list[int] = []

    def choose_the_newest(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreDialog)
        listed.append(dialog.table.rowCount())
        assert dialog.table.item(0, 0).text().startswith("5 มี.ค. 67")
        clicking(qtbot, "กู้คืนจากไฟล์นี้")(dialog)

    told: list[str] = []
    in_turn(qtbot, [
        ("กู้คืนจากไฟล์สำรอง", choose_the_newest),
        ("กู้คืนข้อมูล", clicking(qtbot, "กู้คืน")),
        ("กู้คืนข้อมูลแล้ว", clicking_default(qtbot)),
    ], told)  # fmt: skip
    window.ui.actionRestore.trigger()
    assert told == ["กู้คืนจากไฟล์สำรอง", "กู้คืนข้อมูล", "กู้คืนข้อมูลแล้ว"] and listed == [1]
    assert [m.title for m in window.session.measures()] == ["มาตรการที่สำรองไว้"]


def test_the_damaged_start_offers_buttons_not_commands(tmp_path: Path) -> None:
    corpus = build_corpus(tmp_path / "corpus")
    said = 0
    for path in corpus.values():
        try:
            Database.open(str(path)).dispose()
        except Exception as error:
            explanation = explain(error)
            if explanation is None:
                continue
            said += 1
            assert "itadesk" not in explanation.message
            assert _latin_words(explanation.message) == [], explanation.message
            assert ("เปิดดูอย่างเดียว" in explanation.message) == explanation.can_look
    assert said >= 3


def test_places_in_an_exchange_file_are_said_in_thai() -> None:
    assert thai_place("years[0].measures[3].status") == "ปีงบประมาณรายการที่ 1 › มาตรการรายการที่ 4 › สถานะ"
    assert thai_place("units[2].name") == "ส่วนราชการรายการที่ 3 › ชื่อ"
    assert thai_place("years[1].ita_result.score") == "ปีงบประมาณรายการที่ 2 › ผลการประเมิน ITA › คะแนน"
    assert thai_place("บรรทัด 4 คอลัมน์ 7") == "บรรทัด 4 คอลัมน์ 7"
    from itadesk.exchange.errors import ExchangeError

    message = describe(ExchangeError("units[0].name", "ต้องไม่เว้นว่าง"))
    assert message == "ส่วนราชการรายการที่ 1 › ชื่อ: ต้องไม่เว้นว่าง" and _latin_words(message) == []


@pytest.mark.qt_log_ignore(*MENU_POPUP_LIMITS)
def test_a_window_turned_read_only_by_damage_restores_from_its_menu(
    qtbot: QtBot, make_window: Callable[[object], MainWindow], tmp_path: Path
) -> None:
    from itadesk.ui.common.startup_backup import check_database
    from tests.storage.damaged_corpus import _index_mismatch, make_office

    path = make_office(tmp_path / "office.sqlite3", measures=3)
    good = OfficeData(Database.open(str(path)))
    _automatic_backup(good, tmp_path)
    before = good.measures(max(good.years()))
    good.db.dispose()
    _index_mismatch(path)  # damage the quick check at start does not see
    db = Database.open(str(path))
    desk = OfficeData(db)
    window = make_window(desk)
    problem = check_database(db)  # what the window's background check finds once it is painted
    assert problem is not None and "itadesk" not in problem and _latin_words(problem) == [], problem
    window.enter_read_only(problem)
    assert held(path)  # the window has the damaged file open: its own connections are closed first
    told: list[str] = []
    in_turn(qtbot, [
        ("กู้คืนจากไฟล์สำรอง", clicking(qtbot, "กู้คืนจากไฟล์นี้")),
        ("กู้คืนข้อมูล", clicking(qtbot, "กู้คืน")),
        ("กู้คืนข้อมูลแล้ว", clicking_default(qtbot)),
    ], told)  # fmt: skip
    choose_from_menu(qtbot, window, window.ui.actionRestore)
    qtbot.waitUntil(lambda: len(told) == 3, timeout=30_000)
    assert told == ["กู้คืนจากไฟล์สำรอง", "กู้คืนข้อมูล", "กู้คืนข้อมูลแล้ว"], window.errors.last_message
    assert not desk.read_only and window.windowTitle() == "ITA Desk"
    assert [m.title for m in window.session.measures()] == [m.title for m in before]  # the backup's, shown
    damaged_aside = list(tmp_path.glob("office.damaged-*"))
    assert len(damaged_aside) == 1  # the damaged file kept aside, byte for byte
    db.dispose()
    assert check_database(db) is None  # the restored file is whole

    # The window writes again, by its own button and question, into the restored file.
    def type_title(dialog: QWidget) -> None:
        type_text(dialog.findChild(QLineEdit), "มาตรการหลังกู้คืน")
        click(qtbot, button(dialog, "ตกลง"))

    when_open(qtbot, type_title)
    click(qtbot, window.ui.addMeasureButton)
    window.session.flush()
    check = Database.open(str(path))  # another connection reads it back
    try:
        titles = [m.title for m in OfficeData(check).measures(window.year)]
    finally:
        check.dispose()
    assert "มาตรการหลังกู้คืน" in titles
