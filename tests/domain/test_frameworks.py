"""The frameworks as data: every year 2564–2570 is there with a state and a source for each section, the
items each document answers, the file format read back whole, and a bad file refused naming its field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from itadesk.domain.framework import (
    SECTIONS,
    FrameworkError,
    carried_forward,
    citation,
    framework_for,
    framework_json,
    program_frameworks,
    read_framework_text,
    unconfirmed_warning,
)
from itadesk.domain.model import Measure
from itadesk.service.office_data import OfficeData
from itadesk.storage.lifecycle.database import Database
from tests.storage.builders import office_framework


@pytest.mark.parametrize("year", range(2564, 2571))
def test_every_year_has_each_section_with_a_state_and_where_it_was_read(year: int) -> None:
    framework = program_frameworks()[year]
    for section in SECTIONS:
        fact = framework.fact(section)
        assert fact.state in ("confirmed", "published", "carried", "unverified")
        assert fact.source is not None and fact.source.url.startswith("http") and fact.source.read
    assert {d.document for d in framework.documents} == {"plan", "analysis", "progress", "results", "memo"}


def test_only_2566_is_sure_and_every_other_year_says_why() -> None:
    sure = [y for y, f in program_frameworks().items() if f.confirmed]
    assert sure == [2566]
    assert unconfirmed_warning(framework_for(2570)) == (
        "กรอบการประเมินปี 2570 ยังไม่ยืนยัน ใช้ตามปี 2569 — ตรวจกับคู่มือ ITA ของปีนี้"
    )
    assert "เลขข้อ O25, O26" in (unconfirmed_warning(framework_for(2568)) or "")


@pytest.mark.parametrize(
    ("document", "year", "round_months", "answers"),
    [
        ("plan", 2566, 12, (2566, "O42")),
        ("progress", 2566, 6, (2566, "O43")),
        ("results", 2566, 12, (2566, "O43")),
        ("results", 2567, 12, (2568, "O26")),  # the whole year is reported in the next assessment
        ("results", 2569, 6, None),  # no 6-month item from 2568
        ("analysis", 2569, 12, (2569, "O25")),
    ],
)
def test_the_item_each_document_answers(
    document: str, year: int, round_months: int, answers: tuple[int, str] | None
) -> None:
    found = citation(document, year, round_months)
    assert (found and (found[0].year, found[1].item)) == answers


def test_a_framework_file_reads_back_to_the_same_framework() -> None:
    own = office_framework(2571)
    assert read_framework_text(framework_json(own)) == own


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda d: d.pop("grades"), 'กรอบการประเมิน: ไม่มีส่วน "grades"'),
        (lambda d: d["documents"]["items"]["plan"].update(item=""), None),  # no number is allowed
        (lambda d: d["documents"].update(state="sure"), "กรอบการประเมิน.documents.state"),
        (lambda d: d["indicators"]["items"][0].update(part="XIT"), "กรอบการประเมิน.indicators.items[0].part"),
        (lambda d: d["parts"]["items"][0].update(name="IIT\u202e"), "กรอบการประเมิน.parts.items[0].name"),
        (lambda d: d.update(year=1999), "กรอบการประเมิน.year"),
    ],
)
def test_a_bad_field_is_named(change: object, where: str | None) -> None:
    data = json.loads(framework_json(office_framework(2571)))
    change(data)  # type: ignore[operator]
    if where is None:
        assert read_framework_text(json.dumps(data)).document_item("plan").item == ""  # type: ignore[union-attr]
        return
    with pytest.raises(FrameworkError) as refused:
        read_framework_text(json.dumps(data))
    assert str(refused.value).startswith(where)


def test_the_next_year_carries_the_office_s_framework_when_the_program_is_not_sure(tmp_path: Path) -> None:
    assert carried_forward([office_framework(2565)], 2565) is None, "2566: the program's is sure"
    db = Database.open(str(tmp_path / "office.sqlite3"))
    try:
        desk = OfficeData(db)
        desk.add_measure(2571, Measure(title="มาตรการเปิดเผยข้อมูล"))
        desk.save_framework(office_framework(2571, plan_item="O27"))
        assert desk.start_next_year(2571) == 2572
        carried = framework_for(2572, desk.frameworks())
        assert carried.origin == "office" and carried.document_item("plan").item == "O27"  # type: ignore[union-attr]
        assert unconfirmed_warning(carried) == (
            "กรอบการประเมินปี 2572 ยังไม่ยืนยัน ใช้ตามปี 2571 — ตรวจกับคู่มือ ITA ของปีนี้"
        )
    finally:
        db.dispose()
