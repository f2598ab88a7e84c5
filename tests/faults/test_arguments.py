"""What a terminal sends: bytes that are not UTF-8 (a TIS-620 terminal) and texts the import would refuse."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from itadesk.cli.crash import write_crash_log
from tests.faults.conftest import Itadesk, example, history_notes

REPO = Path(__file__).resolve().parents[2]
NOTE_THAI = "เผยแพร่แล้ว"


@pytest.fixture
def office(itadesk: Itadesk, tmp_path: Path) -> Path:
    db = tmp_path / "office.sqlite3"
    assert itadesk("--db", str(db), "import", str(example("001.json"))).code == 0
    return db


def test_a_tis620_note_is_refused_in_thai_with_no_traceback_and_no_crash_log(
    office: Path, tmp_path: Path
) -> None:
    state = tmp_path / "state"
    env = {**os.environ, "XDG_STATE_HOME": str(state), "PYTHONPATH": str(REPO / "src"), "LC_ALL": "C.UTF-8"}
    argv = [
        b"--db",
        os.fsencode(office),
        b"status",
        b"m-001-01",
        b"done",
        b"--note",
        NOTE_THAI.encode("tis-620"),
    ]
    done = subprocess.run([sys.executable, "-m", "itadesk", *argv], env=env, capture_output=True, check=False)
    err = done.stderr.decode("utf-8")
    assert done.returncode == 1, err
    assert "ไม่ใช่รหัส UTF-8" in err and f'"{NOTE_THAI}"' in err  # what the bytes say in TIS-620
    assert "Traceback" not in err
    assert not state.exists() or not any(state.rglob("crash-*"))
    assert NOTE_THAI not in "".join(history_notes(office))


def test_a_crash_log_holds_arguments_utf8_cannot(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    undecodable = NOTE_THAI.encode("tis-620").decode("utf-8", "surrogateescape")
    try:
        raise RuntimeError(f"a bug about {undecodable}")
    except RuntimeError as error:
        log = write_crash_log(error, ["status", "--note", undecodable])
    assert log is not None
    text = log.read_text(encoding="utf-8")
    assert "RuntimeError" in text and "status --note \\xe0" in text


@pytest.mark.parametrize(
    ("note", "said"),
    [
        ("แดง\x1b[31m", "U+001B"),  # an escape sequence that would colour the terminal printing the history
        ("ก\x00ข", "U+0000"),
        ("abc\u202eแล้ว", "U+202E"),  # a right-to-left override: stored one way, read another
        ("ดำเนิน\u200bการ", "U+200B"),
        ("\ufeffหมายเหตุ", "U+FEFF"),
    ],
)
def test_a_note_follows_the_import_rules(itadesk: Itadesk, office: Path, note: str, said: str) -> None:
    done = itadesk("--db", str(office), "status", "m-001-01", "done", "--note", note)
    assert done.code == 2
    assert "--note" in done.err and said in done.err
    assert note not in history_notes(office)


def test_tab_and_newline_stay_allowed_in_a_note(itadesk: Itadesk, office: Path) -> None:
    done = itadesk("--db", str(office), "status", "m-001-01", "done", "--note", "บรรทัดแรก\nบรรทัดสอง\tต่อ")
    assert done.code == 0, done.err
    assert "บรรทัดแรก\nบรรทัดสอง\tต่อ" in history_notes(office)


@pytest.mark.parametrize("measure_id", ["m-001-01\u202e", "m-001\x07-01", "m-001-01\n", "x" * 101])
def test_an_id_follows_the_import_rules(itadesk: Itadesk, office: Path, measure_id: str) -> None:
    done = itadesk("--db", str(office), "status", measure_id, "done")
    assert done.code == 2 and "MEASURE_ID" in done.err


def test_print_refuses_a_memo_id_with_hidden_characters(
    itadesk: Itadesk, office: Path, tmp_path: Path
) -> None:
    done = itadesk("--db", str(office), "print", "memo", "memo\u2066-001", "-o", str(tmp_path / "m.pdf"))
    assert done.code == 2 and "MEMO_ID" in done.err and "U+2066" in done.err
    assert not (tmp_path / "m.pdf").exists()


def test_the_import_refuses_what_the_command_line_refuses(itadesk: Itadesk, tmp_path: Path) -> None:
    data = json.loads(example("001.json").read_text(encoding="utf-8"))
    data["years"][0]["measures"][0]["title"] += "\u202e"
    hostile = tmp_path / "hostile.json"
    hostile.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    done = itadesk("--db", str(tmp_path / "o.sqlite3"), "import", str(hostile))
    assert done.code == 1
    assert "U+202E" in done.err and "title" in done.err
