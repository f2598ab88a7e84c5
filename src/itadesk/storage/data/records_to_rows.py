"""Domain records → stored rows: writing copies a record's fields onto an ORM row.

Child lists (history, results, part and indicator scores, approvals) are replaced whole when written, and get
`seq` = their index, so the order a user gave is the order read back. Reading is
`storage.data.rows_to_records`.
"""

from __future__ import annotations

from collections.abc import Callable

from itadesk.domain.model import (
    ItaResult,
    Measure,
    Memo,
    Organization,
    Person,
    ResultEntry,
    Unit,
    YearContent,
)
from itadesk.storage.data.models import (
    ApprovalRow,
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
from itadesk.storage.data.record_values import history_values, measure_values, result_values

__all__ = ["history_values", "measure_values", "result_values"]


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


def unit_to_row(unit: Unit, row: UnitRow) -> None:
    row.name = unit.name
    row.code = unit.id


def person_to_row(person: Person, row: PersonRow) -> None:
    row.name = person.name
    row.code = person.id
    row.title = person.title
    row.position = person.position
    row.acting = person.acting
    row.unit = person.unit


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


def measure_to_row(measure: Measure, row: MeasureRow) -> None:
    """Everything but the id and the fiscal year, which the caller decides; the row's version moves on."""
    row.version = (row.version or 0) + 1
    for column, value in measure_values(measure).items():
        setattr(row, column, value)
    row.history = [StatusChangeRow(**values) for values in history_values(measure)]
    row.results = result_rows(measure.results)


def result_rows(results: list[ResultEntry]) -> list[ResultEntryRow]:
    return [ResultEntryRow(**values) for values in result_values(results)]


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


def year_content_to_row(content: YearContent, row: FiscalYearRow) -> None:
    """The year's content replaces what was stored; a document left all at its defaults is not kept.

    A document's row is updated in place: the unit of work inserts before it deletes, so a new row for the
    same document would meet the old one in the (year, document) unique constraint."""
    row.sign_prefix = content.sign_prefix
    row.report_first = content.report_first
    row.omit_empty_columns = content.omit_empty_columns
    stored = {document.document: document for document in row.documents}
    kept: list[DocumentContentRow] = []
    for d in content.documents:
        if d.is_empty():
            continue
        target = stored.get(d.document) or DocumentContentRow(document=d.document)
        target.title = d.title
        target.introduction = list(d.introduction)
        target.note = d.note
        target.title_page = list(d.title_page)
        target.headings = d.headings
        kept.append(target)
    row.documents = kept
