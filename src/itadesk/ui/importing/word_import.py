"""File → นำเข้าจาก Word: pick a .docx, read its measure tables off the GUI thread, let the user confirm the
columns and the year (`WordImportDialog`), then import the measures like an exchange file's (one
transaction; measures matched by title, so the same file imported again updates them)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from itadesk.ui.importing.word_import_dialog import WordImportDialog
    from itadesk.ui.main_window.main_window import MainWindow

WORD_FILTER = "เอกสาร Word (*.docx)"


def add_word_import_action(window: MainWindow) -> QAction:
    """นำเข้าจาก Word… in the File menu, under นำเข้าไฟล์ข้อมูล…."""
    action = QAction(window.tr("นำเข้าจาก Word…"), window)
    action.setObjectName("actionImportWord")
    menu = window.ui.menuFile
    actions = menu.actions()
    after = actions.index(window.ui.actionImport) + 1 if window.ui.actionImport in actions else 0
    menu.insertAction(actions[after] if after < len(actions) else None, action)  # type: ignore[arg-type]
    action.triggered.connect(lambda: import_word(window))
    return action


def import_word(window: MainWindow, path: Path | None = None) -> None:
    from itadesk.ui.main_window.window_actions import file_to_import

    path = file_to_import(window, window.tr("นำเข้ามาตรการจากไฟล์ Word"), window.tr(WORD_FILTER), path)
    if path is None:
        return
    name = path.name

    def read(_: object) -> object:
        from itadesk.exchange.word.reader import read_word_file
        from itadesk.storage.lifecycle.database_file import refuse_reading_live

        refuse_reading_live(path)  # reading the open database would drop its locks
        return read_word_file(path)

    def found(document: object) -> None:
        from itadesk.exchange.word.reader import WordDocument
        from itadesk.ui.importing.word_import_dialog import WordImportDialog

        assert isinstance(document, WordDocument)
        with window.errors.guard(window.tr("นำเข้าจาก Word %s") % name):
            units = [unit.name for unit in window.desk.units()]
            dialog = WordImportDialog(document, units, window.year, window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.accepted.connect(lambda: store(dialog))
            dialog.open()  # ยกเลิก changes nothing

    def store(dialog: WordImportDialog) -> None:
        with window.errors.guard(window.tr("นำเข้าจาก Word %s") % name):
            dataset = dialog.dataset()
            summary = window.desk.import_dataset(dataset).thai_text()
            window.settings.last_folder = str(path.parent)
            window.reload_years(dataset.years[0].fiscal_year)
            window.ui.statusbar.showMessage(window.tr("นำเข้า %s แล้ว: %s") % (name, summary), 15000)
            window.imported.emit(summary)

    window.background.run(read, found, doing=window.tr("อ่านไฟล์ %s") % name)
