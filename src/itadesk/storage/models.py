"""The database tables as SQLAlchemy 2 typed models. Only `itadesk.storage` sees these rows.

Every record the exchange file names keeps its string id in `code` (unique per table) beside an integer
primary key `pk`, so an id can be corrected without touching references. Ordered things carry `seq` and
are always read in (`seq`, `pk`) order. Lists of plain strings (steps, responsible, evidence,
recommendations, memo paragraphs) are JSON arrays, which SQLite and PostgreSQL store and return identically.

A change here needs an Alembic migration in `storage/migrations/versions/` (a test compares the two).
"""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Constraint names are fixed by convention so that migrations can drop and alter them by name on both SQLite
# (batch mode) and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

CODE = String(100)  # the exchange file's id of a record
STATUS_CHECK = "status IN ('not_started', 'in_progress', 'done')"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        str: Text(),
        float: Float(),
        date: Date(),
        bytes: LargeBinary(),
    }


class OrganizationRow(Base):
    """The office itself: exactly one row (pk = 1) once set up."""

    __tablename__ = "organization"
    __table_args__ = (
        CheckConstraint("pk = 1", name="single_row"),
        CheckConstraint("digits IN ('thai', 'arabic')", name="digits"),
        CheckConstraint(
            "emblem_mime IS NULL OR emblem_mime IN ('image/png', 'image/svg+xml')", name="emblem"
        ),
    )

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    name: Mapped[str]
    short_name: Mapped[str] = mapped_column(default="")
    district: Mapped[str] = mapped_column(default="")
    province: Mapped[str] = mapped_column(default="")
    document_code: Mapped[str] = mapped_column(default="")
    phone: Mapped[str] = mapped_column(default="")
    website: Mapped[str] = mapped_column(default="")
    digits: Mapped[str] = mapped_column(String(10), default="thai")
    emblem_mime: Mapped[str | None] = mapped_column(String(40))
    emblem_data: Mapped[bytes | None]


class UnitRow(Base):
    __tablename__ = "units"

    pk: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str | None] = mapped_column(CODE, unique=True)
    seq: Mapped[int] = mapped_column(default=0)
    name: Mapped[str]


class PersonRow(Base):
    __tablename__ = "people"

    pk: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str | None] = mapped_column(CODE, unique=True)
    seq: Mapped[int] = mapped_column(default=0)
    name: Mapped[str]
    title: Mapped[str] = mapped_column(default="")
    position: Mapped[str] = mapped_column(default="")
    acting: Mapped[str] = mapped_column(default="")
    unit: Mapped[str] = mapped_column(default="")  # a unit's name, as printed


class FiscalYearRow(Base):
    __tablename__ = "fiscal_years"

    pk: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(unique=True)  # Buddhist Era

    ita_result: Mapped[ItaResultRow | None] = relationship(
        back_populates="fiscal_year", cascade="all, delete-orphan", uselist=False
    )
    measures: Mapped[list[MeasureRow]] = relationship(
        back_populates="fiscal_year", cascade="all, delete-orphan", order_by="(MeasureRow.seq, MeasureRow.pk)"
    )
    memos: Mapped[list[MemoRow]] = relationship(
        back_populates="fiscal_year", cascade="all, delete-orphan", order_by="(MemoRow.seq, MemoRow.pk)"
    )


class ItaResultRow(Base):
    """The ITA result a fiscal year's plan answers (at most one per year)."""

    __tablename__ = "ita_results"

    pk: Mapped[int] = mapped_column(primary_key=True)
    fiscal_year_pk: Mapped[int] = mapped_column(
        ForeignKey("fiscal_years.pk", ondelete="CASCADE"), unique=True
    )
    assessed_year: Mapped[int]
    score: Mapped[float | None]
    grade: Mapped[str] = mapped_column(default="")
    recommendations: Mapped[list[str]] = mapped_column(JSON, default=list)

    fiscal_year: Mapped[FiscalYearRow] = relationship(back_populates="ita_result")
    parts: Mapped[list[PartScoreRow]] = relationship(
        cascade="all, delete-orphan", order_by="(PartScoreRow.seq, PartScoreRow.pk)"
    )
    indicators: Mapped[list[IndicatorScoreRow]] = relationship(
        cascade="all, delete-orphan", order_by="(IndicatorScoreRow.seq, IndicatorScoreRow.pk)"
    )


