"""Report rows at a page's end (issues 11 and 24): a row that does not fit what is left of a page is cut with
at least two lines of every continuing cell on each side (moved whole only when it cannot be), so every page
but the last is filled; its continued part starts with the measure's number and "(ต่อ)"."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass, replace
from pathlib import Path

import pdfplumber

from itadesk.documents.layout import layout
from itadesk.documents.printing import print_document
from itadesk.documents.results import HEADER as RESULTS_HEADER
from itadesk.domain.model import Dataset, Measure
from itadesk.thai.digits import localize_digits
from tests.documents.helpers import FISCAL_YEAR, compact, made_up_dataset, pdfcheck, real_thai_text
from tests.documents.page_faults import measure_pdf

MARGIN = 2 * 72 / 2.54  # the report's margin in pt


def _tag(i: int, end: str) -> str:
    # Latin letters, not digits: digits may be printed as Thai digits.
    return f"Q{chr(65 + i // 26)}{chr(65 + i % 26)}{end}"


def test_rows_fill_every_page_and_a_cut_row_goes_on_under_its_number(tmp_path: Path) -> None:
    dataset = made_up_dataset(30)
    year = dataset.years[0]
    measures = [
        replace(m, title=f"{_tag(i, 'A')} " + "มาตรการส่งเสริมคุณธรรมและความโปร่งใส " * 6 + _tag(i, "Z"))
        for i, m in enumerate(year.measures)
    ]
    dataset = replace(dataset, years=[replace(year, measures=measures)])
    path = tmp_path / "results.pdf"
    print_document(dataset, "results", FISCAL_YEAR, 12, path)
    with pdfplumber.open(path) as pdf:
        pages = [compact(page.extract_text() or "") for page in pdf.pages]
    assert len(pages) > 1
    cut = 0
    for i in range(len(measures)):
        first = [n for n, text in enumerate(pages) if _tag(i, "A") in text]
        last = [n for n, text in enumerate(pages) if _tag(i, "Z") in text]
        assert len(first) == len(last) == 1, (i, first, last)
        if first != last:  # cut by the page: the rest opens the next page under "๕ (ต่อ)"
            cut += 1
            assert last[0] == first[0] + 1
            assert compact(localize_digits(f"{i + 1} (ต่อ)", "thai")) in pages[last[0]], i
    assert cut, "rows that do not fit the room left are cut, not moved whole"
    faults = measure_pdf(path)
    assert faults.underfull == [] and faults.remnants == [], (faults.underfull, faults.remnants)
    typography = pdfcheck("typography", "--fragments-fail", path)
    assert typography["ok"], typography["counts"]


# --- a row taller than a page -------------------------------------------------------------------------

TITLE = "QTALL มาตรการเผยแพร่ข้อมูลการใช้จ่ายงบประมาณประจำปีให้ประชาชนทราบ"


@dataclass(frozen=True)
class Column:
    x0: float
    x1: float
    header: str


def _results_columns() -> list[Column]:
    widths = layout().report.column_widths("results")
    edges = [MARGIN + sum(widths[:i]) for i in range(len(widths) + 1)]
    return [Column(edges[i], edges[i + 1], RESULTS_HEADER[i]) for i in range(len(widths))]


def _column_text(path: Path, page: int, column: Column, height: float) -> str:
    """pdftotext's text of one column of one page (1-based), the repeated header taken out, no whitespace."""
    done = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), "-x", str(int(column.x0) + 1), "-y", "0",
         "-W", str(int(column.x1 - column.x0) - 2), "-H", str(int(height)), str(path), "-"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return compact(done.stdout).replace(compact(column.header), "", 1)


def _row_lines(page: pdfplumber.page.Page, column: Column) -> int:
    """Text lines of a column in the first body row under the page's header row (between the header's rule
    and the next rule down)."""
    fills = sorted((r for r in page.rects if r.get("fill")), key=lambda r: r["top"])
    top = fills[0]["bottom"]
    across = [e for e in page.edges if e["x0"] <= column.x0 + 1 and e["x1"] >= column.x1 - 1]
    rules = sorted(e["top"] for e in across if e["orientation"] == "h" and e["top"] > top + 2)
    bottom = rules[0] if rules else page.height
    baselines: list[float] = []
    for char in page.chars:
        inside = column.x0 < char["x0"] < column.x1 and top < char["top"] < bottom and char["text"].strip()
        if inside and not any(abs(char["bottom"] - b) < 4 for b in baselines):
            baselines.append(char["bottom"])
    return len(baselines)


