"""The main window: a fiscal year's measures in a table, a status summary, filters and the measure editor."""

from __future__ import annotations

import itertools
from datetime import date

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QWidget,
)

from itadesk.domain.fiscal import fiscal_year_of
from itadesk.domain.framework import framework_for
from itadesk.domain.model import PARTS
from itadesk.domain.status import Status
from itadesk.ui.common.background import Background
from itadesk.ui.common.dialogs import ask_text, ask_yes_no
from itadesk.ui.common.errors import ErrorHub
from itadesk.ui.common.screen_fit import keep_full_width
from itadesk.ui.common.settings import UiSettings
from itadesk.ui.desk.desk import Desk
from itadesk.ui.desk.desk_work import QUIET, STALLED, DeskWork
from itadesk.ui.desk.queued_desk import QueuedDesk
from itadesk.ui.desk.year_session import YearSession
from itadesk.ui.forms.ui_main_window import Ui_MainWindow
from itadesk.ui.help.help_window import add_manual_action
from itadesk.ui.main_window.change_watch import ChangeWatch
from itadesk.ui.main_window.measure_filter import MeasureFilter
from itadesk.ui.main_window.measure_table import MeasureTableModel
from itadesk.ui.main_window.measure_table_view import WHOLE_ROWS
from itadesk.ui.main_window.thai_wrap_delegate import ThaiWrapDelegate
from itadesk.ui.measure_editor.measure_editor import MeasureEditor

EDITOR_SHARE = 42  # per cent of the splitter's width the editor's pane takes when it first opens
EDITOR_BESIDE = 1250  # logical pixels: a window this wide opens with the editor's pane shown, a narrower one
# (1366 × 768 at 125 %, 1600 × 1000 at 150 %) with the table alone until Enter opens the pane
USABLE_WIDTH = 900  # logical pixels: a window is never restored narrower (nor shorter than WHOLE_ROWS rows)
NOTICE_MS = 60_000  # how long the status bar says that others' changes met the user's


