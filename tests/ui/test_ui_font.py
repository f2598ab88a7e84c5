"""Thai in the window is drawn in TH Sarabun New at a readable size, not in Qt's fallback font."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QFontMetrics
from PySide6.QtWidgets import QApplication

from itadesk.ui.common.ui_font import UI_POINT_SIZE, apply_ui_font


def test_the_window_font_is_th_sarabun_new_at_a_readable_size(qapp: QApplication) -> None:
    previous = qapp.font()
    try:
        font = apply_ui_font(qapp)
        assert "TH Sarabun New" in QFontDatabase.families()
        assert QFontInfo(font).family() == "TH Sarabun New"  # really used, not substituted
        assert font.pointSizeF() == UI_POINT_SIZE >= 14
        assert QFontMetrics(font).inFontUcs4(ord("ก"))
        # TH Sarabun New is small for its size: at 15 pt a Thai line is as tall as ~11 pt of a common font.
        assert QFontMetrics(font).height() >= QFontMetrics(QFont(previous.family(), 10)).height()
    finally:
        qapp.setFont(previous)
