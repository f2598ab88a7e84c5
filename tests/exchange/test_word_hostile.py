"""A Word file obeys the rules every other input obeys: what the window or an exchange file would refuse is
refused with the cell it is in, what they would normalise is normalised, no text is left out unsaid, and a
few bytes asking for millions of columns or rows are refused before anything is expanded."""

from __future__ import annotations

from pathlib import Path

import pytest

from itadesk.domain.status import Status
from itadesk.exchange.word import docx_tables
from itadesk.exchange.word.errors import WordImportError
from itadesk.exchange.word.reader import read_word_file, word_dataset
from tests.exchange.hostile_word import edit_document_xml, plan_docx, run_xml, span_bomb

UNITS = ["สำนักปลัด", "กองคลัง", "กองช่าง"]
TITLE = "การเผยแพร่ข้อมูลต่อสาธารณะ"
CELL = "<w:r><w:t>MARK</w:t></w:r>"


def _refusal(path: Path) -> str:
    with pytest.raises(WordImportError) as refused:
        word_dataset(read_word_file(path), 2567, UNITS)
    return str(refused.value)


def _measures(path: Path) -> list[object]:
    return list(word_dataset(read_word_file(path), 2567, UNITS).years[0].measures)


@pytest.mark.parametrize(
    ("row", "place", "says"),
    [
        # an override that shows "ยกเลิก" reversed: what a reader sees is not what is stored
        ([f"{TITLE}\u202eกิลกเย", "ประชุม", "กองคลัง", "ต.ค. ๖๖"], "คอลัมน์ที่ 1 (มาตรการ/แนวทาง)", "U+202E"),
        ([TITLE, "ประชุม\u200eคณะทำงาน", "กองคลัง", "ต.ค. ๖๖"], "คอลัมน์ที่ 2 (ขั้นตอน/วิธีการดำเนินการ)", "U+200E"),
        ([TITLE, "ประชุม", "กอง\u0085คลัง", "ต.ค. ๖๖"], "คอลัมน์ที่ 3 (ผู้รับผิดชอบ)", "อักขระควบคุม U+0085"),
        ([TITLE, "ประชุม", "กองคลัง", "ต.ค. ๖๖\u2067"], "คอลัมน์ที่ 4 (ระยะเวลาดำเนินการ)", "U+2067"),
    ],
)
def test_a_control_or_bidirectional_character_is_refused_with_its_cell(
    tmp_path: Path, row: list[str], place: str, says: str
) -> None:
    path = plan_docx(tmp_path / "แผน.docx", [["การประชุมประจำเดือน", "ประชุม", "กองคลัง", "ทุกเดือน"], row])
    message = _refusal(path)
    assert f"ตารางที่ 1 แถวที่ 3 {place}" in message
    assert says in message and "แก้ในไฟล์ Word" in message


def test_a_title_of_330_000_characters_is_refused_with_its_length(tmp_path: Path) -> None:
    path = plan_docx(tmp_path / "แผน.docx", [["ก" * 330_000, "ประชุม", "กองคลัง", "ต.ค. ๖๖"]])
    message = _refusal(path)
    assert "ตารางที่ 1 แถวที่ 2 คอลัมน์ที่ 1 (มาตรการ/แนวทาง)" in message
    assert "ยาวเกินไป (330,000 ตัวอักษร) ต้องไม่เกิน 50,000 ตัวอักษร" in message


def test_a_period_longer_than_its_field_takes_is_refused(tmp_path: Path) -> None:
    path = plan_docx(tmp_path / "แผน.docx", [[TITLE, "ประชุม", "กองคลัง", "ต.ค. " * 300]])
    message = _refusal(path)
    assert "คอลัมน์ที่ 4 (ระยะเวลาดำเนินการ)" in message and "ต้องไม่เกิน 1,000 ตัวอักษร" in message


def test_a_field_gathered_from_several_rows_obeys_its_limit_as_a_whole(tmp_path: Path) -> None:
    # one measure over three rows (no title in the rows below it): each period cell fits, together they do not
    period = "ต" * 400
    rows: list[list[str | list[str]]] = [[TITLE, "ประชุม", "กองคลัง", period], ["", "", "", period]]
    path = plan_docx(tmp_path / "แผน.docx", [*rows, ["", "", "", period]])
    message = _refusal(path)
    assert "ตารางที่ 1 แถวที่ 2 คอลัมน์ที่ 4 (ระยะเวลาดำเนินการ)" in message and f"“{TITLE}”" in message
    assert "รวมทุกแถวแล้วยาวเกินไป (1,202 ตัวอักษร)" in message


