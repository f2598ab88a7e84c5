"""TH Sarabun New for the window: registered with Qt from the shipped files, at a size that reads well.

TH Sarabun New draws small for its point size, so the window uses ~15 pt; without registering it Qt falls
back to a system font that often draws Thai tiny or with boxes.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from itadesk.resources import MissingResourceError, resource_path

FAMILY = "TH Sarabun New"
UI_POINT_SIZE = 15.0
FILES = (
    "THSarabunNew-Regular.ttf",
    "THSarabunNew-Bold.ttf",
    "THSarabunNew-Italic.ttf",
    "THSarabunNew-BoldItalic.ttf",
)


def register_ui_font() -> str:
    """Register the four styles with Qt; returns the family name Qt knows them by."""
    families: list[str] = []
    for filename in FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", filename)))
        if font_id < 0:
            raise MissingResourceError(f"อ่านแบบอักษร {filename} ไม่ได้ (ไฟล์เสียหาย) — ติดตั้งโปรแกรมใหม่")
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families[0] if families else FAMILY


def apply_ui_font(app: QApplication) -> QFont:
    """Make TH Sarabun New the whole window's font."""
    font = QFont(register_ui_font())
    font.setPointSizeF(UI_POINT_SIZE)
    app.setFont(font)
    return font