def _print_tall_row(tall: Measure, path: Path) -> Dataset:
    dataset = made_up_dataset(3)
    dataset.years[0].measures[1] = tall  # measure ๒, between two ordinary rows
    print_document(dataset, "results", FISCAL_YEAR, 12, path)
    return dataset


def _assert_tall_row_printed_as_a_typist_would(path: Path, cells: dict[int, str]) -> None:
    """`cells`: column → the text the tall row holds there (as printed, digits localized)."""
    columns = _results_columns()
    with pdfplumber.open(path) as pdf:
        pages = list(pdf.pages)
        height = pages[0].height
        texts = {
            c: [_column_text(path, n, columns[c], height) for n in range(1, len(pages) + 1)] for c in cells
        }
        first = next(n for n, t in enumerate(texts[0]) if compact(TITLE)[:12] in t)
        ends = [
            next(n for n, t in enumerate(texts[c]) if compact(text)[-20:] in t) for c, text in cells.items()
        ]
        last = max(ends)
        assert last > first + 1, "the tall row is expected to run over at least three pages"
        blank = [
            n + 1
            for n, page in enumerate(pages)
            if not compact(page.extract_text() or "").strip("-๐๑๒๓๔๕๖๗๘๙")
        ]
        assert not blank, f"pages with nothing on them but their number: {blank}"
        for n in range(first + 1, last + 1):
            # The continued part says which measure it continues, as the row's number prints.
            assert texts[0][n].startswith(compact("๒ (ต่อ)")), (n + 1, texts[0][n][:40])
            # No cell shows a single line of its text on a page of the cut row, on either side of a cut.
            for c in cells:
                if c == 0:
                    continue
                lines = _row_lines(pages[n], columns[c])
                assert lines == 0 or lines >= 2, (n + 1, columns[c].header, lines)
        for c in cells:
            lines = _row_lines(pages[first], columns[c])
            assert lines == 0 or lines >= 2, (first + 1, columns[c].header, lines)
    for c, text in cells.items():  # every character of every cell, in order, nothing lost at the cuts
        joined = "".join(texts[c]).replace(compact("๒ (ต่อ)"), "")
        assert compact(text) in joined, columns[c].header
    typography = pdfcheck("typography", "--fragments-fail", path)
    counts = typography["counts"]
    assert (counts["table_slivers"], counts["row_fragments"], counts["continued_unlabelled"]) == (0, 0, 0), (
        typography["row_fragments"], typography["table_slivers"]
    )  # fmt: skip
    # lone_words (a short last word alone in a cell) belong to the line breaker, not to the page breaks.
    assert [counts[k] for k in ("loose_lines", "lone_numbers", "signature_alone")] == [0, 0, 0], counts
    assert pdfcheck("fonts", path)["ok"]
    breaks = pdfcheck("linebreaks", path)
    # Where PyThaiNLP's dictionary and ICU's disagree about a word of the real text (สรุปผล|ณ) is the line
    # breaker's business; a cut through a syllable or before a mark would be these pages' fault.
    assert set(breaks["by_reason"]) <= {"not an ICU word boundary"}, breaks["examples"]


def test_a_cell_of_ten_thousand_characters_continues_under_its_number_on_every_page(tmp_path: Path) -> None:
    outcome = real_thai_text(10_000)
    tall = replace(made_up_dataset(2).years[0].measures[1], title=TITLE, outcome=outcome)
    path = tmp_path / "results.pdf"
    _print_tall_row(tall, path)
    _assert_tall_row_printed_as_a_typist_would(path, {0: f"๒. {TITLE}", 5: localize_digits(outcome, "thai")})


def test_a_row_of_several_long_cells_is_cut_with_two_lines_of_each_on_either_side(tmp_path: Path) -> None:
    words = real_thai_text(10_000).split(" ")  # phrases of 20 characters on average
    steps = [w for w in words if len(w) > 20][:40]
    outcome, problems = " ".join(words[:100]), " ".join(words[60:160])
    tall = replace(
        made_up_dataset(2).years[0].measures[1],
        title=TITLE, steps=steps, outcome=outcome, problems=problems, suggestions=" ".join(words[120:150]),
    )  # fmt: skip
    path = tmp_path / "results.pdf"
    _print_tall_row(tall, path)
    printed = {1: " ".join(f"{i}. {s}" for i, s in enumerate(steps, start=1)), 5: outcome, 6: problems}
    _assert_tall_row_printed_as_a_typist_would(
        path, {0: f"๒. {TITLE}"} | {c: localize_digits(t, "thai") for c, t in printed.items()}
    )
