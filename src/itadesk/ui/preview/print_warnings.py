"""ตรวจก่อนพิมพ์: the warnings of documents.prechecks, listed beside the report preview."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget


class PrintWarnings(QWidget):
    """A title, how many things to look at, and one line per warning (nothing stops the print)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.tr("ตรวจก่อนพิมพ์"), self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel(self.tr("กำลังตรวจ…"), self)
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("เรื่องที่ควรแก้ก่อนพิมพ์"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)

    def show_warnings(self, warnings: Sequence[str]) -> None:
        self.list.clear()
        self.list.addItems(list(warnings))
        if warnings:
            self.summary.setText(self.tr("พบ %d เรื่องที่ควรแก้ (พิมพ์ได้ตามที่บันทึกไว้)") % len(warnings))
        else:
            self.summary.setText(self.tr("ไม่พบเรื่องที่ควรแก้"))
        self.list.setVisible(bool(warnings))

    def show_refusal(self, message: str) -> None:
        """The document cannot be printed yet: say what to enter first."""
        self.list.clear()
        self.list.addItem(message)
        self.list.setVisible(True)
        self.summary.setText(self.tr("ยังพิมพ์เอกสารนี้ไม่ได้"))
