"""Checks on a file a command is about to write: the user hears what is wrong before any work is done."""

from __future__ import annotations

from pathlib import Path

from itadesk.cli.errors import CommandError


def output_path(text: str) -> Path:
    path = Path(text).expanduser()
    if path.is_dir():
        raise CommandError(f'"{path}" เป็นโฟลเดอร์ ให้ระบุชื่อไฟล์ที่จะเขียน')
    folder = path.absolute().parent
    if not folder.is_dir():
        raise CommandError(f'ไม่มีโฟลเดอร์ "{folder}" สร้างโฟลเดอร์ก่อน หรือเลือกที่อื่น')
    return path
