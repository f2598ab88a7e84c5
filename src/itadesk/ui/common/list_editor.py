"""An editable list of lines (steps, responsible units, evidence links): add, remove, move, edit in place."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QStringListModel, Signal
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QListView, QPushButton, QVBoxLayout, QWidget

from itadesk.domain.rules import normalise_text


class ListEditor(QWidget):
    """Emits `changed(list[str])` after every edit the user makes (empty lines are dropped)."""

    changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QStringListModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.add_button = QPushButton(self.tr("เพิ่ม"), self)
        self.remove_button = QPushButton(self.tr("ลบ"), self)
        self.up_button = QPushButton(self.tr("ขึ้น"), self)
        self.down_button = QPushButton(self.tr("ลง"), self)
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._quiet = False
        self.add_button.clicked.connect(self.add_line)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.model.dataChanged.connect(self._emit)

    def lines(self) -> list[str]:
        return [line.strip() for line in self.model.stringList() if line.strip()]

    def set_lines(self, lines: list[str]) -> None:
        if lines == self.lines():
            return
        self._quiet = True
        self.model.setStringList(list(lines))
        self._quiet = False

    def add_line(self) -> None:
        row = self.model.rowCount()
        self.model.insertRows(row, 1)
        index = self.model.index(row)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def remove_current(self) -> None:
        row = self.view.currentIndex().row()
        if row >= 0:
            self.model.removeRows(row, 1)
            self._emit()

    def _move(self, delta: int) -> None:
        row = self.view.currentIndex().row()
        target = row + delta
        if row < 0 or not 0 <= target < self.model.rowCount():
            return
        lines = self.model.stringList()
        lines[row], lines[target] = lines[target], lines[row]
        self.model.setStringList(lines)
        self.view.setCurrentIndex(self.model.index(target))
        self._emit()

    def _emit(self, *_: QModelIndex | object) -> None:
        if self._quiet:
            return
        # A line pasted from Word loses its invisible characters as it is committed (domain/rules.py).
        lines = self.model.stringList()
        normal = [normalise_text(line, single_line=True) for line in lines]
        if normal != lines:
            self._quiet = True
            for row, (line, fixed) in enumerate(zip(lines, normal, strict=True)):
                if line != fixed:
                    self.model.setData(self.model.index(row), fixed)
            self._quiet = False
        if not self._quiet:
            self.changed.emit(self.lines())
