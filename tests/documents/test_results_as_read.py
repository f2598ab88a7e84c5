"""The results report as the ITA reads it: every dated result says when, and the evidence links are listed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from itadesk.documents.printing import print_document
from itadesk.documents.result_dates import dated_text, mentions_date
from itadesk.domain.model import ResultEntry
from tests.documents.helpers import FISCAL_YEAR, made_up_dataset, pdf_text, skeleton


def test_a_dated_result_prints_its_date_after_what_was_done(tmp_path: Path) -> None:
    path = tmp_path / "results.pdf"
    print_document(made_up_dataset(2), "results", FISCAL_YEAR, 12, path)
    text = skeleton(pdf_text(path))
    assert text.count(skeleton("ประชุมคณะทำงานเพื่อทำความเข้าใจร่วมกัน เมื่อวันที่ ๒๔ ม.ค. ๖๖")) == 2
    assert text.count(skeleton("ติดตั้งกล่องรับฟังความคิดเห็น ณ ที่ทำการ เมื่อวันที่ ๒ ก.ค. ๖๖")) == 2


def test_a_date_already_typed_in_the_text_is_not_printed_twice() -> None:
    day = date(2023, 1, 24)
    for typed in ("ประชุม เมื่อวันที่ ๒๔ ม.ค.๒๕๖๖", "ประชุมเมื่อ 24 มกราคม พ.ศ. 2566", "ประชุม ๒๔ม.ค.๖๖"):
        assert mentions_date(typed, day), typed
        assert dated_text(ResultEntry(typed, day)) == typed
    # Another day of the same month, or the same day of another month, is not the date.
    assert not mentions_date("ประชุม เมื่อวันที่ ๔ ม.ค.๖๖", day)
    assert not mentions_date("ประชุม เมื่อวันที่ ๑๒๔ ม.ค.๖๖", day)
    assert not mentions_date("ประชุม เมื่อวันที่ ๒๔ ก.พ.๖๖", day)
    assert dated_text(ResultEntry("ประชุม", None)) == "ประชุม"


def test_evidence_links_are_listed_under_the_results_and_keep_their_digits(tmp_path: Path) -> None:
    dataset = made_up_dataset(2)
    first = dataset.years[0].measures[0]
    first.evidence = ["https://www.lalo.go.th/ita/o42", "https://www.lalo.go.th/news/2566/15"]
    path = tmp_path / "results.pdf"
    print_document(dataset, "results", FISCAL_YEAR, 12, path)
    text = skeleton(pdf_text(path))
    results_at = text.index(skeleton("ติดตั้งกล่องรับฟังความคิดเห็น"))
    evidence_at = text.index(skeleton("หลักฐาน:"))
    assert results_at < evidence_at < text.index("https://www.lalo.go.th/ita/o42")
    assert "https://www.lalo.go.th/news/2566/15" in text
    assert text.count(skeleton("หลักฐาน:")) == 1  # the second measure has none, so no empty heading
