"""The office's own content of a year's documents, and its choices for how the year's memos are printed.

`document_contents` holds, per fiscal year and report (plan, progress, results, analysis), the office's own
title, introduction paragraphs, note under the tables, title page lines and how measures are grouped under
headings. `fiscal_years` gains `sign_prefix` ("(ลงชื่อ)" before signatures) and `report_first` (the attached
report before the memo). Every existing year keeps printing as before: no content, both choices off.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("fiscal_years") as batch:
        batch.add_column(sa.Column("sign_prefix", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column("report_first", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.create_table(
        "document_contents",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("fiscal_year_pk", sa.Integer(), nullable=False),
        sa.Column("document", sa.String(length=20), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("introduction", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("title_page", sa.JSON(), nullable=False),
        sa.Column("headings", sa.String(length=10), nullable=False),
        sa.CheckConstraint(
            "document IN ('plan', 'progress', 'results', 'analysis')",
            name=op.f("ck_document_contents_document"),
        ),
        sa.CheckConstraint("headings IN ('', 'section', 'part')", name=op.f("ck_document_contents_headings")),
        sa.ForeignKeyConstraint(
            ["fiscal_year_pk"],
            ["fiscal_years.pk"],
            name=op.f("fk_document_contents_fiscal_year_pk_fiscal_years"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_document_contents")),
        sa.UniqueConstraint("fiscal_year_pk", "document", name="uq_document_contents_year_document"),
    )
    with op.batch_alter_table("document_contents") as batch:
        batch.create_index(batch.f("ix_document_contents_fiscal_year_pk"), ["fiscal_year_pk"], unique=False)


def downgrade() -> None:
    op.drop_table("document_contents")
    with op.batch_alter_table("fiscal_years") as batch:
        batch.drop_column("report_first")
        batch.drop_column("sign_prefix")
