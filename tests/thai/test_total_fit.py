"""Paragraphs broken as a whole: a justified line stays within 0.06 em letter-spacing and 0.9 em word space
where any set of breaks allows it, no paragraph or cell ends in one short word, no short word stands alone
where the line above could take it, and the paragraph never grows a line for it."""

from __future__ import annotations

import itertools

import pytest

from itadesk.thai.balance import is_lone_word, is_short_word
from itadesk.thai.fonts import REGULAR
from itadesk.thai.layout import Line, layout_lines, run_width
from itadesk.thai.linebreak import break_opportunities, fill_lines, pieces

SIZE = 16.0
MEMO_WIDTH = 16 / 2.54 * 72
INDENT = 2.5 / 2.54 * 72
BASE = (
    "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ "
    "องค์การบริหารส่วนตำบลได้คะแนนรวม ๘๗.๕๐ คะแนน อยู่ในระดับผ่านเกณฑ์"
)
LATIN = (
    "ตามหนังสือสำนักงาน ป.ป.ช. ที่ได้แจ้งผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
    "(Integrity and Transparency Assessment:ITA) ในปีงบประมาณ พ.ศ. ๒๕๖๖ องค์การบริหารส่วนตำบลได้คะแนน "
    "๘๗.๕๐ คะแนน อยู่ในระดับ A ซึ่งผ่านเกณฑ์ที่กำหนด คือ"
)


def _memo_lines(text: str) -> list[Line]:
    return layout_lines(text, REGULAR, SIZE, lambda n: MEMO_WIDTH - (INDENT if n == 0 else 0), "justify")


def _greedy_count(text: str, width: float) -> int:
    units = pieces(text, break_opportunities(text))
    return len(fill_lines(units, lambda p: run_width(p, REGULAR, SIZE), lambda n: width))


def _spacing(line: Line) -> tuple[float, float]:
    """(largest added letter-spacing, widest space with its stretch) of a drawn line, in em."""
    plain = layout_lines(line.text.rstrip(" "), REGULAR, SIZE, lambda n: 10_000, "left")[0]
    added = [g.x - p.x for g, p in zip(line.glyphs, plain.glyphs, strict=False)]
    tracking, word = 0.0, 0.0
    space = run_width(" ", REGULAR, SIZE)
    texts = [g.text for g in plain.glyphs]
    for k, (a, b) in enumerate(itertools.pairwise(added), start=1):
        if texts[k - 1] == " ":
            word = max(word, space + (b - a))
        elif texts[k] != " ":
            tracking = max(tracking, b - a)
    return tracking / SIZE, word / SIZE


def test_the_latin_phrase_line_stays_within_the_limits() -> None:
    lines = _memo_lines(LATIN)
    for line in lines[:-1]:
        tracking, word = _spacing(line)
        assert tracking <= 0.06 + 1e-6, (line.text, tracking)
        assert word <= 0.9 + 1e-6, (line.text, word)
    assert lines[-1].text.strip() != "คือ"