def test_thai_typed_out_of_order_and_zero_width_spaces_are_stored_as_every_input_stores_them(
    tmp_path: Path,
) -> None:
    typed = ["การดําเนินการ\u200bเผยแพร่\u00a0ข้อมูล", "เเจ้ง\u00adเวียน\ufeff", "กอง\u200bคลัง", "ต.ค.\u2009๖๖"]
    (measure,) = _measures(plan_docx(tmp_path / "แผน.docx", [typed]))
    assert measure.title == "การดำเนินการเผยแพร่ ข้อมูล"  # type: ignore[attr-defined]
    assert measure.steps == ["แจ้งเวียน"]  # type: ignore[attr-defined]
    assert measure.responsible == ["กองคลัง"]  # type: ignore[attr-defined]
    assert measure.period == "ต.ค. ๖๖"  # type: ignore[attr-defined]


def test_text_after_an_entity_is_never_dropped_silently(tmp_path: Path) -> None:
    path = plan_docx(tmp_path / "แผน.docx", [[TITLE, "MARK", "กองคลัง", "ต.ค. ๖๖"]])

    def entity(xml: str) -> str:
        doctype = '<!DOCTYPE w:document [<!ENTITY e "x">]>'
        declared = xml.replace("standalone='yes'?>", f"standalone='yes'?>\n{doctype}")
        return declared.replace(CELL, "<w:r><w:t>ประชุม&e;ติดตามผลทุกเดือน</w:t></w:r>")

    message = _refusal(edit_document_xml(path, entity))
    assert "ตารางที่ 1 แถวที่ 2 คอลัมน์ที่ 2" in message and "ENTITY &e;" in message


def test_text_in_links_tracked_insertions_and_content_controls_is_read_deleted_text_is_not(
    tmp_path: Path,
) -> None:
    path = plan_docx(tmp_path / "แผน.docx", [[TITLE, "MARK", "กองคลัง", "ต.ค. ๖๖"]])
    shown = (
        run_xml("ประชุม")
        + f'<w:ins w:id="1" w:author="ปลัด" w:date="2024-01-01T00:00:00Z">{run_xml("คณะทำงาน")}</w:ins>'
        + '<w:del w:id="2" w:author="ปลัด"><w:r><w:delText>ที่ลบแล้ว</w:delText></w:r></w:del>'
        + f"<w:hyperlink>{run_xml(' ทาง')}</w:hyperlink>"
        + f"<w:sdt><w:sdtContent>{run_xml('เว็บไซต์')}</w:sdtContent></w:sdt>"
        + f"<w:r><w:tab/></w:r>{run_xml('ของหน่วยงาน')}"
    )
    edit_document_xml(path, lambda xml: xml.replace(CELL, shown))
    (measure,) = _measures(path)
    assert measure.steps == ["ประชุมคณะทำงาน ทางเว็บไซต์ ของหน่วยงาน"]  # type: ignore[attr-defined]


def test_a_tick_inserted_as_a_wingdings_symbol_is_a_tick(tmp_path: Path) -> None:
    header = ["มาตรการ/แนวทาง", "ผู้รับผิดชอบ", "ยังไม่ดำเนินการ", "อยู่ระหว่างดำเนินการ", "ดำเนินการแล้ว"]
    path = plan_docx(tmp_path / "ผล.docx", [[TITLE, "กองคลัง", "", "", "MARK"]], header=header)
    tick = '<w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>'
    edit_document_xml(path, lambda xml: xml.replace(CELL, tick))
    (measure,) = _measures(path)
    assert measure.status is Status.DONE  # type: ignore[attr-defined]


