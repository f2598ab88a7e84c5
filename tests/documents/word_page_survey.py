"""Every Word document of every example and of a year of 70 measures, converted to PDF by LibreOffice and
measured as the printed PDF is (page_faults.py), beside the PDF the program prints itself.

    python -m tests.documents.word_page_survey OUT_DIR [--json FILE]

prints one row per document: the program's PDF pages, LibreOffice's pages and mean fill, and the count of
each fault on LibreOffice's pages. LibreOffice runs headless with a profile of its own in OUT_DIR, on the
fonts fontconfig gives it (set FONTCONFIG_FILE to hide or add fonts): the .docx embeds TH Sarabun New.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
from pathlib import Path

from itadesk.documents.printing import print_document, print_memo
from itadesk.domain.documents import DOCUMENT_KINDS
from itadesk.domain.model import Dataset
from tests.documents.helpers import EXAMPLE_FILES, FISCAL_YEAR, example_dataset
from tests.documents.page_faults import Faults, measure_pdf
from tests.documents.page_survey import year_of_70


def written(dataset: Dataset, stem: str, out: Path, suffix: str) -> list[Path]:
    """Every document of `dataset` as `suffix` (.docx or .pdf) files in `out`."""
    paths: list[Path] = []
    for year in dataset.years:
        for kind in DOCUMENT_KINDS:
            if kind == "analysis" and year.ita_result is None:
                continue
            for round_months in (6, 12) if kind in ("progress", "results") else (12,):
                path = out / f"{stem}-{kind}-{round_months}{suffix}"
                print_document(dataset, kind, year.fiscal_year, round_months, path)
                paths.append(path)
        for memo in year.memos:
            assert memo.id is not None
            path = out / f"{stem}-{memo.id}{suffix}"
            print_memo(dataset, memo.id, path)
            paths.append(path)
    return paths


def all_documents(out: Path, suffix: str) -> list[Path]:
    paths: list[Path] = []
    for example in EXAMPLE_FILES:
        paths += written(example_dataset(example), example.stem, out, suffix)
    dataset = year_of_70()
    for kind in ("plan", "progress", "results"):
        path = out / f"70-{kind}-12{suffix}"
        print_document(dataset, kind, FISCAL_YEAR, 12, path)
        paths.append(path)
    return paths


def convert(documents: list[Path], out: Path) -> list[Path]:
    """The .docx files as LibreOffice prints them to PDF (one headless LibreOffice, its own profile)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice (soffice) is not installed"
    profile = (out / "libreoffice-profile").resolve()
    converted = out / "libreoffice"
    converted.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
         "--outdir", str(converted), *map(str, documents)],
        check=True, capture_output=True, timeout=3600,
    )  # fmt: skip
    return [converted / f"{document.stem}.pdf" for document in documents]


def survey(out: Path) -> dict[str, tuple[int, Faults]]:
    """Each document's name: (the program's PDF pages, LibreOffice's pages measured)."""
    (out / "pdf").mkdir(parents=True, exist_ok=True)
    (out / "docx").mkdir(parents=True, exist_ok=True)
    printed = all_documents(out / "pdf", ".pdf")
    documents = all_documents(out / "docx", ".docx")
    pages = {path.stem: measure_pdf(path).pages for path in printed}
    return {pdf.stem: (pages[pdf.stem], measure_pdf(pdf)) for pdf in convert(documents, out)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    results = survey(args.out)
    rows = {
        name: {"pdf_pages": pdf_pages, "pages": f.pages, "fill": round(f.mean_fill, 3),
               "fills": [round(x, 2) for x in f.fills], **f.counts()}
        for name, (pdf_pages, f) in results.items()
    }  # fmt: skip
    print(f"{'document':28} PDF  LibreOffice fill  faults")
    for name, row in rows.items():
        counts = " ".join(
            f"{k}={v}" for k, v in row.items() if k not in ("pdf_pages", "pages", "fill", "fills") and v
        )
        print(f"{name:28} {row['pdf_pages']:3}  {row['pages']:3}  {row['fill']:.2f}  {counts}")
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
