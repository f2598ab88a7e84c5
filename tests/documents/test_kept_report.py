"""The composer's preview keeps the attached report's pages while only the memo changes: what it prints is
what a fresh print shows (text, pages, page labels), and any change to what the report is made of shows."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pypdf

from itadesk.documents.printing import print_memo
from itadesk.domain.model import Attachment, Dataset
from tests.documents.helpers import made_up_dataset, made_up_memo, pdf_text, pdfcheck


def memo_with_report(measures: int = 8) -> Dataset:
    return made_up_dataset(measures, memo=made_up_memo(attach=Attachment("results", 12)))


def labels(path: Path) -> list[str]:
    return list(pypdf.PdfReader(path).page_labels)


def fresh_and_kept(dataset: Dataset, folder: Path, name: str) -> tuple[Path, Path]:
    fresh, kept = folder / f"{name}-fresh.pdf", folder / f"{name}-kept.pdf"
    print_memo(dataset, "memo-test", fresh)
    print_memo(dataset, "memo-test", kept, keep_report=True)
    return fresh, kept


def test_after_an_edit_of_the_memo_the_preview_reads_as_a_fresh_print(tmp_path: Path) -> None:
    dataset = memo_with_report()
    first_fresh, first_kept = fresh_and_kept(dataset, tmp_path, "first")
    memo = dataset.years[0].memos[0]
    memo.body = [*memo.body[:-1], "จึงเรียนมาเพื่อโปรดทราบและพิจารณาอนุมัติ"]
    edited_fresh, edited_kept = fresh_and_kept(dataset, tmp_path, "edited")

    assert pdf_text(first_kept) == pdf_text(first_fresh)
    assert pdf_text(edited_kept) == pdf_text(edited_fresh)
    assert "พิจารณาอนุมัติ" in pdf_text(edited_kept)
    assert "พิจารณาอนุมัติ" not in pdf_text(first_kept)
    assert labels(edited_kept) == labels(edited_fresh)  # 1, 2, แนบ 1, แนบ 2…
    assert any(label.startswith("แนบ") for label in labels(edited_kept))
    report = pdfcheck("typography", "--fragments-fail", edited_kept)
    assert report["ok"], report["failing"]


def test_a_changed_measure_or_office_shows_in_the_next_preview(tmp_path: Path) -> None:
    dataset = memo_with_report()
    fresh_and_kept(dataset, tmp_path, "before")
    measure = dataset.years[0].measures[2]
    measure.outcome = "ประชาชนร้องเรียนผ่านช่องทางออนไลน์เพิ่มขึ้นเป็นสองเท่า"
    after_fresh, after_kept = fresh_and_kept(dataset, tmp_path, "measure")
    assert "สองเท่า" in pdf_text(after_kept)
    assert pdf_text(after_kept) == pdf_text(after_fresh)

    assert dataset.organization is not None
    dataset.organization = replace(dataset.organization, name="องค์การบริหารส่วนตำบลบาเจาะ")
    office_fresh, office_kept = fresh_and_kept(dataset, tmp_path, "office")
    assert pdf_text(office_kept) == pdf_text(office_fresh)
    assert pdf_text(office_kept).count("บาเจาะ") == pdf_text(office_fresh).count("บาเจาะ") >= 2
