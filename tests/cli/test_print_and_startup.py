"""Printing from the command line, and a command line that starts quickly by loading only what it uses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.conftest import Itadesk
from tests.conftest import EXAMPLES, require_shared


@pytest.fixture
def office(itadesk: Itadesk) -> Itadesk:
    require_shared()
    assert itadesk("import", str(EXAMPLES / "001.json")).code == 0
    return itadesk


def test_print_memo_writes_a_pdf(office: Itadesk, tmp_path: Path) -> None:
    target = tmp_path / "บันทึก.pdf"
    done = office("print", "memo", "memo-001-1", "-o", str(target))
    assert done.code == 0, done.err
    assert target.read_bytes().startswith(b"%PDF-")
    assert str(target) in done.out


def test_print_report_for_a_round_writes_a_pdf(office: Itadesk, tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    done = office("print", "plan", "--year", "2566", "-o", str(target))
    assert done.code == 0, done.err
    assert target.read_bytes().startswith(b"%PDF-")


def test_print_an_unknown_memo_names_it(office: Itadesk, tmp_path: Path) -> None:
    refused = office("print", "memo", "memo-nowhere", "-o", str(tmp_path / "x.pdf"))
    assert refused.code == 1
    assert "memo-nowhere" in refused.err
    assert not (tmp_path / "x.pdf").exists()


def test_print_a_year_not_in_the_database_names_it(office: Itadesk, tmp_path: Path) -> None:
    refused = office("print", "results", "--year", "2570", "-o", str(tmp_path / "x.pdf"))
    assert refused.code == 1
    assert "2570" in refused.err


def _modules_after(argv: list[str], tmp_path: Path) -> set[str]:
    """The top-level packages a real `itadesk ARGV` process had loaded when it finished."""
    script = (
        "import json, sys\n"
        "from itadesk.cli.main import run\n"
        f"code = run({argv!r})\n"
        "print(json.dumps([code, sorted({m.split('.')[0] for m in sys.modules})]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        cwd=tmp_path,
    )
    code, modules = json.loads(done.stdout.splitlines()[-1])
    assert code == 0, done.stderr
    return set(modules)


def test_help_loads_neither_database_nor_printing_nor_window(tmp_path: Path) -> None:
    loaded = _modules_after(["--help"], tmp_path)
    assert not loaded & {"sqlalchemy", "alembic", "reportlab", "pythainlp", "uharfbuzz", "PySide6"}


def test_listing_measures_loads_no_printing_and_no_window(tmp_path: Path) -> None:
    database = tmp_path / "office.sqlite3"
    empty = tmp_path / "empty.json"
    empty.write_text(json.dumps({"format": "itadesk/1"}))
    loaded = _modules_after(["--db", str(database), "import", str(empty)], tmp_path)
    assert "sqlalchemy" in loaded
    assert not loaded & {"reportlab", "pythainlp", "uharfbuzz", "PySide6"}
    loaded = _modules_after(["--db", str(database), "measures"], tmp_path)
    assert not loaded & {"reportlab", "pythainlp", "uharfbuzz", "PySide6"}


# What a memo print from an office's SQLite file must never load, each a wait its user would notice at every
# print: the database library (the file is read with plain sqlite3), the storage code over it (tables,
# models, loading, opening and migrating), multiprocessing (no second process is needed), PyThaiNLP's package
# (only newmm's own modules), Pillow (the memo has no emblem to decode), the window, the Word writer, the
# exchange code, the code of the reports the memo does not attach (it attaches the results), the password
# patterns (a file path holds no password).
NOT_FOR_A_MEMO_PRINT = (
    "sqlalchemy", "alembic", "psycopg", "multiprocessing", "pythainlp", "PIL", "PySide6", "docx", "svglib",
    "itadesk.storage.lifecycle.database", "itadesk.storage.lifecycle.migrate",
    "itadesk.storage.lifecycle.failures", "itadesk.storage.data.tables", "itadesk.storage.data.models",
    "itadesk.storage.data.loading", "itadesk.storage.data.frameworks", "itadesk.storage.importing",
    "itadesk.service.office_data", "itadesk.exchange", "itadesk.ui", "itadesk.app", "itadesk.documents.word",
    "itadesk.documents.plan", "itadesk.documents.progress", "itadesk.documents.analysis",
    "itadesk.documents.tick", "itadesk.documents.chart", "itadesk.storage.lifecycle.passwords",
)  # fmt: skip


def test_a_memo_print_loads_only_what_it_uses(office: Itadesk, db: str, tmp_path: Path) -> None:
    target = tmp_path / "บันทึก.pdf"
    script = (
        "import json, sys\n"
        "from itadesk.cli.main import run\n"
        f"code = run(['--db', {db!r}, 'print', 'memo', 'memo-001-1', '-o', {str(target)!r}])\n"
        "print(json.dumps([code, sorted(sys.modules)]))\n"
    )
    for _ in ("the first print, which compiles the dictionary into the cache folder", "every print after"):
        done = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, encoding="utf-8", timeout=120
        )
        code, modules = json.loads(done.stdout.splitlines()[-1])
        assert code == 0, done.stderr
    assert target.read_bytes().startswith(b"%PDF-")
    assert "itadesk.thai.newmm" in modules and "reportlab.platypus" in modules  # it did typeset here
    assert "itadesk.storage.direct.reading" in modules  # and read the database here, without SQLAlchemy
    loaded = [m for m in modules if m.startswith(tuple(f"{name}." for name in NOT_FOR_A_MEMO_PRINT))]
    assert sorted({*loaded, *(set(modules) & set(NOT_FOR_A_MEMO_PRINT))}) == []


def test_reading_a_memo_for_printing_loads_no_orm(office: Itadesk, db: str) -> None:
    """Printing reads its data through plain queries: the ORM (~0.2 s to load) stays out of that process."""
    script = (
        "import json, sys\n"
        "from itadesk.cli.read_ahead import read_dataset\n"
        f"dataset = read_dataset({db!r}, memo_id='memo-001-1')\n"
        "orm = sorted(\n"
        "    m for m in sys.modules if m.startswith(('sqlalchemy.orm', 'itadesk.storage.data.models'))\n"
        ")\n"
        "print(json.dumps([[m.id for m in dataset.years[0].memos], orm]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, encoding="utf-8", timeout=60
    )
    memos, orm = json.loads(done.stdout.splitlines()[-1])
    assert "memo-001-1" in memos
    assert orm == []


def test_a_memo_read_without_sqlalchemy_prints_the_same_pdf_byte_for_byte(db: str, tmp_path: Path) -> None:
    """The same memo (three approvers, its year's measures and results) printed by the real command from
    the office's file, read directly, and from a read-only copy, which the ordinary path (SQLAlchemy)
    reads."""
    require_shared()
    assert run_command(["--db", db, "import", str(EXAMPLES / "001.json")]).returncode == 0
    copy = tmp_path / "read-only" / "office.sqlite3"
    copy.parent.mkdir()
    assert run_command(["--db", db, "backup", "-o", str(copy)]).returncode == 0
    copy.chmod(0o444)
    # ReportLab's reproducible mode (its `invariant` setting, from the environment): no creation date and a
    # fixed document id, so that two prints of the same memo are the same bytes.
    same_date = {**os.environ, "RL_invariant": "1"}
    printed = {}
    for name, database in (("direct", db), ("ordinary", str(copy))):
        target = tmp_path / f"{name}.pdf"
        done = run_command(["--db", database, "print", "memo", "memo-001-1", "-o", str(target)], same_date)
        assert done.returncode == 0, done.stderr
        printed[name] = target.read_bytes()
    assert printed["direct"].startswith(b"%PDF-")
    assert printed["direct"] == printed["ordinary"]


def run_command(argv: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The real `itadesk` program in a process of its own, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "itadesk", *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env=env,
    )


def test_print_warns_on_stderr_and_still_prints(office: Itadesk, tmp_path: Path) -> None:
    assert office("status", "m-001-01", "not_started").code == 0
    target = tmp_path / "results.pdf"
    done = office("print", "results", "--year", "2566", "-o", str(target))
    assert done.code == 0, done.err
    assert target.read_bytes().startswith(b"%PDF-")
    warnings = [line for line in done.err.splitlines() if line.startswith("คำเตือน: ")]
    assert any("ยังไม่ดำเนินการ" in line and "มาตรการที่ 1 " in line for line in warnings), done.err
    assert "ตรวจก่อนพิมพ์: พบ" in done.err
    assert "คำเตือน" not in done.out


def test_print_analysis_without_an_ita_result_is_refused(office: Itadesk, tmp_path: Path) -> None:
    target = tmp_path / "analysis.pdf"
    refused = office("print", "analysis", "--year", "2566", "-o", str(target))
    assert refused.code == 1
    assert "ยังไม่ได้บันทึกผลการประเมิน ITA" in refused.err and "คะแนนรวม" in refused.err
    assert not target.exists()


def test_print_memo_without_the_offices_garuda_says_so_and_where_to_load_it(
    office: Itadesk, db: str, tmp_path: Path
) -> None:
    from dataclasses import replace

    from itadesk.domain.model import Emblem
    from itadesk.service.office_data import OfficeData
    from tests.conftest import GARUDA_PNG

    target = tmp_path / "บันทึก.pdf"
    done = office("print", "memo", "memo-001-1", "-o", str(target))
    assert done.code == 0, done.err  # the print goes ahead
    assert target.read_bytes().startswith(b"%PDF-")
    warned = [line for line in done.err.splitlines() if "ตราครุฑ" in line]
    assert len(warned) == 1, done.err
    assert warned[0].startswith("คำเตือน: ยังไม่ได้ใส่รูปตราครุฑของหน่วยงาน")
    assert "เมนู แฟ้ม → ข้อมูลหน่วยงานและบุคลากร…" in warned[0]

    # With the office's emblem loaded (as the set-up window saves it), the warning is gone.
    data = OfficeData.open(db)
    try:
        organization = data.organization()
        assert organization is not None
        emblem = Emblem(mime="image/png", data=GARUDA_PNG.read_bytes())
        data.save_setup(replace(organization, emblem=emblem), data.units(), data.people())
    finally:
        data.close()
    done = office("print", "memo", "memo-001-1", "-o", str(target))
    assert done.code == 0, done.err
    assert "ตราครุฑ" not in done.err
    # The report tables carry no Garuda: no such warning there.
    assert "ตราครุฑ" not in office("print", "plan", "--year", "2566", "-o", str(tmp_path / "p.pdf")).err


def test_print_names_a_word_cut_in_two_and_leaves_pairs_of_words_alone(
    itadesk: Itadesk, tmp_path: Path
) -> None:
    require_shared()
    spaces: dict[str, list[str]] = {}
    for example in ("001", "003"):  # 001 writes "ติดต่อ สอบถาม", 003 "แสดง ความคิดเห็น" and "ต่ อ"
        database = str(tmp_path / f"{example}.sqlite3")
        assert itadesk("import", str(EXAMPLES / f"{example}.json"), database=database).code == 0
        target = str(tmp_path / f"{example}.pdf")
        done = itadesk("print", "results", "--year", "2566", "-o", target, database=database)
        assert done.code == 0, done.err
        spaces[example] = [line for line in done.err.splitlines() if "ช่องว่างกลางคำ" in line]
    assert spaces == {
        "001": [],  # 7 warnings before, every one a pair of words
        "003": [  # 16 before
            'คำเตือน: มาตรการที่ 1 "๑. การใช้ งบประมาณ": การกำกับติดตาม มีช่องว่างกลางคำ "ต่ อ" — ลบช่องว่างออก'
        ],
    }


def test_a_print_whose_warnings_nobody_reads_still_writes_its_file(
    office: Itadesk, db: str, tmp_path: Path
) -> None:
    """`itadesk print memo … 2>&1 | head -3`: the reader leaves after three lines of warnings; the memo is
    printed all the same and the exit status says so (it used to end at the next warning, exit 0, no file)."""
    import os

    from tests.conftest import REPO

    target = tmp_path / "บันทึก.pdf"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(REPO / "src"), os.environ.get("PYTHONPATH", "")]))
    reader, writer = os.pipe()
    os.close(reader)  # nobody listens from the start: every write to the pipe fails
    try:
        done = subprocess.run(
            [sys.executable, "-m", "itadesk", "--db", db, "print", "memo", "memo-001-1", "-o", str(target)],
            stdout=writer, stderr=writer, env=env, cwd=tmp_path, timeout=120, check=False,
        )  # fmt: skip
    finally:
        os.close(writer)
    assert done.returncode == 0
    assert target.read_bytes().startswith(b"%PDF-")
