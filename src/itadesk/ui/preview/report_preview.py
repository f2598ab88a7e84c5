"""One report table (plan, progress, results, analysis) of the year, drawn to PDF and shown for printing."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QWidget

from itadesk.ui.common.background import Background
from itadesk.ui.common.errors import ErrorHub, describe, is_known
from itadesk.ui.common.screen_fit import fit_window
from itadesk.ui.common.settings import UiSettings
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
        title = report_title(kind, year, round_months)
        self.setWindowTitle(title)
        self.preview = PdfPreview(errors, background, settings, self)
        self.preview.suggested_name = f"{title}.pdf"
        self.warnings = PrintWarnings(self)
        self.warnings.setMaximumWidth(360)
        layout = QHBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.warnings)
        fit_window(self, 1200, 860, centre=True)
        close_on_escape(self)
        self._tmp = tempfile.TemporaryDirectory(prefix="itadesk-report-")
        self.desk, self.kind, self.year, self.round_months = desk, kind, year, round_months
        self._errors, self._background, self._title = errors, background, title
        self._drawn = 0
        self.redraw()

    def redraw(self) -> None:
        """Read the year again and draw it (after the office changed what the report prints)."""
        kind, year, round_months, title, errors = (
            self.kind,
            self.year,
            self.round_months,
            self._title,
            self._errors,
        )
        self._drawn += 1  # a new file each time: the viewer may still hold the last one open
        path = Path(self._tmp.name) / f"{kind}-{year}-{round_months}-{self._drawn}.pdf"
        dataset = self.desk.dataset(year)
        self.preview.status.setText(self.tr("กำลังจัดหน้า…"))

        def work(_: object) -> tuple[Path, list[str]]:
            from itadesk.documents.prechecks import check_before_printing
            from itadesk.documents.printing import print_document

            found = [str(w) for w in check_before_printing(dataset, kind, year, round_months)]
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
