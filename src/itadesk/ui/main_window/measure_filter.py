"""Which measures the table shows: by status, assessment part, responsible unit and a search box."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from itadesk.domain.status import Status
from itadesk.ui.main_window.measure_table import PartRole, ResponsibleRole, SearchTextRole, StatusRole


class MeasureFilter(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status: Status | None = None
        self._part = ""
        self._unit = ""
        self._words: list[str] = []

    def set_status(self, status: Status | None) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_part(self, part: str) -> None:
        """ "" shows every part; IIT, EIT or OIT shows that part only."""
        self.beginFilterChange()
        self._part = part
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_unit(self, unit: str) -> None:
        """ "" shows every unit; a unit's name shows the measures it is responsible for."""
        self.beginFilterChange()
        self._unit = unit
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        """Every word typed must appear somewhere in the measure (number, title, steps, responsible …); tone
        and other marks, spaces, case and the kind of digits do not count (`thai.search_key`)."""
        from itadesk.thai.search_key import search_words  # the Thai package loads once a search is typed

        self.beginFilterChange()
        self._words = search_words(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def is_filtering(self) -> bool:
        return bool(self._status or self._part or self._unit or self._words)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self.is_filtering():
            return True  # every row, without asking the model (the first paint of a long year asks for all)
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._status is not None and model.data(index, StatusRole) != self._status.value:
            return False
        if self._part and model.data(index, PartRole) != self._part:
            return False
        if self._unit and self._unit not in (model.data(index, ResponsibleRole) or []):
            return False
        if self._words:
            from itadesk.thai.search_key import matches

            return matches(self._words, model.data(index, SearchTextRole) or "")
        return True
