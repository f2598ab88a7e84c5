"""One report table (plan, progress, results, analysis) of the year, drawn to PDF and shown for printing.

The progress and results reports are of a round, chosen here (6 or 12 months), and count results up to a
cut-off day shown beside it (`documents.round_cutoff`): the round's last day, or today while the round runs.
Results dated after it are left out and listed under ตรวจก่อนพิมพ์ before anything is printed.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from itadesk.documents.round_cutoff import LeftOut, cut_results, default_cutoff
from itadesk.ui.common.background import Background
from itadesk.ui.common.be_date_edit import BeDateEdit
from itadesk.ui.common.errors import ErrorHub, describe, is_known
from itadesk.ui.common.screen_fit import fit_window
from itadesk.ui.common.settings import UiSettings
from itadesk.ui.common.thai_dates import short_date
from itadesk.ui.common.window_keys import close_on_escape
from itadesk.ui.desk.desk import Desk
from itadesk.ui.preview.pdf_preview import PdfPreview
from itadesk.ui.preview.print_warnings import PrintWarnings

TITLES = {
    "plan": "มาตรการส่งเสริมคุณธรรมและความโปร่งใส",
    "progress": "ความก้าวหน้าการดำเนินงาน",
    "results": "รายงานผลการดำเนินงาน",
    "analysis": "การวิเคราะห์ผลการประเมิน ITA",
}


ROUNDED = ("progress", "results")


def left_out_lines(left_out: list[LeftOut], cutoff: date) -> list[str]:
    """ตรวจก่อนพิมพ์'s lines for results dated after the cut-off."""
    until = short_date(cutoff)
    return [
        f"ไม่นำมาพิมพ์ (ลงวันที่ {short_date(item.day)} หลังวันที่นับถึง {until}): {item.measure} — {item.text}"
        for item in left_out
    ]


def report_title(kind: str, year: int, round_months: int) -> str:
    title = f"{TITLES[kind]} ปีงบประมาณ {year}"
    return f"{title} รอบ {round_months} เดือน" if kind in ("progress", "results") else title


class ReportPreview(QWidget):
    previewReady = Signal(str)

    def __init__(
        self,
        desk: Desk,
        kind: str,
        year: int,
        round_months: int,
        errors: ErrorHub,
        background: Background,
        settings: UiSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.desk, self.kind, self.year, self.round_months = desk, kind, year, round_months
        self.cutoff = default_cutoff(year, round_months, date.today())
        self.preview = PdfPreview(errors, background, settings, self)
        self.warnings = PrintWarnings(self)
        self.warnings.setMaximumWidth(360)
        # The round and the day results are counted up to, for the reports of a round.
        self.roundBar = QWidget(self)
        self.roundCombo = QComboBox(self.roundBar)
        self.roundCombo.setAccessibleName(self.tr("รอบรายงาน"))
        for months in (6, 12):
            self.roundCombo.addItem(self.tr("รอบ %d เดือน") % months, months)
        self.roundCombo.setCurrentIndex(self.roundCombo.findData(round_months))
        self.cutoffDate = BeDateEdit(self.roundBar)
        self.cutoffDate.setAccessibleName(self.tr("นับผลการดำเนินงานถึงวันที่"))
        self.cutoffDate.set_date(self.cutoff)
        bar = QHBoxLayout(self.roundBar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(QLabel(self.tr("รอบรายงาน"), self.roundBar))
        bar.addWidget(self.roundCombo)
        bar.addSpacing(16)
        bar.addWidget(QLabel(self.tr("นับผลการดำเนินงานถึงวันที่"), self.roundBar))
        bar.addWidget(self.cutoffDate)
        bar.addStretch(1)
        self.roundBar.setVisible(kind in ROUNDED)
        body = QHBoxLayout()
        body.addWidget(self.preview, 1)
        body.addWidget(self.warnings)
        layout = QVBoxLayout(self)
        layout.addWidget(self.roundBar)
        layout.addLayout(body, 1)
        fit_window(self, 1200, 860, centre=True)
        close_on_escape(self)
        self._tmp = tempfile.TemporaryDirectory(prefix="itadesk-report-")
        self._errors, self._background = errors, background
        self._title = ""
        self._drawn = 0
        self.roundCombo.activated.connect(lambda _: self._round_chosen())
        self.cutoffDate.dateChanged.connect(self._cutoff_chosen)
        self.redraw()

    def _round_chosen(self) -> None:
        months = int(self.roundCombo.currentData())
        if months != self.round_months:
            self.round_months = months
            self.cutoff = default_cutoff(self.year, months, date.today())
            self.cutoffDate.set_date(self.cutoff)
            self.redraw()

    def _cutoff_chosen(self, day: date | None) -> None:
        chosen = day or default_cutoff(self.year, self.round_months, date.today())
        if chosen != self.cutoff:
            self.cutoff = chosen
            self.redraw()

    def redraw(self) -> None:
        """Read the year again and draw it (after the office changed what the report prints)."""
        kind, year, round_months, errors = self.kind, self.year, self.round_months, self._errors
        title = self._title = report_title(kind, year, round_months)
        self.setWindowTitle(title)
        self.preview.suggested_name = f"{title}.pdf"
        self._drawn += 1  # a new file each time: the viewer may still hold the last one open
        path = Path(self._tmp.name) / f"{kind}-{year}-{round_months}-{self._drawn}.pdf"
        dataset = self.desk.dataset(year)
        left_out: list[str] = []
        if kind in ROUNDED:
            dataset, dropped = cut_results(dataset, year, self.cutoff)
            left_out = left_out_lines(dropped, self.cutoff)
        self.preview.status.setText(self.tr("กำลังจัดหน้า…"))

        def work(_: object) -> tuple[Path, list[str]]:
            from itadesk.documents.prechecks import check_before_printing
            from itadesk.documents.printing import print_document

            found = left_out + [str(w) for w in check_before_printing(dataset, kind, year, round_months)]
            print_document(dataset, kind, year, round_months, path)
            return path, found

        def failed(error: BaseException) -> None:
            if is_known(error):
                self.warnings.show_refusal(describe(error))
            self.preview.show_message(self.tr("จัดหน้าไม่สำเร็จ"))
            if is_known(error):
                errors.show_message(self.tr("จัดหน้า %s ไม่สำเร็จ") % title, describe(error))
            else:
                errors.report(error, self.tr("จัดหน้า %s") % title)

        def write_word(target: Path) -> None:
            from itadesk.documents.printing import print_document

            print_document(dataset, kind, year, round_months, target)

        self.preview.offer_word(write_word)
        self._background.run(work, self._ready, doing=title, on_failure=failed)

    def _ready(self, done: object) -> None:
        assert isinstance(done, tuple)
        path, found = done
        self.warnings.show_warnings(found)
        self.preview.show_pdf(path)
        self.previewReady.emit(str(path))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.preview.document.close()
        super().closeEvent(event)
