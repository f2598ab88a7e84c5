"""Stored rows → domain records: fresh dataclasses, from ORM rows or from plain query rows alike.

Needs no ORM at run time (`storage.data.loading` reads whole years with plain Core queries); the ORM classes
name the columns a row has, for mypy.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, TypeVar, cast

from itadesk.domain.documents import DocumentKind
from itadesk.domain.model import (
    Approval,
    Attachment,
    DocumentContent,
    Emblem,
    IndicatorScore,
    ItaResult,
    Measure,
    Memo,
    Organization,
    PartScore,
    Person,
    ResultEntry,
    StatusChange,
    Unit,
    YearContent,
)
from itadesk.domain.status import Status

if TYPE_CHECKING:
    from sqlalchemy import Row

    from itadesk.domain.framework import Framework
    from itadesk.storage.data.models import (
        DocumentContentRow,
        FiscalYearRow,
        IndicatorScoreRow,
        ItaResultRow,
        MeasureRow,
        MemoRow,
        OrganizationRow,
        PartScoreRow,
        PersonRow,
        ResultEntryRow,
        StatusChangeRow,
        UnitRow,
    )

EmblemMime = Literal["image/png", "image/svg+xml"]

# A table's columns, read from a mapped row or from a plain query's result row (`storage.data.loading` reads
# whole years with plain queries: no ORM objects to build, no relationships to set up).
_R = TypeVar("_R")
Columns: TypeAlias = "_R | Row[Any]"  # a string: SQLAlchemy is not imported at run time (service.first_look)


def organization_from_row(row: Columns[OrganizationRow]) -> Organization:
    emblem = None
    if row.emblem_mime is not None and row.emblem_data is not None:
        mime: EmblemMime = "image/svg+xml" if row.emblem_mime == "image/svg+xml" else "image/png"
        emblem = Emblem(mime=mime, data=bytes(row.emblem_data))
    return Organization(
        name=row.name,
        short_name=row.short_name,
        district=row.district,
        province=row.province,
        document_code=row.document_code,
        phone=row.phone,
        website=row.website,
        digits="arabic" if row.digits == "arabic" else "thai",
        emblem=emblem,
    )


def unit_from_row(row: Columns[UnitRow]) -> Unit:
    return Unit(name=row.name, id=row.code)


def person_from_row(row: Columns[PersonRow]) -> Person:
    return Person(
        name=row.name,
        id=row.code,
        title=row.title,
        position=row.position,
        acting=row.acting,
        unit=row.unit,
    )


def ita_result_from_row(row: ItaResultRow) -> ItaResult:
    return ita_result_from_columns(row, row.parts, row.indicators)


def ita_result_from_columns(
    row: Columns[ItaResultRow],
    parts: Iterable[Columns[PartScoreRow]],
    indicators: Iterable[Columns[IndicatorScoreRow]],
) -> ItaResult:
    return ItaResult(
        assessed_year=row.assessed_year,
        score=row.score,
        grade=row.grade,
        parts=[PartScore(code=p.code, score=p.score, name=p.name) for p in parts],
        indicators=[
            IndicatorScore(number=i.number, name=i.name, part=i.part, score=i.score, issue=i.issue)
            for i in indicators
        ],
        recommendations=list(row.recommendations),
    )


def measure_from_row(row: MeasureRow) -> Measure:
    return measure_from_columns(row, row.history, row.results)


def measure_from_columns(
    row: Columns[MeasureRow],
    history: Iterable[Columns[StatusChangeRow]],
    results: Iterable[Columns[ResultEntryRow]],
) -> Measure:
    return Measure(
        title=row.title,
        id=row.code,
        number=row.number,
        part=row.part,
        indicator=row.indicator,
        section=row.section,
        steps=list(row.steps),
        responsible=list(row.responsible),
        period=row.period,
        start=row.start,
        end=row.end,
        monitoring=row.monitoring,
        reporting=row.reporting,
        status=Status(row.status),
        history=[StatusChange(status=Status(h.status), date=h.date, note=h.note) for h in history],
        results=[ResultEntry(text=r.text, date=r.date) for r in results],
        outcome=row.outcome,
        problems=row.problems,
        suggestions=row.suggestions,
        evidence=list(row.evidence),
        version=row.version,
    )


def memo_from_row(row: MemoRow) -> Memo:
    author = (row.author.code or "") if row.author is not None else ""
    approvals = [(a.person.code or "", a.heading) for a in row.approvals]
    return memo_from_columns(row, author, approvals)


def memo_from_columns(row: Columns[MemoRow], author: str, approvals: Iterable[tuple[str, str]]) -> Memo:
    """`author` and each approval's person are person ids ("" for none); approvals are (person, heading)."""
    attach = None
    if row.attach_document is not None:
        attach = Attachment(document=cast("DocumentKind", row.attach_document), round=row.attach_round or 12)
    return Memo(
        subject=row.subject,
        id=row.code,
        unit=row.unit,
        number=row.number,
        date=row.date,
        to=row.addressee,
        via=row.via,
        body=list(row.body),
        author=author,
        approvals=[Approval(person=person, heading=heading) for person, heading in approvals],
        attach=attach,
    )


def year_content_from_columns(
    year: Columns[FiscalYearRow], documents: Iterable[Columns[DocumentContentRow]]
) -> YearContent:
    return YearContent(
        documents=[
            DocumentContent(
                document=cast(DocumentKind, row.document),
                title=row.title,
                introduction=list(row.introduction),
                note=row.note,
                title_page=list(row.title_page),
                headings=cast(Literal["", "section", "part"], row.headings),
            )
            for row in documents
        ],
        sign_prefix=bool(year.sign_prefix),
        report_first=bool(year.report_first),
        omit_empty_columns=None if year.omit_empty_columns is None else bool(year.omit_empty_columns),
    )


def frameworks_from_rows(rows: Iterable[tuple[int, Any]]) -> list[Framework]:
    """The office's own frameworks from their stored (year, data) rows; a stored one that no longer reads is
    told as the storage's failure, naming its year."""
    from itadesk.domain.framework import FrameworkError, read_framework
    from itadesk.storage.errors import StorageError

    found = []
    for year, data in rows:
        try:
            found.append(read_framework(data, f"กรอบการประเมินของหน่วยงานปี {year}"))
        except FrameworkError as exc:
            raise StorageError(f"อ่านกรอบการประเมินที่บันทึกไว้ไม่ได้: {exc}") from exc
    return found
