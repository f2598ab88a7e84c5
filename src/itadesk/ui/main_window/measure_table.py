"""The year's measures as a table like the paper progress form: three status columns, one ticked per row."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from itadesk.domain.model import Measure
from itadesk.domain.status import Status

ModelIndex = QModelIndex | QPersistentModelIndex

COL_NUMBER, COL_TITLE, COL_RESPONSIBLE, COL_PERIOD = range(4)
STATUS_COLUMNS: dict[int, Status] = {4: Status.NOT_STARTED, 5: Status.IN_PROGRESS, 6: Status.DONE}
COLUMN_OF_STATUS = {status: column for column, status in STATUS_COLUMNS.items()}
COLUMN_COUNT = 7
TICK = "✓"
# The status labels on two lines, so the three tick columns stay narrow and the title gets the room.
STATUS_HEADERS = ("ยังไม่\nดำเนินการ", "อยู่ระหว่าง\nดำเนินการ", "ดำเนินการ\nแล้ว")

# Roles the filter proxy and the window read; plain values, never widgets.
MeasureIdRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2
PartRole = Qt.ItemDataRole.UserRole + 3
ResponsibleRole = Qt.ItemDataRole.UserRole + 4
SearchTextRole = Qt.ItemDataRole.UserRole + 5

STATUS_COLOURS = {
    Status.NOT_STARTED: QColor("#fde2e1"),
    Status.IN_PROGRESS: QColor("#fff1c2"),
    Status.DONE: QColor("#d8f0d2"),
}


def running_numbers(measures: list[Measure]) -> list[str]:
    """The label printed in front of each measure: its own number, none for "", else its place in the list."""
    return [str(row + 1) if m.number is None else m.number for row, m in enumerate(measures)]


class MeasureTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._measures: list[Measure] = []
        # Numbers are kept, not computed from the row: when a row goes, the others' numbers change by a
        # dataChanged of their own (views and testers see a row's data move with the row).
        self._numbers: list[str] = []
        self._headers = [
            self.tr("ที่"),
            self.tr("มาตรการ/แนวทาง"),
            self.tr("ผู้รับผิดชอบ"),
            self.tr("ระยะเวลา"),
            *(self.tr(header) for header in STATUS_HEADERS),
        ]

    # -- data in ----------------------------------------------------------------------------------
    def set_measures(self, measures: list[Measure]) -> None:
        self.beginResetModel()
        self._measures = list(measures)
        self._numbers = running_numbers(self._measures)
        self.endResetModel()

    def measures(self) -> list[Measure]:
        return list(self._measures)

    def measure_at(self, row: int) -> Measure:
        return self._measures[row]

    def row_of(self, measure_id: str) -> int:
        for row, measure in enumerate(self._measures):
            if measure.id == measure_id:
                return row
        return -1

    def replace_measure(self, measure: Measure) -> None:
        """Show a changed measure (same id) in place."""
        row = self.row_of(measure.id or "")
        if row < 0:
            return
        self._measures[row] = measure
        self._numbers[row] = running_numbers(self._measures)[row]
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))

    def append_measure(self, measure: Measure) -> int:
        return self.insert_measure(len(self._measures), measure)

    def insert_measure(self, row: int, measure: Measure) -> int:
        self.beginInsertRows(QModelIndex(), row, row)
        self._measures.insert(row, measure)
        self._numbers.insert(row, running_numbers(self._measures)[row])
        self.endInsertRows()
        self._renumber()
        return row

    def remove_measure(self, measure_id: str) -> None:
        row = self.row_of(measure_id)
        if row < 0:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._measures[row]
        del self._numbers[row]
        self.endRemoveRows()
        self._renumber()

    def _renumber(self) -> None:
        fresh = running_numbers(self._measures)
        for row, number in enumerate(fresh):
            if self._numbers[row] != number:
                self._numbers[row] = number
                self.dataChanged.emit(self.index(row, COL_NUMBER), self.index(row, COL_NUMBER))

    # -- Qt model ---------------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._measures)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < COLUMN_COUNT:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.ToolTipRole and section in STATUS_COLUMNS:
                return self.tr("คลิกช่องนี้ หรือกด 1 2 3 เพื่อทำเครื่องหมายสถานะ")
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._measures):
            return None
        measure = self._measures[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(measure, index.row(), column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in STATUS_COLUMNS:
                return self.tr("สถานะ: %s — คลิกเพื่อเปลี่ยน") % measure.status.label
            return self._display(measure, index.row(), column) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in STATUS_COLUMNS:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_NUMBER:
            return int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.TextAlignmentRole:  # text starts at the top, as on the paper form
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.BackgroundRole and column in STATUS_COLUMNS:
            if STATUS_COLUMNS[column] == measure.status:
                return QBrush(STATUS_COLOURS[measure.status])
            return None
        if role == Qt.ItemDataRole.FontRole and column in STATUS_COLUMNS:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole and column in STATUS_COLUMNS:
            ticked = STATUS_COLUMNS[column] == measure.status
            return (
                (self.tr("ทำเครื่องหมายแล้ว") if ticked else self.tr("ว่าง")) + " " + STATUS_COLUMNS[column].label
            )
        return self._custom(measure, role)

    def _display(self, measure: Measure, row: int, column: int) -> str:
        if column == COL_NUMBER:
            return self._numbers[row]
        if column == COL_TITLE:
            return measure.title
        if column == COL_RESPONSIBLE:
            return "\n".join(measure.responsible)
        if column == COL_PERIOD:
            return measure.period or _date_range(measure)
        if column in STATUS_COLUMNS:
            return TICK if STATUS_COLUMNS[column] == measure.status else ""
        return ""

    @staticmethod
    def _custom(measure: Measure, role: int) -> Any:
        if role == MeasureIdRole:
            return measure.id
        if role == StatusRole:
            return measure.status.value
        if role == PartRole:
            return measure.part
        if role == ResponsibleRole:
            return list(measure.responsible)
        if role == SearchTextRole:
            return " ".join(
                [
                    measure.number or "",
                    measure.title,
                    measure.indicator,
                    measure.section,
                    *measure.responsible,
                    *measure.steps,
                    measure.period,
                ]
            ).casefold()
        return None


def _date_range(measure: Measure) -> str:
    from itadesk.ui.common.thai_dates import short_range

    return short_range(measure.start, measure.end)
