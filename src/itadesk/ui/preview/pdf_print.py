"""Printing a PDF the program made: its pages rendered with QtPdf into a QPrinter at 300 dpi.

Handing the file to the system's viewer fails on Windows when Edge is the default PDF viewer, so the program
draws the pages itself. A 15-page report takes a few seconds, so `render_to_printer` runs in a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from itadesk.ui.common.errors import UserFacingError

PRINT_DPI = 300
POINTS_PER_INCH = 72.0


def open_pdf(path: Path) -> QPdfDocument:
    document = QPdfDocument()
    error = document.load(str(path))
    if error != QPdfDocument.Error.None_ or document.pageCount() == 0:
        raise UserFacingError(f"เปิดไฟล์ PDF {path} ไม่ได้ (ไฟล์เสียหายหรือไม่ใช่ PDF)")
    return document


def new_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(PRINT_DPI)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)  # the PDF carries its own margins
    return printer


def render_to_printer(path: Path, printer: QPrinter, progress: Callable[[int, int], None]) -> int:
    """Draw every page of the PDF on the printer, each at the printer's resolution; returns the page count.

    Safe off the GUI thread: QPdfDocument and QPainter on a QPrinter are used only here, in one thread.
    """
    document = open_pdf(path)
    count = document.pageCount()
    printer.setResolution(PRINT_DPI)
    printer.setFullPage(True)
    painter = QPainter()
    try:
        for page in range(count):
            size_pt = document.pagePointSize(page)
            landscape = size_pt.width() > size_pt.height()
            orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
            printer.setPageOrientation(orientation)
            if page == 0:
                if not painter.begin(printer):
                    raise UserFacingError("เริ่มพิมพ์ไม่ได้ — ตรวจสอบว่าเครื่องพิมพ์เปิดอยู่และเลือกถูกเครื่อง")
            elif not printer.newPage():
                raise UserFacingError(f"ขึ้นหน้าใหม่ที่หน้า {page + 1} ไม่ได้ — เครื่องพิมพ์อาจหยุดทำงาน")
            scale = PRINT_DPI / POINTS_PER_INCH
            image = document.render(
                page, QSize(round(size_pt.width() * scale), round(size_pt.height() * scale))
            )
            target: QRect = painter.viewport()
            fitted = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            placed = QRect(target.topLeft(), fitted)
            painter.fillRect(placed, QColor("white"))  # the page is rendered transparent where it is blank
            painter.drawImage(placed, image)
            progress(page + 1, count)
    finally:
        if painter.isActive():
            painter.end()
        document.close()
    return count
