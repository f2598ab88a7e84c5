"""A version on every measure and a counter of all writes, so a window never overwrites what others wrote.

`measures.version` is bumped by every write of a measure; a window saves only the fields the user changed
and checks the version it read. `change_counter` (one row) is bumped by every committed unit of work; the
window polls it to notice changes made by another program or PC.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("measures") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    counter = op.create_table(
        "change_counter",
        sa.Column("pk", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.CheckConstraint("pk = 1", name=op.f("ck_change_counter_single_row")),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_change_counter")),
    )
    op.bulk_insert(counter, [{"pk": 1, "value": 0}])


def downgrade() -> None:
    op.drop_table("change_counter")
    with op.batch_alter_table("measures") as batch:
        batch.drop_column("version")
