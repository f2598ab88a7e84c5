"""The year's ITA framework as the office checks it: what each document answers (item number and title, which
the office may correct), the grade scheme, where every part was read and how sure it is; import a framework
file a colleague or the province sent, export it, or go back to the program's."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from itadesk.domain.framework import (
    DOCUMENT_NAMES,
    DocumentItem,
    Framework,
    FrameworkError,
    framework_for,
    framework_json,
    read_framework_text,
    unconfirmed_warning,
    with_documents,
)
from itadesk.domain.framework_text import COVERS_NAMES, fact_line, framework_lines, origin_line
from itadesk.domain.rules import normalise_text, text_problem
from itadesk.ui.common.screen_fit import fit_window
from itadesk.ui.desk.desk import Desk

FRAMEWORK_FILTER = "ไฟล์กรอบการประเมิน ITA (*.json)"
WARNING_STYLE = "color: #b71c1c; font-weight: bold;"
COL_DOCUMENT, COL_ITEM, COL_TITLE, COL_COVERS = range(4)


def item_number_problem(text: str) -> str | None:
    """An item number as the office types it: short, one line ("O42"); "" means the document cites none."""
    if "\n" in text or len(text) > 10:
        return f'เลขข้อต้องสั้น ๆ เช่น "O42" (ได้ "{text}")'
    return text_problem(text)


class FrameworkDialog(QDialog):
    """Shows the framework of `year` (the office's own, else the program's) and saves the office's changes
    through the desk at once; `changed` tells the window to show the year's warning again."""

    changed = Signal()

    def __init__(self, desk: Desk, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.year = year
        self.setWindowTitle(self.tr("กรอบการประเมิน ITA ปี %d") % year)
        self.origin = QLabel(self)
        self.warning = QLabel(self)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.setWordWrap(True)
        self.documents = QTableWidget(0, 4, self)
        self.documents.setHorizontalHeaderLabels(
            [self.tr("เอกสาร"), self.tr("เลขข้อ"), self.tr("ชื่อข้อ (พิมพ์เป็นชื่อเอกสาร)"), self.tr("รายงานปี")]
        )
        header = self.documents.horizontalHeader()
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.documents.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.documents_state = QLabel(self)
        self.documents_state.setWordWrap(True)
        self.details = QTextBrowser(self)
        self.details.setOpenExternalLinks(False)
        self.message = QLabel(self)
        self.message.setWordWrap(True)

        self.import_button = QPushButton(self.tr("นำเข้าไฟล์…"), self)
        self.export_button = QPushButton(self.tr("ส่งออกไฟล์…"), self)
        self.reset_button = QPushButton(self.tr("กลับไปใช้ของโปรแกรม"), self)
        self.save_button = QPushButton(self.tr("บันทึกเลขข้อและชื่อที่แก้"), self)
        self.close_button = QPushButton(self.tr("ปิด"), self)
        self.import_button.clicked.connect(lambda: self.import_file())
        self.export_button.clicked.connect(lambda: self.export_file())
        self.reset_button.clicked.connect(self.reset)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.accept)
        for button in (self.import_button, self.export_button, self.reset_button, self.save_button,
                       self.close_button):  # fmt: skip
            button.setAutoDefault(False)  # Enter in a cell ends the edit; it presses no button
        buttons = QHBoxLayout()
        for button in (self.import_button, self.export_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.origin)
        layout.addWidget(self.warning)
        layout.addWidget(QLabel(self.tr("ข้อที่เอกสารแต่ละฉบับตอบ (แก้เลขข้อและชื่อได้ แล้วกดบันทึก):"), self))
        layout.addWidget(self.documents, 2)
        layout.addWidget(self.documents_state)
        layout.addWidget(QLabel(self.tr("ระดับผล ตัวชี้วัด ที่มาและความแน่นอนของแต่ละส่วน:"), self))
        layout.addWidget(self.details, 3)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.framework = self._current()
        self._show()
        fit_window(self, 1000, 720)

    # -- what is shown ---------------------------------------------------------------------------
    def _current(self) -> Framework:
        return framework_for(self.year, self.desk.frameworks())

    def _show(self) -> None:
        framework = self.framework
        self.origin.setText(origin_line(framework))
        warning = unconfirmed_warning(framework)
        self.warning.setText(warning or "")
        self.warning.setVisible(bool(warning))
        self.documents.setRowCount(len(framework.documents))
        for row, item in enumerate(framework.documents):
            fixed = QTableWidgetItem(DOCUMENT_NAMES.get(item.document, item.document))
            fixed.setFlags(Qt.ItemFlag.ItemIsEnabled)
            fixed.setData(Qt.ItemDataRole.UserRole, item.document)
            self.documents.setItem(row, COL_DOCUMENT, fixed)
            self.documents.setItem(row, COL_ITEM, QTableWidgetItem(item.item))
            self.documents.setItem(row, COL_TITLE, QTableWidgetItem(item.title))
            covers = QTableWidgetItem(
                COVERS_NAMES[item.covers] + (f" ({item.period})" if item.period else "")
            )
            covers.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.documents.setItem(row, COL_COVERS, covers)
        self.documents.resizeColumnToContents(COL_DOCUMENT)
        self.documents.resizeColumnToContents(COL_ITEM)
        self.documents_state.setText(self.tr("ข้อที่เอกสารตอบ: %s") % fact_line(framework.fact("documents")))
        self.details.setPlainText("\n".join(framework_lines(framework)))
        self.reset_button.setEnabled(framework.origin == "office" and not self.desk.read_only)
        for button in (self.import_button, self.save_button):
            button.setEnabled(not self.desk.read_only)

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.message.setStyleSheet(WARNING_STYLE if problem else "")
        self.message.setText(text)

    def _refresh(self, told: str) -> None:
        self.framework = self._current()
        self._show()
        self._say(told)
        self.changed.emit()

    # -- what the office does --------------------------------------------------------------------
    def edited_documents(self) -> list[DocumentItem] | str:
        """The documents as the table now has them, or the Thai problem of the first bad cell."""
        documents = []
        for row, item in enumerate(self.framework.documents):
            number = normalise_text(self._cell(row, COL_ITEM), single_line=True).strip()
            title = normalise_text(self._cell(row, COL_TITLE), single_line=True).strip()
            name = DOCUMENT_NAMES.get(item.document, item.document)
            problem = item_number_problem(number)
            if problem:
                return self.tr("เลขข้อของ%s: %s") % (name, problem)
            if not title:
                return self.tr("ชื่อข้อของ%s ว่างอยู่ ใส่ชื่อที่พิมพ์เป็นชื่อเอกสาร") % name
            problem = text_problem(title)
            if problem:
                return self.tr("ชื่อข้อของ%s: %s") % (name, problem)
            documents.append(DocumentItem(item.document, title, number, item.covers, item.period))
        return documents

    def _cell(self, row: int, column: int) -> str:
        cell = self.documents.item(row, column)
        return cell.text() if cell is not None else ""

    def save(self) -> None:
        documents = self.edited_documents()
        if isinstance(documents, str):
            self._say(documents, problem=True)
            return
        if documents == list(self.framework.documents) and self.framework.origin == "office":
            self._say(self.tr("ไม่มีอะไรเปลี่ยน"))
            return
        note = self.tr("หน่วยงานตรวจและแก้เลขข้อและชื่อเอง")
        self.desk.save_framework(with_documents(self.framework, documents, note))
        self._refresh(self.tr("บันทึกกรอบการประเมินปี %d ของหน่วยงานแล้ว ใช้แทนของโปรแกรม") % self.year)

    def import_file(self, path: Path | None = None) -> None:
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("นำเข้ากรอบการประเมิน ITA"), "",
                                                    self.tr(FRAMEWORK_FILTER))  # fmt: skip
            if not chosen:
                return
            path = Path(chosen)
        try:
            framework = read_framework_text(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            self._say(self.tr("เปิดไฟล์ %s ไม่ได้: %s") % (path.name, exc), problem=True)
            return
        except FrameworkError as exc:
            self._say(self.tr("ไม่ได้นำเข้า %s (ไม่มีอะไรเปลี่ยน): %s") % (path.name, exc), problem=True)
            return
        self.desk.save_framework(framework)
        told = self.tr("นำเข้ากรอบการประเมินปี %d จาก %s แล้ว") % (framework.year, path.name)
        if framework.year != self.year:
            told += self.tr(" (เป็นของปี %d ไม่ใช่ปี %d ที่แสดงอยู่)") % (framework.year, self.year)
        self._refresh(told)

    def export_file(self, path: Path | None = None) -> None:
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("ส่งออกกรอบการประเมิน ITA"),
                                                    f"ita-framework-{self.year}.json",
                                                    self.tr(FRAMEWORK_FILTER))  # fmt: skip
            if not chosen:
                return
            path = Path(chosen)
        try:
            path.write_text(framework_json(self.framework), encoding="utf-8")
        except OSError as exc:
            self._say(self.tr("เขียนไฟล์ %s ไม่ได้: %s") % (path, exc.strerror or exc), problem=True)
            return
        self._say(self.tr("ส่งออกกรอบการประเมินปี %d ไปที่ %s แล้ว") % (self.year, path))

    def reset(self) -> None:
        self.desk.delete_framework(self.year)
        self._refresh(self.tr("ลบกรอบการประเมินปี %d ของหน่วยงานแล้ว กลับไปใช้ของโปรแกรม") % self.year)
