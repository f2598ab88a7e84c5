"""The initial schema: organisation, units, people, fiscal years, ITA results, measures, memos.

Revision ID: 0001
Revises: -
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "fiscal_years",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_fiscal_years")),
        sa.UniqueConstraint("year", name=op.f("uq_fiscal_years_year")),
    )
    op.create_table(
        "organization",
        sa.Column("pk", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("short_name", sa.Text(), nullable=False),
        sa.Column("district", sa.Text(), nullable=False),
        sa.Column("province", sa.Text(), nullable=False),
        sa.Column("document_code", sa.Text(), nullable=False),
        sa.Column("phone", sa.Text(), nullable=False),
        sa.Column("website", sa.Text(), nullable=False),
        sa.Column("digits", sa.String(length=10), nullable=False),
        sa.Column("emblem_mime", sa.String(length=40), nullable=True),
        sa.Column("emblem_data", sa.LargeBinary(), nullable=True),
        sa.CheckConstraint("digits IN ('thai', 'arabic')", name=op.f("ck_organization_digits")),
        sa.CheckConstraint(
            "emblem_mime IS NULL OR emblem_mime IN ('image/png', 'image/svg+xml')",
            name=op.f("ck_organization_emblem"),
        ),
        sa.CheckConstraint("pk = 1", name=op.f("ck_organization_single_row")),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_organization")),
    )
    op.create_table(
        "people",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=100), nullable=True),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("position", sa.Text(), nullable=False),
        sa.Column("acting", sa.Text(), nullable=False),
        sa.Column("unit", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_people")),
        sa.UniqueConstraint("code", name=op.f("uq_people_code")),
    )
    op.create_table(
        "units",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=100), nullable=True),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_units")),
        sa.UniqueConstraint("code", name=op.f("uq_units_code")),
    )
    op.create_table(
        "ita_results",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("fiscal_year_pk", sa.Integer(), nullable=False),
        sa.Column("assessed_year", sa.Integer(), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("grade", sa.Text(), nullable=False),
        sa.Column("recommendations", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["fiscal_year_pk"],
            ["fiscal_years.pk"],
            name=op.f("fk_ita_results_fiscal_year_pk_fiscal_years"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_ita_results")),
        sa.UniqueConstraint("fiscal_year_pk", name=op.f("uq_ita_results_fiscal_year_pk")),
    )
    op.create_table(
        "measures",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=100), nullable=False),
        sa.Column("fiscal_year_pk", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("number", sa.Text(), nullable=True),
        sa.Column("part", sa.String(length=10), nullable=False),
        sa.Column("indicator", sa.Text(), nullable=False),
        sa.Column("section", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("steps", sa.JSON(), nullable=False),
        sa.Column("responsible", sa.JSON(), nullable=False),
        sa.Column("period", sa.Text(), nullable=False),
        sa.Column("start", sa.Date(), nullable=True),
        sa.Column("end", sa.Date(), nullable=True),
        sa.Column("monitoring", sa.Text(), nullable=False),
        sa.Column("reporting", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("problems", sa.Text(), nullable=False),
        sa.Column("suggestions", sa.Text(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.CheckConstraint(
            "status IN ('not_started', 'in_progress', 'done')", name=op.f("ck_measures_status")
        ),
        sa.ForeignKeyConstraint(
            ["fiscal_year_pk"],
            ["fiscal_years.pk"],
            name=op.f("fk_measures_fiscal_year_pk_fiscal_years"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_measures")),
        sa.UniqueConstraint("code", name=op.f("uq_measures_code")),
    )
    with op.batch_alter_table("measures", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_measures_fiscal_year_pk"), ["fiscal_year_pk"], unique=False)

    op.create_table(
        "memos",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=100), nullable=False),
        sa.Column("fiscal_year_pk", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("unit", sa.Text(), nullable=False),
        sa.Column("number", sa.Text(), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("addressee", sa.Text(), nullable=False),
        sa.Column("via", sa.Text(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("body", sa.JSON(), nullable=False),
        sa.Column("author_pk", sa.Integer(), nullable=True),
        sa.Column("attach_document", sa.String(length=20), nullable=True),
        sa.Column("attach_round", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "attach_document IS NULL OR attach_document IN ('plan', 'progress', 'results', 'analysis')",
            name=op.f("ck_memos_attach_document"),
        ),
        sa.ForeignKeyConstraint(
            ["author_pk"], ["people.pk"], name=op.f("fk_memos_author_pk_people"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["fiscal_year_pk"],
            ["fiscal_years.pk"],
            name=op.f("fk_memos_fiscal_year_pk_fiscal_years"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_memos")),
        sa.UniqueConstraint("code", name=op.f("uq_memos_code")),
    )
    with op.batch_alter_table("memos", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_memos_author_pk"), ["author_pk"], unique=False)
        batch_op.create_index(batch_op.f("ix_memos_fiscal_year_pk"), ["fiscal_year_pk"], unique=False)

    op.create_table(
        "ita_indicator_scores",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("result_pk", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("part", sa.String(length=10), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("issue", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["result_pk"],
            ["ita_results.pk"],
            name=op.f("fk_ita_indicator_scores_result_pk_ita_results"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_ita_indicator_scores")),
    )
    with op.batch_alter_table("ita_indicator_scores", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ita_indicator_scores_result_pk"), ["result_pk"], unique=False)

    op.create_table(
        "ita_part_scores",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("result_pk", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=10), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(
            ["result_pk"],
            ["ita_results.pk"],
            name=op.f("fk_ita_part_scores_result_pk_ita_results"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_ita_part_scores")),
    )
    with op.batch_alter_table("ita_part_scores", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ita_part_scores_result_pk"), ["result_pk"], unique=False)

    op.create_table(
        "memo_approvals",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("memo_pk", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("person_pk", sa.Integer(), nullable=False),
        sa.Column("heading", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["memo_pk"], ["memos.pk"], name=op.f("fk_memo_approvals_memo_pk_memos"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["person_pk"], ["people.pk"], name=op.f("fk_memo_approvals_person_pk_people"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_memo_approvals")),
    )
    with op.batch_alter_table("memo_approvals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_memo_approvals_memo_pk"), ["memo_pk"], unique=False)
        batch_op.create_index(batch_op.f("ix_memo_approvals_person_pk"), ["person_pk"], unique=False)

    op.create_table(
        "result_entries",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("measure_pk", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["measure_pk"],
            ["measures.pk"],
            name=op.f("fk_result_entries_measure_pk_measures"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_result_entries")),
    )
    with op.batch_alter_table("result_entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_result_entries_measure_pk"), ["measure_pk"], unique=False)

    op.create_table(
        "status_changes",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("measure_pk", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "status IN ('not_started', 'in_progress', 'done')", name=op.f("ck_status_changes_status")
        ),
        sa.ForeignKeyConstraint(
            ["measure_pk"],
            ["measures.pk"],
            name=op.f("fk_status_changes_measure_pk_measures"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_status_changes")),
    )
    with op.batch_alter_table("status_changes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_status_changes_measure_pk"), ["measure_pk"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("status_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_status_changes_measure_pk"))

    op.drop_table("status_changes")
    with op.batch_alter_table("result_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_result_entries_measure_pk"))

    op.drop_table("result_entries")
    with op.batch_alter_table("memo_approvals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_memo_approvals_person_pk"))
        batch_op.drop_index(batch_op.f("ix_memo_approvals_memo_pk"))

    op.drop_table("memo_approvals")
    with op.batch_alter_table("ita_part_scores", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ita_part_scores_result_pk"))

    op.drop_table("ita_part_scores")
    with op.batch_alter_table("ita_indicator_scores", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ita_indicator_scores_result_pk"))

    op.drop_table("ita_indicator_scores")
    with op.batch_alter_table("memos", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_memos_fiscal_year_pk"))
        batch_op.drop_index(batch_op.f("ix_memos_author_pk"))

    op.drop_table("memos")
    with op.batch_alter_table("measures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_measures_fiscal_year_pk"))

    op.drop_table("measures")
    op.drop_table("ita_results")
    op.drop_table("units")
    op.drop_table("people")
    op.drop_table("organization")
    op.drop_table("fiscal_years")
