"""The memo composer: the memo's fields on the left, its PDF on the right, saved and redrawn as one types."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from datetime import date
from itertools import count
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget

from itadesk.domain.memo_followup import follow_up
from itadesk.domain.model import Attachment, Dataset, Memo, Person
from itadesk.domain.rules import memo_problem
from itadesk.ui.common.background import Background
from itadesk.ui.common.dialogs import ask_yes_no
from itadesk.ui.common.errors import ErrorHub, describe, is_known
from itadesk.ui.common.screen_fit import fit_window, keep_full_width
from itadesk.ui.common.settings import UiSettings
from itadesk.ui.common.text_input import normalise_inputs
from itadesk.ui.common.thai_dates import short_date
from itadesk.ui.common.window_keys import close_on_escape
from itadesk.ui.desk.desk import Desk
from itadesk.ui.forms.ui_memo_composer import Ui_MemoComposer
from itadesk.ui.memo.memo_templates import MemoTemplate, templates
from itadesk.ui.preview.pdf_preview import PdfPreview
from itadesk.ui.preview.print_warnings import PrintWarnings

# The pause after the last key before the memo is saved and its preview redrawn. Drawing a two-page memo with
# a six-page report takes ~0.07 s warm, so the pause is most of the wait (700 ms gave 0.8 s; this gives
# ~0.35 s, benchmarks/memo_preview.py).
SAVE_DELAY_MS = 250

ATTACH_CHOICES: tuple[tuple[str, Attachment | None], ...] = (
    ("ไม่แนบ", None),
    ("มาตรการส่งเสริมคุณธรรมและความโปร่งใส (แผน)", Attachment("plan", 12)),
    ("ความก้าวหน้าการดำเนินงาน รอบ 6 เดือน", Attachment("progress", 6)),
    ("ความก้าวหน้าการดำเนินงาน รอบ 12 เดือน", Attachment("progress", 12)),
    ("รายงานผล รอบ 6 เดือน", Attachment("results", 6)),
    ("รายงานผล รอบ 12 เดือน", Attachment("results", 12)),
    ("การวิเคราะห์ผลการประเมิน ITA", Attachment("analysis", 12)),
)


def newest_first(memos: list[Memo]) -> list[Memo]:
    """Memos by date, the newest first (undated ones, left for handwriting, after them); among the same
    date the one added later first."""
    order = {id(m): place for place, m in enumerate(memos)}
    return sorted(memos, key=lambda m: (m.date is not None, m.date or date.min, order[id(m)]), reverse=True)


INVALID_STYLE = "border: 2px solid #c62828;"
HINT = "บันทึกอัตโนมัติทุกครั้งที่แก้ไข ตัวอย่างทางขวาจะปรับตามข้อความ"

# The fields as the form names them, for "ยังไม่ได้บันทึก<field>: <reason>".
_FIELD_NAMES = {
    "unit": "ส่วนราชการ", "number": "ที่", "subject": "เรื่อง", "to": "เรียน", "via": "ผ่าน", "body": "ข้อความ",
}  # fmt: skip


def _fields(memo: Memo) -> dict[str, object]:
    return {
        "unit": memo.unit, "number": memo.number, "subject": memo.subject,
        "to": memo.to, "via": memo.via, "body": memo.body,
    }  # fmt: skip


def _earlier_key(year: int, memo_id: str | None) -> str:
    """How the "start from an earlier memo" list names a memo: its fiscal year and id."""
    return f"{year}:{memo_id}"


class MemoComposer(QWidget):
    previewReady = Signal(str)  # the path of the PDF now shown
    renderFinished = Signal(bool)  # after every drawing of the PDF: True when it is shown

    def __init__(
        self,
        desk: Desk,
        year: int,
        errors: ErrorHub,
        background: Background,
        settings: UiSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.ui = Ui_MemoComposer()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated form
        normalise_inputs(self)  # before the form's own signals: text from Word is normalised first
        fit_window(self, 1400, 900, centre=True)
        close_on_escape(self)
        self.setWindowTitle(self.tr("ทำบันทึกข้อความ — ปีงบประมาณ %d") % year)
        self.desk, self.year, self.errors, self.background = desk, year, errors, background
        self.settings = settings
        self.preview = PdfPreview(errors, background, settings, self.ui.previewHost)
        self.ui.previewLayout.setContentsMargins(0, 0, 0, 0)
        self.ui.previewLayout.addWidget(self.preview, 1)
        self.warnings = PrintWarnings(self.ui.previewHost)  # ตรวจก่อนพิมพ์, under the preview
        self.warnings.setMaximumHeight(140)
        self.ui.previewLayout.addWidget(self.warnings)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([640, 860])
        self.ui.rootLayout.setStretch(0, 1)  # the form and the preview take the height, the hint a line
        self.ui.formScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        keep_full_width(self.ui.formScroll)
        self.memo_id: str | None = None
        # What the form holds and storage does not, because the import would refuse it (a memo without a
        # subject): (field, Thai reason), or None when the form is stored as shown.
        self.refused: tuple[str, str] | None = None
        self._blank: Memo | None = None  # a new memo as it was opened, before anything was typed
        self._people: list[Person] = desk.people()
        self._showing = False
        self._rendering = False
        self._render_again = False
        self._last_failure = ""
        self._tmp = tempfile.TemporaryDirectory(prefix="itadesk-memo-")
        self._names = count(1)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_and_preview)
        self._fill_choices()
        self._connect()
        self._fill_memo_list(settings.last_memo or None)
        if self.ui.memoCombo.count():
            self._show_memo(self.ui.memoCombo.currentIndex())
        else:
            self.new_memo()

    # -- building ---------------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        ui = self.ui
        ui.unitCombo.addItems([u.name for u in self.desk.units()])
        for person in self._people:
            ui.authorCombo.addItem(f"{person.display_name} — {person.position}", person.id)
        ui.approvalsEditor.set_people(self._people)
        for text, attach in ATTACH_CHOICES:
            ui.attachCombo.addItem(self.tr(text), attach)
        organization = self.desk.organization()
        self._templates = templates(
            organization, ui.unitCombo.currentText(), self.year, self.desk.frameworks()
        )
        for template in self._templates:
            ui.templateCombo.addItem(template.name, template.key)

    def _connect(self) -> None:
        ui = self.ui
        for edit in (ui.numberEdit, ui.toEdit, ui.viaEdit):
            edit.textEdited.connect(self._edited)
        for plain in (ui.subjectEdit, ui.bodyEdit):
            plain.textChanged.connect(self._edited)
        for combo in (ui.authorCombo, ui.attachCombo):
            combo.activated.connect(self._edited)
        ui.unitCombo.currentTextChanged.connect(self._edited)
        ui.dateEdit.dateChanged.connect(self._edited)
        ui.approvalsEditor.changed.connect(self._edited)
        ui.memoCombo.activated.connect(self._show_memo)
        ui.newMemoButton.clicked.connect(self.new_memo)
        ui.deleteMemoButton.clicked.connect(self._delete_memo)
        ui.applyTemplateButton.clicked.connect(lambda: self.apply_template(ui.templateCombo.currentData()))
        ui.fromEarlierButton.clicked.connect(self.new_from_earlier)

    def _label(self, memo: Memo) -> str:
        """A memo as the lists name it: its date (first, so a long subject never hides it) and its subject."""
        subject = memo.subject or self.tr("(ยังไม่มีเรื่อง)")
        return f"{short_date(memo.date)} — {subject}" if memo.date else subject

    def _fill_memo_list(self, select: str | None = None) -> None:
        combo = self.ui.memoCombo
        combo.clear()
        for memo in newest_first(self.desk.memos(self.year)):
            combo.addItem(self._label(memo), memo.id)
            combo.setItemData(combo.count() - 1, self._label(memo), Qt.ItemDataRole.ToolTipRole)
        if select is not None:
            combo.setCurrentIndex(max(combo.findData(select), 0))
        self._fill_earlier()

    def _fill_earlier(self) -> None:
        """This year's memos and the earlier years', newest first: what a new memo can start from."""
        combo = self.ui.earlierCombo
        combo.clear()
        for year in sorted((y for y in {*self.desk.years(), self.year} if y <= self.year), reverse=True):
            for memo in newest_first(self.desk.memos(year)):
                label = self._label(memo)
                if year != self.year:
                    label += self.tr(" (ปีงบประมาณ %d)") % year
                combo.addItem(label, _earlier_key(year, memo.id))
                combo.setItemData(combo.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        self.ui.fromEarlierButton.setEnabled(combo.count() > 0 and not self.desk.read_only)

    def new_from_earlier(self) -> None:
        """A new memo from the one chosen under "เริ่มจากฉบับก่อน": its people, its wording moved on."""
        chosen = self.ui.earlierCombo.currentData()
        if not isinstance(chosen, str) or not self.may_leave_memo():
            return
        year_text, _, memo_id = chosen.partition(":")
        year = int(year_text)
        earlier = next((m for m in self.desk.memos(year) if m.id == memo_id), None)
        if earlier is None:
            return
        stored = self._store(follow_up(earlier, year, self.year, date.today()))
        if stored is not None:
            self._show(stored)

    # -- one memo ---------------------------------------------------------------------------------
    def new_memo(self) -> None:
        """A blank memo in the form, stored once it has a subject: a memo without one would not import."""
        if not self.may_leave_memo():
            return
        author = self._people[0].id if self._people else ""
        memo = Memo(subject="", unit=self.ui.unitCombo.itemText(0), date=date.today(), author=author or "")
        self._fill_memo_list()
        combo = self.ui.memoCombo
        combo.insertItem(0, self.tr("(ฉบับใหม่ — พิมพ์เรื่องแล้วจึงบันทึก)"), None)
        combo.setCurrentIndex(0)
        self._show(memo)
        self._blank = self.memo()
        self._save_timer.stop()
        self._refuse(memo_problem(_fields(memo)), shout=False)
        self.refused = None  # nothing typed yet: nothing to lose

    def may_leave_memo(self) -> bool:
        """Store what is typed; if storage cannot take it, ask before leaving it behind."""
        self.flush()
        if self.refused is None:
            return True
        field, problem = self.refused
        name = _FIELD_NAMES.get(field, field)
        leave = ask_yes_no(
            self,
            self.tr("บันทึกข้อความยังไม่ได้บันทึก"),
            self.tr("บันทึกข้อความนี้ยังบันทึกไม่ได้ เพราะ%s: %s\nทิ้งสิ่งที่พิมพ์ไว้หรือไม่?") % (name, problem),
            yes=self.tr("ทิ้ง"),
        )
        if leave:
            self.refused = None
        return leave

    def _show_memo(self, index: int) -> None:
        memo_id = self.ui.memoCombo.itemData(index)
        if memo_id == self.memo_id:
            return
        if not self.may_leave_memo():
            self.ui.memoCombo.setCurrentIndex(max(self.ui.memoCombo.findData(self.memo_id), 0))
            return
        if self.memo_id is None and self.ui.memoCombo.itemData(0) is None:
            self.ui.memoCombo.removeItem(0)  # the new memo left unstored
        memo = next((m for m in self.desk.memos(self.year) if m.id == memo_id), None)
        if memo is not None:
            self._show(memo)

    def _show(self, memo: Memo) -> None:
        ui = self.ui
        self._showing = True
        try:
            self.memo_id = memo.id
            earlier = self.ui.earlierCombo.findData(_earlier_key(self.year, memo.id))
            if earlier >= 0:
                self.ui.earlierCombo.setCurrentIndex(earlier)
            ui.unitCombo.setCurrentText(memo.unit)
            ui.numberEdit.setText(memo.number)
            ui.dateEdit.set_date(memo.date)
            ui.subjectEdit.setPlainText(memo.subject)
            ui.toEdit.setText(memo.to)
            ui.viaEdit.setText(memo.via)
            ui.bodyEdit.setPlainText("\n".join(memo.body))
            ui.authorCombo.setCurrentIndex(max(ui.authorCombo.findData(memo.author), 0))
            ui.approvalsEditor.set_approvals(memo.approvals)
            ui.attachCombo.setCurrentIndex(self._attach_index(memo.attach))
        finally:
            self._showing = False
        self._save_timer.start()

    def _attach_index(self, attach: Attachment | None) -> int:
        for index, (_, choice) in enumerate(ATTACH_CHOICES):
            if choice == attach or (
                choice
                and attach
                and choice.document == attach.document
                and (choice.round == attach.round or choice.document != "results")
            ):
                return index
        return 0

    def memo(self) -> Memo:
        """The memo as the form shows it now."""
        ui = self.ui
        attach = ui.attachCombo.currentData()
        return Memo(
            id=self.memo_id,
            subject=" ".join(ui.subjectEdit.toPlainText().split()),
            unit=ui.unitCombo.currentText().strip(),
            number=ui.numberEdit.text().strip(),
            date=ui.dateEdit.date(),
            to=ui.toEdit.text().strip(),
            via=ui.viaEdit.text().strip(),
            body=[p.strip() for p in ui.bodyEdit.toPlainText().split("\n") if p.strip()],
            author=str(ui.authorCombo.currentData() or ""),
            approvals=ui.approvalsEditor.approvals(),
            attach=replace(attach) if isinstance(attach, Attachment) else None,
        )

    def apply_template(self, key: str) -> None:
        template: MemoTemplate | None = next((t for t in self._templates if t.key == key), None)
        if template is None:
            return
        organization = self.desk.organization()
        fresh = templates(organization, self.ui.unitCombo.currentText(), self.year, self.desk.frameworks())
        template = next(t for t in fresh if t.key == key)
        memo = replace(
            self.memo(), subject=template.subject, body=list(template.body), attach=template.attach
        )
        self._show(memo)

    def _edited(self, *_: object) -> None:
        if not self._showing:
            self._save_timer.start()

    def flush(self) -> None:
        if self._save_timer.isActive():
            self._save_timer.stop()
            self._store(self.memo())

    def _refuse(self, problem: tuple[str, str] | None, shout: bool = True) -> None:
        """Mark the field storage cannot take, and say why where the preview would be. A new memo whose
        nothing is typed in yet is not framed red: nothing is wrong yet, the preview asks for a subject."""
        self.refused = problem
        if problem is not None and problem[0] == "subject" and self.memo_id is None:
            shout = shout and self.memo() != self._blank
        for field, widget in self._field_widgets().items():
            bad = problem is not None and problem[0] == field and (shout or field != "subject")
            widget.setStyleSheet(INVALID_STYLE if bad else "")
            widget.setToolTip(problem[1] if bad and problem else "")
        if problem is not None:
            field, reason = problem
            name = _FIELD_NAMES.get(field, field)
            if field == "subject" and not shout:
                self.preview.show_message(self.tr("พิมพ์เรื่องของบันทึกข้อความ แล้วจึงบันทึกและแสดงตัวอย่างได้"))
            else:
                self.preview.show_message(self.tr("ยังไม่ได้บันทึก%s: %s") % (name, reason))

    def _field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "unit": ui.unitCombo, "number": ui.numberEdit, "subject": ui.subjectEdit,
            "to": ui.toEdit, "via": ui.viaEdit, "body": ui.bodyEdit,
        }  # fmt: skip

    def _store(self, memo: Memo) -> Memo | None:
        if self.desk.read_only:
            return memo
        problem = memo_problem(_fields(memo))
        self._refuse(problem)
        if problem is not None:
            return None  # the last stored version stays; the form keeps what was typed
        was_new = memo.id is None
        try:
            stored = self.desk.save_memo(self.year, memo)
        except Exception as error:
            # Saving runs as the user types: the same failure is said once, not on every pause.
            if str(error) != self._last_failure:
                self._last_failure = str(error)
                self.errors.report(error, self.tr("บันทึกบันทึกข้อความ"))
            return None
        self._last_failure = ""
        self.memo_id = stored.id
        if was_new:
            self._fill_memo_list(stored.id)
        if stored.id:
            self.settings.last_memo = stored.id
        for combo, data in (
            (self.ui.memoCombo, stored.id),
            (self.ui.earlierCombo, _earlier_key(self.year, stored.id)),
        ):
            index = combo.findData(data)
            if index >= 0:
                combo.setItemText(index, self._label(stored))
                combo.setItemData(index, self._label(stored), Qt.ItemDataRole.ToolTipRole)
        return stored

    def _delete_memo(self) -> None:
        if self.memo_id is None:
            return
        if ask_yes_no(self, self.tr("ลบบันทึกข้อความ"), self.tr("ลบบันทึกข้อความฉบับนี้?"), yes=self.tr("ลบ")):
            self._save_timer.stop()
            with self.errors.guard(self.tr("ลบบันทึกข้อความ")):
                self.desk.delete_memo(self.memo_id)
            self.memo_id = None
            self._fill_memo_list()
            if self.ui.memoCombo.count():
                self._show_memo(0)
            else:
                self.new_memo()

    # -- the PDF ----------------------------------------------------------------------------------
    def save_and_preview(self) -> None:
        self._save_timer.stop()
        stored = self._store(self.memo())
        if stored is None or stored.id is None:
            return
        if self._rendering:
            self._render_again = True
            return
        self._rendering = True
        dataset = self._dataset_to_print(stored)
        memo_id = stored.id
        path = Path(self._tmp.name) / f"memo-{next(self._names)}.pdf"
        subject = stored.subject
        self.preview.status.setText(self.tr("กำลังจัดหน้า…"))

        def work(_: object) -> tuple[Path, str, list[str]]:
            from itadesk.documents.prechecks import check_memo_before_printing
            from itadesk.documents.printing import print_memo
            from itadesk.ui.memo.memo_file_name import memo_pdf_name  # segments: off the GUI thread

            found = [str(w) for w in check_memo_before_printing(dataset, memo_id)]
            print_memo(dataset, memo_id, path, keep_report=True)  # an unchanged report is not laid out again
            return path, memo_pdf_name(subject), found

        def write_word(target: Path) -> None:  # the memo as previewed, as a Word file
            from itadesk.documents.printing import print_memo

            print_memo(dataset, memo_id, target)

        self.preview.offer_word(write_word)
        self.background.run(
            work, self._rendered, doing=self.tr("จัดหน้าบันทึกข้อความ"), on_failure=self._render_failed
        )

    def _dataset_to_print(self, memo: Memo) -> Dataset:
        """The year as the memo prints it: an attached report of a round counts results up to the memo's
        date (or today), and those dated later are left out and named under the form."""
        from itadesk.documents.round_cutoff import cut_results, default_cutoff

        dataset = self.desk.dataset(self.year)
        attach = memo.attach
        if attach is None or attach.document not in ("progress", "results"):
            self.ui.hintLabel.setText(self.tr(HINT))
            return dataset
        cutoff = default_cutoff(self.year, attach.round, memo.date or date.today())
        dataset, dropped = cut_results(dataset, self.year, cutoff)
        told = self.tr("รายงานที่แนบนับผลการดำเนินงานถึงวันที่ %s") % short_date(cutoff)
        if dropped:
            told += self.tr(" — ไม่นำมาพิมพ์ %d รายการที่ลงวันที่หลังจากนั้น: %s") % (
                len(dropped),
                "; ".join(f"{d.measure} — {d.text} ({short_date(d.day)})" for d in dropped),
            )
        self.ui.hintLabel.setText(told)
        return dataset

    def _rendered(self, done: object) -> None:
        self._rendering = False
        if self._render_again:
            self._render_again = False
            self.save_and_preview()
            return
        assert isinstance(done, tuple)
        path, name, found = done
        self.warnings.show_warnings(found)
        self.preview.suggested_name = name
        self.preview.show_pdf(path)
        self.previewReady.emit(str(path))
        self.renderFinished.emit(True)

    def _render_failed(self, error: BaseException) -> None:
        self._rendering = False
        if is_known(error):  # e.g. no author yet: said in place, not in a box on every key press
            self.preview.show_message(self.tr("ยังแสดงตัวอย่างไม่ได้: %s") % describe(error))
            self.warnings.show_refusal(describe(error))
        else:
            self.preview.show_message(self.tr("ยังแสดงตัวอย่างไม่ได้"))
            self.errors.report(error, self.tr("จัดหน้าบันทึกข้อความ"))
        self.renderFinished.emit(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.may_leave_memo():
            event.ignore()
            return
        self.preview.document.close()
        super().closeEvent(event)
