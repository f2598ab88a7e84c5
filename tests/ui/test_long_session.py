"""A day of clicking does not wear out Python's None: PySide6 6.12.0 on Python 3.11 dropped a reference to
None on every call that returns nothing, and the window crashed ("none_dealloc") after tens of thousands."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSortFilterProxyModel, Qt

from itadesk.domain.model import Measure
from itadesk.ui.main_window.measure_table import MeasureTableModel


def test_many_calls_through_qt_keep_none_alive(qapp: object) -> None:
    model = MeasureTableModel()
    model.set_measures([Measure(id=f"m{n}", title=f"มาตรการ {n}") for n in range(20)])
    proxy = QSortFilterProxyModel()  # C++ asks the Python model, as a view does when it paints
    proxy.setSourceModel(model)
    before = sys.getrefcount(None)
    for _ in range(20000):
        proxy.data(proxy.index(3, 1), Qt.ItemDataRole.DecorationRole)  # a role the model has nothing for
        proxy.invalidate()  # a call that returns nothing
    assert sys.getrefcount(None) >= before - 100
