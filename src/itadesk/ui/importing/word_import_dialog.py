"""File → นำเข้าจาก Word: the measure tables found in a Word file, the column each header became (a combo
box per column, which the user may correct), the fiscal year, and how many measures, steps, units and results
that gives; นำเข้า imports them, ยกเลิก changes nothing.

The dialog holds widgets only: the reading is `exchange.word` (`WordDocument.with_columns`, `word_dataset`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from itadesk.domain.fiscal import MAX_FISCAL_YEAR, MIN_FISCAL_YEAR
from itadesk.domain.model import Dataset
from itadesk.exchange.word.columns import LABELS, Column
from itadesk.exchange.word.errors import WordImportError
from itadesk.exchange.word.found import FoundCounts
from itadesk.exchange.word.reader import WordDocument, word_dataset
from itadesk.exchange.word.tables import FoundTable
from itadesk.ui.common.screen_fit import fit_window, keep_full_width

_SAMPLE_CHARS = 50


def _sample(table: FoundTable, place: int) -> str:
    """The first text under a column, so the user sees what the column holds."""
    for row in table.rows:
        if not row.across and place < len(row.cells) and row.cells[place]:
            text = " ".join(row.cells[place])
            return text if len(text) <= _SAMPLE_CHARS else text[: _SAMPLE_CHARS - 1] + "…"
    return ""


class WordImportDialog(QDialog):
    def __init__(self, document: WordDocument, units: list[str], year: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.units = units
        self.setWindowTitle(self.tr("นำเข้ามาตรการจากไฟล์ Word: %s") % document.name)
        self.combos: dict[int, list[QComboBox]] = {}

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "พบตารางมาตรการ %d ตารางใน %s ตรวจว่าแต่ละคอลัมน์ตรงกับข้อมูลใด แก้ได้ที่ช่องเลือกของคอลัมน์นั้น แล้วกด นำเข้า"
            )
            % (len(document.tables), document.name),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.year_box = QSpinBox(self)
        self.year_box.setObjectName("wordYear")
        self.year_box.setRange(MIN_FISCAL_YEAR, MAX_FISCAL_YEAR)
        self.year_box.setValue(year)
        form.addRow(self.tr("เป็นมาตรการของปีงบประมาณ พ.ศ."), self.year_box)
        layout.addLayout(form)

        scroll = QScrollArea(self)
        scroll.setObjectName("wordTablesScroll")
        scroll.setWidgetResizable(True)
        page = QWidget(scroll)
        tables = QVBoxLayout(page)
        for table in document.tables:
            if table.continues:
                continue  # it takes the columns of the table it continues
            tables.addWidget(self._table_box(table, page))
        tables.addStretch(1)
        scroll.setWidget(page)
        keep_full_width(scroll)
        layout.addWidget(scroll, 1)

        self.found_label = QLabel(self)
        self.found_label.setObjectName("wordFound")
        self.found_label.setWordWrap(True)
        layout.addWidget(self.found_label)

        buttons = QDialogButtonBox(self)
        self.import_button = QPushButton(self.tr("นำเข้า"), self)
        self.import_button.setObjectName("wordImport")
        self.cancel_button = QPushButton(self.tr("ยกเลิก"), self)
        self.cancel_button.setObjectName("wordCancel")
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show_found()
        fit_window(self, 980, 720)

    def _table_box(self, table: FoundTable, parent: QWidget) -> QGroupBox:
        continued = [t.place for t in self.document.tables if t.continues and t.place > table.place]
        title = self.tr("ตารางที่ %d") % table.place
        if continued:
            title += self.tr(" (และตารางต่อจากนั้น)")
        box = QGroupBox(title, parent)
        box.setObjectName(f"wordTable{table.place}")
        grid = QTableWidget(table.width, 3, box)
        grid.setHorizontalHeaderLabels([self.tr("หัวคอลัมน์ในไฟล์"), self.tr("นำเข้าเป็น"), self.tr("ตัวอย่าง")])
        grid.verticalHeader().hide()
        grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        grid.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        grid.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = grid.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        combos: list[QComboBox] = []
        for place, (text, column) in enumerate(zip(table.headers, table.columns, strict=True)):
            grid.setItem(place, 0, QTableWidgetItem(text or self.tr("(ไม่มีหัวคอลัมน์)")))
            combo = QComboBox(grid)
            combo.setObjectName(f"wordColumn{table.place}_{place}")
            for choice in Column:
                combo.addItem(self.tr(LABELS[choice]), choice.value)
            combo.setCurrentIndex(combo.findData(column.value))
            combo.currentIndexChanged.connect(lambda _=0, p=table.place: self._column_changed(p))
            grid.setCellWidget(place, 1, combo)
            grid.setItem(place, 2, QTableWidgetItem(_sample(table, place)))
            combos.append(combo)
        self.combos[table.place] = combos
        row = grid.verticalHeader().defaultSectionSize()
        grid.setFixedHeight(header.sizeHint().height() + table.width * row + 2 * grid.frameWidth() + 2)
        QVBoxLayout(box).addWidget(grid)
        return box

    def _column_changed(self, place: int) -> None:
        chosen = [Column(combo.currentData()) for combo in self.combos[place]]
        self.document = self.document.with_columns(place, chosen)
        self._show_found()

    def columns(self, place: int) -> list[Column]:
        return next(t.columns for t in self.document.tables if t.place == place)

    def dataset(self) -> Dataset:
        """What นำเข้า imports: the measures as the columns are now chosen, in the year chosen."""
        return word_dataset(self.document, self.year_box.value(), self.units)

    def _show_found(self) -> None:
        try:
            counts = FoundCounts.of(self.dataset().years[0].measures)
        except WordImportError as refusal:
            self.found_label.setText(str(refusal))
            self.import_button.setEnabled(False)
            return
        self.found_label.setText(self.tr("จะนำเข้า: %s") % counts.thai())
        self.import_button.setEnabled(True)

    def found_text(self) -> str:
        return self.found_label.text()
