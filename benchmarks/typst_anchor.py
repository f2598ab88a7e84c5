"""Typst, the anchor the printing benchmarks are measured against: the same memo and results report, the same
text, TH Sarabun New from resources/fonts, the same margins and sizes, compiled by Typst (the `typst` package
from PyPI, a benchmark-only dependency: `pip install -e ".[bench]"`).

The Typst sources are `benchmarks/typst/memo.typ`, `results.typ` and `memo_results.typ` (the memo with the
report attached); the text comes from the benchmark's own dataset, made printable by the program's own helpers
(digits, dates, numbered lines), and Typst reads it as JSON files beside the sources (`Workspace`).

    data = memo_data(dataset, MEMO_ID)
    typst_compile_times("memo", data, runs=7)               # a fresh compiler each run
    typst_compile_times("memo", data, runs=7, reuse=True)   # one compiler, compiled again
    space = Workspace()
    space.write("memo", data)
    subprocess.run(typst_cold_command("memo", space, out))   # process start to PDF

Run this file to compile both to PDF and print their page counts and medians.
"""

from __future__ import annotations

import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "typst"
FONTS = HERE.parent / "resources" / "fonts"
KINDS = ("memo", "results", "memo_results")  # memo_results: data = {"memo": …, "results": …}


def source(kind: str) -> Path:
    if kind not in KINDS:
        raise ValueError(f"no Typst source for {kind!r}: {KINDS}")
    return SOURCES / f"{kind}.typ"


def memo_data(dataset: Any, memo_id: str) -> dict[str, Any]:
    """The memo's text as our print lays it out (header fields, salutation, body, signatures)."""
    from itadesk.documents.layout import layout
    from itadesk.documents.text import Localizer
    from itadesk.thai.dates import format_date_full

    m = layout().memo
    org = dataset.organization
    localize = Localizer(org.digits)
    year = next(y for y in dataset.years if any(memo.id == memo_id for memo in y.memos))
    memo = next(memo for memo in year.memos if memo.id == memo_id)
    people = {person.id: person for person in dataset.people}

    def signed(person_id: str) -> list[str]:
        person = people[person_id]
        lines = [f"({person.display_name})", person.position]
        if person.acting.strip():
            lines.append(m.acting_prefix + person.acting)
        return [localize(line) for line in lines]

    unit = " ".join(part for part in (memo.unit, org.name) if part.strip())
    if org.phone.strip():
        unit += f" โทร. {org.phone}"
    salutation = f"เรียน {memo.to}" + (f" – ผ่าน{memo.via}" if memo.via.strip() else "")
    return {
        "heading": m.heading,
        "unit": localize(unit),
        "code": localize(f"{org.document_code}/{memo.number}"),
        "date": format_date_full(memo.date, localize.digits) if memo.date else "",
        "subject": localize(memo.subject),
        "salutation": localize(salutation),
        "body": [localize(text) for text in memo.body],
        "signature": signed(memo.author),
        "approvals": [{"heading": localize(a.heading), "lines": signed(a.person)} for a in memo.approvals],
    }


def results_data(dataset: Any, fiscal_year: int, round_months: int = 12) -> dict[str, Any]:
    """The results report's title, header and one row of seven cells per measure, as our print words them."""
    from itadesk.documents import results
    from itadesk.documents.layout import layout
    from itadesk.documents.tables import (
        EMPTY_MARK,
        measure_label,
        measure_period,
        numbered_lines,
        organization_line,
    )
    from itadesk.documents.text import Localizer
    from itadesk.thai.dates import fiscal_year_phrase

    r = layout().report
    localize = Localizer(dataset.organization.digits)
    year = next(y for y in dataset.years if y.fiscal_year == fiscal_year)

    def lines(items: list[str]) -> str:
        return "\n".join(localize(item) for item in items if item.strip())

    rows = []
    for index, measure in enumerate(year.measures, start=1):
        problems = ["ปัญหา/อุปสรรค:", measure.problems or EMPTY_MARK, "ข้อเสนอแนะ:",
                    measure.suggestions or EMPTY_MARK]  # fmt: skip
        rows.append([
            lines([measure_label(measure, index)]),
            lines(numbered_lines(measure.steps)),
            lines(measure.responsible),
            measure_period(measure, localize),
            lines(results.results_lines(measure, fiscal_year, round_months)),
            lines([measure.outcome or EMPTY_MARK]),
            lines(problems),
        ])  # fmt: skip
    phrase = fiscal_year_phrase(fiscal_year, localize.digits) + " " + localize(f"(รอบ {round_months} เดือน)")
    return {
        "title": localize(results.TITLE),
        "subtitles": [localize(organization_line(dataset.organization)), phrase],
        "header": list(results.HEADER),
        "widths_cm": list(r.columns_cm["results"]),
        "rows": rows,
    }


