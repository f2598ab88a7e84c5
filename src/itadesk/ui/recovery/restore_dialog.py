"""Choosing a backup to restore: every backup with its date, what it holds (years, measures) and whether it is
whole; or any other file. The restoring itself is handed in (`restore(path) -> kept`), so the dialog serves
the damaged start and the running window alike."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from itadesk.storage.lifecycle.backup_list import BackupInfo, backups_of, describe
from itadesk.ui.common.errors import ErrorHub, is_known
from itadesk.ui.common.errors import describe as describe_error
from itadesk.ui.common.screen_fit import fit_window
from itadesk.ui.common.thai_dates import short_date


def backups_of_desk(desk: object) -> list[BackupInfo]:
    """The backups of the database the window has open (automatic ones and those kept beside it)."""
    db = getattr(desk, "db", None)
    path = getattr(db, "path", None)
    where = getattr(db, "where", "")  # a server's own automatic backups (host:port/name)
    database = path if isinstance(path, Path) else None
    found = backups_of(database, where="" if database is not None else str(where or ""))
    return [describe(backup) for backup in found]


def backup_cells(info: BackupInfo) -> tuple[str, str, str, str]:
    """The row a backup gets: when, which fiscal years, how many measures, whether it can be used."""
    when = f"{short_date(info.taken.date())} {info.taken:%H:%M} น."
    years = ", ".join(str(year) for year in info.years) or "—"
    measures = f"{info.measures} มาตรการ" if info.good else "—"
    state = "ใช้ได้" if info.good else f"เสียหาย ใช้ไม่ได้: {info.problem}"
    return when, years, measures, state


class RestoreDialog(QDialog):
    """Lists `backups` (newest first); "กู้คืนจากไฟล์นี้" restores the selected one and closes the dialog."""

    def __init__(
        self,
        backups: list[BackupInfo],
        restore: Callable[[Path], Path | None],
        errors: ErrorHub,
        parent: QWidget | None = None,
        confirm: Callable[[Path], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("กู้คืนจากไฟล์สำรอง"))
        self._restore = restore
        self._confirm = confirm
        self.errors = errors
        self.backups: list[BackupInfo] = []
        self.restored_from: Path | None = None
        self.kept: Path | None = None

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("เลือกไฟล์สำรองที่จะนำกลับมาใช้ ไฟล์ฐานข้อมูลปัจจุบันจะถูกเก็บไว้ก่อนเสมอ (ไฟล์สำรองที่เสียหายเลือกไม่ได้)"),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.intro = intro
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("วันที่สำรอง"), self.tr("ปีงบประมาณ"), self.tr("มาตรการ"), self.tr("สภาพ"), self.tr("ไฟล์")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        layout.addWidget(self.table)

        buttons = QHBoxLayout()
        self.chooseButton = QPushButton(self.tr("เลือกไฟล์อื่น…"), self)
        self.restoreButton = QPushButton(self.tr("กู้คืนจากไฟล์นี้"), self)
        self.cancelButton = QPushButton(self.tr("ยกเลิก"), self)
        buttons.addWidget(self.chooseButton)
        buttons.addStretch(1)
        buttons.addWidget(self.restoreButton)
        buttons.addWidget(self.cancelButton)
        layout.addLayout(buttons)
        self.chooseButton.clicked.connect(self.choose_other_file)
        self.restoreButton.clicked.connect(self.restore_selected)
        self.cancelButton.clicked.connect(self.reject)

        for info in backups:
            self.add_backup(info)
        if not backups:
            intro.setText(
                self.tr(
                    "ยังไม่มีไฟล์สำรองอัตโนมัติ (โปรแกรมสำรองให้ทุกครั้งที่เปิด) กด “เลือกไฟล์อื่น…” เพื่อเลือกไฟล์สำรองที่เก็บไว้เอง"
                )
            )
        good = [row for row, info in enumerate(self.backups) if info.good]
        if good:
            self.table.selectRow(good[0])  # the newest good one
        self._selection_changed()
        fit_window(self, 900, 420)

    def add_backup(self, info: BackupInfo) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate((*backup_cells(info), str(info.path))):
            item = QTableWidgetItem(text)
            if not info.good:
                item.setForeground(Qt.GlobalColor.darkRed)
            self.table.setItem(row, column, item)
        self.backups.append(info)
        return row

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        info = self.selected()
        self.restoreButton.setEnabled(info is not None and info.good)

    def choose_other_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("เลือกไฟล์สำรอง"), "", self.tr("ไฟล์สำรอง ITA Desk (*.sqlite3);;ทุกไฟล์ (*)")
        )
        if name:
            self.table.selectRow(self.add_backup(describe(Path(name))))

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None or not info.good:
            return
        if self._confirm is not None and not self._confirm(info.path):
            return
        try:
            self.kept = self._restore(info.path)
        except Exception as error:
            if not is_known(error):
                raise
            self.errors.show_message(self.tr("กู้คืนไม่ได้"), describe_error(error))
            return
        self.restored_from = info.path
        self.accept()
