"""Table cells that wrap Thai between words on every system, as the printed page does.

The text handed to Qt carries U+200B at our engine's breaks (`itadesk.thai.screen_breaks`) once the
segmentation dictionary is loaded (in the background, after the first paint); until then Qt wraps on its
own. The model's data is untouched: search, copy and the editor see the text as typed.

Rows are one height (`MeasureTableView.row_lines`): never measured, so Qt never asks this delegate for a
size; on one-line rows the text is centred and a list's lines run on, separated by commas.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem


def dictionary_loaded() -> bool:
    """Whether the segmentation dictionary is loaded, without loading the Thai package to ask: before the
    first paint it is not (`itadesk.thai.segment` is imported to load it, after the paint)."""
    segment = sys.modules.get("itadesk.thai.segment")
    return segment is not None and bool(segment.dictionary_loaded())


class ThaiWrapDelegate(QStyledItemDelegate):
    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if not option.features & QStyleOptionViewItem.ViewItemFeature.WrapText:
            # One line a row: centred between the row's edges, whatever the model's top alignment.
            horizontal = option.displayAlignment & Qt.AlignmentFlag.AlignHorizontal_Mask
            option.displayAlignment = horizontal | Qt.AlignmentFlag.AlignVCenter
            option.text = option.text.replace("\n", ", ")  # the units responsible, one after another
        if option.text and dictionary_loaded():
            from itadesk.thai.screen_breaks import with_break_hints

            option.text = with_break_hints(option.text)
