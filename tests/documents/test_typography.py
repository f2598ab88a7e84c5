"""What the shared checker's `typography` measures, on memos a reader would otherwise see retouched: no
loose justified line where breaks can avoid it (long Latin phrases inside Thai), no paragraph ending in one
short word, no lone list number, no signature alone; on every memo of every example, Garuda SVG and PNG.
And on every report of every example, and in the narrow cells of report tables: no cell item ending in one
word, a list number with its item's first word, "พ. ศ. ๒๕๖๖" whole, a URL cut only at its slashes and dots."""

from __future__ import annotations

import dataclasses
import itertools
from pathlib import Path

import pdfplumber
import pytest

from itadesk.documents.layout import CM, layout
from itadesk.documents.printing import print_document, print_memo
from itadesk.domain.model import Emblem
from tests.conftest import GARUDA_PNG, GARUDA_SVG
from tests.documents.helpers import (
    EXAMPLE_FILES,
    FISCAL_YEAR,
    compact,
    example_dataset,
    made_up_dataset,
    made_up_measure,
    made_up_memo,
    pdf_text,
    pdfcheck,
)

# Example 004's ITA-result paragraph: greedy filling set "ในการดำเนินงานของหน่วยงานภาครัฐ (Integrity and
# Transparency Assessment:ITA) ใน…" with 0.091 em between Thai letters and 0.58 em word spaces.
LATIN_PARAGRAPH = (
    "ตามหนังสือสำนักงาน ป.ป.ช. ที่ได้แจ้งผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
    "(Integrity and Transparency Assessment:ITA) ในปีงบประมาณ พ.ศ. ๒๕๖๖ องค์การบริหารส่วนตำบลได้คะแนน "
    "๘๗.๕๐ คะแนน อยู่ในระดับ A ซึ่งผ่านเกณฑ์ที่กำหนด คือ"
)
STRESS = [
    "ระบบบริหารจัดการข้อมูลแบบ Open Government Data (OGD) ตามแนวทาง Digital Government Development Plan "
    "ของสำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน) หรือ Digital Government Development Agency:DGA ได้กำหนดให้"
    "หน่วยงานเผยแพร่ข้อมูลที่ https://www.khoksaad.go.th/ita/2566/oit/index.php และแจ้ง saraban@khoksaad.go.th",
    "การประเมินตามแบบวัด Internal Integrity and Transparency Assessment (IIT) External Integrity and "
    "Transparency Assessment (EIT) และ Open Integrity and Transparency Assessment (OIT) ของหน่วยงานภาครัฐ"
    "ทั่วประเทศ ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ ซึ่งประกอบด้วยตัวชี้วัด ๑๐ ตัว ได้แก่",
]


def _memo_pdf(body: list[str], path: Path) -> Path:
    memo = dataclasses.replace(made_up_memo(), body=body, approvals=[])
    print_memo(made_up_dataset(memo=memo), "memo-test", path)
    return path


def test_the_loose_latin_line_is_set_within_the_limits(tmp_path: Path) -> None:
    pdf = _memo_pdf([LATIN_PARAGRAPH, "จึงเรียนมาเพื่อโปรดทราบ"], tmp_path / "memo.pdf")
    result = pdfcheck("typography", pdf)
    assert result["loose_lines"] == [], result["worst_loose"]
    for line in result["worst_loose"]:
        assert line["tracking_em"] <= 0.06 and line["word_space_em"] <= 0.9, line
    assert result["lone_words"] == []  # "คือ" does not end the paragraph alone either
    assert "(IntegrityandTransparencyAssessment:ITA)" in pdf_text(pdf)


def test_long_latin_phrases_urls_and_lists_inside_thai_paragraphs_set_cleanly(tmp_path: Path) -> None:
    body = [*STRESS, "๑๐. แลกเปลี่ยนความคิดเห็นกับผู้มีส่วนได้ส่วนเสีย " * 3, "จึงเรียนมาเพื่อโปรดทราบ"]
    pdf = _memo_pdf(body, tmp_path / "stress.pdf")
    result = pdfcheck("typography", pdf)
    assert result["ok"], {k: result[k] for k in ("loose_lines", "lone_words", "lone_numbers")}
    text = pdf_text(pdf)
    assert "https://www.khoksaad.go.th/ita/2566/oit/index.php" in text  # found as one string
    assert "saraban@khoksaad.go.th" in text
    assert pdfcheck("linebreaks", pdf)["ok"]


@pytest.mark.parametrize("garuda", [GARUDA_SVG, GARUDA_PNG], ids=["svg", "png"])
@pytest.mark.parametrize("example", EXAMPLE_FILES, ids=lambda p: p.stem)
def test_every_memo_of_every_example_passes_typography_fonts_and_linebreaks(
    example: Path, garuda: Path, tmp_path: Path
) -> None:
    dataset = example_dataset(example)
    assert dataset.organization is not None
    mime = "image/svg+xml" if garuda.suffix == ".svg" else "image/png"
    dataset.organization.emblem = Emblem(mime, garuda.read_bytes())
    memos = [memo.id for year in dataset.years for memo in year.memos if memo.id]
    for memo_id in memos:
        pdf = tmp_path / f"{memo_id}.pdf"
        print_memo(dataset, memo_id, pdf)
        typography = pdfcheck("typography", pdf)
        counts = {k: typography["counts"][k] for k in ("loose_lines", "lone_words", "lone_numbers")}
        assert typography["ok"], (memo_id, counts, typography["signature_alone"])
        assert pdfcheck("fonts", pdf)["ok"], memo_id
        assert pdfcheck("linebreaks", pdf)["ok"], memo_id


