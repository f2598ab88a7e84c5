"""The measures table: a click in a status column ticks it, and on the selected row 1, 2, 3 tick a status and
Space moves it one step on (ยังไม่ดำเนินการ → อยู่ระหว่างดำเนินการ → ดำเนินการแล้ว)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from itadesk.domain.status import Status
from itadesk.ui.main_window.measure_table import COL_TITLE, STATUS_COLUMNS, MeasureIdRole, StatusRole
from itadesk.ui.main_window.status_keys import status_for_key

_NEXT = {
    Status.NOT_STARTED: Status.IN_PROGRESS,
    Status.IN_PROGRESS: Status.DONE,
    Status.DONE: Status.NOT_STARTED,
}


class MeasureTableView(QTableView):
    statusRequested = Signal(str, object)  # a measure's id, the Status to tick
    firstPainted = Signal()  # once, when the table has first been drawn (slow work may start then)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._painted = False
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(False)
        self.verticalHeader().hide()
        # Rows as tall as their wrapped text at the current column widths. Measured once after a burst of
        # changes, not per change: the ResizeToContents mode re-measures every row on every layout pass,
        # which took seconds for 60 wrapped rows.
        self._fit_rows = QTimer(self)
        self._fit_rows.setSingleShot(True)
        self._fit_rows.setInterval(0)
        self._fit_rows.timeout.connect(self.resizeRowsToContents)
        # QTimer.start has an overload start(msec): a signal's int (the section index) would be the delay.
        self.horizontalHeader().sectionResized.connect(self._fit_later)

    def _fit_later(self, *_: object) -> None:
        self._fit_rows.start()

    def refit_rows(self) -> None:
        """Repaint and re-measure every row (the wrapping of its text changed)."""
        self.viewport().update()
        self._fit_rows.start()

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            for signal in (model.modelReset, model.rowsInserted, model.dataChanged, model.layoutChanged):
                signal.connect(self._fit_later)
        self._fit_rows.start()
        self.setAccessibleName(self.tr("ตารางมาตรการ"))
        self._placeholder = ""

    def configure_columns(self) -> None:
        """Column widths that fit the Thai headers; the title takes the remaining room."""
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        # Responsible and period wrap ("1 ต.ค. 65 –" over "30 ก.ย. 66"), leaving the title the room.
        widths = {
            0: metrics.horizontalAdvance("ที่99") + 16,
            2: metrics.horizontalAdvance("สำนักปลัด") + 20,
            3: metrics.horizontalAdvance("30 ก.ย. 66") + 20,
        }
        for column, width in widths.items():
            self.setColumnWidth(column, width)
        for column in STATUS_COLUMNS:
            self.setColumnWidth(column, metrics.horizontalAdvance("อยู่ระหว่าง") + 24)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumHeight(metrics.height() * 2 + 10)

    def set_placeholder(self, text: str) -> None:
        """What the empty table says (no measures this year, or none that pass the filters)."""
        self._placeholder = text
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.firstPainted.emit()
        model = self.model()
        if model is not None and model.rowCount() == 0 and self._placeholder:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            area = self.viewport().rect().adjusted(24, 24, -24, -24)
            flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
            painter.drawText(area, int(flags), self._placeholder)
            painter.end()

    def current_measure_id(self) -> str | None:
        index = self.currentIndex()
        if not index.isValid():
            return None
        value = index.siblingAtColumn(0).data(MeasureIdRole)
        return str(value) if value else None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        super().mouseReleaseEvent(event)
        if (
            event.button() == Qt.MouseButton.LeftButton
            and index.isValid()
            and index.column() in STATUS_COLUMNS
        ):
            self._request(index, STATUS_COLUMNS[index.column()])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        key = Qt.Key(event.key())
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        status = self._status_key(event)
        if index.isValid() and status is not None:
            self._request(index, status)
            return
        if index.isValid() and not modifiers and key == Qt.Key.Key_Space:
            if self.model().data(index.siblingAtColumn(0), MeasureIdRole):
                self._request(index, _NEXT[self._status_of(index)])
            return
        super().keyPressEvent(event)

    @staticmethod
    def _status_key(event: QKeyEvent) -> Status | None:
        """1, 2, 3 by the key's position or by what the Thai layout sends for it (`ui.status_keys`)."""
        from PySide6.QtGui import QGuiApplication

        modifiers = event.modifiers()
        others = modifiers & ~(Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier)
        if others:  # Ctrl+1 and the like belong to menus
            return None
        return status_for_key(
            event.key(),
            event.text(),
            shift=bool(modifiers & Qt.KeyboardModifier.ShiftModifier),
            keypad=bool(modifiers & Qt.KeyboardModifier.KeypadModifier),
            scan_code=event.nativeScanCode(),
            virtual_key=event.nativeVirtualKey(),
            platform=QGuiApplication.platformName(),
        )

    def _status_of(self, index: QModelIndex) -> Status:
        return Status(self.model().data(index.siblingAtColumn(0), StatusRole))

    def _request(self, index: QModelIndex, status: Status) -> None:
        measure_id = index.siblingAtColumn(0).data(MeasureIdRole)
        if measure_id:
            self.statusRequested.emit(str(measure_id), status)