class PartScoreRow(Base):
    __tablename__ = "ita_part_scores"

    pk: Mapped[int] = mapped_column(primary_key=True)
    result_pk: Mapped[int] = mapped_column(ForeignKey("ita_results.pk", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(default=0)
    code: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(default="")
    score: Mapped[float | None]


class IndicatorScoreRow(Base):
    __tablename__ = "ita_indicator_scores"

    pk: Mapped[int] = mapped_column(primary_key=True)
    result_pk: Mapped[int] = mapped_column(ForeignKey("ita_results.pk", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(default=0)
    number: Mapped[int]
    name: Mapped[str]
    part: Mapped[str] = mapped_column(String(10), default="")
    score: Mapped[float | None]
    issue: Mapped[str] = mapped_column(default="")


class MeasureRow(Base):
    __tablename__ = "measures"
    __table_args__ = (CheckConstraint(STATUS_CHECK, name="status"),)

    pk: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(CODE, unique=True)
    fiscal_year_pk: Mapped[int] = mapped_column(ForeignKey("fiscal_years.pk", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(default=0)
    number: Mapped[str | None]  # None: a running number is printed; "": none
    part: Mapped[str] = mapped_column(String(10), default="")
    indicator: Mapped[str] = mapped_column(default="")
    section: Mapped[str] = mapped_column(default="")
    title: Mapped[str]
    steps: Mapped[list[str]] = mapped_column(JSON, default=list)
    responsible: Mapped[list[str]] = mapped_column(JSON, default=list)
    period: Mapped[str] = mapped_column(default="")
    start: Mapped[date | None]
    end: Mapped[date | None]
    monitoring: Mapped[str] = mapped_column(default="")
    reporting: Mapped[str] = mapped_column(default="")
    status: Mapped[str] = mapped_column(String(20), default="not_started")
    outcome: Mapped[str] = mapped_column(default="")
    problems: Mapped[str] = mapped_column(default="")
    suggestions: Mapped[str] = mapped_column(default="")
    evidence: Mapped[list[str]] = mapped_column(JSON, default=list)

    fiscal_year: Mapped[FiscalYearRow] = relationship(back_populates="measures")
    history: Mapped[list[StatusChangeRow]] = relationship(
        cascade="all, delete-orphan", order_by="(StatusChangeRow.seq, StatusChangeRow.pk)"
    )
    results: Mapped[list[ResultEntryRow]] = relationship(
        cascade="all, delete-orphan", order_by="(ResultEntryRow.seq, ResultEntryRow.pk)"
    )


class StatusChangeRow(Base):
    __tablename__ = "status_changes"
    __table_args__ = (CheckConstraint(STATUS_CHECK, name="status"),)

    pk: Mapped[int] = mapped_column(primary_key=True)
    measure_pk: Mapped[int] = mapped_column(ForeignKey("measures.pk", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(default=0)
    status: Mapped[str] = mapped_column(String(20))
    date: Mapped[date | None]
    note: Mapped[str] = mapped_column(default="")


class ResultEntryRow(Base):
    __tablename__ = "result_entries"

    pk: Mapped[int] = mapped_column(primary_key=True)
    measure_pk: Mapped[int] = mapped_column(ForeignKey("measures.pk", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(default=0)
    date: Mapped[date | None]
    text: Mapped[str]


class MemoRow(Base):
    __tablename__ = "memos"
    __table_args__ = (
        CheckConstraint(
            "attach_document IS NULL OR attach_document IN ('plan', 'progress', 'results', 'analysis')",
            name="attach_document",
        ),
    )

    pk: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(CODE, unique=True)
    fiscal_year_pk: Mapped[int] = mapped_column(ForeignKey("fiscal_years.pk", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(default=0)
    unit: Mapped[str] = mapped_column(default="")
    number: Mapped[str] = mapped_column(default="")
    date: Mapped[date | None]
    addressee: Mapped[str] = mapped_column(default="")  # the memo's "to" (a reserved word in SQL)
    via: Mapped[str] = mapped_column(default="")
    subject: Mapped[str]
    body: Mapped[list[str]] = mapped_column(JSON, default=list)
    # A person referenced by a memo cannot be deleted while the memo exists.
    author_pk: Mapped[int | None] = mapped_column(ForeignKey("people.pk", ondelete="RESTRICT"), index=True)
    attach_document: Mapped[str | None] = mapped_column(String(20))
    attach_round: Mapped[int | None]

    fiscal_year: Mapped[FiscalYearRow] = relationship(back_populates="memos")
    author: Mapped[PersonRow | None] = relationship()
    approvals: Mapped[list[ApprovalRow]] = relationship(
        cascade="all, delete-orphan", order_by="(ApprovalRow.seq, ApprovalRow.pk)"
    )


class ApprovalRow(Base):
    __tablename__ = "memo_approvals"

    pk: Mapped[int] = mapped_column(primary_key=True)
    memo_pk: Mapped[int] = mapped_column(ForeignKey("memos.pk", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(default=0)
    person_pk: Mapped[int] = mapped_column(ForeignKey("people.pk", ondelete="RESTRICT"), index=True)
    heading: Mapped[str] = mapped_column(default="")

    person: Mapped[PersonRow] = relationship()


class AppSettingRow(Base):
    """Small key/value settings that belong to the office's data rather than to one PC (added in 0002)."""

    __tablename__ = "app_settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(default="")