REPORTS = [("plan", 12), ("progress", 6), ("progress", 12), ("results", 6), ("results", 12)]


@pytest.mark.parametrize(("kind", "round_months"), REPORTS, ids=lambda v: str(v))
@pytest.mark.parametrize("example", EXAMPLE_FILES, ids=lambda p: p.stem)
def test_every_report_of_every_example_passes_typography_with_row_fragments(
    example: Path, kind: str, round_months: int, tmp_path: Path
) -> None:
    """Cells are ragged, broken greedily; one that ended in one word alone ("ทราบ" under "…งบประมาณให้
    บุคลากร", "แผน" under "นโยบายและ") is broken again with a word brought down from the line above."""
    pdf = tmp_path / f"{kind}-{round_months}.pdf"
    print_document(example_dataset(example), kind, FISCAL_YEAR, round_months, pdf)
    typography = pdfcheck("typography", "--fragments-fail", pdf)
    assert typography["ok"], {k: typography[k] for k in typography["failing"]}
    assert typography["counts"]["loose_lines"] == typography["counts"]["lone_numbers"] == 0
    assert pdfcheck("linebreaks", pdf)["ok"]  # header cells too: every break at a word boundary


URL = "https://www.khoksaad.go.th/ita/oit/index.php"
IN_CELLS = dataclasses.replace(
    made_up_measure(1),
    steps=[f"เผยแพร่ข้อมูลที่ {URL} ให้ประชาชนทราบ", "รายงานผลประจำปีงบประมาณ พ. ศ. ๒๕๖๖ ต่อผู้บริหาร"],
    monitoring="ติดตามผลตามแผนปีงบประมาณ พ. ศ. ๒๕๖๖ ทุกไตรมาส\n๑๐. แลกเปลี่ยนความคิดเห็นภายในหน่วยงาน",
    outcome=f"ประชาชนรับรู้ข้อมูลของปีงบประมาณ พ. ศ. ๒๕๖๖ ผ่าน {URL}\n๑๐. แลกเปลี่ยนความคิดเห็นกับผู้มีส่วนได้เสีย",
)


def _column_lines(pdf: Path, kind: str) -> list[list[str]]:
    """The cell lines (14 pt: not the title above the table) of every column of every page, top to
    bottom, spaces removed."""
    widths = layout().report.column_widths(kind)
    starts = [2 * CM + sum(widths[:i]) for i in range(len(widths) + 1)]
    columns = []
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            for left, right in itertools.pairwise(starts):
                box = page.crop((left + 1, 0, right - 1, page.height)).filter(
                    lambda o: o.get("object_type") != "char" or abs(o["size"] - 14) < 0.5
                )
                columns.append([compact(line["text"]) for line in box.extract_text_lines()])
    return columns


@pytest.mark.parametrize("kind", ["plan", "progress", "results"])
def test_in_cells_a_number_keeps_its_word_an_abbreviation_stays_whole_and_a_url_breaks_at_its_parts(
    kind: str, tmp_path: Path
) -> None:
    dataset = made_up_dataset(1)
    dataset.years[0].measures = [IN_CELLS]
    pdf = tmp_path / f"{kind}.pdf"
    print_document(dataset, kind, FISCAL_YEAR, 12, pdf)
    columns = _column_lines(pdf, kind)
    lines = [line for column in columns for line in column]
    assert "๑๐." not in lines and any(line.startswith("๑๐.แลกเปลี่ยน") for line in lines)
    # "พ. ศ." whole and with the word before it (ปีงบประมาณ|พ. ศ. is where ICU sees no word boundary);
    # in a cell narrower than "ปีงบประมาณ พ. ศ. ๒๕๖๖" the year may go on, as after พ.ศ. typed whole.
    whole = sum(line.count("ปีงบประมาณพ.ศ.") for line in lines)
    assert whole == sum("".join(column).count("ปีงบประมาณพ.ศ.") for column in columns) >= 2
    for column in columns:
        for above, below in itertools.pairwise(column):
            assert not (above.endswith("พ.") and below.startswith("ศ.")), (above, below)
            assert not below.startswith("พ.ศ."), (above, below)
    cuts_seen = 0
    for column in columns:
        joined = "".join(column)
        bounds = [sum(len(line) for line in column[: k + 1]) for k in range(len(column))]
        for found in (i for i in range(len(joined)) if joined.startswith(URL, i)):
            for cut in (b for b in bounds if found < b < found + len(URL)):
                cuts_seen += 1
                assert joined[cut - 1] == "/" or joined[cut] == ".", (joined[found:cut], joined[cut:])
    assert cuts_seen > 0  # the URL did run over lines in a narrow cell
    assert URL in pdf_text(pdf)  # and is found as one string
    typography = pdfcheck("typography", pdf)
    assert typography["ok"], {k: typography[k] for k in typography["failing"]}
    assert pdfcheck("linebreaks", pdf)["ok"]
