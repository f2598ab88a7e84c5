"""The commands an office's IT person uses: listing, changing a status, exporting a year, backing up."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from tests.cli.conftest import Itadesk, export_json
from tests.conftest import EXAMPLES, require_shared


@pytest.fixture
def office(itadesk: Itadesk) -> Itadesk:
    require_shared()
    assert itadesk("import", str(EXAMPLES / "001.json")).code == 0
    return itadesk


def _add_year(itadesk: Itadesk, folder: Path, year: int, measure_id: str) -> None:
    file = folder / f"year-{year}.json"
    measure = {"id": measure_id, "number": "๑", "title": f"มาตรการปี {year}", "status": "in_progress"}
    file.write_text(
        json.dumps({"format": "itadesk/1", "years": [{"fiscal_year": year, "measures": [measure]}]})
    )
    assert itadesk("import", str(file)).code == 0


def test_measures_lists_id_number_title_status(office: Itadesk) -> None:
    listed = office("measures")
    assert listed.code == 0
    lines = listed.out.splitlines()
    assert len(lines) == 10
    assert lines[0].split("\t") == [
        "m-001-01",
        "๑",
        "การเผยแพร่ข้อมูลที่เกี่ยวข้องกับการใช้ข้อมูลที่เหมาะสมในการใช้ข้อมูลประจำปีความคืบหน้า ความคุ้มค่า "
        "หรือประโยชน์ที่จะเกิดขึ้นโดยเฉพาะ โครงการพัฒนาท้องถิ่น",
        "ยังไม่ดำเนินการ",
    ]


def test_measures_filtered_by_year_and_status(office: Itadesk, tmp_path: Path) -> None:
    _add_year(office, tmp_path, 2567, "m-2567-01")
    only_2567 = office("measures", "--year", "2567").out.splitlines()
    assert [line.split("\t")[0] for line in only_2567] == ["m-2567-01"]
    in_progress = office("measures", "--status", "อยู่ระหว่างดำเนินการ").out.splitlines()
    assert [line.split("\t")[0] for line in in_progress] == ["m-2567-01"]
    assert office("measures", "--status", "in_progress").out.splitlines() == in_progress


def test_status_change_is_recorded_in_history_with_date_and_note(office: Itadesk, tmp_path: Path) -> None:
    done = office("status", "m-001-02", "ดำเนินการแล้ว", "--date", "2023-11-01", "--note", "ปิดโครงการ")
    assert done.code == 0, done.err
    assert "ยังไม่ดำเนินการ → ดำเนินการแล้ว (1 พฤศจิกายน 2566)" in done.out  # as a Thai sentence dates it
    measure = export_json(office, tmp_path)["years"][0]["measures"][1]
    assert measure["id"] == "m-001-02"
    assert measure["status"] == "done"
    assert measure["history"][-1] == {"status": "done", "date": "2023-11-01", "note": "ปิดโครงการ"}
    assert "ดำเนินการแล้ว" in office("measures", "--status", "done").out


def test_status_without_a_date_for_a_past_years_measure_records_that_years_last_day_and_says_so(
    office: Itadesk, tmp_path: Path
) -> None:
    from datetime import date

    from itadesk.domain.fiscal import fiscal_year_of
    from itadesk.thai.dates import format_date_full

    assert fiscal_year_of(date.today()) > 2566  # m-001-01 is a 2566 measure with no end date of its own
    done = office("status", "m-001-01", "done")
    assert done.code == 0, done.err
    lines = done.out.splitlines()
    assert lines[0] == "มาตรการ m-001-01: ยังไม่ดำเนินการ → ดำเนินการแล้ว (30 กันยายน 2566)"
    assert lines[1].startswith(f"บันทึกวันที่ 30 กันยายน 2566: วันนี้ ({format_date_full(date.today(), 'arabic')})")
    assert "อยู่นอกปีงบประมาณ 2566 (1 ตุลาคม 2565 – 30 กันยายน 2566)" in lines[1]
    assert lines[1].endswith("จึงใช้วันสุดท้ายของปีงบประมาณ 30 กันยายน 2566 — ใส่ --date เพื่อบันทึกวันอื่น")
    measure = export_json(office, tmp_path)["years"][0]["measures"][0]
    assert measure["history"][-1] == {"status": "done", "date": "2023-09-30", "note": ""}

    # This year's measure: today, and nothing more to say.
    this_year = fiscal_year_of(date.today())
    _add_year(office, tmp_path, this_year, "m-now-01")
    done = office("status", "m-now-01", "done")
    assert done.out.splitlines() == [
        f"มาตรการ m-now-01: อยู่ระหว่างดำเนินการ → ดำเนินการแล้ว ({format_date_full(date.today(), 'arabic')})"
    ]


def test_status_of_an_unknown_measure_is_refused(office: Itadesk, tmp_path: Path) -> None:
    before = export_json(office, tmp_path)
    refused = office("status", "m-nowhere", "done")
    assert refused.code == 1
    assert "m-nowhere" in refused.err
    assert export_json(office, tmp_path) == before


def test_export_year_writes_only_that_year(office: Itadesk, tmp_path: Path) -> None:
    _add_year(office, tmp_path, 2567, "m-2567-01")
    exported = export_json(office, tmp_path, "--year", "2567")
    assert [year["fiscal_year"] for year in exported["years"]] == [2567]
    assert exported["organization"]["name"]  # the office travels with its year
    everything = export_json(office, tmp_path)
    assert [year["fiscal_year"] for year in everything["years"]] == [2566, 2567]


def test_export_of_a_year_not_in_the_database_says_so(office: Itadesk, tmp_path: Path) -> None:
    refused = office("export", "--year", "2560", "-o", str(tmp_path / "x.json"))
    assert refused.code == 1
    assert "2560" in refused.err
    assert not (tmp_path / "x.json").exists()


def test_export_into_a_missing_folder_names_it(office: Itadesk, tmp_path: Path) -> None:
    refused = office("export", "-o", str(tmp_path / "ไม่มีโฟลเดอร์" / "x.json"))
    assert refused.code == 1
    assert "ไม่มีโฟลเดอร์" in refused.err


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["bogus"], "ไม่มีให้เลือก"),
        (["export"], "ยังขาด: -o/--output"),
        (["measures", "--year", "2023"], "ใช้ปีพุทธศักราช เช่น 2566"),
        (["measures", "--status", "finished"], "ไม่ใช่สถานะ"),
        (["status", "m-001-01", "done", "--date", "22/11/2566"], "2023-11-22"),
        (["status", "m-001-01"], "ยังขาด"),
        (["print", "memo", "-o", "x.pdf"], "รหัสบันทึกข้อความ"),
        (["print", "results", "-o", "x.pdf"], "--year"),
        (["print", "results", "--year", "2566", "--round", "9", "-o", "x.pdf"], "6 หรือ 12"),
        (["import"], "ยังขาด: FILE"),
        (["measures", "--colour"], "ไม่รู้จัก: --colour"),
    ],
)
def test_bad_command_line_exits_2_in_thai(itadesk: Itadesk, argv: list[str], words: str) -> None:
    wrong = itadesk(*argv)
    assert wrong.code == 2
    assert "คำสั่งไม่ถูกต้อง" in wrong.err
    assert words in wrong.err
    assert "Traceback" not in wrong.err


@pytest.mark.parametrize("argv", [["--help"], ["import", "--help"], ["print", "--help"], ["status", "-h"]])
def test_help_is_thai(itadesk: Itadesk, argv: list[str]) -> None:
    shown = itadesk(*argv)
    assert shown.code == 0
    assert shown.out.startswith("วิธีใช้: itadesk")
    assert "ตัวเลือก" in shown.out
    assert "usage:" not in shown.out and "show this help message" not in shown.out


def test_db_option_may_follow_the_command(
    office: Itadesk, db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from itadesk.cli.main import run

    assert run(["measures", "--db", db]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 10


def test_itadesk_db_variable_chooses_the_database(
    office: Itadesk, db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from itadesk.cli.main import run

    monkeypatch.setenv("ITADESK_DB", db)
    assert run(["measures"]) == 0
    assert "m-001-01" in capsys.readouterr().out


def test_unexpected_failure_writes_a_log_and_names_it(
    itadesk: Itadesk, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from itadesk.cli import measures

    def broken(_args: object) -> int:
        raise RuntimeError("a bug, not the user's data")

    monkeypatch.setattr(measures, "run", broken)
    crashed = itadesk("measures")
    assert crashed.code == 70
    assert "Traceback" not in crashed.err and "RuntimeError" not in crashed.err
    log = Path(crashed.err.split("บันทึกไว้ที่ ")[1].split()[0])
    assert log.is_file()
    assert "RuntimeError: a bug, not the user's data" in log.read_text(encoding="utf-8")


def test_no_command_opens_the_window_on_the_chosen_database(monkeypatch: pytest.MonkeyPatch) -> None:
    import itadesk.app
    from itadesk.cli.main import run

    opened: list[str | None] = []

    def window(db_arg: str | None) -> int:
        opened.append(db_arg)
        return 0

    monkeypatch.setattr(itadesk.app, "run_gui", window)
    assert run([]) == 0
    assert run(["--db", "สำนักงาน.sqlite3"]) == 0
    assert opened == [None, "สำนักงาน.sqlite3"]


def test_a_file_that_is_not_a_database_is_named(tmp_path: Path, itadesk: Itadesk) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("บันทึกส่วนตัว " * 200, encoding="utf-8")
    refused = itadesk("measures", database=str(notes))
    assert refused.code == 1
    assert "notes.txt" in refused.err
    assert notes.read_text(encoding="utf-8") == "บันทึกส่วนตัว " * 200


def test_export_that_cannot_be_written_is_a_user_error(
    office: Itadesk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import itadesk.exchange.writer as writer

    def disk_full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(writer.os, "fsync", disk_full)
    refused = office("export", "-o", str(tmp_path / "out.json"))
    assert refused.code == 1
    assert "out.json" in refused.err and "พื้นที่ดิสก์เต็ม" in refused.err  # said in Thai, naming the file
    assert not (tmp_path / "out.json").exists()


def test_measures_on_an_empty_database_says_so_on_stderr(itadesk: Itadesk, db: str) -> None:
    listed = itadesk("measures", "--status", "done")
    assert listed.code == 0
    assert listed.out == ""
    assert "ไม่มีมาตรการ สถานะ ดำเนินการแล้ว" in listed.err and db in listed.err


@pytest.mark.parametrize("reader", ["directly", "in the second process"])
def test_a_file_that_cannot_be_read_is_named_not_a_crash(
    reader: str, office: Itadesk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, forking: None
) -> None:
    from itadesk.service import reading
    from itadesk.service.office_data import OfficeData
    from itadesk.storage.direct.reading import DirectReader

    locked = tmp_path / "ล็อก.pdf"

    def refuse(*_args: object) -> None:
        raise PermissionError(13, "Permission denied", str(locked))

    if reader == "directly":
        monkeypatch.setattr(DirectReader, "memo_dataset", refuse)
    else:  # a database the direct reader leaves to the ordinary path
        monkeypatch.setattr(reading, "read_directly", lambda db, year=None, memo_id=None: None)
        monkeypatch.setattr(OfficeData, "memo_dataset", refuse)
    refused = office("print", "memo", "memo-001-1", "-o", str(locked))
    assert refused.code == 1
    assert str(locked) in refused.err and "Permission denied" in refused.err


def test_export_through_a_link_writes_the_linked_file_and_keeps_the_link(
    office: Itadesk, tmp_path: Path
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "office.json").write_text("{}", encoding="utf-8")
    link = tmp_path / "office.json"
    link.symlink_to(shared / "office.json")
    assert office("export", "-o", str(link)).code == 0
    assert link.is_symlink(), "the office's link to its shared folder is still a link"
    assert json.loads((shared / "office.json").read_text(encoding="utf-8"))["years"][0]["fiscal_year"] == 2566


def test_export_onto_a_pipe_or_device_is_refused_and_the_pipe_stays(office: Itadesk, tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    stdout = tmp_path / "stdout"  # as /dev/stdout: a link to the pipe the output goes to
    stdout.symlink_to(pipe)
    reader = os.open(pipe, os.O_RDONLY | os.O_NONBLOCK)
    try:
        for target in (stdout, pipe):
            refused = office("export", "-o", str(target))
            assert refused.code == 1
            assert "ไม่ใช่ไฟล์" in refused.err and "ไม่มีไฟล์ใดถูกเขียน" in refused.err
        assert stdout.is_symlink() and stat.S_ISFIFO(pipe.stat().st_mode), "nothing replaced"
    finally:
        os.close(reader)


def test_a_year_without_measures_is_named_not_the_whole_database(office: Itadesk, tmp_path: Path) -> None:
    file = tmp_path / "year-2567.json"
    file.write_text(json.dumps({"format": "itadesk/1", "years": [{"fiscal_year": 2567, "measures": []}]}))
    assert office("import", str(file)).code == 0
    listed = office("measures", "--year", "2567")
    assert listed.code == 0 and listed.out == ""
    assert "ปีงบประมาณ 2567 ยังไม่มีมาตรการ" in listed.err, "the database has 2566's measures"


def test_backup_through_a_link_writes_the_linked_file_and_keeps_the_link(
    office: Itadesk, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    (usb / "office-backup.sqlite3").write_bytes(b"")
    link = tmp_path / "backup.sqlite3"
    link.symlink_to(usb / "office-backup.sqlite3")
    assert office("backup", "-o", str(link)).code == 0
    assert link.is_symlink(), "the link to the flash drive's file is still a link"
    restored = office("measures", database=str(usb / "office-backup.sqlite3"))
    assert restored.code == 0 and "m-001-01" in restored.out


def test_an_import_that_moves_measures_to_another_year_names_each_move(
    office: Itadesk, tmp_path: Path
) -> None:
    data = json.loads((EXAMPLES / "001.json").read_text(encoding="utf-8"))
    data["years"][0]["fiscal_year"] = 2569  # the same measure ids, another year
    moved = tmp_path / "moved.json"
    moved.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    planned = office("import", str(moved), "--keep-office", "--dry-run")
    assert planned.code == 0
    assert "ย้ายไปอยู่ปีงบประมาณอื่นตามไฟล์ 11 รายการ" in planned.out  # 10 measures and the memo
    assert "บันทึกข้อความ memo-001-1" in planned.out
    assert "m-001-01" in planned.out and "ปี 2566 -> ปี 2569" in planned.out
    done = office("import", str(moved), "--keep-office")
    assert done.code == 0
    assert "ย้ายไปอยู่ปีงบประมาณอื่นตามไฟล์" in done.out and "ปีเดิมจะไม่มีรายการนี้แล้ว" in done.out
