"""The shapes offices give their tables beyond the examples: two-row headers, merged cells, other ticks."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from itadesk.domain.status import Status
from itadesk.exchange.word.columns import Column, classify
from itadesk.exchange.word.items import item_lines
from itadesk.exchange.word.reader import read_word_file, word_dataset

UNITS = ["สำนักปลัด", "กองคลัง", "กองช่าง"]


@pytest.mark.parametrize(
    ("header", "column"),
    [
        ("มาตรการ/แนวทาง", Column.TITLE),
        ("มาตรการ/กิจกรรม/แนวทางที่ดำเนินการ", Column.TITLE),
        ("ขั้นตอน/วิธีการดำเนินการ", Column.STEPS),
        ("วิธีการปฏิบัติ", Column.STEPS),
        ("หน่วยงาน ผู้รับผิดชอบ", Column.RESPONSIBLE),
        ("(๑) ผู้รับผิดชอบ หรือผู้ที่เกี่ยวข้อง", Column.RESPONSIBLE),
        ("ระยะเวลา ดำเนินการ", Column.PERIOD),
        ("การกำกับติดตาม/การติดตามผล", Column.MONITORING),
        ("(๓) แนวทางการกำกับ ติดตาม ให้นำไปสู่ การปฏิบัติและ การ รายงานผล", Column.MONITORING),
        ("สรุปผลการดำเนินการ", Column.RESULTS),
        ("ผลลัพธ์/ความสำเร็จของการดำเนินการ", Column.OUTCOME),
        ("ปัญหา/อุปสรรค", Column.PROBLEMS),
        ("ข้อเสนอแนะ", Column.SUGGESTIONS),
        ("ยังไม่ ดำเนินการ", Column.NOT_STARTED),
        ("อยู่ระหว่าง ดำเนินการ", Column.IN_PROGRESS),
        ("ดำเนินการ แล้ว", Column.DONE),
        ("(๕) การรายงานผล การ ดำเนินการ", Column.REPORTING),
        ("ตัวชี้วัดของ การ ประเมิน ITA", Column.INDICATOR),
        ("ที่", Column.NUMBER),
        ("หมายเหตุ", None),
    ],
)
def test_headers_as_offices_type_them(header: str, column: Column | None) -> None:
    assert classify(header) is column


def test_items_typed_together_are_cut_at_their_numbers_only() -> None:
    typed = "๑. ประชุมเมื่อวันที่ ๒๔ ม.ค.๒๕๖๖ จำนวน ๒ จุด ตามข้อ ๓.๑ ๒.ติดตั้งกล้อง ๓ประชาสัมพันธ์"
    assert item_lines([typed]) == [
        "๑. ประชุมเมื่อวันที่ ๒๔ ม.ค.๒๕๖๖ จำนวน ๒ จุด ตามข้อ ๓.๑",
        "๒.ติดตั้งกล้อง",
        "๓ประชาสัมพันธ์",
    ]
    assert item_lines(["- ก ข - ค ๑ ต.ค. ๖๕ - ๓๐ ก.ย. ๖๖"]) == ["- ก ข", "- ค ๑ ต.ค. ๖๕ - ๓๐ ก.ย. ๖๖"]


def _status_table(path: Path, ticks: list[tuple[str, str, str]]) -> Path:
    """A progress table whose header is two rows: "สถานะการดำเนินการ" merged over the three ticks."""
    document = docx.Document()
    table = document.add_table(rows=2, cols=6)
    top, below = table.rows[0].cells, table.rows[1].cells
    for place, text in enumerate(["ที่", "มาตรการ/แนวทาง", "ผู้รับผิดชอบ"]):
        top[place].merge(below[place]).text = text
    top[3].merge(top[5]).text = "สถานะการดำเนินการ"
    for place, text in zip(range(3, 6), ["ยังไม่ดำเนินการ", "อยู่ระหว่างดำเนินการ", "ดำเนินการแล้ว"], strict=True):
        below[place].text = text
    for index, marks in enumerate(ticks, start=1):
        row = table.add_row().cells
        row[0].text = f"{index}."
        row[1].text = f"มาตรการที่ {index}"
        for place, mark in enumerate(marks, start=3):
            row[place].text = mark
    # สำนักปลัด written once for the first two measures, merged down.
    first = table.rows[2].cells[2]
    first.merge(table.rows[3].cells[2]).text = "สำนักปลัด"
    table.rows[4].cells[2].text = "กอง คลัง\nกองช่าง"
    document.save(str(path))
    return path


def test_a_two_row_header_merged_cells_and_every_kind_of_tick(tmp_path: Path) -> None:
    path = _status_table(tmp_path / "ticks.docx", [("", "", "✓"), ("", "√", ""), ("x", "", ""), ("", "", "")])
    document = read_word_file(path)
    (table,) = document.tables
    assert table.columns == [
        Column.NUMBER, Column.TITLE, Column.RESPONSIBLE, Column.NOT_STARTED, Column.IN_PROGRESS, Column.DONE,
    ]  # fmt: skip
    measures = word_dataset(document, 2567, UNITS).years[0].measures
    assert [m.title for m in measures] == ["มาตรการที่ 1", "มาตรการที่ 2", "มาตรการที่ 3", "มาตรการที่ 4"]
    assert [m.number for m in measures] == ["1", "2", "3", "4"]
    assert [m.status for m in measures] == [
        Status.DONE, Status.IN_PROGRESS, Status.NOT_STARTED, Status.NOT_STARTED,
    ]  # fmt: skip
    assert [m.responsible for m in measures] == [["สำนักปลัด"], ["สำนักปลัด"], ["กองคลัง", "กองช่าง"], []]


def test_a_column_corrected_by_the_user_is_read_as_chosen(tmp_path: Path) -> None:
    path = _status_table(tmp_path / "ticks.docx", [("", "", "/"), ("", "", ""), ("", "", "")])
    document = read_word_file(path)
    table = document.tables[0]
    chosen = [Column.IGNORE, Column.TITLE, Column.MONITORING, *table.columns[3:]]
    measure = word_dataset(document.with_columns(table.place, chosen), 2567, UNITS).years[0].measures[0]
    assert (measure.number, measure.responsible, measure.monitoring) == ("", [], "สำนักปลัด")


def test_a_group_heading_above_the_header_row_heads_the_measures_under_it(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    table.rows[0].cells[0].merge(table.rows[0].cells[1]).text = "ด้านการเปิดเผยข้อมูล"
    table.rows[1].cells[0].text, table.rows[1].cells[1].text = "มาตรการ/แนวทาง", "ผู้รับผิดชอบ"
    table.rows[2].cells[0].text, table.rows[2].cells[1].text = "๑. เผยแพร่แผน", "สำนักปลัด"
    document.save(str(tmp_path / "plan.docx"))
    (measure,) = word_dataset(read_word_file(tmp_path / "plan.docx"), 2567, UNITS).years[0].measures
    assert (measure.section, measure.number, measure.title) == ("ด้านการเปิดเผยข้อมูล", "๑", "เผยแพร่แผน")


def test_dash_sub_items_stay_inside_their_step_with_their_dashes(tmp_path: Path) -> None:
    from tests.exchange.hostile_word import plan_docx

    steps = [
        "๑. แต่งตั้งคณะทำงานจัดทำมาตรการ",
        "-การสรรหาคณะทำงานจากทุกกอง",
        "-การประชุมชี้แจงบทบาทหน้าที่",
        "๒. ประกาศมาตรการให้บุคลากรทราบ",
        "๓. ติดตามผลการดำเนินการ ดังนี้",
        "- รายไตรมาส",
        "- รายปี",
    ]
    dashes_only = ["- ประชุมคณะทำงาน", "- เผยแพร่ทางเว็บไซต์"]  # a list of dashes alone: each a step
    path = plan_docx(
        tmp_path / "แผน.docx",
        [["๑. การจัดทำมาตรการ", steps, "สำนักปลัด", "ต.ค. ๖๖"], ["๒. การเผยแพร่", dashes_only, "กองคลัง", ""]],
    )
    first, second = word_dataset(read_word_file(path), 2567, UNITS).years[0].measures
    assert first.steps == [
        "แต่งตั้งคณะทำงานจัดทำมาตรการ\n-การสรรหาคณะทำงานจากทุกกอง\n-การประชุมชี้แจงบทบาทหน้าที่",
        "ประกาศมาตรการให้บุคลากรทราบ",
        "ติดตามผลการดำเนินการ ดังนี้\n- รายไตรมาส\n- รายปี",
    ]
    assert second.steps == ["ประชุมคณะทำงาน", "เผยแพร่ทางเว็บไซต์"]
