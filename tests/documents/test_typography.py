"""What the shared checker's `typography` measures, on memos a reader would otherwise see retouched: no
loose justified line where breaks can avoid it (long Latin phrases inside Thai), no paragraph ending in one
short word, no lone list number, no signature alone; on every memo of every example, Garuda SVG and PNG."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from itadesk.documents.printing import print_memo
from itadesk.domain.model import Emblem
from tests.conftest import GARUDA_PNG, GARUDA_SVG
from tests.documents.helpers import (
    EXAMPLE_FILES,
    example_dataset,
    made_up_dataset,
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
