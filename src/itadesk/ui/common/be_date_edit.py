"""A Buddhist-Era date picker: day, Thai month name, BE year — or no date (left blank for handwriting)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QPushButton, QSpinBox, QWidget

from itadesk.domain.fiscal import BE_OFFSET, MAX_FISCAL_YEAR, MIN_FISCAL_YEAR
from itadesk.ui.common.thai_dates import MONTHS


def days_in_month(year: int, month: int) -> int:
    """28 to 31, as `calendar.monthrange` says (its module and locale are not loaded for this at start-up)."""
    following = dt.date(year + 1, 1, 1) if month == 12 else dt.date(year, month + 1, 1)
    return (following - dt.date(year, month, 1)).days


class BeDateEdit(QWidget):
    """Emits `dateChanged(date | None)` whenever the user changes the date or clears it."""

    dateChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._enabled_box = QCheckBox(self.tr("ระบุวันที่"), self)
        self._day = QComboBox(self)
        self._month = QComboBox(self)
        self._year = QSpinBox(self)
        self._today = QPushButton(self.tr("วันนี้"), self)
        self._day.addItems([str(d) for d in range(1, 32)])
        self._month.addItems(list(MONTHS))
        self._year.setRange(MIN_FISCAL_YEAR, MAX_FISCAL_YEAR)
        self._year.setPrefix(self.tr("พ.ศ. "))
        self._day.setAccessibleName(self.tr("วัน"))
        self._month.setAccessibleName(self.tr("เดือน"))
        self._year.setAccessibleName(self.tr("ปี พ.ศ."))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self._enabled_box, self._day, self._month, self._year, self._today):
            layout.addWidget(widget)
        layout.addStretch(1)
        self._quiet = False
        self.set_date(None)
        self._enabled_box.toggled.connect(self._on_toggled)
        self._day.currentIndexChanged.connect(self._changed)
        self._month.currentIndexChanged.connect(self._on_month_or_year)
        self._year.valueChanged.connect(self._on_month_or_year)
        self._today.clicked.connect(lambda: self._user_set(dt.date.today()))

    def date(self) -> dt.date | None:
        if not self._enabled_box.isChecked():
            return None
        year = self._year.value() - BE_OFFSET
        month = self._month.currentIndex() + 1
        day = min(self._day.currentIndex() + 1, days_in_month(year, month))
        return dt.date(year, month, day)

    def set_date(self, value: dt.date | None) -> None:
        """Show a date (or none) without emitting dateChanged: that is for the user's changes."""
        self._quiet = True
        try:
            self._enabled_box.setChecked(value is not None)
            shown = value or dt.date.today()
            self._year.setValue(shown.year + BE_OFFSET)
            self._month.setCurrentIndex(shown.month - 1)
            self._fill_days()
            self._day.setCurrentIndex(shown.day - 1)
            self._set_fields_enabled(value is not None)
        finally:
            self._quiet = False

    def pick(self, value: dt.date | None) -> None:
        """Show a date and report it as the user's choice (what picking it in the fields does)."""
        self.set_date(value)
        self.dateChanged.emit(value)

    def _user_set(self, value: dt.date) -> None:
        self.set_date(value)
        self.dateChanged.emit(value)

    def _set_fields_enabled(self, enabled: bool) -> None:
        for widget in (self._day, self._month, self._year):
            widget.setEnabled(enabled)

    def _fill_days(self) -> None:
        year = self._year.value() - BE_OFFSET
        days = days_in_month(year, self._month.currentIndex() + 1)
        current = self._day.currentIndex()
        was_quiet, self._quiet = self._quiet, True
        while self._day.count() > days:
            self._day.removeItem(self._day.count() - 1)
        while self._day.count() < days:
            self._day.addItem(str(self._day.count() + 1))
        self._day.setCurrentIndex(min(max(current, 0), days - 1))
        self._quiet = was_quiet

    def _on_toggled(self, checked: bool) -> None:
        self._set_fields_enabled(checked)
        self._changed()

    def _on_month_or_year(self) -> None:
        self._fill_days()
        self._changed()

    def _changed(self) -> None:
        if not self._quiet:
            self.dateChanged.emit(self.date())
