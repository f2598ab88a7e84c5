"""The ORM classes the storage services work with, mapped onto the tables of `storage.data.tables`.

The columns are declared once, there; the annotations here type them for mypy and the services, and the
relationships say how rows hang together (cascades, order). Only `itadesk.storage` sees these rows.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import DeclarativeBase, Mapped, relationship

from itadesk.storage.data import tables


class Base(DeclarativeBase):
    metadata = tables.metadata


class OrganizationRow(Base):
    """The office itself: exactly one row (pk = 1) once set up."""

    __table__ = tables.organization

    pk: Mapped[int]
    name: Mapped[str]
    short_name: Mapped[str]
    district: Mapped[str]
    province: Mapped[str]
    document_code: Mapped[str]
    phone: Mapped[str]
    website: Mapped[str]
    digits: Mapped[str]
    emblem_mime: Mapped[str | None]
    emblem_data: Mapped[bytes | None]


class UnitRow(Base):
    __table__ = tables.units

    pk: Mapped[int]
    code: Mapped[str | None]
    seq: Mapped[int]
    name: Mapped[str]


class PersonRow(Base):
    __table__ = tables.people

    pk: Mapped[int]
    code: Mapped[str | None]
    seq: Mapped[int]
    name: Mapped[str]
    title: Mapped[str]
    position: Mapped[str]
    acting: Mapped[str]
    unit: Mapped[str]


class FiscalYearRow(Base):
    __table__ = tables.fiscal_years

    pk: Mapped[int]
    year: Mapped[int]
    sign_prefix: Mapped[bool]
    report_first: Mapped[bool]
    omit_empty_columns: Mapped[bool | None]

    documents: Mapped[list[DocumentContentRow]] = relationship(
        back_populates="fiscal_year", cascade="all, delete-orphan", order_by="DocumentContentRow.pk"
    )
    ita_result: Mapped[ItaResultRow | None] = relationship(
        back_populates="fiscal_year", cascade="all, delete-orphan", uselist=False
    )
    measures: Mapped[list[MeasureRow]] = relationship(
        back_populates="fiscal_year", cascade="all, delete-orphan", order_by="(MeasureRow.seq, MeasureRow.pk)"
    )
    memos: Mapped[list[MemoRow]] = relationship(
        back_populates="fiscal_year", cascade="all, delete-orphan", order_by="(MemoRow.seq, MemoRow.pk)"
    )


class DocumentContentRow(Base):
    """The office's own content around one report of a year."""

    __table__ = tables.document_contents

    pk: Mapped[int]
    fiscal_year_pk: Mapped[int]
    document: Mapped[str]
    title: Mapped[str]
    introduction: Mapped[list[str]]
    note: Mapped[str]
    title_page: Mapped[list[str]]
    headings: Mapped[str]

    fiscal_year: Mapped[FiscalYearRow] = relationship(back_populates="documents")


class ItaResultRow(Base):
    """The ITA result a fiscal year's plan answers (at most one per year)."""

    __table__ = tables.ita_results

    pk: Mapped[int]
    fiscal_year_pk: Mapped[int]
    assessed_year: Mapped[int]
    score: Mapped[float | None]
    grade: Mapped[str]
    recommendations: Mapped[list[str]]

    fiscal_year: Mapped[FiscalYearRow] = relationship(back_populates="ita_result")
    parts: Mapped[list[PartScoreRow]] = relationship(
        cascade="all, delete-orphan", order_by="(PartScoreRow.seq, PartScoreRow.pk)"
    )
    indicators: Mapped[list[IndicatorScoreRow]] = relationship(
        cascade="all, delete-orphan", order_by="(IndicatorScoreRow.seq, IndicatorScoreRow.pk)"
    )


class PartScoreRow(Base):
    __table__ = tables.ita_part_scores

    pk: Mapped[int]
    result_pk: Mapped[int]
    seq: Mapped[int]
    code: Mapped[str]
    name: Mapped[str]
    score: Mapped[float | None]


class IndicatorScoreRow(Base):
    __table__ = tables.ita_indicator_scores

    pk: Mapped[int]
    result_pk: Mapped[int]
    seq: Mapped[int]
    number: Mapped[int]
    name: Mapped[str]
    part: Mapped[str]
    score: Mapped[float | None]
    issue: Mapped[str]


class MeasureRow(Base):
    __table__ = tables.measures

    pk: Mapped[int]
    code: Mapped[str]
    fiscal_year_pk: Mapped[int]
    seq: Mapped[int]
    number: Mapped[str | None]
    part: Mapped[str]
    indicator: Mapped[str]
    section: Mapped[str]
    title: Mapped[str]
    steps: Mapped[list[str]]
    responsible: Mapped[list[str]]
    period: Mapped[str]
    start: Mapped[date | None]
    end: Mapped[date | None]
    monitoring: Mapped[str]
    reporting: Mapped[str]
    status: Mapped[str]
    outcome: Mapped[str]
    problems: Mapped[str]
    suggestions: Mapped[str]
    evidence: Mapped[list[str]]
    version: Mapped[int]

    fiscal_year: Mapped[FiscalYearRow] = relationship(back_populates="measures")
    history: Mapped[list[StatusChangeRow]] = relationship(
        cascade="all, delete-orphan", order_by="(StatusChangeRow.seq, StatusChangeRow.pk)"
    )
    results: Mapped[list[ResultEntryRow]] = relationship(
        cascade="all, delete-orphan", order_by="(ResultEntryRow.seq, ResultEntryRow.pk)"
    )


class StatusChangeRow(Base):
    __table__ = tables.status_changes

    pk: Mapped[int]
    measure_pk: Mapped[int]
    seq: Mapped[int]
    status: Mapped[str]
    date: Mapped[date | None]
    note: Mapped[str]


class ResultEntryRow(Base):
    __table__ = tables.result_entries

    pk: Mapped[int]
    measure_pk: Mapped[int]
    seq: Mapped[int]
    date: Mapped[date | None]
    text: Mapped[str]


class MemoRow(Base):
    __table__ = tables.memos

    pk: Mapped[int]
    code: Mapped[str]
    fiscal_year_pk: Mapped[int]
    seq: Mapped[int]
    unit: Mapped[str]
    number: Mapped[str]
    date: Mapped[date | None]
    addressee: Mapped[str]
    via: Mapped[str]
    subject: Mapped[str]
    body: Mapped[list[str]]
    author_pk: Mapped[int | None]
    attach_document: Mapped[str | None]
    attach_round: Mapped[int | None]

    fiscal_year: Mapped[FiscalYearRow] = relationship(back_populates="memos")
    author: Mapped[PersonRow | None] = relationship()
    approvals: Mapped[list[ApprovalRow]] = relationship(
        cascade="all, delete-orphan", order_by="(ApprovalRow.seq, ApprovalRow.pk)"
    )


class ApprovalRow(Base):
    __table__ = tables.memo_approvals

    pk: Mapped[int]
    memo_pk: Mapped[int]
    seq: Mapped[int]
    person_pk: Mapped[int]
    heading: Mapped[str]

    person: Mapped[PersonRow] = relationship()


class AppSettingRow(Base):
    """Small key/value settings that belong to the office's data rather than to one PC."""

    __table__ = tables.app_settings

    key: Mapped[str]
    value: Mapped[str]


class OfficeFrameworkRow(Base):
    """An office's own ITA framework of one assessment year, as its framework file's JSON."""

    __table__ = tables.office_frameworks

    year: Mapped[int]
    data: Mapped[dict[str, Any]]
