"""Checks on a file a command is about to write: the user hears what is wrong before any work is done.

An output that is the database, its -wal/-shm or a backup is refused here, before anything is read or
written (`storage.lifecycle.output_paths`); the command then writes it whole or not at all (`whole_output`).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from itadesk.cli.errors import CommandError


def output_path(text: str, args: argparse.Namespace | None = None) -> Path:
    from itadesk.storage.lifecycle.output_paths import refuse_protected

    path = Path(text).expanduser()
    if path.is_dir():
        raise CommandError(f'"{path}" เป็นโฟลเดอร์ ให้ระบุชื่อไฟล์ที่จะเขียน')
    folder = path.absolute().parent
    if not folder.is_dir():
        raise CommandError(f'ไม่มีโฟลเดอร์ "{folder}" สร้างโฟลเดอร์ก่อน หรือเลือกที่อื่น')
    refuse_protected(path.absolute(), database_file(args))
    return path


def database_file(args: argparse.Namespace | None) -> Path | None:
    """The SQLite file the command works on (--db, else ITADESK_DB, else the default file); None for a
    server. A plain path is read without SQLAlchemy (a print's first process does not load it)."""
    text = (
        (getattr(args, "db", None) if args is not None else None) or os.environ.get("ITADESK_DB") or ""
    ).strip()
    if "://" not in text:
        if not text:
            from itadesk import paths

            return paths.default_database()
        return Path(text).expanduser().absolute()
    from itadesk.storage.lifecycle.database import resolve_url

    try:
        url = resolve_url(text)
    except Exception:  # Database.open says what is wrong with it, in its turn
        return None
    return Path(url.database) if url.get_backend_name() == "sqlite" and url.database else None
