"""The stress documents of issue 11: plan, progress and results of 300 measures written from the examples,
with cells of 10 000 characters and long Latin phrases inside Thai, set without slivers, fragments or
unlabelled continued rows; Thai marks intact on the pages of a cut row."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from itadesk.documents.printing import print_document
from itadesk.domain.model import Dataset, Measure
from itadesk.thai.digits import localize_digits
from itadesk.thai.fonts import REGULAR, font_file
from tests.conftest import PDFCHECK
from tests.documents.helpers import (
    EXAMPLE_FILES,
    FISCAL_YEAR,
    compact,
    example_dataset,
    made_up_dataset,
    pdf_text,
    pdfcheck,
    real_thai_text,
)

LATIN = [
    "ผ่านระบบ Open Government Data (OGD) ตามแนวทาง Digital Government Development Plan ของหน่วยงาน",
    "เผยแพร่ที่ https://www.khoksaad.go.th/ita/2566/oit/index.php และแจ้งทาง saraban@khoksaad.go.th",
    "ตามแบบวัด Internal Integrity and Transparency Assessment (IIT) และ Open Integrity and Transparency "
    "Assessment (OIT)",
]
TALL = (100, 200)  # the measures (their running numbers) with a cell of 10 000 characters


def _examples() -> list[Measure]:
    return [m for path in EXAMPLE_FILES for year in example_dataset(path).years for m in year.measures]


def _stress_dataset(count: int) -> Dataset:
    """`count` measures: the examples' texts over the made-up measures' dates, parts and statuses."""
    dataset = made_up_dataset(count)
    examples = _examples()
    long_text = real_thai_text(10_000)
    measures = []
    for i, made_up in enumerate(dataset.years[0].measures, start=1):
        real = examples[i % len(examples)]
        latin = LATIN[i % len(LATIN)] if i % 7 == 0 else ""
        measure = replace(
            made_up,
            title=real.title,
            steps=real.steps or made_up.steps,
            responsible=real.responsible or made_up.responsible,
            outcome=" ".join(filter(None, [real.outcome or made_up.outcome, latin])),
            monitoring=" ".join(filter(None, [real.monitoring or made_up.monitoring, latin])),
        )
        if i in TALL:
            measure = replace(measure, outcome=long_text, monitoring=long_text)
        measures.append(measure)
    dataset.years[0].measures = measures
    return dataset


def _assert_set_cleanly(path: Path) -> None:
    typography = pdfcheck("typography", "--fragments-fail", path)
    counts = typography["counts"]
    assert (counts["table_slivers"], counts["row_fragments"], counts["continued_unlabelled"]) == (0, 0, 0), (
        typography["table_slivers"][:3], typography["row_fragments"][:3]
    )  # fmt: skip
    assert typography["ok"], counts  # no loose line, lone word or number, signature alone either
    assert pdfcheck("fonts", path)["ok"]
    breaks = pdfcheck("linebreaks", path)
    # PyThaiNLP's dictionary and ICU's may disagree on a word of the real text (สรุปผล|ณ); a break through a
    # syllable, before a mark or after a leading vowel would be a fault of how the pages were cut.
    assert set(breaks["by_reason"]) <= {"not an ICU word boundary"}, breaks["examples"][:5]


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["results", "plan", "progress"])
def test_300_measures_with_tall_cells_and_latin_phrases_are_set_cleanly(kind: str, tmp_path: Path) -> None:
    dataset = _stress_dataset(300)
    path = tmp_path / f"{kind}.pdf"
    print_document(dataset, kind, FISCAL_YEAR, 12, path)
    _assert_set_cleanly(path)
    text = pdf_text(path)
    for number in TALL:  # each tall row goes on over several pages, each part under its number
        assert text.count(compact(localize_digits(f"{number} (ต่อ)", "thai"))) >= 2, number
    assert compact(localize_digits(real_thai_text(10_000), "thai"))[-40:] in text
    for phrase in ("DigitalGovernmentDevelopmentPlan", "https://www.khoksaad.go.th/ita/2566/oit/index.php"):
        assert phrase in text


def test_thai_marks_on_the_pages_of_a_cut_row_match_harfbuzz(tmp_path: Path) -> None:
    probes = PDFCHECK.parent / "probe_words.txt"
    if not probes.exists():
        pytest.skip(f"probe words not found at {probes}")
    words = [w.strip() for w in probes.read_text(encoding="utf-8").splitlines() if w.strip() and w[0] != "#"]
    dataset = made_up_dataset(2)
    dataset.years[0].measures[1].outcome = " ".join(words * 12)  # about two pages of the outcome column
    path = tmp_path / "results.pdf"
    print_document(dataset, "results", FISCAL_YEAR, 12, path)
    assert compact(localize_digits("2 (ต่อ)", "thai")) in pdf_text(path)
    result = pdfcheck("glyphs", path, probes, font_file(REGULAR))
    assert not result["missing"], result["missing"]
    assert result["ok"], result["below_threshold"][:5]
    _assert_set_cleanly(path)
