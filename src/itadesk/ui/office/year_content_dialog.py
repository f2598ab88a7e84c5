"""ปีงบประมาณ → เนื้อหาของเอกสาร: the office's own title, introduction, note and title page of each of the
year's four documents, how their measures are grouped, whether the tables leave out the columns no measure
fills, and two choices for the year's memos.

The widgets only show and collect text; `year_content_fields` turns it into a `YearContent` and finds what
the rules refuse. Save with a refused box keeps the dialog open, marks the box and says why; nothing is saved.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QWidget

from itadesk.domain.documents import DOCUMENT_KINDS, DocumentKind
from itadesk.domain.model import USUAL_HEADINGS, Digits, YearContent
from itadesk.ui.common.form_guard import ask_to_discard, enter_moves_on
from itadesk.ui.common.screen_fit import fit_window, scroll_tall_tab_pages, show_tab_holding
from itadesk.ui.common.text_input import normalise_inputs
from itadesk.ui.common.wheel_guard import keep_tabs_from_wheel
from itadesk.ui.forms.ui_document_content_page import Ui_DocumentContentPage
from itadesk.ui.forms.ui_year_content_dialog import Ui_YearContentDialog
from itadesk.ui.office.year_content_fields import (
    DOCUMENT_NAMES,
    HEADING_CHOICES,
    TEXT_FIELDS,
    ContentFields,
    DocumentFields,
    content_of,
    default_title,
    fields_of,
    problems,
    usual_heading_name,
)

INVALID_STYLE = "border: 2px solid #c62828;"
# Rows a box shows before it scrolls: enough to see several paragraphs, small enough for a 768-line screen.
BOX_ROWS = {"introductionEdit": 4, "noteEdit": 2, "titlePageEdit": 3}


class DocumentPage(QWidget):
    """One document's boxes (a Designer form)."""

    def __init__(self, kind: DocumentKind, fiscal_year: int, digits: Digits, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = kind
        self.ui = Ui_DocumentContentPage()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated form
        ui = self.ui
        ui.titleEdit.setPlaceholderText(default_title(kind, fiscal_year, digits))
        ui.titleEdit.setToolTip(self.tr("เว้นว่างไว้: พิมพ์ชื่อที่เห็นจาง ๆ ในช่อง (ตามกรอบการประเมินของปี)"))
        for name, rows in BOX_ROWS.items():
            box: QPlainTextEdit = getattr(ui, name)
            margins = box.contentsMargins().top() + box.contentsMargins().bottom()
            box.setMinimumHeight(box.fontMetrics().lineSpacing() * rows + margins + 2 * box.frameWidth() + 8)
        ui.noteEdit.setMaximumHeight(
            ui.noteEdit.minimumHeight() * 3 // 2
        )  # a line or two; the rest for the others
        for value, name in HEADING_CHOICES:
            ui.headingsCombo.addItem(self.tr(usual_heading_name(kind) if value == "" else name), value)
        if kind not in USUAL_HEADINGS:  # the analysis lists no measures under headings
            ui.headingsCombo.setEnabled(False)
            ui.headingsCombo.setToolTip(self.tr("การวิเคราะห์ผลไม่ได้แบ่งมาตรการเป็นกลุ่ม"))

    def show_fields(self, fields: DocumentFields) -> None:
        ui = self.ui
        ui.titleEdit.setText(fields.title)
        ui.titleEdit.setCursorPosition(0)  # a long title reads from its start
        ui.introductionEdit.setPlainText(fields.introduction)
        ui.noteEdit.setPlainText(fields.note)
        ui.titlePageEdit.setPlainText(fields.title_page)
        index = ui.headingsCombo.findData(fields.headings)
        ui.headingsCombo.setCurrentIndex(max(index, 0))

    def fields(self) -> DocumentFields:
        ui = self.ui
        return DocumentFields(
            title=ui.titleEdit.text(),
            introduction=ui.introductionEdit.toPlainText(),
            note=ui.noteEdit.toPlainText(),
            title_page=ui.titlePageEdit.toPlainText(),
            headings=ui.headingsCombo.currentData() or "",
        )

    def box(self, field: str) -> QWidget:
        ui = self.ui
        boxes: dict[str, QWidget] = {
            "title": ui.titleEdit, "introduction": ui.introductionEdit, "note": ui.noteEdit,
            "title_page": ui.titlePageEdit, "headings": ui.headingsCombo,
        }  # fmt: skip
        return boxes[field]


class YearContentDialog(QDialog):
    def __init__(
        self,
        content: YearContent,
        fiscal_year: int,
        digits: Digits = "thai",
        parent: QWidget | None = None,
        *,
        omit_by_default: bool = False,
    ) -> None:
        """`omit_by_default`: the office's layout.toml leaves out empty columns (shown when the year has no
        choice of its own)."""
        super().__init__(parent)
        self.ui = Ui_YearContentDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated form
        self.setWindowTitle(self.tr("เนื้อหาของเอกสาร ปีงบประมาณ %d") % fiscal_year)
        self.opened = content
        self.omit_by_default = omit_by_default
        self.pages: dict[DocumentKind, DocumentPage] = {}
        for kind in DOCUMENT_KINDS:
            page = DocumentPage(kind, fiscal_year, digits)
            self.pages[kind] = page
            self.ui.documentTabs.addTab(page, self.tr(DOCUMENT_NAMES[kind]))
        scroll_tall_tab_pages(self.ui.documentTabs)  # Save and Cancel stay on a low screen (150 %)
        keep_tabs_from_wheel(self)
        normalise_inputs(self)  # text pasted from Word loses its invisible characters as it comes in
        enter_moves_on(self)  # Enter in a title goes on to the next box; only Save saves
        buttons = self.ui.buttonBox
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("บันทึก"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ui.problemLabel.hide()
        self.show_fields(fields_of(content, omit_by_default))
        self._shown = self.fields()
        fit_window(self, 860, 640)

    def reject(self) -> None:
        """Esc, ยกเลิก and the close button: typed text is thrown away only when the user says so."""
        if self.fields() != self._shown and not ask_to_discard(
            self, self.tr("เนื้อหาของเอกสารที่แก้ไขไว้ยังไม่ได้บันทึก ถ้าปิดตอนนี้สิ่งที่แก้ไขจะหายไป")
        ):
            return
        super().reject()

    def show_fields(self, fields: ContentFields) -> None:
        for kind, page in self.pages.items():
            page.show_fields(fields.documents[kind])
        self.ui.signPrefixCheck.setChecked(fields.sign_prefix)
        self.ui.reportFirstCheck.setChecked(fields.report_first)
        self.ui.omitEmptyColumnsCheck.setChecked(fields.omit_empty_columns)

    def fields(self) -> ContentFields:
        return ContentFields(
            {kind: page.fields() for kind, page in self.pages.items()},
            sign_prefix=self.ui.signPrefixCheck.isChecked(),
            report_first=self.ui.reportFirstCheck.isChecked(),
            omit_empty_columns=self.ui.omitEmptyColumnsCheck.isChecked(),
        )

    def content(self) -> YearContent:
        """What to store: the boxes as typed (a box left untouched keeps what was stored)."""
        return content_of(self.fields(), self.opened, self.omit_by_default)

    def accept(self) -> None:
        """Close only on text the import takes back: a refused box is marked and its page brought forward."""
        found = problems(self.fields())
        marked = {(p.document, p.field) for p in found}
        for kind, page in self.pages.items():
            for field in TEXT_FIELDS:
                page.box(field).setStyleSheet(INVALID_STYLE if (kind, field) in marked else "")
        self.ui.problemLabel.setText("\n".join(p.message for p in found))
        self.ui.problemLabel.setVisible(bool(found))
        if found:
            box = self.pages[found[0].document].box(found[0].field)
            show_tab_holding(self.ui.documentTabs, box)
            box.setFocus()
            return
        super().accept()

    def set_read_only(self) -> None:
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
