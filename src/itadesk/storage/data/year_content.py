"""The office's own content of a year's documents: saved whole (an import), or field by field over what is
stored now (the window's content dialog), so that another PC's change to another field stays."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from itadesk.domain.documents import DOCUMENT_KINDS
from itadesk.domain.model import DocumentContent, YearContent
from itadesk.storage.data.loading import get_year_content  # read with plain queries
from itadesk.storage.data.lookup import year_row_or_new
from itadesk.storage.data.models import FiscalYearRow
from itadesk.storage.data.records_to_rows import year_content_to_row

__all__ = [
    "CONTENT_FIELDS",
    "get_year_content",
    "merge_year_content",
    "save_year_content",
    "save_year_content_over",
]

# The fields of one document's content a user changes one by one ("plan.title" names one in `overwritten`).
CONTENT_FIELDS = ("title", "introduction", "note", "title_page", "headings")
YEAR_FIELDS = ("sign_prefix", "report_first", "omit_empty_columns")


def save_year_content(session: Session, year: int, content: YearContent) -> None:
    """Replace a year's content (the year is stored first when it is not yet)."""
    year_content_to_row(content, year_row_or_new(session, year))
    session.flush()


def save_year_content_over(session: Session, year: int, content: YearContent, base: YearContent) -> list[str]:
    """Write only the fields a user changed from `base` (the content as they opened it); the fields they left
    alone keep what is stored now, so what another program or PC wrote meanwhile stays. Returns the fields
    both changed to different values ("plan.title"): there the user's value is written."""
    year_row_or_new(session, year)
    # Locked until the end of the unit of work (PostgreSQL: FOR UPDATE; SQLite's write transaction already
    # holds the whole file), so the stored content cannot change between reading and writing it.
    session.scalar(
        select(FiscalYearRow)
        .where(FiscalYearRow.year == year)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    merged, overwritten = merge_year_content(base, content, get_year_content(session, year))
    save_year_content(session, year, merged)
    return overwritten


def merge_year_content(
    base: YearContent, mine: YearContent, stored: YearContent
) -> tuple[YearContent, list[str]]:
    """`stored` with the fields `mine` changed from `base`; and those of them `stored` had changed too (to
    something else). Plain Python: the window's test double merges the same way."""
    overwritten: list[str] = []
    documents: list[DocumentContent] = []
    for kind in DOCUMENT_KINDS:
        was, now, there = base.document(kind), mine.document(kind), stored.document(kind)
        merged = replace(there, introduction=list(there.introduction), title_page=list(there.title_page))
        for name in CONTENT_FIELDS:
            value = getattr(now, name)
            if value == getattr(was, name):
                continue
            if getattr(there, name) not in (getattr(was, name), value):
                overwritten.append(f"{kind}.{name}")
            setattr(merged, name, list(value) if isinstance(value, list) else value)
        documents.append(merged)
    result = YearContent(
        documents=[d for d in documents if not d.is_empty()],
        sign_prefix=stored.sign_prefix,
        report_first=stored.report_first,
        omit_empty_columns=stored.omit_empty_columns,
    )
    for name in YEAR_FIELDS:  # a yes/no the user flipped: what they chose (never a clash to tell)
        if getattr(mine, name) != getattr(base, name):
            setattr(result, name, getattr(mine, name))
    return result, overwritten
