"""When the database cannot be trusted at start: say why, and offer a backup or a read-only look.

`explain(error)` turns the refusal into what the dialog shows and offers; `DamagedStartDialog` shows it;
`recover` runs the choice until the database opens, the user chooses to look read-only, or leaves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from itadesk.storage.errors import NotItaDeskDatabaseError, SchemaTooNewError
from itadesk.storage.lifecycle.database import Database
from itadesk.storage.lifecycle.integrity import DamagedDatabaseError
from itadesk.ui.common.errors import ErrorHub
from itadesk.ui.common.screen_fit import fit_window

RESTORE = 2
LOOK = 3

# The database's tables as a clerk knows what they hold (storage/data/tables.py names them for programmers).
TABLE_WORDS = {
    "organization": "ข้อมูลหน่วยงาน", "units": "ส่วนราชการ", "people": "บุคลากร", "fiscal_years": "ปีงบประมาณ",
    "document_contents": "เนื้อหาของเอกสาร", "ita_results": "ผลการประเมิน ITA",
    "ita_part_scores": "คะแนนรายส่วนของผลการประเมิน", "ita_indicator_scores": "คะแนนรายตัวชี้วัด",
    "measures": "มาตรการ", "status_changes": "ประวัติสถานะ", "result_entries": "ผลการดำเนินงาน",
    "memos": "บันทึกข้อความ", "memo_approvals": "ผู้ให้ความเห็นในบันทึกข้อความ", "app_settings": "การตั้งค่า",
    "change_counter": "ตัวนับการแก้ไข", "alembic_version": "รุ่นของโครงสร้างฐานข้อมูล",
}  # fmt: skip


def clerk_words(problem: str | None) -> str:
    """The verdict's problem with the tables named by what they hold."""
    text = problem or ""
    for table in sorted(TABLE_WORDS, key=len, reverse=True):
        text = re.sub(rf"(?<![A-Za-z_]){table}(?![A-Za-z_])", f"“{TABLE_WORDS[table]}”", text)
    return text


@dataclass(frozen=True)
class Explanation:
    title: str
    message: str
    can_restore: bool
    can_look: bool


def explain(error: BaseException) -> Explanation | None:
    """What to tell and offer for a refused database file; None for a failure this dialog is not for."""
    if isinstance(error, DamagedDatabaseError):
        verdict = error.verdict
        can_look = verdict.readable and verdict.is_itadesk
        choices = "กด “กู้คืนจากไฟล์สำรอง…” เพื่อเลือกไฟล์สำรองอัตโนมัติที่ดีล่าสุดแล้วทำงานต่อ"
        if can_look:
            choices += " หรือกด “เปิดดูอย่างเดียว” เพื่อดูข้อมูลเดิม (แก้ไขและบันทึกไม่ได้)"
        return Explanation(
            "ฐานข้อมูลเสียหาย",
            f"ฐานข้อมูล {verdict.path} เสียหาย: {clerk_words(verdict.problem)}\n"
            "โปรแกรมจะไม่บันทึกและไม่สำรองไฟล์นี้ (ไฟล์ไม่ถูกแก้ไข)\n\n" + choices,
            can_restore=True,
            can_look=can_look,
        )
    if isinstance(error, SchemaTooNewError):
        return Explanation(
            "ฐานข้อมูลจาก ITA Desk รุ่นใหม่กว่า",
            f"{error}\n\nหรือกู้คืนจากไฟล์สำรองของโปรแกรมรุ่นนี้ (ไฟล์เดิมจะถูกเก็บไว้)",
            can_restore=True,
            can_look=False,
        )
    if isinstance(error, NotItaDeskDatabaseError):
        return Explanation(
            "ไม่ใช่ฐานข้อมูลของ ITA Desk",
            f"{error}\n\nให้ผู้ดูแลระบบตั้งให้โปรแกรมเปิดไฟล์ฐานข้อมูลของสำนักงาน แล้วเปิดโปรแกรมอีกครั้ง",
            can_restore=False,
            can_look=False,
        )
    return None


class DamagedStartDialog(QDialog):
    """The explanation and its choices: restore (RESTORE), look read-only (LOOK), or close (Rejected)."""

    def __init__(self, explanation: Explanation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr(explanation.title))
        layout = QVBoxLayout(self)
        self.messageLabel = QLabel(explanation.message, self)
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.messageLabel)
        buttons = QHBoxLayout()
        self.restoreButton = QPushButton(self.tr("กู้คืนจากไฟล์สำรอง…"), self)
        self.lookButton = QPushButton(self.tr("เปิดดูอย่างเดียว"), self)
        self.closeButton = QPushButton(self.tr("ปิดโปรแกรม"), self)
        for button in (self.restoreButton, self.lookButton, self.closeButton):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.restoreButton.setVisible(explanation.can_restore)
        self.lookButton.setVisible(explanation.can_look)
        self.restoreButton.clicked.connect(lambda: self.done(RESTORE))
        self.lookButton.clicked.connect(lambda: self.done(LOOK))
        self.closeButton.clicked.connect(self.reject)
        (self.restoreButton if explanation.can_restore else self.closeButton).setDefault(True)
        fit_window(self, 640, 260)


@dataclass
class Recovered:
    """What `recover` ends with: a database, and why it is read-only ("" when it is not)."""

    db: Database
    read_only_reason: str = ""


def recover(db_arg: str | None, error: BaseException, errors: ErrorHub, migrate: bool) -> Recovered | None:
    """Show the refusal until the user restores a backup (the database then opens), chooses to look at the
    damaged file read-only, or closes (None). Raises `error` when it is not about the file itself."""
    from itadesk.service.safekeeping import restore_damaged
    from itadesk.storage.lifecycle.backup_list import backups_of, describe
    from itadesk.ui.recovery.restore_dialog import RestoreDialog

    while True:
        explanation = explain(error)
        path = getattr(getattr(error, "verdict", None), "path", None) or _sqlite_path(db_arg)
        if explanation is None or path is None:
            raise error
        errors.last_message = f"{explanation.title}\n{explanation.message}"
        choice = DamagedStartDialog(explanation).exec()
        if choice == LOOK:
            return Recovered(Database.open_to_look(path), explanation.message)
        if choice != RESTORE:
            return None
        dialog = RestoreDialog(
            [describe(backup) for backup in backups_of(path)], partial(restore_damaged, path), errors
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            continue
        try:
            return Recovered(Database.open(db_arg, migrate=migrate))
        except Exception as again:  # the restored file is checked again, like any start
            error = again


def _sqlite_path(db_arg: str | None) -> Path | None:
    from itadesk.storage.lifecycle.database import resolve_url

    url = resolve_url(db_arg)
    return Path(url.database) if url.get_backend_name() == "sqlite" and url.database else None
