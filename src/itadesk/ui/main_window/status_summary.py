"""How many measures stand at each status, as one bar painted with QPainter (QtCharts is deprecated)."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from itadesk.domain.model import Measure
from itadesk.domain.status import Status

BAR_COLOURS = {
    Status.NOT_STARTED: QColor("#d9534f"),
    Status.IN_PROGRESS: QColor("#f0ad4e"),
    Status.DONE: QColor("#4c9a2a"),
}


def count_statuses(measures: list[Measure]) -> dict[Status, int]:
    counts = Counter(m.status for m in measures)
    return {status: counts.get(status, 0) for status in Status}


class StatusSummary(QWidget):
    """A stacked bar: one segment per status, its width the share of measures, the counts written beside."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts: dict[Status, int] = dict.fromkeys(Status, 0)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("สรุปสถานะมาตรการ"))

    def set_measures(self, measures: list[Measure]) -> None:
        self._counts = count_statuses(measures)
        self.setToolTip(self.text())
        self.setAccessibleDescription(self.text())
        self.update()

    def counts(self) -> dict[Status, int]:
        return dict(self._counts)

    def text(self) -> str:
        total = sum(self._counts.values())
        parts = [f"{status.label} {self._counts[status]}" for status in Status]
        return self.tr("ทั้งหมด %d มาตรการ: ") % total + " · ".join(parts)

    def sizeHint(self) -> QSize:
        return QSize(300, self.fontMetrics().height() + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.fontMetrics().height() + 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        """One line: each status's segment says its name and count where they fit, else the count alone
        (the tooltip says all); the colours are the table's tick columns'."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        total = sum(self._counts.values())
        bar = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.setPen(QPen(self.palette().mid().color()))
        painter.setBrush(self.palette().base())
        painter.drawRoundedRect(bar, 4, 4)
        x = bar.left()
        for status in Status:
            count = self._counts[status]
            if not total or not count:
                continue
            width = bar.width() * count / total
            segment = QRectF(x, bar.top(), width, bar.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(BAR_COLOURS[status])
            painter.drawRect(segment)
            painter.setPen(QColor("white"))
            for label in (f"{status.label} {count}", str(count)):
                if metrics.horizontalAdvance(label) + 8 < width:
                    painter.drawText(segment, Qt.AlignmentFlag.AlignCenter, label)
                    break
            x += width
        painter.end()
