"""The office's records as plain data: what the exchange file holds, what storage keeps, what documents print.

Optional text is "" when empty. `None` is kept only where absence means something different from empty:
a measure's `number` (None = print a running number, "" = print none), a memo's `date` (None = leave it blank
to write by hand), dates of results and history entries, a measure's start/end.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Literal

from itadesk.domain.documents import DocumentKind
from itadesk.domain.status import Status

if TYPE_CHECKING:  # the frameworks' module loads when one is read or used, not with every record
    from itadesk.domain.framework import Framework

Digits = Literal["thai", "arabic"]
PARTS: tuple[str, ...] = ("IIT", "EIT", "OIT")


@dataclass(slots=True)
class Emblem:
    """The office's ตราครุฑ image, kept in the database as bytes."""

    mime: Literal["image/png", "image/svg+xml"]
    data: bytes


@dataclass(slots=True)
class Organization:
    name: str
    short_name: str = ""
    district: str = ""
    province: str = ""
    document_code: str = ""
    phone: str = ""
    website: str = ""
    digits: Digits = "thai"
    emblem: Emblem | None = None


@dataclass(slots=True)
class Unit:
    name: str
    id: str | None = None


@dataclass(slots=True)
class Person:
    name: str
    id: str | None = None
    title: str = ""  # นาย, นาง, นางสาว …
    position: str = ""
    acting: str = ""  # the position held in an acting capacity (printed "รักษาราชการแทน…")
    unit: str = ""  # a unit's name

    @property
    def display_name(self) -> str:
        """Title and name as printed in a signature block: นางสาวสุนานี อามะ."""
        return f"{self.title}{self.name}"


@dataclass(slots=True)
class StatusChange:
    status: Status
    date: date | None = None
    note: str = ""


@dataclass(slots=True)
class ResultEntry:
    text: str
    date: date | None = None


@dataclass(slots=True)
class Measure:
    title: str
    id: str | None = None
    number: str | None = None
    part: str = ""  # "", IIT, EIT or OIT
    indicator: str = ""
    section: str = ""
    steps: list[str] = field(default_factory=list)
    responsible: list[str] = field(default_factory=list)
    period: str = ""
    start: date | None = None
    end: date | None = None
    monitoring: str = ""
    reporting: str = ""
    status: Status = Status.NOT_STARTED
    history: list[StatusChange] = field(default_factory=list)
    results: list[ResultEntry] = field(default_factory=list)
    outcome: str = ""
    problems: str = ""
    suggestions: str = ""
    evidence: list[str] = field(default_factory=list)
    # How many times storage has written this measure (0: never stored). Not part of the record's content:
    # two measures with the same fields are equal whatever their versions; exchange files do not carry it.
    version: int = field(default=0, compare=False)


@dataclass(slots=True)
class PartScore:
    code: str
    score: float | None = None
    name: str = ""


@dataclass(slots=True)
class IndicatorScore:
    number: int
    name: str
    part: str = ""
    score: float | None = None
    issue: str = ""


@dataclass(slots=True)
class ItaResult:
    """Last year's ITA result that this year's plan answers."""

    assessed_year: int
    score: float | None = None
    grade: str = ""  # "" = follows from the score
    parts: list[PartScore] = field(default_factory=list)
    indicators: list[IndicatorScore] = field(default_factory=list)
    recommendations: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Approval:
    person: str  # a person's id
    heading: str  # "ความเห็นของ…"


@dataclass(slots=True)
class Attachment:
    document: DocumentKind
    round: int = 12  # 6 or 12


@dataclass(slots=True)
class Memo:
    subject: str
    id: str | None = None
    unit: str = ""
    number: str = ""  # "" leaves the space after the document code blank for handwriting
    date: date | None = None  # None leaves the date blank for handwriting
    to: str = ""
    via: str = ""
    body: list[str] = field(default_factory=list)
    author: str = ""  # a person's id
    approvals: list[Approval] = field(default_factory=list)
    attach: Attachment | None = None


Headings = Literal["", "section", "part"]
# How each document groups its measures when the office chose none; the analysis lists none under headings.
USUAL_HEADINGS: dict[DocumentKind, Headings] = {"plan": "section", "progress": "part", "results": "section"}
HEADINGS: tuple[str, ...] = ("section", "part")


@dataclass(slots=True)
class DocumentContent:
    """What the office writes around one report of a year, in its own words; empty fields print defaults."""

    document: DocumentKind
    title: str = ""  # "" = the ITA item's title for the year's framework (domain.framework.document_title)
    introduction: list[str] = field(default_factory=list)  # paragraphs above the tables
    note: str = ""  # under the tables: "หมายเหตุ …"
    title_page: list[str] = field(default_factory=list)  # lines of a page of its own before the report
    # How the measures are grouped under headings: "section" (the measures' own group headings), "part"
    # (IIT / EIT / OIT), "" = the document's usual way (section for plan and results, part for progress).
    headings: Headings = ""

    def is_empty(self) -> bool:
        return self == DocumentContent(self.document)


@dataclass(slots=True)
class YearContent:
    """The office's own content for a year's documents, and its choices for how they are printed."""

    documents: list[DocumentContent] = field(default_factory=list)
    sign_prefix: bool = False  # "(ลงชื่อ)" printed before each signature in the memo
    report_first: bool = False  # a memo's attached report printed before the memo instead of after it
    # The report tables leave out a column every measure of the year leaves empty (True), print every column
    # (False), or follow the office's layout.toml (None: `[report] omit_empty_columns`, false when not set).
    omit_empty_columns: bool | None = None

    def document(self, kind: DocumentKind) -> DocumentContent:
        """The content of one document; an empty one (all defaults) when the office wrote none."""
        return next((d for d in self.documents if d.document == kind), DocumentContent(kind))

    def is_empty(self) -> bool:
        return (
            not self.sign_prefix
            and not self.report_first
            and self.omit_empty_columns is None
            and all(d.is_empty() for d in self.documents)
        )


@dataclass(slots=True)
class FiscalYear:
    fiscal_year: int
    ita_result: ItaResult | None = None
    measures: list[Measure] = field(default_factory=list)
    memos: list[Memo] = field(default_factory=list)
    content: YearContent = field(default_factory=YearContent)


@dataclass(slots=True)
class Dataset:
    """An office's data, or part of it: what one exchange file holds and what documents are printed from."""

    organization: Organization | None = None
    units: list[Unit] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    years: list[FiscalYear] = field(default_factory=list)
    # The office's own ITA frameworks (one per assessment year), which win over the program's for their year.
    frameworks: list[Framework] = field(default_factory=list)

    def year(self, fiscal_year: int) -> FiscalYear | None:
        return next((y for y in self.years if y.fiscal_year == fiscal_year), None)

    def person(self, person_id: str) -> Person | None:
        return next((p for p in self.people if p.id == person_id), None)