class Workspace:
    """A folder holding the Typst sources and the JSON of the text (memo.json, results.json): Typst reads the
    text as files, so an edit is a changed file, which Typst's compiler, reused, recompiles incrementally."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else Path(tempfile.mkdtemp(prefix="typst-anchor-"))
        self.folder.mkdir(parents=True, exist_ok=True)
        for typ in SOURCES.glob("*.typ"):
            shutil.copyfile(typ, self.folder / typ.name)

    def write(self, kind: str, data: dict[str, Any]) -> None:
        """The text of `kind`; for "memo_results", `data` is {"memo": …, "results": …}."""
        parts = data if kind == "memo_results" else {kind: data}
        for part, text in parts.items():
            target = self.folder / f"{part}.json"
            content = json.dumps(text, ensure_ascii=False)
            if not target.exists() or target.read_text(encoding="utf-8") != content:
                target.write_text(content, encoding="utf-8")

    def main_file(self, kind: str) -> Path:
        if kind not in KINDS:
            raise ValueError(f"no Typst source for {kind!r}: {KINDS}")
        return self.folder / f"{kind}.typ"


class TypstCompiler:
    """One Typst compiler kept for a document (fonts loaded once), asked again as a preview would."""

    def __init__(self, kind: str, data: dict[str, Any]) -> None:
        import typst

        self._kind = kind
        self._space = Workspace()
        self._space.write(kind, data)
        self._compiler = typst.Compiler(
            self._space.main_file(kind), root=self._space.folder, font_paths=[FONTS], ignore_system_fonts=True
        )

    def edit(self, data: dict[str, Any]) -> None:
        """The text changed as an editor saves it (before the clock starts: our print's text is ready too)."""
        self._space.write(self._kind, data)

    def compile(self, data: dict[str, Any] | None = None) -> bytes:
        """The PDF again; given `data`, of the changed text (an edit)."""
        if data is not None:
            self.edit(data)
        pdf = self._compiler.compile(format="pdf")
        assert isinstance(pdf, bytes)
        return pdf


def typst_compile(kind: str, data: dict[str, Any] | None, space: Workspace | None = None) -> bytes:
    """The document compiled by a fresh Typst compiler (fonts read again), as PDF bytes; `data` None: the
    text `space` holds already."""
    import typst

    space = space if space is not None else Workspace()
    if data is not None:
        space.write(kind, data)
    pdf = typst.compile(
        space.main_file(kind), root=space.folder, font_paths=[FONTS], ignore_system_fonts=True, format="pdf"
    )
    assert isinstance(pdf, bytes)
    return pdf


def typst_compile_times(kind: str, data: dict[str, Any], runs: int, *, reuse: bool = False) -> list[float]:
    """Seconds for each of `runs` compilations (after one untimed): a fresh compiler each time, or with
    `reuse` one compiler asked again (Typst's own caches warm, as in its watch mode)."""
    space = Workspace()
    compiler = TypstCompiler(kind, data) if reuse else None
    compile_once = compiler.compile if compiler is not None else lambda: typst_compile(kind, data, space)
    compile_once()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        compile_once()
        times.append(time.perf_counter() - start)
    return times


def typst_time(
    kind: str,
    data: dict[str, Any],
    *,
    compiler: TypstCompiler | None = None,
    space: Workspace | None = None,
    output: Path | None = None,
) -> float:
    """Seconds for one compilation (one run of an interleaved benchmark): by `compiler` when given, else by
    a fresh compiler (in `space`, once made, so that making the folder is not timed); with `output`, the PDF
    written to that file too, as our print writes its file."""
    space = space if space is not None or compiler is not None else Workspace()
    if space is not None:
        space.write(kind, data)  # the text in place before the clock starts
    start = time.perf_counter()
    pdf = compiler.compile() if compiler is not None else typst_compile(kind, None, space)
    if output is not None:
        output.write_bytes(pdf)
    return time.perf_counter() - start


_COLD = """
import sys, typst
typst.compile(sys.argv[1], output=sys.argv[2], root=sys.argv[3], font_paths=[sys.argv[4]],
              ignore_system_fonts=True)
"""


def typst_cold_command(kind: str, space: Workspace, out: Path) -> list[str]:
    """A command that starts Python, imports typst and compiles the document (its text written into `space`
    by `space.write`) to `out`: process start to PDF, the cold counterpart of `itadesk print`."""
    return [sys.executable, "-c", _COLD, str(space.main_file(kind)), str(out), str(space.folder), str(FONTS)]


def main() -> None:
    import subprocess

    sys.path.insert(0, str(HERE))
    import bench_data

    memo = memo_data(bench_data.dataset(10), bench_data.MEMO_ID)
    work = Path(tempfile.mkdtemp())
    space = Workspace(work / "typst")
    for kind, data in (
        ("memo", memo),
        ("results", results_data(bench_data.dataset(300), bench_data.FISCAL_YEAR)),
        (
            "memo_results",
            {"memo": memo, "results": results_data(bench_data.dataset(20), bench_data.FISCAL_YEAR)},
        ),
    ):
        out = work / f"typst-{kind}.pdf"
        out.write_bytes(typst_compile(kind, data, space))
        info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
        pages = next((line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")), "?")
        times = typst_compile_times(kind, data, 3, reuse=True)
        print(f"Typst {kind}: {pages} pages, {out}; compiler reused: {statistics.median(times):.4f} s")


if __name__ == "__main__":
    main()