@pytest.mark.parametrize("k", range(0, 40, 3))
def test_a_paragraph_never_ends_in_one_short_word_nor_grows_a_line_for_it(k: int) -> None:
    text = BASE + "การประเมิน" * (k % 7) + " ซึ่งมีประเด็นที่ต้องพัฒนา" * (k // 7) + " คือ"
    lines = _memo_lines(text)
    assert lines[-1].text.strip() != "คือ", [line.text for line in lines[-2:]]
    assert "".join(line.text for line in lines) == text
    assert len(lines) <= _greedy_count(text, MEMO_WIDTH - INDENT) + 1


# Report cells of the examples that greedy filling ended in one word alone, at their columns' inner widths
# (14 pt, the column less 7 pt of padding on each side).
CELL_SIZE = 14.0
PADDING = 7.0
LONE_IN_CELLS = [
    pytest.param(  # 000, progress (5): "facebook/หอกระจาย" over "ข่าว"
        "๒. สำนักปลัด ดำเนินการจัดทำคู่มือการให้บริการรูปแบบ info แล้วดำเนินการประชาสัมพันธ์ผ่านช่องทางต่างๆ "
        "เช่น เว็บไซต์หน่วยงาน/facebook/หอกระจายข่าว",
        3.7,
        id="000-หอกระจายข่าว",
    ),
    pytest.param(  # 001, progress (5): "งบประมาณให้ บุคลากร" over "ทราบ"
        "๒. เผยแพร่ข้อมูลที่เกี่ยวข้องกับการใช้จ่ายงบประมาณให้ บุคลากรทราบ", 3.7, id="001-บุคลากรทราบ"
    ),
    pytest.param(  # 003, progress (3): the second item of a cell of two, "…ให้ผู้บังคับบัญชา" over "ทราบ"
        "๑. วิเคราะห์ความเสี่ยงการทุจริตและประพฤติมิชอบโดยมีข้อเสนอแนะ และปัญหาอุปสรรค\n"
        "๒.รายงานผลการดำเนินการป้องกันการทุจริตประจำปี รอบ ๖ เดือนแรก และ ๑๒ เดือนให้ผู้บังคับบัญชาทราบ",
        3.5,
        id="003-ผู้บังคับบัญชาทราบ",
    ),
    pytest.param(  # 003, results (responsible): "นโยบายและ" over "แผน"
        "สำนักปลัด/กอง คลัง/ กองช่าง / กองการศึกษาฯ\n๒. นักวิเคราะห์ นโยบายและแผน\n๓. จพง.ทุกคน",
        2.4,
        id="003-นโยบายและแผน",
    ),
]


def _cell_room(column_cm: float) -> float:
    return column_cm / 2.54 * 72 - 2 * PADDING


def _greedy_lines(text: str, room: float) -> list[str]:
    lines: list[str] = []
    for hard_line in text.split("\n"):
        units = pieces(hard_line, break_opportunities(hard_line))
        measure = lambda p: run_width(p, REGULAR, CELL_SIZE)  # noqa: E731
        lines += ["".join(line) for line in fill_lines(units, measure, lambda n: room)]
    return lines


def _is_one_short_word(line: str) -> bool:
    bare = line.strip()
    return 0 < len(bare) <= 4 and " " not in bare


@pytest.mark.parametrize(("text", "column_cm"), LONE_IN_CELLS)
def test_a_cell_pulls_a_word_down_rather_than_end_an_item_in_one_word(text: str, column_cm: float) -> None:
    room = _cell_room(column_cm)
    greedy = _greedy_lines(text, room)
    # Each case is one the examples printed with a word alone (003's "๑๒ เดือน", now held together, no
    # longer leaves "ทราบ" alone even when filled greedily).
    lines = layout_lines(text, REGULAR, CELL_SIZE, lambda n: room, "left")
    texts = [line.text for line in lines]
    ends = [line.text for line in lines if line.ends_paragraph]  # each item's last line
    assert not any(_is_one_short_word(end) for end in ends), texts
    assert len(lines) == len(greedy), texts  # the row grows no taller for it
    assert "".join(texts) == text.replace("\n", "")
    for line in lines:
        assert run_width(line.text.rstrip(" "), REGULAR, CELL_SIZE) <= room + 1e-6, line.text
        assert line.glyphs[-1].x <= room  # left-aligned: no letter-spacing was added to fill the line


def test_a_cell_whose_lines_end_well_keeps_its_greedy_lines() -> None:
    text = "๑. จัดทำมาตรการในการเผยแพร่ข้อมูลที่เกี่ยวข้องกับการใช้ งบประมาณ"
    room = _cell_room(3.7)
    lines = [line.text for line in layout_lines(text, REGULAR, CELL_SIZE, lambda n: room, "left")]
    assert lines == _greedy_lines(text, room)


def test_a_centred_header_does_not_end_in_one_word_either() -> None:
    text = "สรุปผลการดำเนินการของหน่วยงานในรอบปี"
    # The widest column at which greedy filling leaves "ปี" alone under "…ในรอบ".
    room = max(w for w in range(40, 300) if _is_one_short_word(_greedy_lines(text, w)[-1]))
    lines = layout_lines(text, REGULAR, CELL_SIZE, lambda n: room, "center")
    assert not _is_one_short_word(lines[-1].text), [line.text for line in lines]
    assert len(lines) == len(_greedy_lines(text, room))


def test_a_last_line_of_two_short_words_is_not_one_word_alone() -> None:
    assert is_lone_word(["ทราบ"]) and is_lone_word(["แผน "]) and is_lone_word(["ต่อไป"])
    assert is_lone_word(["ข่า", "ว"])  # two pieces where the dictionaries disagree, one word to a reader
    assert not is_lone_word(["และ", "แผน"])  # two words: นโยบาย | และแผน is a good end
    assert not is_lone_word(["ปี ละ"])


def _office_texts() -> list[str]:
    """Every paragraph the example offices typed into their measures' cells, and sentences of any office:
    the short words that join others (ของ, แสดง, ทุก, และ, ใน, ที่, โดย…) between words of their reports."""
    from tests.conftest import require_shared
    from tests.documents.helpers import EXAMPLE_FILES, example_dataset

    require_shared()
    texts: set[str] = set()
    for path in EXAMPLE_FILES:
        for year in example_dataset(path).years:
            for m in year.measures:
                cells = [m.title, m.period, m.monitoring, m.reporting, m.outcome, m.problems, m.suggestions]
                cells += [*m.steps, *m.responsible, *(entry.text for entry in m.results)]
                texts.update(p.strip() for cell in cells for p in cell.split("\n") if len(p.strip()) > 8)
    joins = [
        "ของ",
        "แสดง",
        "ทุก",
        "และ",
        "ใน",
        "ที่",
        "โดย",
        "ได้",
        "จาก",
        "ตาม",
        "ให้",
        "กับ",
        "แก่",
        "ต่อ",
        "ซึ่ง",
        "หรือ",
        "เพื่อ",
    ]
    frames = [
        "การเปิดเผยข้อมูลสาธารณะ{}หน่วยงานภาครัฐประจำปีงบประมาณ",
        "ประชาสัมพันธ์ช่องทางการร้องเรียน {} ประชาชนผู้มาติดต่อราชการ",
        "เจ้าหน้าที่ผู้รับผิดชอบรายงานผลการดำเนินงาน{}ผู้บริหารท้องถิ่นทราบ",
    ]
    texts.update(frame.format(word) for word in joins for frame in frames)
    return sorted(texts)


def _report_rooms() -> list[float]:
    """The inner width of every column of every report table that holds text (layout.toml; not the
    progress table's tick columns), narrowest first."""
    from itadesk.documents.layout import layout

    r = layout().report
    rooms = {round(w * 72 / 2.54 - 2 * r.cell_padding_pt, 1) for ws in r.columns_cm.values() for w in ws}
    return sorted(room for room in rooms if room >= 50)


def test_no_short_word_is_left_alone_where_a_line_of_its_paragraph_could_take_it() -> None:
    """At every column width of the reports, over every cell text of the examples and sentences of any
    office: a short word alone on a line only where the line above had no room for it; fewer such lines
    inside paragraphs than greedy filling leaves (a word comes down with it), and never a line more."""
    space = run_width(" ", REGULAR, CELL_SIZE)
    alone = greedy_alone = 0
    for text in _office_texts():
        for room in _report_rooms():
            lines = layout_lines(text, REGULAR, CELL_SIZE, lambda n, room=room: room, "left")
            greedy = _greedy_lines(text, room)
            assert len(lines) <= len(greedy), (text, room)
            for above, line in itertools.pairwise(lines):
                word = line.text.strip()
                if not (is_short_word([word]) or (line.ends_paragraph and is_lone_word([word]))):
                    continue
                width = run_width(above.text.rstrip(" "), REGULAR, CELL_SIZE) + space
                assert width + run_width(word, REGULAR, CELL_SIZE) > room, (room, above.text, word)
                alone += not line.ends_paragraph
            greedy_alone += sum(is_short_word([g.strip()]) for g in greedy[1:-1])
    assert alone <= greedy_alone // 2, (alone, greedy_alone)
