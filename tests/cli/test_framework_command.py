"""`itadesk framework show|export|import|reset` and the unconfirmed-year warning, run as a clerk runs them: a
real `itadesk` process on a real database file, its stdout and stderr read back."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from itadesk.domain.framework import framework_json
from itadesk.exchange.writer import write_exchange_file
from tests.documents.helpers import made_up_dataset, pdf_text
from tests.storage.builders import office_framework

WARNING_2570 = "กรอบการประเมินปี 2570 ยังไม่ยืนยัน ใช้ตามปี 2569 — ตรวจกับคู่มือ ITA ของปีนี้"


def _itadesk(db: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "itadesk", "--db", str(db), *argv],
        capture_output=True, text=True, encoding="utf-8", timeout=120, env=env, cwd=db.parent,
    )  # fmt: skip


def _office_of(year: int, folder: Path) -> Path:
    dataset = made_up_dataset(2)
    dataset.years[0].fiscal_year = year
    dataset.years[0].memos = []
    exchange = folder / "office.json"
    write_exchange_file(dataset, exchange)
    db = folder / "office.sqlite3"
    done = _itadesk(db, "import", str(exchange))
    assert done.returncode == 0, done.stderr
    return db


def test_an_unconfirmed_year_is_said_before_printing_and_by_framework_show(tmp_path: Path) -> None:
    db = _office_of(2570, tmp_path)
    printed = _itadesk(db, "print", "plan", "--year", "2570", "-o", str(tmp_path / "plan.pdf"))
    assert printed.returncode == 0, printed.stderr
    assert f"คำเตือน: {WARNING_2570}" in printed.stderr
    shown = _itadesk(db, "framework", "show", "--year", "2570")
    assert shown.returncode == 0
    assert WARNING_2570 in shown.stderr
    assert (shown.stdout + shown.stderr).count(WARNING_2570) == 1, "said once, not twice on the same screen"
    assert "มาตรการ: O25" in shown.stdout and "ยกมาจากปีอื่น" in shown.stdout
    confirmed = _itadesk(db, "framework", "show", "--year", "2566")
    assert "ยังไม่ยืนยัน" not in confirmed.stdout + confirmed.stderr
    assert "มาตรการ: O42" in confirmed.stdout and "ความก้าวหน้า: O43" in confirmed.stdout
    assert "https://75010020.skm.go.th/" in confirmed.stdout, "each section names where it was read"


def test_an_imported_framework_wins_survives_and_goes_back_with_reset(tmp_path: Path) -> None:
    db = _office_of(2570, tmp_path)
    exported = tmp_path / "2570.json"
    assert _itadesk(db, "framework", "export", "--year", "2570", "-o", str(exported)).returncode == 0
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["documents"]["items"]["plan"]["item"] == "O25"
    data["documents"]["items"]["plan"]["item"] = "O30"
    data["documents"]["state"] = "office"
    exported.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    imported = _itadesk(db, "framework", "import", str(exported))
    assert imported.returncode == 0, imported.stderr
    assert "นำเข้ากรอบการประเมินปี 2570 ของหน่วยงานแล้ว" in imported.stdout

    printed = _itadesk(db, "print", "plan", "--year", "2570", "-o", str(tmp_path / "plan.pdf"))
    assert "(O๓๐)" in pdf_text(tmp_path / "plan.pdf")
    assert "ยังไม่ยืนยัน" not in printed.stderr
    everything = tmp_path / "all.json"
    assert _itadesk(db, "export", "-o", str(everything)).returncode == 0
    carried = json.loads(everything.read_text(encoding="utf-8"))["frameworks"]
    assert [f["documents"]["items"]["plan"]["item"] for f in carried] == ["O30"], "it travels in the file"

    assert _itadesk(db, "framework", "reset", "--year", "2570").returncode == 0
    _itadesk(db, "print", "plan", "--year", "2570", "-o", str(tmp_path / "plan.pdf"))
    assert "(O๒๕)" in pdf_text(tmp_path / "plan.pdf")


def test_a_bad_framework_file_is_refused_whole_naming_the_field(tmp_path: Path) -> None:
    db = _office_of(2570, tmp_path)
    data = json.loads(framework_json(office_framework(2571)))
    data["grades"]["bands"][1]["min"] = "แปดสิบห้า"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    refused = _itadesk(db, "framework", "import", str(bad))
    assert refused.returncode == 1
    assert "กรอบการประเมิน.grades.bands[1].min: ต้องเป็นตัวเลข" in refused.stderr
    assert str(bad) in refused.stderr
    shown = _itadesk(db, "framework", "show", "--year", "2571")
    assert shown.stdout.startswith("กรอบการประเมิน ITA ปี 2571: โปรแกรมยังไม่มีของปีนี้ ใช้ของปี 2570")
    assert "ผ่านดีเยี่ยม" not in shown.stdout, "nothing of the bad file was kept"


def test_framework_export_never_writes_over_the_database(tmp_path: Path) -> None:
    db = _office_of(2566, tmp_path)
    before = db.read_bytes()
    for target in (db, Path(f"{db}-wal")):
        done = _itadesk(db, "framework", "export", "--year", "2566", "-o", str(target))
        assert done.returncode == 1, done.stdout
        assert "ไม่เขียนทับ" in done.stderr and "ไม่มีไฟล์ใดถูกเขียน" in done.stderr
    assert db.read_bytes() == before
    listed = _itadesk(db, "measures", "--year", "2566")
    assert listed.returncode == 0, listed.stderr
