"""Before importing into an office that already has data: what the file holds, what would change, the choices.

The counts are a plan (`Desk.plan_import`: the same import, rolled back), made again whenever a choice
changes, so what the dialog says is what นำเข้า does. Every choice starts at keeping what the office has:
its details, each year already stored (the file's records are added to it), and statuses the file has
further back. ยกเลิก changes nothing. The dialog holds only widgets; the choices are an `ImportChoices`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from itadesk.storage.errors import StorageError
from itadesk.storage.importing.choices import ImportChoices
from itadesk.storage.importing.summary import KINDS, ImportSummary, KindCount
from itadesk.ui.common.screen_fit import fit_window, keep_full_width

Planner = Callable[[ImportChoices], ImportSummary]


def count_rows(plan: ImportSummary) -> list[tuple[str, list[int]]]:
    """Per kind the file holds: in the file, new, updated, unchanged, removed (other kinds left out)."""
    rows: list[tuple[str, list[int]]] = []
    for kind in KINDS:
        c: KindCount = plan[kind]
        if c.added or c.updated or c.unchanged or c.removed:
            rows.append(
                (kind, [c.added + c.updated + c.unchanged, c.added, c.updated, c.unchanged, c.removed])
            )
    return rows


def _read_only_table(rows: int, headers: list[str], parent: QWidget) -> QTableWidget:
    table = QTableWidget(rows, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


def _fit_rows(table: QTableWidget, most: int | None = None) -> None:
    """Tall enough for every row, one line each, or for `most` rows (then the table scrolls): the page
    around it scrolls, so a short table never hides a row."""
    rows = table.rowCount()
    if most is not None and rows > most:
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        rows = most
    row = table.verticalHeader().defaultSectionSize()
    table.setFixedHeight(
        table.horizontalHeader().sizeHint().height() + rows * row + 2 * table.frameWidth() + 2
    )


def _cell(text: str) -> QTableWidgetItem:
    return QTableWidgetItem(text)


class ImportPreviewDialog(QDialog):
    def __init__(self, plan: Planner, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("นำเข้าไฟล์ %s") % file_name)
        self._plan = plan
        self._kind_labels = {
            "organization": self.tr("ข้อมูลหน่วยงาน"),
            "units": self.tr("ส่วนราชการ"),
            "people": self.tr("บุคลากร"),
            "years": self.tr("ปีงบประมาณ"),
            "ita_results": self.tr("ผลการประเมิน ITA"),
            "measures": self.tr("มาตรการ"),
            "memos": self.tr("บันทึกข้อความ"),
        }
        first = plan(ImportChoices(office="keep"))
        self.year_choices: dict[int, tuple[QRadioButton, QRadioButton]] = {}

        intro = QLabel(
            self.tr(
                "ฐานข้อมูลนี้มีข้อมูลอยู่แล้ว ตรวจดูว่าการนำเข้าไฟล์ %s จะเปลี่ยนอะไร แล้วเลือกก่อนกด “นำเข้า”\n"
                "ทุกข้อเริ่มที่คงข้อมูลของหน่วยงานนี้ไว้ กด “ยกเลิก” แล้วจะไม่มีอะไรเปลี่ยน"
            )
            % file_name,
            self,
        )
        intro.setWordWrap(True)
        body = QWidget()
        page = QVBoxLayout(body)

        counts = QGroupBox(self.tr("ข้อมูลในไฟล์ และสิ่งที่จะเปลี่ยน"), body)
        self.counts_table = _read_only_table(
            0,
            [
                self.tr("ประเภท"),
                self.tr("ในไฟล์"),
                self.tr("เพิ่มใหม่"),
                self.tr("แก้ไข"),
                self.tr("เหมือนเดิม"),
                self.tr("ลบ"),
            ],
            counts,
        )
        self.counts_table.setObjectName("countsTable")
        QVBoxLayout(counts).addWidget(self.counts_table)
        page.addWidget(counts)

        self.keep_office = QRadioButton(self.tr("คงข้อมูลหน่วยงานของเราไว้"), self)
        self.take_office = QRadioButton(self.tr("ใช้ข้อมูลหน่วยงานจากไฟล์"), self)
        self.keep_office.setObjectName("keepOffice")
        self.take_office.setObjectName("takeOffice")
        self.keep_office.setChecked(True)
        self.office_table: QTableWidget | None = None
        if first.office_differences:
            page.addWidget(self._office_group(first, body))

        if first.existing_years:
            page.addWidget(self._years_group(first.existing_years, body))

        self.keep_statuses = QRadioButton(self.tr("คงสถานะของเราไว้ (พร้อมประวัติการเปลี่ยนสถานะ)"), self)
        self.take_statuses = QRadioButton(self.tr("ใช้สถานะจากไฟล์"), self)
        self.keep_statuses.setObjectName("keepStatuses")
        self.take_statuses.setObjectName("takeStatuses")
        self.keep_statuses.setChecked(True)
        self.status_table: QTableWidget | None = None
        if first.statuses_going_back:
            page.addWidget(self._statuses_group(first, body))
        page.addStretch(1)
        for unasked in ([] if self.office_table else [self.keep_office, self.take_office]) + (
            [] if self.status_table else [self.keep_statuses, self.take_statuses]
        ):
            unasked.hide()

        scroll = QScrollArea(self)
        scroll.setObjectName("previewScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        keep_full_width(scroll)

        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button: QPushButton = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("นำเข้า"))
        self.import_button.setObjectName("importButton")
        self.cancel_button: QPushButton = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("ยกเลิก"))
        self.cancel_button.setObjectName("cancelButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._show(first)
        for radio in (self.keep_office, self.take_office, self.keep_statuses, self.take_statuses):
            radio.toggled.connect(self._replan_when_checked)
        for add, replace in self.year_choices.values():
            add.toggled.connect(self._replan_when_checked)
            replace.toggled.connect(self._replan_when_checked)
        fit_window(self, 820, 660)

    # -- the groups -------------------------------------------------------------------------------
    def _office_group(self, plan: ImportSummary, parent: QWidget) -> QGroupBox:
        group = QGroupBox(self.tr("ข้อมูลหน่วยงานในไฟล์ต่างจากของหน่วยงานนี้"), parent)
        table = _read_only_table(
            len(plan.office_differences),
            [self.tr("ข้อมูล"), self.tr("หน่วยงานนี้"), self.tr("ในไฟล์")],
            group,
        )
        table.setObjectName("officeTable")
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for row, difference in enumerate(plan.office_differences):
            for column, text in enumerate((difference.label, difference.stored, difference.given)):
                table.setItem(row, column, _cell(text))
        _fit_rows(table)
        self.office_table = table
        layout = QVBoxLayout(group)
        layout.addWidget(table)
        layout.addWidget(self.keep_office)
        layout.addWidget(self.take_office)
        own = QButtonGroup(group)
        own.addButton(self.keep_office)
        own.addButton(self.take_office)
        return group

    def _years_group(self, years: list[int], parent: QWidget) -> QGroupBox:
        group = QGroupBox(self.tr("ปีงบประมาณที่มีอยู่แล้วในฐานข้อมูลนี้"), parent)
        layout = QVBoxLayout(group)
        for year in years:
            line = QHBoxLayout()
            line.addWidget(QLabel(self.tr("ปีงบประมาณ %d:") % year, group))
            add = QRadioButton(self.tr("เพิ่มเข้าในปีนั้น"), group)
            replace = QRadioButton(self.tr("แทนที่ทั้งปีด้วยของในไฟล์"), group)
            add.setObjectName(f"addYear{year}")
            replace.setObjectName(f"replaceYear{year}")
            add.setChecked(True)
            own = QButtonGroup(group)
            own.addButton(add)
            own.addButton(replace)
            line.addWidget(add)
            line.addWidget(replace)
            line.addStretch(1)
            layout.addLayout(line)
            self.year_choices[year] = (add, replace)
        note = QLabel(
            self.tr("แทนที่ทั้งปี: มาตรการและบันทึกข้อความของปีนั้นที่ไม่มีในไฟล์จะถูกลบ (ดูช่อง “ลบ” ในตารางด้านบน)"),
            group,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        return group

    def _statuses_group(self, plan: ImportSummary, parent: QWidget) -> QGroupBox:
        group = QGroupBox(self.tr("มาตรการที่สถานะในไฟล์ย้อนกลับ"), parent)
        going_back = plan.statuses_going_back
        headers = [self.tr("มาตรการ"), self.tr("ปี"), self.tr("สถานะของเรา"), self.tr("สถานะในไฟล์")]
        listing = _read_only_table(len(going_back), headers, group)
        listing.setObjectName("statusTable")
        listing.setTextElideMode(Qt.TextElideMode.ElideRight)
        listing.setWordWrap(False)
        for row, going in enumerate(going_back):
            number = f"{going.number} " if going.number else ""
            title = _cell(number + going.title)
            title.setToolTip(going.title)
            listing.setItem(row, 0, title)
            for column, text in enumerate((str(going.fiscal_year), going.stored.label, going.given.label), 1):
                listing.setItem(row, column, _cell(text))
        listing.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        _fit_rows(listing, most=8)
        self.status_table = listing
        layout = QVBoxLayout(group)
        layout.addWidget(listing)
        layout.addWidget(self.keep_statuses)
        layout.addWidget(self.take_statuses)
        own = QButtonGroup(group)
        own.addButton(self.keep_statuses)
        own.addButton(self.take_statuses)
        return group

    # -- choices and plans ------------------------------------------------------------------------
    def choices(self) -> ImportChoices:
        """What the user chose; undecided questions are never left to the import (keep is the default)."""
        return ImportChoices(
            office="take" if self.take_office.isChecked() else "keep",
            replace_years=frozenset(
                y for y, (_, replace) in self.year_choices.items() if replace.isChecked()
            ),
            statuses="take" if self.take_statuses.isChecked() else "keep",
        )

    def _replan_when_checked(self, checked: bool) -> None:
        if checked:  # one of a pair was chosen: the other's toggled(False) needs no second plan
            self.replan()

    def replan(self) -> None:
        try:
            plan = self._plan(self.choices())
        except StorageError as error:
            self.problem.setText(self.tr("นำเข้าตามที่เลือกไม่ได้: %s") % error)
            self.problem.show()
            self.import_button.setEnabled(False)
            return
        self.problem.hide()
        self.import_button.setEnabled(True)
        self._show(plan)

    def _show(self, plan: ImportSummary) -> None:
        table = self.counts_table
        rows = count_rows(plan)
        table.setRowCount(len(rows))
        for row, (kind, numbers) in enumerate(rows):
            table.setItem(row, 0, _cell(self._kind_labels[kind]))
            for column, number in enumerate(numbers, start=1):
                item = _cell(str(number))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
        _fit_rows(table)

    def counts(self) -> dict[str, list[int]]:
        """The counts as shown: per kind's Thai label, the numbers in the table's columns (for the tests)."""
        shown: dict[str, list[int]] = {}
        for row in range(self.counts_table.rowCount()):
            cells = [self.counts_table.item(row, column) for column in range(self.counts_table.columnCount())]
            texts = [cell.text() if cell is not None else "" for cell in cells]
            shown[texts[0]] = [int(text) for text in texts[1:]]
        return shown
