"""The editor beside the table: every field of the selected measure, saved as the user types.

The widget only shows a measure and reports the user's edits (`YearSession.edit`); the session keeps the undo
stack and saves. When the session changes the measure (undo, a tick in the table) the editor shows the new
values without moving the cursor of the field being typed in.

The first paint builds the main tab only: the other tabs' fields (steps, results, outcome and evidence, the
status history; `resources/ui/measure_editor_pages.ui`) are built right after it (`build_pages`, which the
window calls once the table has painted), or at once when something needs one of them first (a tab chosen,
a field asked for through `ui`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QMainWindow, QPlainTextEdit, QWidget

from itadesk.domain.framework import framework_for
from itadesk.domain.model import PARTS, Measure
from itadesk.domain.rules import measure_field_problem
from itadesk.domain.status import Status
from itadesk.service.status_day import default_status_day
from itadesk.ui.common.screen_fit import keep_full_width, scroll_tall_tab_pages
from itadesk.ui.common.text_input import normalise_inputs
from itadesk.ui.common.thai_dates import short_date
from itadesk.ui.common.wheel_guard import keep_tabs_from_wheel
from itadesk.ui.desk.year_session import FIELD_NAMES, YearSession
from itadesk.ui.forms.ui_measure_editor import Ui_MeasureEditor

if TYPE_CHECKING:
    from itadesk.ui.common.list_editor import ListEditor
    from itadesk.ui.measure_editor.results_editor import ResultsEditor

_TEXT_FIELDS = ("section", "period", "reporting")
_PLAIN_FIELDS = ("title", "monitoring", "outcome", "problems", "suggestions")
_LIST_FIELDS = ("steps", "responsible", "evidence")
PAGE_FIELDS = frozenset(
    {"steps", "results", "outcome", "problems", "suggestions", "evidence"}
)  # not main tab
INVALID_STYLE = "border: 2px solid #c62828;"


class EditorUi(Ui_MeasureEditor):
    """The editor's form. The other tabs' fields are set on it when their pages are built; one asked for
    before then builds them (`MeasureEditor.build_pages`)."""

    stepsList: ListEditor
    resultsEditor: ResultsEditor
    outcomeEdit: QPlainTextEdit
    problemsEdit: QPlainTextEdit
    suggestionsEdit: QPlainTextEdit
    evidenceList: ListEditor
    historyList: QListWidget

    def __init__(self, build_pages: Callable[[], bool]) -> None:
        self._build_pages = build_pages

    def __getattr__(self, name: str) -> Any:
        # Reached only for a name not set: a page's field before its page is built builds them.
        if name not in _PAGE_NAMES or not self._build_pages():
            raise AttributeError(name)
        return object.__getattribute__(self, name)


_PAGE_NAMES = frozenset(EditorUi.__annotations__)


class MeasureEditor(QWidget):
    pagesBuilt = Signal()  # the other tabs' fields exist now (the window orders Tab through them)

    def __init__(self, session: YearSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages_built = False
        self._building = False
        self.ui = EditorUi(self.build_pages)
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated form
        self.session = session
        self.measure_id: str | None = None
        self._showing = False
        self.refused: str | None = None  # the message of the last value refused, None when it was saved
        # Typing the rules refuse, kept with its measure and field until it is mended: (measure, field) →
        # (text, why). Moving to another measure never drops it; coming back shows it in its field again.
        self.pending: dict[tuple[str, str], tuple[Any, str]] = {}
        self.problemLabel = QLabel(self)
        self.problemLabel.setObjectName("problemLabel")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.problemLabel.hide()
        self.ui.rootLayout.insertWidget(1, self.problemLabel)
        self._radios = {
            Status.NOT_STARTED: self.ui.notStartedRadio,
            Status.IN_PROGRESS: self.ui.inProgressRadio,
            Status.DONE: self.ui.doneRadio,
        }
        # The editor narrows with the splitter; fields wrap or shrink instead of scrolling sideways.
        self.ui.mainScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        keep_full_width(self.ui.mainScroll)  # never narrower than its fields: the buttons stay in view
        scroll_tall_tab_pages(self.ui.tabs)  # a low screen scrolls a page, never hides the tabs
        keep_tabs_from_wheel(self)
        self.ui.partCombo.addItem(self.tr("(ไม่ระบุ)"), "")
        framework = framework_for(session.year or 0)
        for part in PARTS:
            self.ui.partCombo.addItem(framework.part_label(part), part)
        normalise_inputs(self)  # text from Word loses its invisible characters before it is checked
        self._connect()
        session.measureChanged.connect(self._on_measure_changed)
        self.ui.tabs.currentChanged.connect(lambda _: self.build_pages())  # a tab chosen before they were
        self.show_measure(None)

    def build_pages(self) -> bool:
        """Build the other tabs' fields, once, and show the measure in them; False when building (a field
        asked for meanwhile does not exist yet)."""
        if self.pages_built:
            return not self._building
        self.pages_built, self._building = True, True
        try:
            from itadesk.ui.forms.ui_measure_editor_pages import Ui_MeasureEditorPages

            holder = QWidget()
            pages = Ui_MeasureEditorPages()
            pages.setupUi(holder)  # type: ignore[no-untyped-call]  # generated form
            ui = self.ui
            built = (
                (pages.stepsPage, ui.stepsHolder),
                (pages.resultsPage, ui.resultsHolder),
                (pages.outcomePage, ui.outcomeHolder),
                (pages.historyPage, ui.historyHolder),
            )
            for page, place in built:
                place.addWidget(page)
                page.show()  # now, not when Qt's queued show would (its tab may be on screen already)
                normalise_inputs(page)
                keep_tabs_from_wheel(page)
            holder.deleteLater()
            for name, value in vars(pages).items():
                if name != "pagesLayout":  # the holder's, gone with it
                    setattr(ui, name, value)
            scroll_tall_tab_pages(self.ui.tabs)  # a page taller than a low screen scrolls
            self._connect_pages()
        finally:
            self._building = False
        if self.measure_id is not None:
            self._show(self.session.measure(self.measure_id))
        self.pagesBuilt.emit()
        return True

    def _line(self, field: str) -> QLineEdit:
        edit: QLineEdit = getattr(self.ui, f"{field}Edit")
        return edit

    def _plain(self, field: str) -> QPlainTextEdit:
        edit: QPlainTextEdit = getattr(self.ui, f"{field}Edit")
        return edit

    def _connect(self) -> None:
        for field in _TEXT_FIELDS:
            self._line(field).textEdited.connect(lambda text, f=field: self._edited(f, text))
        for field in _PLAIN_FIELDS:
            if field not in PAGE_FIELDS:
                self._connect_plain(field)
        self.ui.numberEdit.textEdited.connect(lambda text: self._edited("number", text.strip() or None))
        self.ui.responsibleList.changed.connect(lambda lines: self._edited("responsible", lines))
        self.ui.startDate.dateChanged.connect(lambda day: self._edited("start", day))
        self.ui.endDate.dateChanged.connect(lambda day: self._edited("end", day))
        self.ui.partCombo.activated.connect(lambda _: self._edited("part", self.ui.partCombo.currentData()))
        self.ui.indicatorCombo.currentTextChanged.connect(
            lambda text: self._edited("indicator", text.strip())
        )
        for status, radio in self._radios.items():
            radio.clicked.connect(lambda _=False, s=status: self._status_clicked(s))

    def _connect_plain(self, field: str) -> None:
        edit = self._plain(field)
        edit.textChanged.connect(lambda *_, f=field, e=edit: self._edited(f, e.toPlainText()))

    def _connect_pages(self) -> None:
        for field in _PLAIN_FIELDS:
            if field in PAGE_FIELDS:
                self._connect_plain(field)
        self.ui.stepsList.changed.connect(lambda lines: self._edited("steps", lines))
        self.ui.evidenceList.changed.connect(lambda lines: self._edited("evidence", lines))
        self.ui.resultsEditor.changed.connect(lambda entries: self._edited("results", entries))

    # -- showing ----------------------------------------------------------------------------------
    def show_measure(self, measure_id: str | None) -> None:
        self.measure_id = measure_id
        self.setEnabled(measure_id is not None)
        if measure_id is None:
            self.ui.headingLabel.setText(self.tr("เลือกมาตรการในตารางเพื่อแก้ไข หรือกด “เพิ่มมาตรการ”"))
            self._show_problems()
            return
        self._show(self.session.measure(measure_id))

    def _on_measure_changed(self, measure_id: str) -> None:
        if measure_id == self.measure_id:
            self._show(self.session.measure(measure_id))

    def _show(self, measure: Measure) -> None:
        self._showing = True
        try:
            self.ui.headingLabel.setText(self.tr("มาตรการ: %s") % (measure.title or self.tr("(ยังไม่มีชื่อ)")))
            for field in _TEXT_FIELDS:
                _set_line(self._line(field), getattr(measure, field))
            _set_line(self.ui.numberEdit, measure.number or "")
            for field in _PLAIN_FIELDS:
                if self.pages_built or field not in PAGE_FIELDS:
                    _set_plain(self._plain(field), getattr(measure, field))
            self.ui.responsibleList.set_lines(measure.responsible)
            if self.pages_built:
                self.ui.stepsList.set_lines(measure.steps)
                self.ui.evidenceList.set_lines(measure.evidence)
                self.ui.resultsEditor.set_fiscal_year(self.session.year)
                self.ui.resultsEditor.set_entries(measure.results)
                self._show_history(measure)
            self.ui.startDate.set_date(measure.start)
            self.ui.endDate.set_date(measure.end)
            self.ui.partCombo.setCurrentIndex(max(self.ui.partCombo.findData(measure.part), 0))
            self._fill_indicators(measure)
            self._radios[measure.status].setChecked(True)
            self._show_pending(self.measure_id or "")
        finally:
            self._showing = False
        self._show_problems()

    def _show_pending(self, measure_id: str) -> None:
        """Put back what the user typed here and the rules refused; only those fields are framed red."""
        for field in FIELD_NAMES:
            widget = self._mark_widget(field)
            if widget is not None and (measure_id, field) not in self.pending:
                widget.setStyleSheet("")
                widget.setToolTip("")
        for (held_id, field), (value, problem) in self.pending.items():
            if held_id != measure_id:
                continue
            if field in _TEXT_FIELDS or field == "number":
                _set_line(self._line(field), value or "")
            elif field in _PLAIN_FIELDS:
                _set_plain(self._plain(field), value)
            elif field in _LIST_FIELDS:
                getattr(self.ui, f"{field}List").set_lines(value)
            elif field == "results":
                self.ui.resultsEditor.set_entries(value)
            widget = self._mark_widget(field)
            if widget is not None:
                widget.setStyleSheet(INVALID_STYLE)
                widget.setToolTip(problem)

    def _show_problems(self) -> None:
        """In the form itself: why typed text was not saved, here or in another measure."""
        lines = []
        for (held_id, field), (_value, problem) in self.pending.items():
            label = FIELD_NAMES.get(field, field)
            if held_id == self.measure_id:
                lines.append(self.tr("ยังไม่ได้บันทึกช่อง “%s”: %s — ข้อความที่พิมพ์ยังอยู่ในช่อง แก้ไขแล้วจะบันทึกเอง")
                             % (label, problem))  # fmt: skip
            else:
                title = self._title_of(held_id)
                lines.append(self.tr("มาตรการ “%s” ช่อง “%s” ยังไม่ได้บันทึก: %s — กลับไปที่มาตรการนั้น ข้อความที่พิมพ์ยังอยู่")
                             % (title, label, problem))  # fmt: skip
        self.problemLabel.setText("\n".join(lines))
        self.problemLabel.setVisible(bool(lines))

    def _title_of(self, measure_id: str) -> str:
        try:
            return self.session.measure(measure_id).title or self.tr("(ยังไม่มีชื่อ)")
        except KeyError:
            return measure_id

    def _fill_indicators(self, measure: Measure) -> None:
        combo: QComboBox = self.ui.indicatorCombo
        year = self.session.year or 0
        names = [i.name for i in framework_for(year).indicators if not measure.part or i.part == measure.part]
        if [combo.itemText(i) for i in range(combo.count())] != ["", *names]:
            combo.clear()
            combo.addItems(["", *names])
        if combo.currentText() != measure.indicator:
            combo.setCurrentText(measure.indicator)

    def _show_history(self, measure: Measure) -> None:
        self.ui.historyList.clear()
        if not measure.history:
            self.ui.historyList.addItem(self.tr("ยังไม่มีการเปลี่ยนสถานะ — ทุกครั้งที่ทำเครื่องหมาย จะบันทึกวันที่ไว้ที่นี่"))
        for change in reversed(measure.history):
            when = short_date(change.date) if change.date else self.tr("ไม่ระบุวันที่")
            note = f" — {change.note}" if change.note else ""
            self.ui.historyList.addItem(f"{when}: {change.status.label}{note}")

    # -- the user's edits -------------------------------------------------------------------------
    def _edited(self, field: str, value: Any) -> None:
        if self._showing or self.measure_id is None:
            return
        measure = self.session.measure(self.measure_id)
        if field == "results" and any(not entry.text.strip() for entry in value):
            # A result just added, its text not typed yet: nothing is saved and nothing is framed red
            # before the user has typed (the entry is saved with its first character).
            typed = [entry for entry in value if entry.text.strip()]
            if measure_field_problem(field, typed, measure.start, measure.end) is None:
                return
        problem = measure_field_problem(field, value, measure.start, measure.end)
        if problem is None:
            self.pending.pop((self.measure_id, field), None)
        else:
            self.pending[(self.measure_id, field)] = (value, problem)
        self._mark(field, problem)
        self._show_problems()
        if problem is None:
            self.session.edit(self.measure_id, field, value)

    def _field_widget(self, field: str) -> QWidget | None:
        if field in PAGE_FIELDS and not self.pages_built:
            return None  # its page is not built: nothing typed there to mark
        for suffix in ("Edit", "Date", "List", "Editor"):
            widget = getattr(self.ui, f"{field}{suffix}", None)
            if isinstance(widget, QWidget):
                return widget
        return None

    def _mark_widget(self, field: str) -> QWidget | None:
        """The control framed red for `field`: the results' text box, not the whole results tab."""
        if field == "results":
            return self.ui.resultsEditor.text_edit if self.pages_built else None
        return self._field_widget(field)

    def _mark(self, field: str, problem: str | None) -> None:
        """A value the import would refuse is not saved: its field is marked and the reason shown."""
        self.refused = problem
        widget = self._mark_widget(field)
        if widget is not None:
            widget.setStyleSheet(INVALID_STYLE if problem else "")
            widget.setToolTip(problem or "")
        window = self.window()
        if problem and isinstance(window, QMainWindow):
            label = FIELD_NAMES.get(field, field)
            window.statusBar().showMessage(self.tr("ไม่ได้บันทึก%s: %s") % (label, problem), 30000)

    def _status_clicked(self, status: Status) -> None:
        """A status from the editor asks the day it happened and a note, both kept in the history."""
        if self.measure_id is None or self._showing:
            return
        measure = self.session.measure(self.measure_id)
        if measure.status == status:
            return
        from itadesk.ui.measure_editor.status_change import StatusChangeDialog

        start = default_status_day(self.session.year, measure.end) if self.session.year else None
        dialog = StatusChangeDialog(
            measure.title or self.tr("(ยังไม่มีชื่อ)"), measure.status, status, self, start
        )
        if dialog.exec() == StatusChangeDialog.DialogCode.Accepted:
            self.session.set_status(self.measure_id, status, dialog.day(), dialog.note())
        else:
            self._radios[measure.status].setChecked(True)  # cancelled: the radio shows the status kept


def _set_line(edit: QLineEdit, text: str) -> None:
    if edit.text() != text:
        edit.setText(text)


def _set_plain(edit: QPlainTextEdit, text: str) -> None:
    if edit.toPlainText() != text:
        edit.setPlainText(text)
