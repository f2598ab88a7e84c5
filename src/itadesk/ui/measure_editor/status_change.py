"""A status change from the editor, with the day it happened and a note, both kept in the measure's history
(the README's promise: "เปลี่ยนสถานะ … พร้อมหมายเหตุ ทุกครั้งถูกเก็บเป็นประวัติ")."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from itadesk.domain.rules import MAX_LONG_TEXT_CHARS, date_year_problem, text_problem
from itadesk.domain.status import Status
from itadesk.service.status_day import StatusDay
from itadesk.ui.common.be_date_edit import BeDateEdit
from itadesk.ui.common.form_guard import ask_to_discard
from itadesk.ui.common.screen_fit import fit_window
from itadesk.ui.common.text_input import normalise_line

INVALID_STYLE = "border: 2px solid #c62828;"


class StatusChangeDialog(QDialog):
    def __init__(
        self,
        title: str,
        old: Status,
        new: Status,
        parent: QWidget | None = None,
        start: StatusDay | None = None,
    ) -> None:
        """`start`: the day the date starts at and why, when it is not today (a past year's measure)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("เปลี่ยนสถานะเป็น %s") % new.label)
        intro = QLabel(self.tr("มาตรการ “%s”\nจาก “%s” เป็น “%s”") % (title, old.label, new.label), self)
        intro.setWordWrap(True)
        self.dateEdit = BeDateEdit(self)
        start = start or StatusDay(date.today(), "")
        self.dateEdit.set_date(start.day)
        self.dayNote = QLabel(start.why, self)  # why the date is not today, beside it
        self.dayNote.setWordWrap(True)
        self.dayNote.setStyleSheet("color: #8a4b00;")
        self.dayNote.setVisible(bool(start.why))
        self.noteEdit = QLineEdit(self)
        self.noteEdit.setPlaceholderText(self.tr("เช่น เผยแพร่บนเว็บไซต์แล้ว (ไม่บังคับ)"))
        normalise_line(self.noteEdit)
        self.problemLabel = QLabel(self)
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.problemLabel.hide()
        form = QFormLayout()
        day_column = QVBoxLayout()
        day_column.addWidget(self.dateEdit)
        day_column.addWidget(self.dayNote)
        form.addRow(self.tr("วันที่เปลี่ยนสถานะ"), day_column)
        form.addRow(self.tr("หมายเหตุ"), self.noteEdit)
        buttons = QDialogButtonBox(self)
        self.saveButton = buttons.addButton(self.tr("บันทึก"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("ยกเลิก"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problemLabel)
        layout.addWidget(buttons)
        self.saveButton.setDefault(True)  # no field is required: Enter saves
        self.noteEdit.setFocus()
        fit_window(self, 560, 280 if start.why else 240)

    def day(self) -> date | None:
        return self.dateEdit.date()

    def note(self) -> str:
        return self.noteEdit.text().strip()

    def save(self) -> None:
        day = self.day()
        note_problem = text_problem(self.note(), MAX_LONG_TEXT_CHARS)
        day_problem = date_year_problem(day) if day is not None else None
        self.noteEdit.setStyleSheet(INVALID_STYLE if note_problem else "")
        self.dateEdit.setStyleSheet(INVALID_STYLE if day_problem else "")
        problem = (
            self.tr("หมายเหตุ: %s") % note_problem
            if note_problem
            else self.tr("วันที่: %s") % day_problem
            if day_problem
            else ""
        )
        self.problemLabel.setText(problem)
        self.problemLabel.setVisible(bool(problem))
        if not problem:
            self.accept()

    def reject(self) -> None:
        if self.note() and not ask_to_discard(self, self.tr("หมายเหตุที่พิมพ์ไว้จะหายไป และสถานะจะไม่เปลี่ยน")):
            return
        super().reject()
