"""The main window's year work, filters, settings, read-only mode and exchange files, as a user meets them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from itadesk.domain.model import Measure, ResultEntry
from itadesk.domain.status import Status
from itadesk.service.office_data import OfficeData
from itadesk.storage.lifecycle.database import Database
from itadesk.ui.common.background import Background
from itadesk.ui.common.errors import ErrorHub
from itadesk.ui.common.settings import UiSettings
from itadesk.ui.main_window import window_actions
from itadesk.ui.main_window.main_window import MainWindow
from itadesk.ui.office.ita_result_dialog import ItaResultDialog
from tests.ui.conftest import office_desk, type_text
from tests.ui.memory_desk import MemoryDesk
from tests.ui.people_at_keys import clicking_default, in_turn


def _shown_titles(window: MainWindow) -> list[str]:
    return [window.proxy.index(r, 1).data() for r in range(window.proxy.rowCount())]


def test_the_filter_bar_and_search_box_narrow_the_table(make_window: object, qtbot: QtBot) -> None:
    desk = office_desk()
    desk.add_measure(2567, Measure(title="เผยแพร่งบประมาณ", part="OIT", responsible=["กองคลัง"]))
    desk.add_measure(2567, Measure(title="ประเมินความพึงพอใจ", part="EIT", responsible=["สำนักปลัด"],
                                   status=Status.DONE))  # fmt: skip
    window: MainWindow = make_window(desk)  # type: ignore[operator]
    ui = window.ui
    ui.statusFilter.setCurrentIndex(ui.statusFilter.findData(Status.DONE.value))
    assert _shown_titles(window) == ["ประเมินความพึงพอใจ"]
    assert window.ui.statusbar.currentMessage() == "แสดง 1 จาก 2 มาตรการ"
    ui.statusFilter.setCurrentIndex(0)
    ui.partFilter.setCurrentIndex(ui.partFilter.findData("OIT"))
    assert _shown_titles(window) == ["เผยแพร่งบประมาณ"]
    ui.partFilter.setCurrentIndex(0)
    ui.unitFilter.setCurrentIndex(ui.unitFilter.findData("สำนักปลัด"))
    assert _shown_titles(window) == ["ประเมินความพึงพอใจ"]
    ui.unitFilter.setCurrentIndex(0)
    type_text(ui.searchEdit, "งบประมาณ")
    assert _shown_titles(window) == ["เผยแพร่งบประมาณ"]
    # A measure added while a filter hides it: the filters are cleared so the user sees what was added.
    window.add_measure_titled("มาตรการใหม่")
    assert "มาตรการใหม่" in _shown_titles(window)
    assert ui.searchEdit.text() == ""


def test_start_the_next_year_copies_the_measures_with_fresh_statuses(
    tmp_path: Path, make_window: object
) -> None:
    desk = OfficeData(Database.open(str(tmp_path / "office.sqlite3")))
    stored = desk.add_measure(2566, Measure(title="ประชุมคณะทำงาน", steps=["แต่งตั้ง"], responsible=["สำนักปลัด"]))
    desk.set_status(str(stored.id), Status.DONE, None, "เสร็จ")
    window: MainWindow = make_window(desk)  # type: ignore[operator]
    window.show_year(2566)
    assert window_actions.start_next_year_now(window) == 2567
    assert window.year == 2567 and window.ui.yearCombo.currentData() == 2567
    copied = desk.measures(2567)
    assert [(m.title, m.steps, m.status, m.history) for m in copied] == [
        ("ประชุมคณะทำงาน", ["แต่งตั้ง"], Status.NOT_STARTED, [])
    ]
    kept = desk.measures(2566)[0]
    assert kept.status == Status.DONE and [h.note for h in kept.history] == ["เสร็จ"]
    assert window.ui.summaryBar.counts()[Status.NOT_STARTED] == 1


def test_the_grade_follows_the_score_typed(qtbot: QtBot) -> None:
    dialog = ItaResultDialog(None, 2567)
    qtbot.addWidget(dialog)
    assert dialog.assessed.value() == 2566  # last year's result, by default
    dialog.score.setValue(77.99)
    assert dialog.grade.text() == "B"
    dialog.score.setValue(95.0)
    assert dialog.grade.text() == "AA"
    dialog.parts["IIT"].setValue(96.59)
    dialog.indicators.item(0, 2).setText("91.70")
    dialog.indicators.item(0, 3).setText("ต้องปรับปรุงการปฏิบัติหน้าที่")
    result = dialog.result_value()
    assert (result.assessed_year, result.score, result.grade) == (2566, 95.0, "")
    assert [(p.code, p.score) for p in result.parts] == [("IIT", 96.59)]
    assert [(i.number, i.score, i.issue) for i in result.indicators] == [(1, 91.7, "ต้องปรับปรุงการปฏิบัติหน้าที่")]


def test_the_window_remembers_its_size_and_year_per_user(
    tmp_path: Path, qtbot: QtBot, errors: ErrorHub, background: Background
) -> None:
    desk = office_desk(["ก"], year=2566)
    desk.add_measure(2567, Measure(title="ข"))
    path = str(tmp_path / "user.ini")
    first = MainWindow(desk, UiSettings(QSettings(path, QSettings.Format.IniFormat)), errors, background)
    qtbot.addWidget(first)
    first.resize(700, 500)  # inside the offscreen screen (800 × 800)
    first.show()
    first.show_year(2566)
    size = first.size()
    first.close()
    again = MainWindow(desk, UiSettings(QSettings(path, QSettings.Format.IniFormat)), errors, background)
    qtbot.addWidget(again)
    assert again.size() == size
    fresh_settings = UiSettings(QSettings(str(tmp_path / "new-user.ini"), QSettings.Format.IniFormat))
    fresh = MainWindow(desk, fresh_settings, errors, background)
    qtbot.addWidget(fresh)
    assert fresh.size() != size  # so the size above came from the settings
    assert again.year == 2566
    assert _shown_titles(again) == ["ก"]


def test_a_read_only_window_says_so_and_changes_nothing(make_window: object, errors: ErrorHub) -> None:
    desk = office_desk(["มาตรการเดิม"])
    desk.read_only = True
    window: MainWindow = make_window(desk)  # type: ignore[operator]
    assert "อ่านอย่างเดียว" in window.windowTitle()
    measure_id = desk.measures(2567)[0].id
    window.ui.measureTable.statusRequested.emit(measure_id, Status.DONE)
    assert desk.measures(2567)[0].status == Status.NOT_STARTED
    assert "อ่านอย่างเดียว" in errors.last_message
    assert not window.editor.isEnabled()


def test_export_then_import_an_exchange_file_through_the_file_menu(
    tmp_path: Path, make_window: object, qtbot: QtBot, errors: ErrorHub
) -> None:
    source = office_desk()
    source.add_measure(2567, Measure(title="เผยแพร่ข้อมูล", results=[ResultEntry("ประชุมแล้ว")]))
    window: MainWindow = make_window(source)  # type: ignore[operator]
    exported = tmp_path / "ส่งออก.json"
    window_actions.export_file(window, exported)
    qtbot.waitUntil(exported.exists, timeout=20000)
    window.background.wait()

    target = OfficeData(Database.open(str(tmp_path / "other.sqlite3")))
    other: MainWindow = make_window(target)  # type: ignore[operator]
    with qtbot.waitSignal(other.imported, timeout=20000) as blocker:
        window_actions.import_file(other, exported)
    assert "มาตรการ: เพิ่ม 1" in blocker.args[0]
    assert _shown_titles(other) == ["เผยแพร่ข้อมูล"]
    assert [r.text for r in target.measures(2567)[0].results] == ["ประชุมแล้ว"]
    assert errors.last_message == ""


def test_a_broken_exchange_file_is_refused_with_its_place(
    tmp_path: Path, make_window: object, qtbot: QtBot, errors: ErrorHub
) -> None:
    broken = tmp_path / "เสีย.json"
    broken.write_text('{"format": "itadesk/1", "years": [{"fiscal_year": "สองห้า"}]}', encoding="utf-8")
    desk = MemoryDesk()
    window: MainWindow = make_window(desk)  # type: ignore[operator]
    with qtbot.waitSignal(errors.shown, timeout=20000):
        window_actions.import_file(window, broken)
    assert errors.last_message.startswith("อ่านไฟล์ เสีย.json ไม่สำเร็จ\n")
    assert "ปีงบประมาณรายการที่ 1 › ปี พ.ศ." in errors.last_message  # the place, in Thai
    assert desk.years() == []


def test_keyboard_ticks_move_with_the_selected_row(make_window: object, qtbot: QtBot) -> None:
    desk = office_desk(["หนึ่ง", "สอง"])
    window: MainWindow = make_window(desk)  # type: ignore[operator]
    view = window.ui.measureTable
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_2)
    window.session.flush()
    assert [m.status for m in desk.measures(2567)] == [Status.NOT_STARTED, Status.IN_PROGRESS]


def test_backup_then_restore_from_the_file_menu(
    tmp_path: Path, make_window: object, errors: ErrorHub, qtbot: QtBot
) -> None:
    desk = OfficeData(Database.open(str(tmp_path / "office.sqlite3")))
    desk.add_measure(2567, Measure(title="ก่อนสำรอง"))
    window: MainWindow = make_window(desk)  # type: ignore[operator]
    told: list[str] = []
    in_turn(qtbot, [("สำรองข้อมูลแล้ว", clicking_default(qtbot))], told)
    assert window_actions.backup_to(window, tmp_path / "สำรอง.sqlite3")
    window.add_measure_titled("หลังสำรอง")
    assert _shown_titles(window) == ["ก่อนสำรอง", "หลังสำรอง"]
    in_turn(qtbot, [("กู้คืนข้อมูลแล้ว", clicking_default(qtbot))], told)
    assert window_actions.restore_from(window, tmp_path / "สำรอง.sqlite3")
    assert told == ["สำรองข้อมูลแล้ว", "กู้คืนข้อมูลแล้ว"]  # both said when they were done
    assert _shown_titles(window) == ["ก่อนสำรอง"]  # the window shows the restored data at once
    assert "before-restore" in window.ui.statusbar.currentMessage()
    assert not window_actions.backup_to(window, tmp_path / "ไม่มีโฟลเดอร์นี้" / "x.sqlite3")
    assert "ไม่มีโฟลเดอร์" in errors.last_message


def test_the_table_wraps_thai_between_words_once_the_dictionary_is_loaded(
    make_window: object, qtbot: QtBot, background: Background
) -> None:
    from PySide6.QtWidgets import QStyleOptionViewItem

    from itadesk.thai.screen_breaks import ZWSP, with_break_hints
    from itadesk.thai.segment import dictionary_loaded

    title = "จัดทำแผนผังแสดงขั้นตอนระยะเวลาให้บริการประชาชนและระบุผู้รับผิดชอบงานโดยเผยแพร่ประชาสัมพันธ์"
    window: MainWindow = make_window(office_desk([title]))  # type: ignore[operator]
    qtbot.waitUntil(dictionary_loaded, timeout=20_000)  # loaded in the background after the first paint
    background.wait()
    index = window.proxy.index(0, 1)
    option = QStyleOptionViewItem()
    window.ui.measureTable.itemDelegate().initStyleOption(option, index)
    assert option.text == with_break_hints(title) != title  # what Qt lays out: hints between the words
    assert ZWSP + "ผยแพร่" not in option.text and "ผิด" + ZWSP + "ชอบ" not in option.text
    assert index.data() == title  # the data itself is as typed (search, copy, the editor)


def test_saving_from_the_window_onto_the_database_or_a_backup_is_refused(
    tmp_path: Path, make_window: object, qtbot: QtBot, errors: ErrorHub
) -> None:
    from itadesk import paths

    database = tmp_path / "office.sqlite3"
    desk = OfficeData(Database.open(str(database)))
    desk.add_measure(2567, Measure(title="มาตรการที่ต้องไม่หาย"))
    window: MainWindow = make_window(desk)  # type: ignore[operator]
    window.session.flush()
    backups = paths.backups_folder()
    backups.mkdir(parents=True, exist_ok=True)
    for target in (database, Path(f"{database}-wal"), backups / "ส่งออก.json"):
        errors.last_message = ""
        with qtbot.waitSignal(errors.shown, timeout=20000):
            window_actions.export_file(window, target)
        window.background.wait()
        assert "ไม่เขียนทับ" in errors.last_message, target
    for target in (database, Path(f"{database}-shm"), backups / "สำรอง.sqlite3"):
        errors.last_message = ""
        assert not window_actions.backup_to(window, target)
        assert "ไม่เขียนทับ" in errors.last_message, target
    assert list(backups.iterdir()) == []
    assert [m.title for m in desk.measures(2567)] == ["มาตรการที่ต้องไม่หาย"]  # the database as it was


def _locks_held_on(path: Path) -> list[str]:
    """This process's POSIX locks on `path` (Linux's /proc/locks)."""
    import os

    inode = path.stat().st_ino
    return [
        line
        for line in Path("/proc/locks").read_text().splitlines()
        if line.split()[4] == str(os.getpid()) and line.split()[5].endswith(f":{inode}")
    ]


@pytest.mark.skipif(not Path("/proc/locks").exists(), reason="/proc/locks is Linux's")
def test_importing_the_open_database_is_refused_and_the_window_keeps_its_locks(
    tmp_path: Path, make_window: object, qtbot: QtBot, errors: ErrorHub
) -> None:
    database = tmp_path / "office.sqlite3"
    desk = OfficeData(Database.open(str(database)))
    desk.add_measure(2567, Measure(title="มาตรการที่ต้องไม่หาย"))
    window: MainWindow = make_window(desk)  # type: ignore[operator]
    window.session.flush()
    assert _locks_held_on(database)  # SQLite holds a shared lock on the file while connected (WAL mode)
    with qtbot.waitSignal(errors.shown, timeout=20000):
        window_actions.import_file(window, database)
    window.background.wait()
    assert "ไม่ใช่ไฟล์ที่นำเข้าได้" in errors.last_message
    # The check before a backup reads the file through SQLite only: the locks stay (How To Corrupt, 2.2).
    told: list[str] = []
    in_turn(qtbot, [("สำรองข้อมูลแล้ว", clicking_default(qtbot))], told)  # the clerk reads the notice
    assert window_actions.backup_to(window, tmp_path / "สำรอง.sqlite3")
    assert told == ["สำรองข้อมูลแล้ว"]
    assert _locks_held_on(database)
