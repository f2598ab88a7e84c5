"""A row of controls that wraps onto a further row when the room is too narrow (Qt's "Flow Layout" example).

Qt ships no such layout. A button bar in a splitter pane (the preview's Print / Save / Word / Open) would
otherwise make the pane as wide as all its buttons side by side, and the window wider than a laptop's screen
at 125 %; wrapped, the pane is only as wide as its widest button.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []

    # -- QLayout's item list ----------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # Qt's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # Qt's name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # Qt's name
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # -- sizes ------------------------------------------------------------------------------------------
    def expandingDirections(self) -> Qt.Orientation:  # Qt's name
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # Qt's name
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def sizeHint(self) -> QSize:  # Qt's name: every control on one row
        width = sum(item.sizeHint().width() for item in self._visible()) + self._spacing(
            Qt.Orientation.Horizontal
        ) * max(0, len(self._visible()) - 1)
        height = max((item.sizeHint().height() for item in self._visible()), default=0)
        return QSize(width, height) + self._margin_size()

    def minimumSize(self) -> QSize:  # Qt's name: the widest single control
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        return size + self._margin_size()

    def setGeometry(self, rect: QRect) -> None:  # Qt's name
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    # -- placing ----------------------------------------------------------------------------------------
    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _margin_size(self) -> QSize:
        margins: QMargins = self.contentsMargins()
        return QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _spacing(self, orientation: Qt.Orientation) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        if parent is None:
            return 6
        horizontal = orientation == Qt.Orientation.Horizontal
        metric = (
            QStyle.PixelMetric.PM_LayoutHorizontalSpacing
            if horizontal
            else QStyle.PixelMetric.PM_LayoutVerticalSpacing
        )
        found = parent.style().pixelMetric(metric, None, parent)
        if found < 0:  # the style spaces by control type: ask it for two push buttons
            found = parent.style().layoutSpacing(
                QSizePolicy.ControlType.PushButton, QSizePolicy.ControlType.PushButton, orientation
            )
        return max(found, 0)

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the controls left to right, wrapping where the next would pass the right edge, each row's
        controls centred on the row's height; returns the height used."""
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        across, down = self._spacing(Qt.Orientation.Horizontal), self._spacing(Qt.Orientation.Vertical)
        rows: list[list[QLayoutItem]] = [[]]
        x = area.x()
        for item in self._visible():
            width = item.sizeHint().width()
            if rows[-1] and x + width > area.right() + 1:
                rows.append([])
                x = area.x()
            rows[-1].append(item)
            x += width + across
        y = area.y()
        for row in rows:
            height = max((item.sizeHint().height() for item in row), default=0)
            x = area.x()
            for item in row:
                hint = item.sizeHint()
                if move:
                    item.setGeometry(QRect(QPoint(x, y + (height - hint.height()) // 2), hint))
                x += hint.width() + across
            y += height + down
        return max(0, y - down - area.y()) + margins.top() + margins.bottom()
