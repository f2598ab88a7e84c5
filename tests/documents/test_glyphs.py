"""Thai marks sit where HarfBuzz puts them, in a memo body and in a report cell (pdfcheck glyphs)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from itadesk.documents.printing import print_document, print_memo
from itadesk.thai.fonts import REGULAR, font_file
from tests.conftest import PDFCHECK
from tests.documents.helpers import FISCAL_YEAR, made_up_dataset, made_up_memo, pdfcheck

PROBES = PDFCHECK.parent / "probe_words.txt"


def _probe_words() -> list[str]:
    if not PROBES.exists():
        pytest.skip(f"probe words not found at {PROBES}")
    lines = PROBES.read_text(encoding="utf-8").splitlines()
    return [w.strip() for w in lines if w.strip() and not w.startswith("#")]


def test_probe_words_in_a_memo_body_match_harfbuzz(tmp_path: Path) -> None:
    # The header's bold label "ที่" is itself a probe word, in a face the check does not compare against; the
    # probe ที่ is checked in the report test below instead.
    words = [w for w in _probe_words() if w != "ที่"]
    probes = tmp_path / "probes.txt"
    probes.write_text("\n".join(words), encoding="utf-8")
    memo = replace(made_up_memo(2), body=[" ".join(words), "จึงเรียนมาเพื่อโปรดทราบ"])
    path = tmp_path / "memo.pdf"
    print_memo(made_up_dataset(memo=memo), "memo-test", path)
    result = pdfcheck("glyphs", path, probes, font_file(REGULAR))
    assert not result["missing"], result["missing"]
    assert result["ok"], result["below_threshold"]


def test_probe_words_in_a_report_cell_match_harfbuzz(tmp_path: Path) -> None:
    dataset = made_up_dataset(1)
    dataset.years[0].measures[0].outcome = " ".join(_probe_words())
    path = tmp_path / "results.pdf"
    print_document(dataset, "results", FISCAL_YEAR, 12, path)
    result = pdfcheck("glyphs", path, PROBES, font_file(REGULAR))
    assert not result["missing"], result["missing"]
    assert result["ok"], result["below_threshold"]
