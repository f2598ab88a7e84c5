"""A measure's dated results: a table of what was done, when and in which round, and a panel to edit the
selected entry.

The date places an entry in the 6- or 12-month report, so it is picked with the Buddhist-Era date picker and
the round it falls in is shown beside it. The buttons sit above the table, in view on a low screen.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from itadesk.domain.fiscal import first_half_end, fiscal_year_bounds
from itadesk.domain.model import ResultEntry
from itadesk.ui.common.be_date_edit import BeDateEdit
from itadesk.ui.common.text_input import normalise_plain
from itadesk.ui.common.thai_dates import short_date

ModelIndex = QModelIndex | QPersistentModelIndex
COLUMNS = ("วันที่", "รอบ", "สิ่งที่ได้ดำเนินการ")


def round_of(day: date | None, fiscal_year: int | None) -> str:
    """Which report of the fiscal year a result dated `day` is printed in, in Thai."""
    if fiscal_year is None:
        return ""
    if day is None:
        return "ทั้งสองรอบ (ไม่ระบุวันที่)"
    first, last = fiscal_year_bounds(fiscal_year)
    if not first <= day <= last:
        return f"นอกปีงบประมาณ {fiscal_year}"
    return "รอบ 6 เดือน" if day <= first_half_end(fiscal_year) else "รอบ 12 เดือน"


def round_sentence(day: date | None, fiscal_year: int | None) -> str:
    """The line under the date: the round, and the day that round reports up to."""
    if fiscal_year is None:
        return ""
    if day is None:
        return "ไม่ระบุวันที่: พิมพ์ในรายงานทั้งรอบ 6 และ 12 เดือน"
    first, last = fiscal_year_bounds(fiscal_year)
    if not first <= day <= last:
        return f"วันที่นี้อยู่นอกปีงบประมาณ {fiscal_year} ({short_date(first)} – {short_date(last)})"
    if day <= first_half_end(fiscal_year):
        return f"อยู่ในรายงานรอบ 6 เดือน (ถึง {short_date(first_half_end(fiscal_year))}) และรอบ 12 เดือน"
    return f"อยู่ในรายงานรอบ 12 เดือน (ถึง {short_date(last)}) เท่านั้น"


class ResultTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[ResultEntry] = []
        self.fiscal_year: int | None = None

    def set_entries(self, entries: list[ResultEntry]) -> None:
        self.beginResetModel()
        self._entries = [replace(e) for e in entries]
        self.endResetModel()

    def entries(self) -> list[ResultEntry]:
        return [replace(e) for e in self._entries]

    def entry(self, row: int) -> ResultEntry:
        return self._entries[row]

    def update_entry(self, row: int, entry: ResultEntry) -> None:
        self._entries[row] = entry
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def insert_entry(self, row: int, entry: ResultEntry) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self._entries.insert(row, entry)
        self.endInsertRows()

    def remove_entry(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._entries[row]
        self.endRemoveRows()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == 0:
                return short_date(entry.date) or self.tr("ไม่ระบุ")
            if index.column() == 1:
                return round_of(entry.date, self.fiscal_year)
            return entry.text
        return None


class ResultsEditor(QWidget):
    """Emits `changed(list[ResultEntry])` after every edit."""

    changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ResultTableModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.date_edit = BeDateEdit(self)
        self.round_label = QLabel(self)
        self.round_label.setWordWrap(True)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setPlaceholderText(self.tr("พิมพ์สิ่งที่ได้ดำเนินการ เช่น จัดประชุมคณะทำงาน…"))
        self.text_edit.setAccessibleName(self.tr("สิ่งที่ได้ดำเนินการ"))
        self.text_edit.setMaximumHeight(self.fontMetrics().height() * 4)
        self.add_button = QPushButton(self.tr("เพิ่มผลการดำเนินงาน"), self)
        self.remove_button = QPushButton(self.tr("ลบรายการนี้"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)  # above the table: in view however low the screen
        layout.addWidget(self.view, 1)
        layout.addWidget(self.date_edit)
        layout.addWidget(self.round_label)
        layout.addWidget(self.text_edit)
        self._quiet = False
        # clicked(bool) must not reach add_entry's optional text: a lambda takes no arguments.
        self.add_button.clicked.connect(lambda: self.add_entry())
        self.remove_button.clicked.connect(lambda: self.remove_current())
        self.view.selectionModel().currentRowChanged.connect(self._show_current)
        self.date_edit.dateChanged.connect(self._date_edited)
        normalise_plain(self.text_edit)  # first: what is pasted from Word is normalised before it is read
        self.text_edit.textChanged.connect(self._text_edited)
        self._show_current()

    def entries(self) -> list[ResultEntry]:
        return self.model.entries()

    def set_fiscal_year(self, fiscal_year: int | None) -> None:
        """The year whose rounds the entries are shown in."""
        if fiscal_year != self.model.fiscal_year:
            self.model.fiscal_year = fiscal_year
            if self.model.rowCount():
                self.model.dataChanged.emit(
                    self.model.index(0, 1), self.model.index(self.model.rowCount() - 1, 1)
                )
            self._show_round()

    def _show_round(self) -> None:
        has_row = 0 <= self.view.currentIndex().row() < self.model.rowCount()
        self.round_label.setText(
            round_sentence(self.date_edit.date(), self.model.fiscal_year) if has_row else ""
        )

    def set_entries(self, entries: list[ResultEntry]) -> None:
        if entries == self.model.entries():
            return
        row = self.view.currentIndex().row()
        self.model.set_entries(entries)
        if 0 <= row < self.model.rowCount():
            self.view.selectRow(row)
        self._show_current()

    def add_entry(self, text: str = "", day: date | None = None) -> None:
        row = self.model.rowCount()
        self.model.insert_entry(row, ResultEntry(text=text, date=day or date.today()))
        self.view.selectRow(row)
        self._show_current()
        self.text_edit.setFocus()
        self.changed.emit(self.model.entries())

    def remove_current(self) -> None:
        row = self.view.currentIndex().row()
        if row >= 0:
            self.model.remove_entry(row)
            self._show_current()
            self.changed.emit(self.model.entries())

    def _show_current(self, *_: object) -> None:
        row = self.view.currentIndex().row()
        has_row = 0 <= row < self.model.rowCount()
        self._quiet = True
        entry = self.model.entry(row) if has_row else ResultEntry(text="")
        if self.text_edit.toPlainText() != entry.text:
            self.text_edit.setPlainText(entry.text)
        self.date_edit.set_date(entry.date)
        self._quiet = False
        self._show_round()
        for widget in (self.date_edit, self.text_edit, self.remove_button):
            widget.setEnabled(has_row)

    def _date_edited(self, day: date | None) -> None:
        self._show_round()
        self._edit(lambda entry: replace(entry, date=day))

    def _text_edited(self) -> None:
        text = self.text_edit.toPlainText()
        self._edit(lambda entry: replace(entry, text=text))

    def _edit(self, change: Any) -> None:
        row = self.view.currentIndex().row()
        if self._quiet or row < 0:
            return
        self.model.update_entry(row, change(self.model.entry(row)))
        self.changed.emit(self.model.entries())
