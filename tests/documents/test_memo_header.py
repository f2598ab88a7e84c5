"""The memo's header as the typing guide sets it: a long เรื่อง or ส่วนราชการ continues under its value's first
letter, on leaders that start there."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pdfplumber

from itadesk.documents.printing import print_memo
from tests.documents.helpers import made_up_dataset, made_up_memo

SUBJECT = (
    "รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ 2566 "
    "รอบ 12 เดือน และขออนุญาตเผยแพร่ผลการดำเนินงานบนเว็บไซต์ขององค์การบริหารส่วนตำบลลาโละ"
)


def _line_starts(pdf_path: Path, size: float) -> list[tuple[float, float]]:
    """(top, x of the first char) of each text line in `size` on page one, top to bottom."""
    with pdfplumber.open(pdf_path) as pdf:
        chars = [c for c in pdf.pages[0].chars if abs(c["size"] - size) < 0.5 and c["text"].strip()]
    rows: dict[int, float] = {}
    for c in chars:
        key = round(c["top"])
        rows[key] = min(rows.get(key, c["x0"]), c["x0"])
    return sorted(rows.items())


def test_a_long_subject_continues_under_the_first_letter_of_its_value(tmp_path: Path) -> None:
    path = tmp_path / "memo.pdf"
    memo = replace(made_up_memo(), subject=SUBJECT)
    print_memo(made_up_dataset(memo=memo), "memo-test", path)
    with pdfplumber.open(path) as pdf:
        words = pdf.pages[0].extract_words()
    label = next(w for w in words if w["text"].startswith("เรื่อง"))
    value_lines = [
        (top, x) for top, x in _line_starts(path, 16) if label["top"] - 8 < top < label["top"] + 60
    ]
    assert len(value_lines) >= 2, value_lines  # the subject takes two lines
    first_x = value_lines[0][1]
    assert first_x > label["x1"]  # the value starts after the label...
    for _top, x in value_lines[1:]:
        assert abs(x - first_x) < 1.0, (x, first_x)  # ...and every further line starts under it


def test_a_long_unit_line_continues_under_its_value_too(tmp_path: Path) -> None:
    path = tmp_path / "memo.pdf"
    memo = replace(made_up_memo(), unit="สำนักปลัด กองคลัง กองช่าง กองการศึกษา ศาสนาและวัฒนธรรม กองสวัสดิการสังคม")
    print_memo(made_up_dataset(memo=memo), "memo-test", path)
    with pdfplumber.open(path) as pdf:
        words = pdf.pages[0].extract_words()
    label = next(w for w in words if w["text"].startswith("ส่วนราชการ"))
    value_lines = [(t, x) for t, x in _line_starts(path, 16) if label["top"] - 8 < t < label["top"] + 40]
    assert len(value_lines) == 2, value_lines
    assert abs(value_lines[1][1] - value_lines[0][1]) < 1.0
