"""Opens every window and dialog the way the program does and prints, as JSON, whether each fits the screen.

Run by `test_screen_fit.py` in a fresh interpreter per screen, under the offscreen platform given that
screen's size (its `configfile` option) and the scale of QT_SCALE_FACTOR, as an office's laptop has them.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from itadesk.storage.lifecycle.database import Database  # before PySide6, as the program does

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from itadesk.service.office_data import OfficeData


def main(example: str) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from itadesk.app import make_application
    from itadesk.exchange.reader import read_exchange_file
    from itadesk.service.office_data import OfficeData
    from itadesk.ui.common.background import Background
    from itadesk.ui.common.errors import ErrorHub
    from itadesk.ui.common.screen_fit import out_of_reach
    from itadesk.ui.common.settings import UiSettings
    from itadesk.ui.framework.framework_dialog import FrameworkDialog
    from itadesk.ui.main_window.main_window import MainWindow
    from itadesk.ui.memo.memo_composer import MemoComposer
    from itadesk.ui.office.ita_result_dialog import ItaResultDialog
    from itadesk.ui.office.setup_dialog import SetupDialog
    from itadesk.ui.office.year_content_dialog import YearContentDialog
    from itadesk.ui.preview.report_preview import ReportPreview

    app = make_application()
    folder = Path(tempfile.mkdtemp(prefix="itadesk-probe-"))
    errors = ErrorHub()
    background = Background(errors)
    settings = UiSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    screen = app.primaryScreen().availableGeometry()
    found: dict[str, object] = {"screen": [screen.width(), screen.height()], "windows": {}}
    windows: dict[str, object] = found["windows"]  # type: ignore[assignment]

    def look(widget: QWidget, name: str) -> None:
        widget.show()
        app.processEvents()
        frame = widget.frameGeometry()
        windows[name] = {
            "size": [frame.width(), frame.height()],
            "inside": screen.contains(frame),
            "out_of_reach": out_of_reach(widget),
        }

    empty = OfficeData(Database.open(str(folder / "empty.sqlite3")))
    setup = SetupDialog(empty, errors, first_run=True)
    for tab in range(setup.ui.tabs.count()):
        setup.ui.tabs.setCurrentIndex(tab)
        look(setup, f"first-run set-up, tab {tab + 1}")
    setup.close()
    desk = OfficeData(Database.open(str(folder / "office.sqlite3")))
    desk.import_dataset(read_exchange_file(Path(example)))
    window = MainWindow(desk, settings, errors, background)
    window.ui.measureTable.selectRow(1)
    window.open_in_editor()  # as Enter on the row: the editor's pane opens (hidden at first on a laptop)
    tabs = window.editor.ui.tabs
    for tab in range(tabs.count()):
        tabs.setCurrentIndex(tab)
        look(window, f"main window, editor tab {tab + 1}")
    people = SetupDialog(desk, errors, window, first_run=False)
    people.ui.tabs.setCurrentIndex(2)
    look(people, "people and units")
    people.close()
    ita = ItaResultDialog(desk.ita_result(window.year), window.year, window)
    look(ita, "ITA result")
    ita.close()
    content = YearContentDialog(desk.year_content(window.year), window.year, "thai", window)
    for tab in range(content.ui.documentTabs.count()):
        content.ui.documentTabs.setCurrentIndex(tab)
        look(content, f"document content, tab {tab + 1}")
    content.close()
    framework = FrameworkDialog(desk, window.year, window)
    look(framework, "ITA framework")
    framework.close()
    composer = MemoComposer(desk, window.year, errors, background, settings, window)
    composer.save_and_preview()  # as the user sees it: the memo printed beside the form, Word offered
    background.wait()
    look(composer, "memo composer")
    composer.close()
    look(_import_preview(desk, example, window), "import preview")
    report = ReportPreview(desk, "progress", window.year, 12, errors, background, settings, window)
    report.show()
    background.wait()  # the report printed, its page count shown and Word offered
    look(report, "report preview")
    report.close()
    window.close()
    background.wait()
    QApplication.processEvents()
    print(json.dumps(found, ensure_ascii=False))
    return 0


def _import_preview(desk: OfficeData, example: str, window: QWidget) -> QWidget:
    """The import preview at its fullest: another office's details, a year already stored, statuses going
    back (the office marked two measures done, then imports the file again)."""
    from dataclasses import replace

    from itadesk.domain.status import Status
    from itadesk.exchange.reader import read_exchange_file
    from itadesk.ui.importing.import_preview_dialog import ImportPreviewDialog

    dataset = read_exchange_file(Path(example))
    for measure in desk.measures(dataset.years[0].fiscal_year)[:2]:
        assert measure.id is not None
        desk.set_status(measure.id, Status.DONE, None)
    assert dataset.organization is not None
    dataset.organization = replace(dataset.organization, name="องค์การบริหารส่วนตำบลอื่น", district="อำเภออื่น")
    return ImportPreviewDialog(lambda choices: desk.plan_import(dataset, choices), Path(example).name, window)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
