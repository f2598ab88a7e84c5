"""An office's own ITA framework per assessment year.

`office_frameworks` holds, per year, the framework the office imported or corrected (its item numbers and
titles, grade scheme, sources), as the framework file's JSON. It wins over the program's framework of that
year. Nothing is added for existing databases: every year keeps the program's framework, whose only change is
the item numbers that were wrong (2566: the plan answers O42, progress and results O43).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "office_frameworks",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_office_frameworks")),
    )


def downgrade() -> None:
    op.drop_table("office_frameworks")
