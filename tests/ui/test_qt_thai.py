"""Qt's own menus, buttons and dialogs speak Thai, from the translation the program ships."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from itadesk.app import make_application
from itadesk.resources import resource_path

THAI = re.compile("[\u0e01-\u0e5b]")


def _menu_texts(widget: QLineEdit | QPlainTextEdit) -> list[str]:
    menu = widget.createStandardContextMenu()
    texts = [action.text().split("\t")[0] for action in menu.actions() if not action.isSeparator()]
    menu.deleteLater()
    return texts


def test_a_text_fields_context_menu_is_thai(qtbot: QtBot) -> None:
    make_application()
    line = QLineEdit("ผู้บริหาร")
    qtbot.addWidget(line)
    texts = _menu_texts(line)
    assert texts == ["เลิกทำ(&U)", "ทำซ้ำ(&R)", "ตัด(&T)", "คัดลอก(&C)", "วาง(&P)", "ลบ", "เลือกทั้งหมด"]
    plain = QPlainTextEdit("ข้อความ")
    qtbot.addWidget(plain)
    assert all(THAI.search(text) for text in _menu_texts(plain))
    assert "เลือกทั้งหมด" in _menu_texts(plain)


def test_the_standard_buttons_are_thai(qtbot: QtBot) -> None:
    make_application()
    buttons = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Question, "ถาม", "บันทึกการแก้ไข?")
    box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel | buttons.Yes | buttons.No)
    qtbot.addWidget(box)
    texts = {box.button(b).text() for b in (buttons.Save, buttons.Discard, buttons.Cancel)}
    assert texts == {"บันทึก", "ไม่บันทึก", "ยกเลิก"}
    assert box.button(buttons.Yes).text() == "ใช่(&Y)"
    every = QDialogButtonBox()
    qtbot.addWidget(every)
    for standard in QDialogButtonBox.StandardButton:
        if standard not in (QDialogButtonBox.StandardButton.NoButton,):
            every.addButton(standard)
    english = [b.text() for b in every.buttons() if not THAI.search(b.text())]
    assert english == []
    assert len(every.buttons()) >= 18


def test_qts_own_file_dialog_is_thai(qtbot: QtBot) -> None:
    make_application()
    dialog = QFileDialog(None, "บันทึกไฟล์")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel) if label.objectName()}
    assert labels["fileNameLabel"] == "ชื่อไฟล์(&N):"
    assert labels["fileTypeLabel"] == "ชนิดของไฟล์(&T):"
    button_texts = {button.text() for button in dialog.findChildren(QPushButton) if button.isVisible()}
    assert {"บันทึก(&S)", "ยกเลิก"} <= button_texts


def test_the_shipped_translation_is_compiled_from_its_source(tmp_path: Path) -> None:
    source = resource_path("translations", "qt_th.ts")
    compiled = tmp_path / "qt_th.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(compiled)], check=True)
    assert compiled.read_bytes() == resource_path("translations", "qt_th.qm").read_bytes(), (
        "qt_th.qm is stale: run pyside6-lrelease on resources/translations/qt_th.ts (see its header)"
    )
