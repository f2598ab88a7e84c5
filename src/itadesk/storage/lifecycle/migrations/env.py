"""Alembic's entry point. ITA Desk runs migrations itself (`itadesk.storage.lifecycle.migrate`) on its
connection."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from itadesk.storage.data.tables import metadata


def run_with(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        # SQLite cannot ALTER most things: batch mode copies the table instead, on SQLite only.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "ITA Desk migrations run through itadesk.storage.lifecycle.migrate, which passes a connection"
    )
run_with(connection)
