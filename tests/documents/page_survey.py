"""Every document of every example and of a year of 70 measures, printed and measured (page_faults.py).

    python -m tests.documents.page_survey OUT_DIR [--json FILE]

prints one table row per document: pages, mean fill, and the count of each fault.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from itadesk.documents.printing import print_document, print_memo
from itadesk.domain.documents import DOCUMENT_KINDS
from itadesk.domain.model import Dataset
from tests.documents.helpers import EXAMPLE_FILES, FISCAL_YEAR, example_dataset
from tests.documents.page_faults import Faults, measure_pdf

YEAR_OF_70 = 70


def printed(dataset: Dataset, stem: str, out: Path, *, memos: bool = True) -> list[Path]:
    pdfs: list[Path] = []
    for year in dataset.years:
        for kind in DOCUMENT_KINDS:
            if kind == "analysis" and year.ita_result is None:
                continue
            for round_months in (6, 12) if kind in ("progress", "results") else (12,):
                path = out / f"{stem}-{kind}-{round_months}.pdf"
                print_document(dataset, kind, year.fiscal_year, round_months, path)
                pdfs.append(path)
        for memo in year.memos if memos else []:
            assert memo.id is not None
            path = out / f"{stem}-{memo.id}.pdf"
            print_memo(dataset, memo.id, path)
            pdfs.append(path)
    return pdfs


def year_of_70() -> Dataset:
    from tests.documents.test_report_stress import _stress_dataset

    return _stress_dataset(YEAR_OF_70)


def survey(out: Path) -> dict[str, Faults]:
    out.mkdir(parents=True, exist_ok=True)
    pdfs: list[Path] = []
    for path in EXAMPLE_FILES:
        pdfs += printed(example_dataset(path), path.stem, out)
    dataset = year_of_70()
    for kind in ("plan", "progress", "results"):
        path = out / f"70-{kind}-12.pdf"
        print_document(dataset, kind, FISCAL_YEAR, 12, path)
        pdfs.append(path)
    return {pdf.name: measure_pdf(pdf) for pdf in pdfs}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    results = survey(args.out)
    rows = {
        name: {"pages": f.pages, "fill": round(f.mean_fill, 3), **f.counts(), "details": {
            k: getattr(f, k) for k in f.counts()}}
        for name, f in results.items()
    }  # fmt: skip
    for name, row in rows.items():
        counts = " ".join(f"{k}={v}" for k, v in row.items() if k not in ("details", "pages", "fill") and v)
        print(f"{name:32} {row['pages']:3} {row['fill']:.2f} {counts}")
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
