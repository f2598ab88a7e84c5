"""A memo's chain of approvers, in order: each a person and the heading of their comment block."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from itadesk.domain.model import Approval, Person

VISIBLE_ROWS = 4  # approvers in view at once: a memo rarely has more (the list scrolls beyond)

ModelIndex = QModelIndex | QPersistentModelIndex
COL_PERSON, COL_HEADING = 0, 1


def default_heading(person: Person) -> str:
    """ความเห็นของ + the position the person signs in (the acting one when there is one)."""
    return f"ความเห็นของ{person.acting or person.position}".strip()


def repeated_people(approvals: list[Approval]) -> dict[str, list[int]]:
    """Each person who is in the chain more than once, with the places (1, 2, ...) they hold in it."""
    places: dict[str, list[int]] = {}
    for place, approval in enumerate(approvals, start=1):
        places.setdefault(approval.person, []).append(place)
    return {person: rows for person, rows in places.items() if len(rows) > 1}


def _places(rows: list[int]) -> str:
    """1 และ 3; 1, 2 และ 4."""
    numbers = [str(row) for row in rows]
    return f"{', '.join(numbers[:-1])} และ {numbers[-1]}"


class ApprovalTableModel(QAbstractTableModel):
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._approvals: list[Approval] = []
        self._people: dict[str, Person] = {}

    def set_people(self, people: list[Person]) -> None:
        self.beginResetModel()
        self._people = {p.id: p for p in people if p.id}
        self.endResetModel()

    def set_approvals(self, approvals: list[Approval]) -> None:
        self.beginResetModel()
        self._approvals = [replace(a) for a in approvals]
        self.endResetModel()

    def approvals(self) -> list[Approval]:
        return [replace(a) for a in self._approvals]

    def append(self, approval: Approval) -> None:
        row = len(self._approvals)
        self.beginInsertRows(QModelIndex(), row, row)
        self._approvals.append(approval)
        self.endInsertRows()
        self.changed.emit()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._approvals[row]
        self.endRemoveRows()
        self.changed.emit()

    def move(self, row: int, delta: int) -> bool:
        target = row + delta
        if not (0 <= row < len(self._approvals) and 0 <= target < len(self._approvals)):
            return False
        destination = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._approvals.insert(target, self._approvals.pop(row))
        self.endMoveRows()
        self.changed.emit()
        return True

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._approvals)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and section in (COL_PERSON, COL_HEADING):
            return (self.tr("ผู้ให้ความเห็น"), self.tr("หัวข้อความเห็น (แก้ได้)"))[section]
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == COL_HEADING else flags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._approvals):
            return None
        approval = self._approvals[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if index.column() == COL_PERSON:
                person = self._people.get(approval.person)
                if person is None:
                    return self.tr("(ไม่พบบุคคลรหัส %s)") % approval.person
                return f"{person.display_name} — {person.acting or person.position}".rstrip(" —")
            return approval.heading
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != COL_HEADING:
            return False
        self._approvals[index.row()].heading = str(value).strip()
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        self.changed.emit()
        return True


class ApprovalsEditor(QWidget):
    """Pick a person, add them to the end of the chain; remove, move up or down; edit a heading in place."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ApprovalTableModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Room for VISIBLE_ROWS approvers whatever the screen, rows of one height: adding or removing one
        # never moves the form under the mouse (more than that scroll inside the list).
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(max(rows.defaultSectionSize(), self.fontMetrics().height() + 10))
        self.view.setFixedHeight(
            self.view.horizontalHeader().sizeHint().height()
            + VISIBLE_ROWS * rows.defaultSectionSize()
            + 2 * self.view.frameWidth()
        )
        self.person_combo = QComboBox(self)
        self.person_combo.setAccessibleName(self.tr("เลือกผู้ให้ความเห็น"))
        self.add_button = QPushButton(self.tr("เพิ่มผู้ให้ความเห็น"), self)
        self.remove_button = QPushButton(self.tr("ลบ"), self)
        self.up_button = QPushButton(self.tr("ขึ้น"), self)
        self.down_button = QPushButton(self.tr("ลง"), self)
        self.warning = QLabel(self)  # said at the list: a person in the chain twice
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b00020;")
        self.warning.setVisible(False)
        pick = QHBoxLayout()  # choosing a person gets a whole row: names and positions are long
        pick.addWidget(self.person_combo, 1)
        pick.addWidget(self.add_button)
        order = QHBoxLayout()
        for button in (self.remove_button, self.up_button, self.down_button):
            order.addWidget(button)
        order.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.warning)
        layout.addLayout(pick)
        layout.addLayout(order)
        self._people: list[Person] = []
        self.add_button.clicked.connect(self.add_selected_person)
        self.remove_button.clicked.connect(self._remove)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.model.changed.connect(self.changed)
        self.model.modelReset.connect(self._check_repeats)
        self.model.changed.connect(self._check_repeats)

    def set_people(self, people: list[Person]) -> None:
        self._people = [p for p in people if p.id]
        self.model.set_people(self._people)
        self.person_combo.clear()
        for person in self._people:
            self.person_combo.addItem(
                f"{person.display_name} — {person.acting or person.position}", person.id
            )

    def approvals(self) -> list[Approval]:
        return self.model.approvals()

    def set_approvals(self, approvals: list[Approval]) -> None:
        self.model.set_approvals(approvals)

    def add_person(self, person_id: str) -> None:
        person = next((p for p in self._people if p.id == person_id), None)
        if person is not None:
            self.model.append(Approval(person=person_id, heading=default_heading(person)))

    def add_selected_person(self) -> None:
        person_id = self.person_combo.currentData()
        if person_id:
            self.add_person(str(person_id))

    def _check_repeats(self) -> None:
        names = {p.id: p.display_name for p in self._people}
        lines = [
            self.tr("“%s” อยู่ในรายชื่อผู้ให้ความเห็นซ้ำกัน ที่ลำดับ %s: เลือกแถวที่ไม่ต้องการแล้วกด “ลบ”")
            % (names.get(person, person), _places(rows))
            for person, rows in repeated_people(self.model.approvals()).items()
        ]
        self.warning.setText("\n".join(lines))
        self.warning.setVisible(bool(lines))
        self._keep_room()

    def _keep_room(self) -> None:
        """The form lays this out by its minimum height; a wrapped warning needs its wrapped height, or it
        would be drawn over the list."""
        layout = self.layout()
        if layout is None:
            return
        width = max(self.width(), 1)
        needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else 0
        self.setMinimumHeight(max(needed, layout.totalMinimumSize().height()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._keep_room()

    def _remove(self) -> None:
        row = self.view.currentIndex().row()
        if row >= 0:
            self.model.remove(row)

    def _move(self, delta: int) -> None:
        row = self.view.currentIndex().row()
        if self.model.move(row, delta):
            self.view.selectRow(row + delta)
