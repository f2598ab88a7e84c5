"""A PDF the program made, shown inside the window (QtPdf), with Print, Save as PDF and Open in viewer.

Printing draws the pages into the printer chosen in the system's print dialog, off the GUI thread, with a
progress bar; "open in viewer" hands the file to the system and is only the fallback.

The page fits the pane's width until the user zooms (−, +, Ctrl+minus, Ctrl+plus); "พอดีความกว้าง" (Ctrl+0)
fits it again. A narrow pane at 125 % shows a page too small to read: zooming in makes it readable.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from itadesk.ui.common.background import Background
from itadesk.ui.common.errors import ErrorHub
from itadesk.ui.common.flow_layout import FlowLayout
from itadesk.ui.common.settings import UiSettings
from itadesk.ui.preview.pdf_print import new_printer, render_to_printer

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.25, 4.0


class PdfPreview(QWidget):
    printed = Signal(int)  # pages sent to the printer

    def __init__(
        self, errors: ErrorHub, background: Background, settings: UiSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.errors, self.background, self.settings = errors, background, settings
        self.path: Path | None = None
        self.suggested_name = "เอกสาร.pdf"
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        # Fitting to the width with a scroll bar that comes and goes can loop without end (the bar appears,
        # the page narrows, the pages fit, the bar goes, the page widens…) on a document just over a page.
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.view.setAccessibleName(self.tr("ตัวอย่างเอกสาร"))
        self.print_button = QPushButton(self.tr("พิมพ์…"), self)
        self.save_button = QPushButton(self.tr("บันทึกเป็น PDF…"), self)
        self.open_button = QPushButton(self.tr("เปิดในโปรแกรมอ่าน PDF"), self)
        # Shown once the window says how to write its document as Word (offer_word).
        self.word_button = QPushButton(self.tr("บันทึกเป็น Word…"), self)
        self.word_button.setVisible(False)
        self._word_writer: Callable[[Path], None] | None = None
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.status = QLabel(self.tr("ยังไม่มีตัวอย่าง"), self)
        self.progress.setFixedWidth(self.fontMetrics().horizontalAdvance("0") * 16)
        self.zoom_out_button = QPushButton("−", self)
        self.zoom_out_button.setAccessibleName(self.tr("ย่อ"))
        self.zoom_out_button.setToolTip(self.tr("ย่อหน้ากระดาษ (Ctrl+ลบ)"))
        self.zoom_in_button = QPushButton("+", self)
        self.zoom_in_button.setAccessibleName(self.tr("ขยาย"))
        self.zoom_in_button.setToolTip(self.tr("ขยายหน้ากระดาษให้อ่านง่าย (Ctrl+บวก)"))
        for small in (self.zoom_out_button, self.zoom_in_button):
            small.setFixedWidth(small.fontMetrics().horizontalAdvance("ขยาย") + 8)
        self.fit_button = QPushButton(self.tr("พอดีความกว้าง"), self)
        self.fit_button.setToolTip(self.tr("ให้หน้ากระดาษกว้างพอดีช่องแสดงตัวอย่าง (Ctrl+0)"))
        self.fit_button.setCheckable(True)
        self.fit_button.setChecked(True)
        self.zoom_label = QLabel(self)
        self.zoom_label.setAccessibleName(self.tr("ขนาดที่แสดง"))
        # The bar wraps onto a second row when the pane is narrow, so the buttons never make the window
        # wider than the screen (the memo composer at 125 % on a 1366 × 768 laptop).
        bar = FlowLayout()
        for widget in (self.print_button, self.save_button, self.word_button, self.open_button):
            bar.addWidget(widget)
        for zoom_widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button, self.zoom_label):
            bar.addWidget(zoom_widget)
        bar.addWidget(self.progress)
        bar.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.print_button.clicked.connect(self.print_with_dialog)
        self.save_button.clicked.connect(self.save_as)
        self.open_button.clicked.connect(self.open_in_viewer)
        self.word_button.clicked.connect(self.save_as_word)
        self.zoom_in_button.clicked.connect(lambda: self.zoom_by(ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self.zoom_by(1 / ZOOM_STEP))
        self.fit_button.clicked.connect(lambda: self.fit_width())
        for keys, act in (
            (QKeySequence.StandardKey.ZoomIn, lambda: self.zoom_by(ZOOM_STEP)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.zoom_by(1 / ZOOM_STEP)),
            (QKeySequence("Ctrl+0"), self.fit_width),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(act)
        self._set_ready(False)

    # -- zoom -------------------------------------------------------------------------------------
    def zoom(self) -> float:
        """How large the page is shown (1.0: its printed size on this screen)."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom:
            return float(self.view.zoomFactor())
        if self.document.pageCount() == 0:
            return 1.0
        page = self.document.pagePointSize(0).width() * self.view.logicalDpiX() / 72
        margins = self.view.documentMargins()
        room = self.view.viewport().width() - margins.left() - margins.right()
        return max(room / page, MIN_ZOOM) if page > 0 else 1.0

    def zoom_by(self, factor: float) -> None:
        zoom = min(max(self.zoom() * factor, MIN_ZOOM), MAX_ZOOM)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(zoom)
        self.fit_button.setChecked(False)
        self._show_zoom()

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.fit_button.setChecked(True)
        self._show_zoom()

    def _show_zoom(self) -> None:
        self.zoom_label.setText(self.tr("%d %%") % round(self.zoom() * 100))

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._show_zoom()

    def _set_ready(self, ready: bool) -> None:
        for button in (self.print_button, self.save_button, self.word_button, self.open_button):
            button.setEnabled(ready)

    def show_pdf(self, path: Path) -> None:
        self.document.close()
        self.path = path
        self.document.load(str(path))
        ok = self.document.status() == QPdfDocument.Status.Ready
        self.status.setText(self.tr("%d หน้า") % self.document.pageCount() if ok else self.tr("เปิดตัวอย่างไม่ได้"))
        self._set_ready(ok)
        self._show_zoom()

    def show_message(self, text: str) -> None:
        self.document.close()
        self.path = None
        self.status.setText(text)
        self._set_ready(False)

    # -- print ------------------------------------------------------------------------------------
    def print_with_dialog(self) -> None:
        if self.path is None:
            return
        printer = new_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("พิมพ์เอกสาร"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Send the pages to a printer (or a PDF file printer) in a worker thread."""
        if self.path is None:
            return
        path = self.path
        self.print_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, self.document.pageCount())
        self.progress.setValue(0)
        self.status.setText(self.tr("กำลังพิมพ์…"))
        self._printer = printer  # kept alive until the worker is done

        def done(pages: object) -> None:
            self.progress.setVisible(False)
            self.print_button.setEnabled(True)
            self.status.setText(self.tr("ส่งพิมพ์แล้ว %d หน้า") % int(str(pages)))
            self.printed.emit(int(str(pages)))

        def failed(error: BaseException) -> None:
            self.errors.report(error, self.tr("พิมพ์เอกสาร"))
            self.progress.setVisible(False)
            self.print_button.setEnabled(True)
            self.status.setText(self.tr("พิมพ์ไม่สำเร็จ"))

        self.background.run(
            lambda progress: render_to_printer(path, printer, progress),
            done,
            doing=self.tr("พิมพ์เอกสาร"),
            on_failure=failed,
            on_progress=lambda page, _total: self.progress.setValue(page),
        )

    # -- save and open ----------------------------------------------------------------------------
    def save_as(self) -> None:
        if self.path is None:
            return
        folder = self.settings.last_folder or str(Path.home())
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("บันทึกเป็น PDF"), str(Path(folder) / self.suggested_name), self.tr("ไฟล์ PDF (*.pdf)")
        )
        if target:
            self.save_to(Path(target))

    def save_to(self, target: Path) -> None:
        if self.path is None:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        with self.errors.guard(self.tr("บันทึกไฟล์ PDF ที่ %s") % target):
            from itadesk.storage.lifecycle.output_paths import copy_whole

            copy_whole(
                self.path, target
            )  # never onto the database or a backup; the old file kept if it fails
            self.settings.last_folder = str(target.parent)
            self.status.setText(self.tr("บันทึกแล้ว: %s") % target.name)

    def offer_word(self, writer: Callable[[Path], None]) -> None:
        """Offer the document shown as a Word file: `writer(path)` writes it there."""
        self._word_writer = writer
        self.word_button.setVisible(True)

    def save_as_word(self) -> None:
        if self._word_writer is None or self.path is None:
            return
        folder = self.settings.last_folder or str(Path.home())
        name = str(Path(self.suggested_name).with_suffix(".docx"))
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("บันทึกเป็น Word"), str(Path(folder) / name), self.tr("ไฟล์ Word (*.docx)")
        )
        if target:
            self.save_word_to(Path(target))

    def save_word_to(self, target: Path) -> None:
        if self._word_writer is None:
            return
        if target.suffix.lower() != ".docx":
            target = target.with_suffix(".docx")
        with self.errors.guard(self.tr("บันทึกไฟล์ Word ที่ %s") % target):
            from itadesk.storage.lifecycle.output_paths import whole_output

            with whole_output(target) as temporary:  # as the PDF: checked, and whole or not at all
                self._word_writer(temporary)
            self.settings.last_folder = str(target.parent)
            self.status.setText(self.tr("บันทึกแล้ว: %s") % target.name)

    def open_in_viewer(self) -> None:
        if self.path is None:
            return
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path))):
            self.status.setText(self.tr("ส่งให้โปรแกรมอ่าน PDF แล้ว"))
            return
        self.status.setText(self.tr("เปิดในโปรแกรมอ่าน PDF ไม่ได้"))
        self.errors.show_message(
            self.tr("เปิดในโปรแกรมอ่าน PDF ไม่ได้"),
            self.tr(
                "เปิดไฟล์ “%s” (ตัวอย่าง %s) ในโปรแกรมอ่าน PDF ไม่ได้: เครื่องนี้ไม่มีโปรแกรมที่เปิดไฟล์ PDF "
                "หรือระบบไม่ยอมเปิดให้ ใช้ปุ่ม “บันทึกเป็น PDF…” เก็บไฟล์ไว้ แล้วเปิดจากโฟลเดอร์ที่เก็บ "
                "หรือกด “พิมพ์…” จากหน้าต่างนี้ได้เลย"
            )
            % (self.suggested_name, self.path),
        )