class MainWindow(QMainWindow):
    imported = Signal(str)  # the summary of an exchange file just imported

    def __init__(
        self,
        desk: Desk,
        settings: UiSettings,
        errors: ErrorHub,
        background: Background,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated form
        self.settings, self.errors, self.background = settings, errors, background
        # Every database call of the window runs on one thread of its own, in order (`DeskWork`): a server
        # that does not answer, or a file another program keeps locked, never freezes the window.
        self.work = DeskWork(lambda: _database_place(desk), parent=self)
        self.work.direct = True  # until the window is built (see the end of __init__)
        self.raw_desk = desk  # for what needs the database itself (its backups); called only through `work`
        self.desk: Desk = QueuedDesk(desk, self.work)
        self.session = YearSession(desk, self, work=self.work)
        self.memo_composer: QWidget | None = None
        self.report_preview: QWidget | None = None
        self.model = MeasureTableModel(self)
        self.proxy = MeasureFilter(self)
        self.proxy.setSourceModel(self.model)
        self.ui.measureTable.setModel(self.proxy)
        self.ui.measureTable.configure_columns()
        self.ui.measureTable.setItemDelegate(ThaiWrapDelegate(self.ui.measureTable))
        self.editor = MeasureEditor(self.session)
        # In a scroll area, so the editor's many fields never make the window taller than a laptop screen
        # at 150 % scaling (1366 × 768 shows 910 × 512 logical pixels).
        editor_scroll = QScrollArea(self.ui.editorHost)
        editor_scroll.setWidgetResizable(True)
        editor_scroll.setFrameShape(QFrame.Shape.NoFrame)
        editor_scroll.setWidget(self.editor)
        editor_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._narrow_editor()
        keep_full_width(editor_scroll)  # the splitter leaves the editor room for its buttons
        editor_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ui.editorLayout.setContentsMargins(0, 0, 0, 0)
        self.ui.editorLayout.addWidget(editor_scroll)
        ui = self.ui
        for combo, letters in ((ui.statusFilter, 14), (ui.partFilter, 10), (ui.unitFilter, 10)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(letters)
        self.ui.searchEdit.setMinimumWidth(self.fontMetrics().horizontalAdvance("ค้นหามาตรการ"))
        # The editor is a pane beside the table, never under it: the table keeps its rows on a low screen
        # (1366 × 768 at 125 % is 1093 × 614 logical pixels). The pane can be hidden for the whole width.
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self._screen = ""  # the screen and scale the layout was restored for (`screen_fit.screen_key`)
        self._editor_width = 0  # the pane's width while shown, kept while it is hidden
        self._shown_once = False
        self._pane_wanted: bool | None = None
        self._add_undo_actions()
        self._fill_filters()
        self._connect()
        self._connect_others_changes()
        self._restore_layout()
        self._order_tabs()
        self.reload_years()
        self.work.direct = False  # from now on every write runs on the database's thread
        # What writing needs loads once the table has painted, never before, and the Thai dictionary after it
        # (`_warm_up_storage`): start-up stays fast, and the first change waits for the database alone.
        self.ui.measureTable.firstPainted.connect(self._warm_up_storage, Qt.ConnectionType.QueuedConnection)
        self.ui.measureTable.firstPainted.connect(self.change_watch.start, Qt.ConnectionType.QueuedConnection)
        self.read_only_reason = self.tr("ฐานข้อมูลเปิดแบบอ่านอย่างเดียว เพราะมีโปรแกรมอีกหน้าต่างหนึ่งใช้อยู่")
        if desk.read_only:
            self.setWindowTitle(self.tr("ITA Desk — เปิดแบบอ่านอย่างเดียว"))
            self.ui.statusbar.showMessage(
                self.tr("เปิดแบบอ่านอย่างเดียว: มีโปรแกรมอีกหน้าต่างหนึ่งใช้ฐานข้อมูลนี้อยู่ การแก้ไขจะไม่ถูกบันทึก")
            )
            self.editor.setEnabled(False)

    def enter_read_only(self, reason: str) -> None:
        """From now on nothing is written (a damaged database): every change is refused with `reason`."""
        self.desk.read_only = True
        self.read_only_reason = reason
        self.setWindowTitle(self.tr("ITA Desk — ฐานข้อมูลเสียหาย เปิดดูอย่างเดียว"))
        self.ui.statusbar.showMessage(self.tr("ฐานข้อมูลเสียหาย เปิดดูอย่างเดียว: การแก้ไขจะไม่ถูกบันทึก"))
        self.editor.setEnabled(False)

    # -- building ---------------------------------------------------------------------------------
    def _load_thai_words(self) -> None:
        """Load the segmentation dictionary off the GUI thread; then the table wraps Thai between words."""
        from itadesk.thai.segment import dictionary_loaded, load_dictionary

        if dictionary_loaded():
            return
        self.background.run(
            lambda _progress: load_dictionary(),
            lambda _result: self.ui.measureTable.refit_rows(),
            doing=self.tr("โหลดพจนานุกรมตัดคำภาษาไทย"),
            on_failure=lambda _error: None,  # Qt's own wrapping stays: nothing the user must act on
        )

    def _warm_up_storage(self) -> None:
        """The window read its data without what writing needs; load that before the first change, then the
        Thai dictionary (one after the other: together they would share one interpreter's time)."""
        self.background.run(
            lambda _progress: self.desk.warm_up(),
            lambda _result: self._load_thai_words(),
            doing=self.tr("เตรียมการบันทึกข้อมูล"),
            # the first change loads it again and reports any failure itself
            on_failure=lambda _error: self._load_thai_words(),
        )

    # -- what other programs and PCs write ---------------------------------------------------------
    def _connect_others_changes(self) -> None:
        """Within a second or two of another program's write the table, the summary bar and the editor
        show it (the user's place and unsaved typing stay); a clash with the user's typing is told in the
        status bar. Watching starts after the first paint."""
        self.change_watch = ChangeWatch(self.raw_desk.change_count, self, work=self.work)
        self.change_watch.changed.connect(self.session.refresh)
        self.session.measureArrived.connect(self._measure_arrived)
        self.others_notice = QLabel(self)
        self.others_notice.setWordWrap(True)
        self.ui.statusbar.addPermanentWidget(self.others_notice, 1)
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(self.others_notice.clear)
        self.session.notice.connect(self._show_notice)
        # What the database's thread is at: quiet, "กำลังบันทึก…", or that the database does not answer.
        self.database_state = QLabel(self)
        self.database_state.setWordWrap(True)
        self.database_state.hide()
        self.ui.statusbar.addPermanentWidget(self.database_state, 2)
        self.work.state.connect(self._show_database_state)

    def _show_database_state(self, state: str, text: str) -> None:
        label = self.database_state
        label.setText(text)
        label.setStyleSheet(
            "color: #b71c1c; font-weight: bold;" if state == STALLED else "color: palette(mid);"
        )
        label.setVisible(state != QUIET)

    def _measure_arrived(self, measure_id: str) -> None:
        """Another program added a measure: a new row, the selection stays where the user left it."""
        self.model.insert_measure(self.session.index_of(measure_id), self.session.measure(measure_id))
        self._update_counts()

    def _show_notice(self, message: str) -> None:
        self.others_notice.setText(message)
        self._notice_timer.start(NOTICE_MS)

    def _add_undo_actions(self) -> None:
        undo = self.session.undo_stack.createUndoAction(self, self.tr("เลิกทำ"))
        redo = self.session.undo_stack.createRedoAction(self, self.tr("ทำซ้ำ"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        first = self.ui.menuEdit.actions()[0]
        self.ui.menuEdit.insertActions(first, [undo, redo])
        self.ui.menuEdit.insertSeparator(first)
        self.undo_action, self.redo_action = undo, redo

    def _fill_filters(self) -> None:
        self.ui.statusFilter.addItem(self.tr("ทุกสถานะ"), None)
        for status in Status:
            self.ui.statusFilter.addItem(status.label, status.value)
        framework = framework_for(self.session.year or fiscal_year_of(date.today()))
        self.ui.partFilter.addItem(self.tr("ทุกส่วนการประเมิน"), "")
        for part in PARTS:
            self.ui.partFilter.addItem(framework.part_label(part), part)
        view = self.ui.partFilter.view()  # the list shows the whole Thai names, the box what fits
        view.setMinimumWidth(view.sizeHintForColumn(0) + 24)
        self._fill_unit_filter()

    def _fill_unit_filter(self) -> None:
        combo = self.ui.unitFilter
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("ทุกหน่วยงาน"), "")
        names = {u.name for u in self.desk.units()} | {
            r for m in self.session.measures() for r in m.responsible
        }
        for name in sorted(names):
            combo.addItem(name, name)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def _connect(self) -> None:
        ui = self.ui
        ui.yearCombo.activated.connect(lambda _: self.show_year(int(ui.yearCombo.currentData())))
        ui.statusFilter.currentIndexChanged.connect(self._status_filter_changed)
        ui.partFilter.currentIndexChanged.connect(lambda _: self.proxy.set_part(ui.partFilter.currentData()))
        ui.unitFilter.currentIndexChanged.connect(
            lambda _: self.proxy.set_unit(ui.unitFilter.currentData() or "")
        )
        ui.searchEdit.textChanged.connect(self.proxy.set_search)
        ui.measureTable.openRequested.connect(self.open_in_editor)
        ui.actionShowEditor.toggled.connect(self.show_editor)
        ui.actionShowEditor.toggled.connect(ui.editorButton.setChecked)
        ui.editorButton.setChecked(ui.actionShowEditor.isChecked())
        ui.editorButton.toggled.connect(ui.actionShowEditor.setChecked)
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), ui.editorHost)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(ui.measureTable.setFocus)
        ui.measureTable.statusRequested.connect(self._status_requested)
        ui.measureTable.selectionModel().selectionChanged.connect(self._selection_changed)
        ui.addMeasureButton.clicked.connect(self.add_measure)
        ui.deleteMeasureButton.clicked.connect(self.delete_measure)
        ui.composeMemoButton.clicked.connect(self.compose_memo)
        ui.actionAddMeasure.triggered.connect(self.add_measure)
        ui.actionDeleteMeasure.triggered.connect(self.delete_measure)
        ui.actionFind.triggered.connect(self._focus_search)
        ui.actionComposeMemo.triggered.connect(self.compose_memo)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionAbout.triggered.connect(self._about)
        self.manual_action = add_manual_action(self, ui.menuHelp, before=ui.actionAbout)
        self.session.measuresReset.connect(self._measures_reset)
        self.session.measureChanged.connect(self._measure_changed)
        self.session.measureAdded.connect(self._measure_added)
        self.session.measureRemoved.connect(self._measure_removed)
        self.session.failed.connect(lambda message: self.errors.show_message(self.tr("บันทึกไม่สำเร็จ"), message))
        self.proxy.rowsInserted.connect(self._update_counts)
        self.proxy.rowsRemoved.connect(self._update_counts)
        self.proxy.modelReset.connect(self._update_counts)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.layoutChanged):
            signal.connect(self._follow_filter)
        from itadesk.ui.main_window import window_actions

        window_actions.connect_actions(self)

    def _restore_layout(self) -> None:
        """The geometry, the splitter and the editor's pane as last left on this screen at this scale; on a
        first start there, as large as the screen allows (at most 1400 × 860)."""
        from itadesk.ui.common.screen_fit import fit_window, keep_on_screen, screen_key

        self._screen = screen_key(self)
        geometry = self.settings.window_geometry(self._screen)
        if geometry is not None and self.restoreGeometry(geometry):
            keep_on_screen(self)
        else:
            fit_window(self, 1400, 860, centre=True)
        if self.settings.window_state is not None:
            self.restoreState(self.settings.window_state)
        splitter = self.settings.window_splitter(self._screen)
        if splitter is not None and self.ui.splitter.restoreState(splitter):
            self._editor_width = self.ui.splitter.sizes()[1]
        # None: decided at the first show, by the width the window then has (`_first_show`)
        self._pane_wanted = self.settings.editor_shown(self._screen)

    def _narrow_editor(self) -> None:
        """In a pane the editor's labels go above their fields when the pane is narrow, and its tabs
        scroll: the pane's narrowest is a field's, not a label's and a field's side by side."""
        from PySide6.QtWidgets import QFormLayout

        for form in self.editor.findChildren(QFormLayout):
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.editor.ui.tabs.setUsesScrollButtons(True)
        for scroll in self.editor.findChildren(QScrollArea):
            keep_full_width(scroll)  # again: their contents' narrowest has just changed
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab stops at fields, never at their frame
        self.editor.ui.tabs.updateGeometry()  # its layout keeps the narrowest it had until told

    def _order_tabs(self) -> None:
        """Tab goes year → filters → search → table → editor → the buttons, and Shift+Tab back: the table
        passes Tab on instead of moving cell to cell."""
        ui = self.ui
        chain: list[QWidget] = [ui.yearCombo, ui.statusFilter, ui.partFilter, ui.unitFilter, ui.searchEdit]
        chain.append(ui.measureTable)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        last = _last_in_chain(self.editor)
        for button in (ui.addMeasureButton, ui.deleteMeasureButton, ui.composeMemoButton, ui.editorButton):
            QWidget.setTabOrder(last, button)
            last = button

    # -- the editor's pane ------------------------------------------------------------------------
    def show_editor(self, shown: bool) -> None:
        """Show the editor's pane beside the table (at the width it last had) or hide it (the table takes
        the whole width)."""
        host, splitter = self.ui.editorHost, self.ui.splitter
        if shown != host.isHidden():
            return  # already so
        if not shown:
            if host.isVisibleTo(self) and splitter.sizes()[1] > 0:
                self._editor_width = splitter.sizes()[1]
            focus = QApplication.focusWidget()
            if focus is not None and host.isAncestorOf(focus):
                self.ui.measureTable.setFocus()
            host.hide()
            return
        host.show()
        self._size_pane()

    def _size_pane(self) -> None:
        splitter = self.ui.splitter
        total = sum(splitter.sizes()) or self.width()
        width = self._editor_width or total * EDITOR_SHARE // 100
        width = min(max(width, self.ui.editorHost.minimumSizeHint().width()), total * 2 // 3)
        splitter.setSizes([total - width, width])

    def open_in_editor(self) -> None:
        """Enter (or a double click) on a row: the editor's pane shows that measure, the cursor in its first
        field (the title on the main tab)."""
        if self.ui.measureTable.current_measure_id() is None:
            return
        self.ui.actionShowEditor.setChecked(True)
        tabs = self.editor.ui.tabs
        page = tabs.currentWidget()
        if page is not None and page.isAncestorOf(self.editor.ui.titleEdit):
            target: QWidget | None = self.editor.ui.titleEdit
        else:
            target = _first_in_chain(page) if page is not None else None
        (target or tabs).setFocus(Qt.FocusReason.TabFocusReason)
        if target is self.editor.ui.titleEdit:
            self.editor.ui.titleEdit.moveCursor(QTextCursor.MoveOperation.End)

    # -- years ------------------------------------------------------------------------------------
    def reload_years(self, show: int | None = None) -> None:
        years = self.desk.years()
        combo = self.ui.yearCombo
        combo.clear()
        for year in sorted(years, reverse=True):
            combo.addItem(self.tr("พ.ศ. %d") % year, year)
        wanted = show or self.settings.last_year or fiscal_year_of(date.today())
        if years and wanted not in years:
            wanted = max(years)
        if not years:
            combo.addItem(self.tr("พ.ศ. %d") % wanted, wanted)
        self.show_year(wanted)

    def show_year(self, year: int) -> None:
        combo = self.ui.yearCombo
        combo.setCurrentIndex(max(combo.findData(year), 0))
        self.session.load(year)
        self.settings.last_year = year

    @property
    def year(self) -> int:
        return self.session.year or fiscal_year_of(date.today())

    # -- table and editor follow the session ------------------------------------------------------
    def _measures_reset(self) -> None:
        self.model.set_measures(self.session.measures())
        self._fill_unit_filter()
        self.editor.show_measure(None)
        if self.proxy.rowCount():
            self.ui.measureTable.selectRow(0)
        self._update_counts()

    def _measure_changed(self, measure_id: str) -> None:
        self.model.replace_measure(self.session.measure(measure_id))
        self._update_counts()

    def _measure_added(self, measure_id: str) -> None:
        self.model.insert_measure(self.session.index_of(measure_id), self.session.measure(measure_id))
        self.select_measure(measure_id)

    def _measure_removed(self, measure_id: str) -> None:
        self.model.remove_measure(measure_id)
        self._update_counts()

    def _update_counts(self, *_: object) -> None:
        self.ui.summaryBar.set_measures(self.session.measures())
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if total == 0:
            self.ui.measureTable.set_placeholder(
                self.tr("ยังไม่มีมาตรการในปีงบประมาณนี้ — กด “เพิ่มมาตรการ” หรือใช้เมนู ปีงบประมาณ › เริ่มปีงบประมาณถัดไป")
            )
        else:
            self.ui.measureTable.set_placeholder(
                self.tr("ไม่มีมาตรการที่ตรงกับตัวกรองและคำค้น — เลือก “ทุกสถานะ” หรือลบคำค้นเพื่อดูทั้งหมด")
            )
        text = self.tr("แสดง %d จาก %d มาตรการ") % (shown, total) if shown != total else ""
        self.ui.statusbar.showMessage(text)

    def select_measure(self, measure_id: str) -> None:
        source = self.model.index(self.model.row_of(measure_id), 0)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():  # hidden by a filter: clear the filters so the user sees it
            self.clear_filters()
            index = self.proxy.mapFromSource(source)
        self.ui.measureTable.selectRow(index.row())
        self.ui.measureTable.scrollTo(index)

    def _focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def clear_filters(self) -> None:
        for combo in (self.ui.statusFilter, self.ui.partFilter, self.ui.unitFilter):
            combo.setCurrentIndex(0)
        self.ui.searchEdit.clear()

    def _selection_changed(self, selected: QItemSelection, _: QItemSelection) -> None:
        # Asked of the selection itself: a row removed above the selected one (another program deleted a
        # measure) reports an empty `selected` while the same measure stays selected.
        indexes = selected.indexes() or self.ui.measureTable.selectionModel().selectedRows()
        self.editor.show_measure(self.ui.measureTable.current_measure_id() if indexes else None)
        if self.desk.read_only:
            self.editor.setEnabled(False)

    def _follow_filter(self, *_: object) -> None:
        """After a search or a filter the editor shows the highlighted row: the row kept, or the first one
        shown when the filter hid it; an empty editor only when no row is shown."""
        table = self.ui.measureTable
        if self.proxy.rowCount() == 0:
            if self.editor.measure_id is not None:
                self.editor.show_measure(None)
            return
        if not table.selectionModel().hasSelection():
            current = table.currentIndex()
            table.selectRow(current.row() if current.isValid() else 0)
        elif self.editor.measure_id != table.current_measure_id():
            self.editor.show_measure(table.current_measure_id())
        if self.desk.read_only:
            self.editor.setEnabled(False)

    def _status_filter_changed(self, _: int) -> None:
        value = self.ui.statusFilter.currentData()
        self.proxy.set_status(Status(value) if value else None)

    def _status_requested(self, measure_id: str, status: Status) -> None:
        if self._refuse_if_read_only():
            return
        self.session.set_status(measure_id, status)

    # -- actions ----------------------------------------------------------------------------------
    def _refuse_if_read_only(self) -> bool:
        if self.desk.read_only:
            self.errors.show_message(self.tr("แก้ไขไม่ได้"), self.read_only_reason)
        return self.desk.read_only

    def add_measure(self) -> None:
        if self._refuse_if_read_only():
            return
        title = ask_text(self, self.tr("เพิ่มมาตรการ"), self.tr("ชื่อมาตรการ/แนวทาง:"))
        if title:
            self.add_measure_titled(title)

    def add_measure_titled(self, title: str) -> str | None:
        measure_id = self.session.add_measure(title)
        if measure_id is not None:
            self.ui.actionShowEditor.setChecked(True)  # a new measure's details are typed next
        if measure_id is not None and self.ui.yearCombo.findData(self.year) < 0:
            self.reload_years(self.year)
        return measure_id

    def delete_measure(self) -> None:
        measure_id = self.ui.measureTable.current_measure_id()
        if measure_id is None or self._refuse_if_read_only():
            return
        title = self.session.measure(measure_id).title
        question = self.tr("ลบมาตรการ “%s” ?\nลบแล้วยังเลิกทำได้ (แก้ไข › เลิกทำ, Ctrl+Z)") % title
        if ask_yes_no(self, self.tr("ลบมาตรการ"), question, yes=self.tr("ลบ")):
            self.session.delete_measure(measure_id)

    def compose_memo(self) -> None:
        from itadesk.ui.memo.memo_composer import MemoComposer

        self.session.flush()
        composer = MemoComposer(self.desk, self.year, self.errors, self.background, self.settings, self)
        composer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        composer.show()
        self.memo_composer = composer

    def _about(self) -> None:
        import itadesk

        QMessageBox.about(
            self,
            self.tr("เกี่ยวกับ ITA Desk"),
            self.tr(
                "ITA Desk %s\nมาตรการส่งเสริมคุณธรรมและความโปร่งใส บันทึกข้อความ และรายงาน "
                "สำหรับองค์กรปกครองส่วนท้องถิ่น ใช้งานได้โดยไม่ต้องต่ออินเทอร์เน็ต"
            )
            % itadesk.__version__,
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self._first_show()

    def _first_show(self) -> None:
        """Grow a window restored too small; a first start on this screen shows the editor's pane on a wide
        window only, at EDITOR_SHARE of the width."""
        self._grow_to_usable()
        shown = self._pane_wanted
        if shown is None:
            shown = self.width() >= EDITOR_BESIDE
        width = self._editor_width  # the remembered one, or 0: EDITOR_SHARE when the pane opens
        self.ui.actionShowEditor.setChecked(shown)
        self.show_editor(shown)
        self._editor_width = width
        if shown:
            self._size_pane()

    def _grow_to_usable(self) -> None:
        """A window restored too small to use (remembered when the table showed fewer rows, or at another
        scale) grows, inside the screen, until the table shows WHOLE_ROWS whole rows and it is USABLE_WIDTH
        wide."""
        from itadesk.ui.common.screen_fit import Area, available_area, fitted_area

        if self.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
            return
        layout = self.layout()
        if layout is not None:
            layout.activate()
        table = self.ui.measureTable
        short = WHOLE_ROWS * table.row_height(1) - table.viewport().height()
        narrow = USABLE_WIDTH - self.width()
        if short <= 0 and narrow <= 0:
            return
        rect = self.geometry()
        wanted = Area(rect.x(), rect.y(), rect.width() + max(narrow, 0), rect.height() + max(short, 0))
        area = fitted_area(wanted, available_area(self))
        self.setGeometry(area.x, area.y, area.width, area.height)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.change_watch.stop()
        self.session.flush()  # waits (painting, the database's state shown) for every save asked
        shown = self.ui.actionShowEditor.isChecked()
        self.settings.save_window(self._screen, self.saveGeometry(), self.ui.splitter.saveState(), shown)
        self.settings.window_state = self.saveState()
        self.settings.sync()
        super().closeEvent(event)

    def editor_shown(self) -> bool:
        """Whether the editor's pane is shown beside the table."""
        return self.ui.editorHost.isVisibleTo(self)

    def current_index(self) -> QModelIndex:
        return self.ui.measureTable.currentIndex()


def _database_place(desk: Desk) -> tuple[str, bool]:
    """Where the desk's database is, as the user knows it (a file, or host:port/name), and whether it is a
    server."""
    from itadesk.ui.desk.first_look import FirstLookDesk

    # A database opened after the first paint is asked only once it is open (asking would open it).
    opened = desk.opened if isinstance(desk, FirstLookDesk) else desk
    db = getattr(opened, "db", None)  # an OfficeData's; a desk in memory has none
    if db is None:
        return "", False
    return str(db.where), not db.is_sqlite


def _focusable(widget: QWidget, within: QWidget) -> bool:
    return (
        within.isAncestorOf(widget)
        and not isinstance(widget, QScrollArea)  # the page's frame: its first field is meant
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.isVisibleTo(within)
        and widget.isEnabled()
    )


def _first_in_chain(within: QWidget) -> QWidget | None:
    """The first widget inside `within` that Tab stops at."""
    widget = within.nextInFocusChain()
    while widget is not within and widget is not None:
        if _focusable(widget, within):
            return widget
        widget = widget.nextInFocusChain()
    return None


def _last_in_chain(within: QWidget) -> QWidget:
    """The last widget inside `within` in the window's focus chain (Tab goes on from it)."""
    last, widget = within, within.nextInFocusChain()
    while widget is not within and widget is not None:
        if within.isAncestorOf(widget):
            last = widget
        widget = widget.nextInFocusChain()
    return last