def test_dates_outside_the_years_taken_are_left_out_and_the_text_kept(tmp_path: Path) -> None:
    period = "๑ ต.ค. ๓๕๐๐ - ๓๐ ก.ย. ๓๕๐๑"
    (measure,) = _measures(plan_docx(tmp_path / "แผน.docx", [[TITLE, "ประชุม", "กองคลัง", period]]))
    assert measure.period == period  # type: ignore[attr-defined]
    assert (measure.start, measure.end) == (None, None)  # type: ignore[attr-defined]


def _in_marked_cell(xml: str, properties: str) -> str:
    """The cell holding MARK with `properties` added to its own."""
    mark = xml.index("MARK")
    start = xml.rindex("<w:tcPr>", 0, mark) + len("<w:tcPr>")
    return xml[:start] + properties + xml[start:]


def test_a_cell_spanning_ten_million_columns_is_refused_before_it_is_expanded(tmp_path: Path) -> None:
    path = plan_docx(tmp_path / "แผน.docx", [["MARK", "ประชุม", "กองคลัง", "ต.ค. ๖๖"]])
    edit_document_xml(path, span_bomb)
    assert path.stat().st_size < 64 * 1024
    message = _refusal(path)
    assert "ตารางที่ 1 แถวที่ 2 คอลัมน์ที่ 1 ผสานช่องกว้าง 10,000,000 คอลัมน์" in message
    assert f"เกิน {docx_tables.MAX_COLUMNS} คอลัมน์" in message


@pytest.mark.parametrize(
    ("written", "says"),
    [
        ('<w:gridSpan w:val="99999999999999999999"/>', "ผสานช่องกว้าง 64 คอลัมน์"),
        ('<w:gridSpan w:val="lots"/>', "ผิดรูปแบบ (ไม่ใช่ตัวเลข)"),
    ],
)
def test_a_span_too_long_to_be_a_number_or_not_a_number_is_refused(
    tmp_path: Path, written: str, says: str
) -> None:
    path = plan_docx(tmp_path / "แผน.docx", [["MARK", "ประชุม", "กองคลัง", "ต.ค. ๖๖"]])
    edit_document_xml(path, lambda xml: _in_marked_cell(xml, written))
    message = _refusal(path)
    assert "ตารางที่ 1 แถวที่ 2 คอลัมน์ที่ 1" in message and says in message


def test_rows_of_empty_cells_by_the_ten_thousand_are_refused_before_they_are_read(tmp_path: Path) -> None:
    path = plan_docx(tmp_path / "แผน.docx", [[TITLE, "ประชุม", "กองคลัง", "ต.ค. ๖๖"]])
    empty = "<w:tr><w:tc><w:p/></w:tc></w:tr>" * (docx_tables.MAX_ROWS + 1)
    edit_document_xml(path, lambda xml: xml.replace("</w:tbl>", empty + "</w:tbl>"))
    message = _refusal(path)
    assert "แผน.docx มีแถวในตารางรวม 20,003 แถว เกินกว่า 20,000 แถว" in message


def test_rows_and_cells_inside_content_controls_are_read(tmp_path: Path) -> None:
    rows: list[list[str | list[str]]] = [
        [TITLE, "MARK", "กองคลัง", "ต.ค. ๖๖"],
        ["การจัดซื้อจัดจ้าง", "ประกาศ", "", ""],
    ]
    path = plan_docx(tmp_path / "แผน.docx", rows)

    def wrapped(xml: str) -> str:
        second = xml.index("<w:tr>", xml.index("MARK"))
        end = xml.index("</w:tr>", second) + len("</w:tr>")
        row = f"<w:sdt><w:sdtPr/><w:sdtContent>{xml[second:end]}</w:sdtContent></w:sdt>"
        xml = xml[:second] + row + xml[end:]
        mark = xml.index("MARK")
        cell_start = xml.rindex("<w:tc>", 0, mark)
        cell_end = xml.index("</w:tc>", mark) + len("</w:tc>")
        cell = f"<w:sdt><w:sdtContent>{xml[cell_start:cell_end]}</w:sdtContent></w:sdt>"
        return xml[:cell_start] + cell + xml[cell_end:]

    first, second = _measures(edit_document_xml(path, wrapped))
    assert (first.steps, first.responsible) == (["MARK"], ["กองคลัง"])  # type: ignore[attr-defined]
    assert second.title == "การจัดซื้อจัดจ้าง"  # type: ignore[attr-defined]
