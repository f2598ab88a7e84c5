"""What a typist looks at on printed pages, measured from the PDF alone (pdfplumber's chars and rules):

- fill: how far down its text space each page is used (the last page excepted from the mean's judgement);
- remnants: a page whose own content (not the repeated header row, not a "๓ (ต่อ)" line) is 1 to 3 lines
  (the issue names one or two; a last page of three lines carried over reads as no better);
- headings at the foot: a heading (a bold line outside the table, or a group row across it) followed on its
  page by fewer than two lines of what it heads;
- one-word openers: a page opening with a line of one word that ends its cell or paragraph;
- split dates, numbers and units, hosts: two lines of one cell or paragraph where the first ends with a
  month, "พ.ศ." or a day and the next starts with the number or month that belongs to it, a number over its
  unit, or a host name or URL cut anywhere but after a "/".
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pdfplumber

from itadesk.documents.layout import CM, layout
from itadesk.thai.dates import MONTHS_FULL, MONTHS_SHORT
from itadesk.thai.segment import segment

_HEADER_GRAY = 0.902  # layout.toml's header_fill #e6e6e6
_SECTION_GRAY = 0.949  # section_fill #f2f2f2
_DIGIT = "0-9\u0e50-\u0e59"
_MONTHS = sorted({*MONTHS_FULL, *MONTHS_SHORT}, key=len, reverse=True)
_ENDS_WITH_MONTH = re.compile("(?:" + "|".join(map(re.escape, [*_MONTHS, "พ.ศ.", "ค.ศ."])) + ")$")
_STARTS_WITH_MONTH = re.compile("^(?:" + "|".join(map(re.escape, _MONTHS)) + ")")
UNITS = ("บาท", "คน", "ครั้ง", "วัน", "เดือน", "ปี", "ชั่วโมง", "ราย", "แห่ง", "เรื่อง", "ฉบับ", "%", "กิโลเมตร", "เมตร")
_STARTS_WITH_UNIT = re.compile("^(?:" + "|".join(map(re.escape, UNITS)) + ")(?![\u0e01-\u0e2e])")
_URL_TAIL = re.compile(r"[A-Za-z0-9._%+@:/?=&#~-]+$")
_URL_HEAD = re.compile(r"^[A-Za-z0-9._%+@:/?=&#~-]+")
_CONTINUED = re.compile(rf"^[{_DIGIT}.]*\s*\(ต่อ\)$")
REMNANT_LINES = 3  # a page whose own content is this many lines or fewer is a remnant


@dataclass
class Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    baseline: float
    size: float
    bold: bool
    left_rule: float | None  # the vertical rules on each side (None: not in a ruled cell)
    right_rule: float | None
    header: bool = False  # inside the table's header row
    group: bool = False  # inside a group heading row across the table


@dataclass
class PageFacts:
    number: int
    fill: float
    own_lines: int
    lines: list[Line]


@dataclass
class Faults:
    pages: int = 0
    fills: list[float] = field(default_factory=list)
    remnants: list[str] = field(default_factory=list)
    heading_at_foot: list[str] = field(default_factory=list)
    one_word_opener: list[str] = field(default_factory=list)
    split_date: list[str] = field(default_factory=list)
    split_unit: list[str] = field(default_factory=list)
    split_host: list[str] = field(default_factory=list)
    underfull: list[str] = field(default_factory=list)  # a page but the last under two thirds full
    short_word_alone: list[str] = field(default_factory=list)  # that the line above had room for
    # Told, not judged: a line of one short word (four letters or fewer) under a line of its cell, whether or
    # not the line above had room (a narrow column leaves some that no arrangement avoids).
    short_word_line: list[str] = field(default_factory=list)

    @property
    def mean_fill(self) -> float:
        return sum(self.fills) / len(self.fills) if self.fills else 0.0

    def counts(self) -> dict[str, int]:
        return {
            name: len(getattr(self, name))
            for name in ("remnants", "heading_at_foot", "one_word_opener", "split_date", "split_unit",
                         "split_host", "underfull", "short_word_alone", "short_word_line")
        }  # fmt: skip


def _frame(page: Any, number: int) -> tuple[float, float]:
    """The top and bottom of the text frame on this page, in points from the top edge."""
    doc = layout()
    if page.width > page.height:  # a report page
        margin = doc.report.margin_cm * CM
        return margin, page.height - margin
    m = doc.memo
    top = (m.margin_top_first_cm if number == 1 else m.margin_top_later_cm) * CM
    return top, page.height - m.margin_bottom_cm * CM


def _gray(color: Any) -> float | None:
    if (
        isinstance(color, (list, tuple))
        and len(color) in (1, 3)
        and all(isinstance(c, (int, float)) for c in color)
    ):
        return float(sum(color) / len(color))
    return None


def _lines(page: Any) -> list[Line]:
    verticals = [e for e in page.edges if e["orientation"] == "v"]
    fills = [(r, _gray(r.get("non_stroking_color"))) for r in page.rects if r.get("fill")]
    header_boxes = [r for r, g in fills if g is not None and abs(g - _HEADER_GRAY) < 0.01]
    group_boxes = [r for r, g in fills if g is not None and abs(g - _SECTION_GRAY) < 0.01]
    rows: dict[int, list[dict[str, Any]]] = {}
    for ch in page.chars:
        baseline = page.height - ch["matrix"][5]
        rows.setdefault(round(baseline), []).append(ch)
    # Baselines one point apart are one line (marks raised or lowered).
    merged: list[tuple[float, list[dict[str, Any]]]] = []
    for key in sorted(rows):
        if merged and key - merged[-1][0] <= 1.5:
            merged[-1][1].extend(rows[key])
        else:
            merged.append((float(key), list(rows[key])))
    lines: list[Line] = []
    for baseline, chars in merged:
        crossing = sorted(e["x0"] for e in verticals if e["top"] - 1 <= baseline <= e["bottom"] + 1)
        chars.sort(key=lambda c: c["x0"])
        groups: dict[tuple[float | None, float | None], list[dict[str, Any]]] = {}
        for ch in chars:
            middle = (ch["x0"] + ch["x1"]) / 2
            left = max((x for x in crossing if x <= middle), default=None)
            right = min((x for x in crossing if x > middle), default=None)
            groups.setdefault((left, right), []).append(ch)
        for (left, right), cs in groups.items():
            text = "".join(c["text"] for c in cs)
            if not text.strip():
                continue
            size = max(c["size"] for c in cs)
            x0, x1 = min(c["x0"] for c in cs), max(c["x1"] for c in cs)
            bold = sum("Bold" in c["fontname"] for c in cs) > len(cs) / 2

            def inside(box: dict[str, Any], x0: float = x0, baseline: float = baseline) -> bool:
                return bool(
                    box["x0"] - 1 <= x0 <= box["x1"] + 1 and box["top"] - 1 <= baseline <= box["bottom"] + 1
                )

            lines.append(
                Line(
                    text=" ".join(text.split()), x0=x0, x1=x1, top=min(c["top"] for c in cs),
                    bottom=max(c["bottom"] for c in cs), baseline=baseline, size=size, bold=bold,
                    left_rule=left, right_rule=right,
                    header=any(inside(b) for b in header_boxes), group=any(inside(b) for b in group_boxes),
                )
            )  # fmt: skip
    return lines


def _chains(lines: Sequence[Line], horizontals: Sequence[float]) -> list[list[Line]]:
    """Lines of one cell or paragraph: the same column, the next baseline, no rule between."""
    chains: list[list[Line]] = []
    for line in sorted(lines, key=lambda ln: (ln.baseline, ln.x0)):
        for chain in chains:
            last = chain[-1]
            step = line.baseline - last.baseline
            same_column = (last.left_rule, last.right_rule) == (line.left_rule, line.right_rule)
            overlap = min(last.x1, line.x1) - max(last.x0, line.x0) > 0 or last.left_rule is not None
            ruled_between = any(last.baseline < y < line.baseline for y in horizontals)
            if (
                same_column and overlap and 0.7 * line.size <= step <= 1.9 * line.size
                and abs(last.size - line.size) < 0.5 and not ruled_between and last.header == line.header
            ):  # fmt: skip
                chain.append(line)
                break
        else:
            chains.append([line])
    return chains


def _words(text: str) -> int:
    return sum(1 for token in segment(text.replace(" ", "")) if token.strip())


def _split_kind(before: str, after: str) -> str | None:
    a, b = before.rstrip(), after.lstrip()
    if not a or not b:
        return None
    if _ENDS_WITH_MONTH.search(a) and re.match(f"[{_DIGIT}]", b):
        return "date"
    if re.search(f"(?:^|[^{_DIGIT}]|\\s)[{_DIGIT}]{{1,2}}$", a) and _STARTS_WITH_MONTH.match(b):
        return "date"
    if re.search(f"[{_DIGIT}]$", a) and _STARTS_WITH_UNIT.match(b):
        return "unit"
    tail, head = _URL_TAIL.search(a), _URL_HEAD.match(b)
    if tail and head and not a.endswith("/"):
        joined = tail.group() + head.group()
        if re.search(r"[A-Za-z0-9-]\.[A-Za-z]{2,}", joined) and (
            "." in tail.group() or head.group()[0] == "."
        ):
            return "host"
    return None


def measure_pdf(path: Path) -> Faults:
    faults = Faults()
    with pdfplumber.open(path) as pdf:
        pages = list(pdf.pages)
        faults.pages = len(pages)
        for number, page in enumerate(pages, start=1):
            where = f"{path.name} p{number}"
            top, bottom = _frame(page, number)
            lines = [ln for ln in _lines(page) if ln.top >= top - 2]  # not the page number above the frame
            horizontals = sorted(
                e["top"] for e in page.edges if e["orientation"] == "h" and e["width"] > 0.5 * page.width
            )
            ink = [ln.bottom for ln in lines] + [
                e["bottom"] for e in page.edges if e["top"] >= top - 2 and e["bottom"] <= bottom + 2
            ]
            fill = (max(ink, default=top) - top) / (bottom - top)
            faults.fills.append(min(fill, 1.0))
            section_ends = number == len(pages) or (pages[number].width > pages[number].height) != (
                page.width > page.height
            )  # the memo's last page before its attached report
            if not section_ends and fill < 2 / 3:
                faults.underfull.append(f"{where} {fill:.2f}")
            own = [ln for ln in lines if not ln.header and not _CONTINUED.match(ln.text)]
            own_baselines = {round(ln.baseline) for ln in own}
            if number > 1 and 0 < len(own_baselines) <= REMNANT_LINES:
                faults.remnants.append(f"{where}: " + " / ".join(ln.text[:30] for ln in own))
            chains = _chains(lines, horizontals)
            if max(ink, default=top) > bottom - 4 * 17:  # a page filled to its foot: what ends it?
                _headings(where, lines, faults)
            if number > 1:
                _openers(where, lines, chains, faults)
            for chain in chains:
                for a, b in itertools.pairwise(chain):
                    if _room_for(a, b):
                        faults.short_word_alone.append(f"{where}: {a.text[-20:]}|{b.text}")
                    if _short_word_line(a, b):
                        faults.short_word_line.append(f"{where}: {a.text[-20:]}|{b.text}")
                    kind = _split_kind(a.text, b.text)
                    if kind == "host" and _wider_than_column(a, b):
                        kind = None  # a host name wider than its column: cut it must be (before a dot)
                    if kind:
                        getattr(faults, f"split_{kind}").append(f"{where}: {a.text[-20:]}|{b.text[:20]}")
    return faults


def _headings(where: str, lines: Sequence[Line], faults: Faults) -> None:
    """A heading whose page, filled to its foot, holds fewer than two lines of what follows it."""
    ordered = sorted(lines, key=lambda ln: ln.baseline)
    heads = [ln for ln in ordered if ln.group or (ln.bold and ln.left_rule is None and not ln.header)]
    for head in heads:
        below = {
            round(ln.baseline) for ln in ordered
            if ln.baseline > head.baseline + 1 and not ln.header and ln not in heads
        }  # fmt: skip
        if len(below) < 2:
            faults.heading_at_foot.append(f"{where}: {head.text[:40]}")
            return


def _openers(where: str, lines: Sequence[Line], chains: Sequence[list[Line]], faults: Faults) -> None:
    """The page's first lines (of each cell of its first row, or of its body) that end their paragraph and
    hold one word."""
    body = [ln for ln in lines if not ln.header and not _CONTINUED.match(ln.text)]
    if not body:
        return
    first_baseline = min(ln.baseline for ln in body)
    firsts = [ln for ln in body if ln.baseline - first_baseline < 2]
    continued = any(_CONTINUED.match(ln.text) for ln in lines)  # a row cut by the page goes on here
    left = min(ln.x0 for ln in body)
    for line in firsts:
        chain = next(c for c in chains if line in c)
        if len(chain) != 1 or line.bold or _words(line.text) != 1:
            continue
        if (line.left_rule is not None and continued) or (line.left_rule is None and line.x0 - left < 2):
            faults.one_word_opener.append(f"{where}: {line.text[:30]}")


def _wider_than_column(a: Line, b: Line) -> bool:
    from itadesk.thai.fonts import REGULAR
    from itadesk.thai.layout import run_width

    tail, head = _URL_TAIL.search(a.text), _URL_HEAD.match(b.text)
    if a.left_rule is None or a.right_rule is None or tail is None or head is None:
        return False
    host = (tail.group() + head.group()).split("//")[-1].split("/")[0]
    inner = a.right_rule - a.left_rule - 2 * (a.x0 - a.left_rule)
    return run_width(host, REGULAR, a.size) > inner


def _room_for(above: Line, line: Line) -> bool:
    """A line of one short word in a cell whose line above had room for it (a space and the word)."""
    if (
        line.header
        or above.text.endswith(":")
        or _CONTINUED.match(above.text)
        or not any(ch.isalpha() for ch in line.text)
    ):
        return False  # a header's own lines; "-" under "ข้อเสนอแนะ:" is the ITA's "none", typed so
    if line.right_rule is None or " " in line.text or len(line.text) > 6 or _words(line.text) != 1:
        return False
    padding = line.x0 - (line.left_rule or line.x0)
    return above.x1 + 0.25 * line.size + (line.x1 - line.x0) <= line.right_rule - padding + 0.5


def _short_word_line(above: Line, line: Line) -> bool:
    """A line of a ruled cell holding one Thai word of four letters or fewer, under a line of that cell."""
    text = line.text.strip()
    if line.header or line.right_rule is None or _CONTINUED.match(above.text) or " " in text:
        return False
    return 0 < len(text) <= 4 and any("\u0e01" <= ch <= "\u0e2e" for ch in text) and _words(text) == 1


def measure_all(paths: Iterable[Path]) -> dict[str, Faults]:
    return {path.name: measure_pdf(path) for path in paths}
