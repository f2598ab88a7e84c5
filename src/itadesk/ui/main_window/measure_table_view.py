"""The measures table: a click in a status column ticks it, and on the selected row 1, 2, 3 tick a status and
Space moves it one step on (ยังไม่ดำเนินการ → อยู่ระหว่างดำเนินการ → ดำเนินการแล้ว)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from itadesk.domain.status import Status
from itadesk.ui.main_window.measure_table import (
    COL_NUMBER,
    COL_PERIOD,
    COL_RESPONSIBLE,
    COL_TITLE,
    STATUS_COLUMNS,
    MeasureIdRole,
    StatusRole,
)
from itadesk.ui.main_window.status_keys import status_for_key

WHOLE_ROWS = 8  # rows the table keeps in view on an office's laptop: two lines each only when they fit
ROW_PADDING = 8  # pixels above and below a row's text
TITLE_ROOM = 260  # pixels the title column keeps before the responsible and period columns make way

_NEXT = {
    Status.NOT_STARTED: Status.IN_PROGRESS,
    Status.IN_PROGRESS: Status.DONE,
    Status.DONE: Status.NOT_STARTED,
}


class MeasureTableView(QTableView):
    statusRequested = Signal(str, object)  # a measure's id, the Status to tick
    openRequested = Signal()  # Enter or a double click on a row: open its measure in the editor
    firstPainted = Signal()  # once, when the table has first been drawn (slow work may start then)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A viewport made here, as Qt's own is (a plain QWidget): asking for the one Qt makes has PySide look
        # through every widget class to name it, which costs the start-up ~10 ms.
        self.setViewport(QWidget(self))
        self._painted = False
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table for the editor, as in every form
        self.verticalHeader().hide()
        # Every row the same height, one or two lines (`row_lines`): nothing is measured row by row, so the
        # first paint waits for no layout of 60 wrapped titles, and the year shows at a glance. The whole
        # text is in the row's tooltip and in the editor.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._lines = 0
        self._optional_width = 0  # the responsible and period columns' widths (`configure_columns`)
        self._fit_lines()

    def row_lines(self) -> int:
        """The lines of text each row shows: two when the view still shows `WHOLE_ROWS` rows of two lines,
        else one."""
        return self._lines

    def _line_height(self) -> int:
        return self.fontMetrics().lineSpacing()

    def row_height(self, lines: int) -> int:
        return self._line_height() * lines + ROW_PADDING

    def _fit_lines(self) -> None:
        room = self.viewport().height()
        lines = 2 if room >= WHOLE_ROWS * self.row_height(2) else 1
        if lines != self._lines:
            self._lines = lines
            self.setWordWrap(lines > 1)  # one line: elided with "…", never a sliver of a second line
            self.verticalHeader().setMinimumSectionSize(self.row_height(1))
            self.verticalHeader().setDefaultSectionSize(self.row_height(lines))

    def _fit_columns(self) -> None:
        """On a narrow table (the editor's pane beside it on a small screen) the responsible units and the
        period, which the editor shows, make way so the title keeps `TITLE_ROOM` pixels."""
        if self.model() is None:
            return
        others = sum(self.columnWidth(c) for c in (COL_NUMBER, *STATUS_COLUMNS))
        squeezed = self.viewport().width() - others - self._optional_width < TITLE_ROOM
        for column in (COL_RESPONSIBLE, COL_PERIOD):
            if self.isColumnHidden(column) != squeezed:
                self.setColumnHidden(column, squeezed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_lines()
        self._fit_columns()

    def refit_rows(self) -> None:
        """Repaint every row (the wrapping of its text changed)."""
        self.viewport().update()

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
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
            COL_NUMBER: metrics.horizontalAdvance("ที่99") + 16,
            COL_RESPONSIBLE: metrics.horizontalAdvance("สำนักปลัด") + 20,
            COL_PERIOD: metrics.horizontalAdvance("30 ก.ย. 66") + 20,
        }
        for column, width in widths.items():
            self.setColumnWidth(column, width)
        for column in STATUS_COLUMNS:
            self.setColumnWidth(column, metrics.horizontalAdvance("อยู่ระหว่าง") + 24)
        self._optional_width = widths[COL_RESPONSIBLE] + widths[COL_PERIOD]
        self._fit_columns()
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

    def whole_rows_in_view(self) -> int:
        """How many rows the viewport shows whole, top to bottom (none cut by its edges)."""
        model = self.model()
        if model is None or model.rowCount() == 0:
            return 0
        height = self.viewport().height()
        first = max(self.rowAt(0), 0)
        count = 0
        for row in range(first, model.rowCount()):
            top = self.rowViewportPosition(row)
            if top < 0:
                continue
            if top + self.rowHeight(row) > height:
                break
            count += 1
        return count

    def current_measure_id(self) -> str | None:
        index = self.currentIndex()
        if not index.isValid():
            return None
        value = index.siblingAtColumn(0).data(MeasureIdRole)
        return str(value) if value else None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        super().mouseDoubleClickEvent(event)
        if (
            event.button() == Qt.MouseButton.LeftButton
            and index.isValid()
            and index.column() not in STATUS_COLUMNS
        ):
            self.openRequested.emit()

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
        if index.isValid() and not modifiers and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.openRequested.emit()
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
