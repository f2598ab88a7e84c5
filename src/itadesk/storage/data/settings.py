"""Settings that belong with the office's data (not with one PC): plain text by key."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from itadesk.storage.data.lookup import add_unless_added_meanwhile
from itadesk.storage.data.models import AppSettingRow


def get_setting(session: Session, key: str, default: str | None = None) -> str | None:
    row = session.get(AppSettingRow, key)
    return row.value if row is not None else default


def set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(AppSettingRow, key)
    if row is None:
        # A second PC may store the same key at the same moment: then its row gets this value.
        row = add_unless_added_meanwhile(
            session, AppSettingRow(key=key, value=value), lambda: session.get(AppSettingRow, key)
        )[0]
    row.value = value
    session.flush()


def delete_setting(session: Session, key: str) -> None:
    row = session.get(AppSettingRow, key)
    if row is not None:
        session.delete(row)
        session.flush()


def all_settings(session: Session) -> dict[str, str]:
    return {row.key: row.value for row in session.scalars(select(AppSettingRow).order_by(AppSettingRow.key))}
