"""Rows ↔ domain records. Reading builds fresh dataclasses; writing copies a record's fields onto a row.

Child lists (history, results, part and indicator scores, approvals) are replaced whole when written, and get
`seq` = their index, so the order a user gave is the order read back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Literal, TypeAlias, TypeVar, cast

from sqlalchemy import Row

from itadesk.domain.documents import DocumentKind
from itadesk.domain.model import (
    Approval,
    Attachment,
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
)
from itadesk.domain.status import Status
from itadesk.storage.models import (
    ApprovalRow,
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

# A table's columns, read from a mapped row or from a plain query's result row (`storage.loading` reads whole
# years with plain queries: no ORM objects to build, no relationships to set up).
_R = TypeVar("_R")
Columns: TypeAlias = _R | Row[Any]


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


def organization_to_row(organization: Organization, row: OrganizationRow) -> None:
    row.name = organization.name
    row.short_name = organization.short_name
    row.district = organization.district
    row.province = organization.province
    row.document_code = organization.document_code
    row.phone = organization.phone
    row.website = organization.website
    row.digits = organization.digits
    row.emblem_mime = organization.emblem.mime if organization.emblem else None
    row.emblem_data = bytes(organization.emblem.data) if organization.emblem else None


def unit_from_row(row: Columns[UnitRow]) -> Unit:
    return Unit(name=row.name, id=row.code)


def unit_to_row(unit: Unit, row: UnitRow) -> None:
    row.name = unit.name
    row.code = unit.id


def person_from_row(row: Columns[PersonRow]) -> Person:
    return Person(
        name=row.name,
        id=row.code,
        title=row.title,
        position=row.position,
        acting=row.acting,
        unit=row.unit,
    )


def person_to_row(person: Person, row: PersonRow) -> None:
    row.name = person.name
    row.code = person.id
    row.title = person.title
    row.position = person.position
    row.acting = person.acting
    row.unit = person.unit


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


def ita_result_to_row(result: ItaResult, row: ItaResultRow) -> None:
    row.assessed_year = result.assessed_year
    row.score = result.score
    row.grade = result.grade
    row.recommendations = list(result.recommendations)
    row.parts = [
        PartScoreRow(seq=n, code=p.code, name=p.name, score=p.score) for n, p in enumerate(result.parts)
    ]
    row.indicators = [
        IndicatorScoreRow(seq=n, number=i.number, name=i.name, part=i.part, score=i.score, issue=i.issue)
        for n, i in enumerate(result.indicators)
    ]


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
    )


def measure_to_row(measure: Measure, row: MeasureRow) -> None:
    """Everything but the id and the fiscal year, which the caller decides."""
    row.number = measure.number
    row.part = measure.part
    row.indicator = measure.indicator
    row.section = measure.section
    row.title = measure.title
    row.steps = list(measure.steps)
    row.responsible = list(measure.responsible)
    row.period = measure.period
    row.start = measure.start
    row.end = measure.end
    row.monitoring = measure.monitoring
    row.reporting = measure.reporting
    row.status = Status(measure.status).value
    row.outcome = measure.outcome
    row.problems = measure.problems
    row.suggestions = measure.suggestions
    row.evidence = list(measure.evidence)
    row.history = [
        StatusChangeRow(seq=n, status=Status(h.status).value, date=h.date, note=h.note)
        for n, h in enumerate(measure.history)
    ]
    row.results = [ResultEntryRow(seq=n, text=r.text, date=r.date) for n, r in enumerate(measure.results)]


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


PersonLookup = Callable[[str, str], PersonRow]
"""Finds the person row for a person id; the second argument names the place, for the error."""


def memo_to_row(memo: Memo, row: MemoRow, person: PersonLookup, place: str) -> None:
    """All but the id and the fiscal year; `place` names the memo in errors (`years[0].memos[2]`)."""
    row.unit = memo.unit
    row.number = memo.number
    row.date = memo.date
    row.addressee = memo.to
    row.via = memo.via
    row.subject = memo.subject
    row.body = list(memo.body)
    row.author = person(memo.author, f"{place}.author") if memo.author else None
    row.approvals = [
        ApprovalRow(seq=n, person=person(a.person, f"{place}.approvals[{n}].person"), heading=a.heading)
        for n, a in enumerate(memo.approvals)
    ]
    row.attach_document = memo.attach.document if memo.attach else None
    row.attach_round = memo.attach.round if memo.attach else None
