"""Help → คู่มือการใช้งาน: the real menu action opens the manual, in Thai, with every picture loaded."""

from __future__ import annotations

import re

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument, QTextImageFormat
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from itadesk.resources import resource_path
from itadesk.ui.help.help_window import HelpWindow
from itadesk.ui.main_window.main_window import MainWindow
from tests.ui.conftest import office_desk

DAYS_STEPS = (
    "ตั้งค่าหน่วยงานครั้งแรก",
    "เพิ่มมาตรการ",
    "ติ๊กสถานะ",
    "บันทึกผลการดำเนินงาน",
    "ค้นหาและกรองมาตรการ",
    "เริ่มปีงบประมาณถัดไป",
    "ทำบันทึกข้อความ",
    "พิมพ์รายงาน",
    "สำรองข้อมูล",
)


def _images_in(document: QTextDocument) -> list[str]:
    names: list[str] = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            char_format = it.fragment().charFormat()
            if char_format.isImageFormat():
                names.append(QTextImageFormat(char_format).name())
            it += 1
        block = block.next()
    return names


def test_the_help_menu_opens_the_thai_manual_with_its_pictures(qtbot: QtBot, make_window: object) -> None:
    window: MainWindow = make_window(office_desk())  # type: ignore[operator]
    help_menu = window.ui.menuHelp
    assert "คู่มือการใช้งาน" in [a.text() for a in help_menu.actions()]
    window.manual_action.trigger()
    manual = next(w for w in QApplication.topLevelWidgets() if isinstance(w, HelpWindow))
    qtbot.waitExposed(manual)

    text = manual.browser.toPlainText()
    for step in DAYS_STEPS:
        assert step in text, step
    names = _images_in(manual.browser.document())
    html = resource_path("help", "manual.html").read_text(encoding="utf-8")
    assert len(names) == len(re.findall(r"<img ", html)) >= 9  # one picture or more for each step
    for name in names:
        loaded = manual.browser.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        image = loaded if isinstance(loaded, QImage) else QImage.fromData(loaded)
        assert not image.isNull(), f"the manual's picture {name} does not load"
        assert image.width() <= 1000

    window.manual_action.trigger()  # a second time: the same window comes to the front
    assert sum(isinstance(w, HelpWindow) and w.isVisible() for w in QApplication.topLevelWidgets()) == 1
    manual.close()
