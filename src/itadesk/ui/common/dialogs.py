"""Small questions to the user with Thai buttons (Qt ships no Thai translation of its own buttons)."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from itadesk.ui.common.screen_fit import fit_window


def ask_yes_no(parent: QWidget | None, title: str, text: str, yes: str = "ตกลง", no: str = "ยกเลิก") -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes_button)
    box.exec()
    return box.clickedButton() is yes_button


def ask_text(parent: QWidget | None, title: str, label: str) -> str | None:
    """A line of text, or None when the user cancels."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setOkButtonText("ตกลง")
    dialog.setCancelButtonText("ยกเลิก")
    fit_window(dialog, max(dialog.width(), 560), dialog.height())
    if dialog.exec() != QInputDialog.DialogCode.Accepted:
        return None
    return dialog.textValue().strip() or None
