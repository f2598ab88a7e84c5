"""The office's choice to leave out of the year's tables the columns no measure fills, kept with the year.

`fiscal_years` gains `omit_empty_columns`: true leaves out a column every measure of the year leaves empty
(ระยะเวลาดำเนินการ, การกำกับติดตาม…), false prints every column, NULL follows the office's layout.toml
(`[report] omit_empty_columns`). Every existing year is NULL, so it prints exactly as before.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("fiscal_years") as batch:
        batch.add_column(sa.Column("omit_empty_columns", sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("fiscal_years") as batch:
        batch.drop_column("omit_empty_columns")
