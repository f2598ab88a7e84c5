"""The File, Year and Documents menus: each action asks what it needs, does the work, says what happened.

Reading and writing exchange files and drawing PDFs run off the GUI thread; their modules are imported when
first used, so the window opens without loading them.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from itadesk.domain.model import Dataset
from itadesk.ui.common.dialogs import ask_yes_no
from itadesk.ui.framework.framework_bar import add_framework_action
from itadesk.ui.importing.word_import import add_word_import_action

if TYPE_CHECKING:
    from itadesk.storage.importing.choices import ImportChoices
    from itadesk.ui.main_window.main_window import MainWindow

EXCHANGE_FILTER = "ไฟล์ข้อมูล ITA Desk (*.json)"
BACKUP_FILTER = "ไฟล์สำรอง ITA Desk (*.sqlite3 *.itadesk-backup);;ทุกไฟล์ (*)"


def connect_actions(window: MainWindow) -> None:
    ui = window.ui
    ui.actionImport.triggered.connect(lambda: import_file(window))
    add_word_import_action(window)
    from itadesk.ui.office.year_menu import install_year_menu

    install_year_menu(window)
    ui.actionExport.triggered.connect(lambda: export_file(window))
    ui.actionBackup.triggered.connect(lambda: backup(window))
    ui.actionRestore.triggered.connect(lambda: restore(window))
    ui.actionSetup.triggered.connect(lambda: edit_setup(window))
    ui.actionStartNextYear.triggered.connect(lambda: start_next_year(window))
    ui.actionItaResult.triggered.connect(lambda: edit_ita_result(window))
    ui.actionYearContent.triggered.connect(lambda: edit_year_content(window))
    add_framework_action(window)  # ปีงบประมาณ → กรอบการประเมิน ITA…, and the year bar's warning
    ui.actionPrintPlan.triggered.connect(lambda: print_report(window, "plan", 12))
    ui.actionPrintProgress.triggered.connect(lambda: print_report(window, "progress", 12))
    ui.actionPrintResults6.triggered.connect(lambda: print_report(window, "results", 6))
    ui.actionPrintResults12.triggered.connect(lambda: print_report(window, "results", 12))
    ui.actionPrintAnalysis.triggered.connect(lambda: print_report(window, "analysis", 12))


def _folder(window: MainWindow) -> str:
    return window.settings.last_folder or str(Path.home())


def _writable(window: MainWindow) -> bool:
    if window.desk.read_only:
        reason = window.read_only_reason or window.tr("ฐานข้อมูลเปิดแบบอ่านอย่างเดียว")
        window.errors.show_message(window.tr("ทำรายการนี้ไม่ได้"), reason)  # why this window is read-only
        return False
    return True


def file_to_import(window: MainWindow, title: str, file_filter: str, path: Path | None) -> Path | None:
    """The file an import reads (`path`, or one the user chooses), once the window may write and its pending
    edits are stored; None when it may not or the user chose none."""
    if not _writable(window):
        return None
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(window, title, _folder(window), file_filter)
        if not chosen:
            return None
        path = Path(chosen)
    window.session.flush()
    return path


# -- exchange files ------------------------------------------------------------------------------
def import_file(window: MainWindow, path: Path | None = None) -> None:
    path = file_to_import(window, window.tr("นำเข้าไฟล์ข้อมูล"), window.tr(EXCHANGE_FILTER), path)
    if path is None:
        return

    def read(_: object) -> Dataset:
        from itadesk.exchange.reader import read_exchange_file
        from itadesk.storage.lifecycle.database_file import refuse_reading_live

        refuse_reading_live(path)  # reading the open database would drop its locks
        return read_exchange_file(path)

    def imported(dataset: object) -> None:
        assert isinstance(dataset, Dataset)
        if window.desk.organization() is None and not window.desk.years():
            store(dataset, None)  # nothing to replace: import as it is
            return
        from itadesk.ui.importing.import_preview_dialog import ImportPreviewDialog

        with window.errors.guard(window.tr("นำเข้าไฟล์ %s") % path.name):
            dialog = ImportPreviewDialog(
                lambda choices: window.desk.plan_import(dataset, choices), path.name, window
            )
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.accepted.connect(lambda: store(dataset, dialog.choices()))
            dialog.open()  # ยกเลิก changes nothing

    def store(dataset: Dataset, choices: ImportChoices | None) -> None:
        with window.errors.guard(window.tr("นำเข้าไฟล์ %s") % path.name):
            summary = window.desk.import_dataset(dataset, choices).thai_text()
            window.settings.last_folder = str(path.parent)
            years = [y.fiscal_year for y in dataset.years]
            window.reload_years(max(years) if years else None)
            window.ui.statusbar.showMessage(window.tr("นำเข้า %s แล้ว: %s") % (path.name, summary), 15000)
            window.imported.emit(summary)

    window.background.run(read, imported, doing=window.tr("อ่านไฟล์ %s") % path.name)


def export_file(window: MainWindow, path: Path | None = None) -> None:
    window.session.flush()
    if path is None:
        suggested = Path(_folder(window)) / f"ita-desk-{window.year}.json"
        chosen, _ = QFileDialog.getSaveFileName(
            window, window.tr("ส่งออกไฟล์ข้อมูล"), str(suggested), window.tr(EXCHANGE_FILTER)
        )
        if not chosen:
            return
        path = Path(chosen)
    dataset = window.desk.dataset()
    target = path

    def write(_: object) -> Path:
        from itadesk.exchange.writer import write_exchange_file
        from itadesk.storage.lifecycle.output_paths import whole_output

        with whole_output(target) as temporary:  # never onto the database or a backup
            write_exchange_file(dataset, temporary)
        return target

    def written(_: object) -> None:
        window.settings.last_folder = str(target.parent)
        window.ui.statusbar.showMessage(window.tr("ส่งออกแล้ว: %s") % target, 15000)

    window.background.run(write, written, doing=window.tr("ส่งออกไฟล์ %s") % target)


# -- backup and restore --------------------------------------------------------------------------
def backup_name(now: datetime) -> str:
    """A backup's suggested name: the day and time it was taken, Buddhist Era, sorting by date."""
    return f"ita-desk-สำรอง-{now.year + 543}-{now:%m-%d-%H%M}.sqlite3"


def backup(window: MainWindow) -> None:
    window.session.flush()
    suggested = Path(_folder(window)) / backup_name(datetime.now())
    chosen, _ = QFileDialog.getSaveFileName(
        window, window.tr("สำรองฐานข้อมูล"), str(suggested), window.tr(BACKUP_FILTER)
    )
    if chosen:
        backup_to(window, Path(chosen))


def backup_to(window: MainWindow, path: Path) -> bool:
    window.session.flush()
    with window.errors.guard(window.tr("สำรองฐานข้อมูลไปที่ %s") % path):
        window.desk.backup(path)
        window.settings.last_folder = str(path.parent)
        window.ui.statusbar.showMessage(window.tr("สำรองแล้ว: %s") % path, 15000)
        QMessageBox.information(
            window, window.tr("สำรองข้อมูลแล้ว"), window.tr("สำรองข้อมูลทั้งหมดไว้ที่\n%s\nเรียบร้อยแล้ว") % path
        )
        return True
    return False


def restore(window: MainWindow) -> None:
    """The automatic backups first, newest at the top (another file through "เลือกไฟล์อื่น…"). A window
    turned read-only because its database is damaged may restore: that is the way out."""
    from itadesk.ui.common.startup_backup import DAMAGED

    damaged = window.desk.read_only and window.read_only_reason.startswith(DAMAGED)
    if not damaged and not _writable(window):
        return
    from itadesk.ui.recovery.restore_dialog import RestoreDialog, backups_of_desk

    window.session.flush()
    window.setCursor(Qt.CursorShape.WaitCursor)  # each backup is checked whole before it is listed
    try:
        found = backups_of_desk(window.raw_desk)
    finally:
        window.unsetCursor()

    def confirm(path: Path) -> bool:
        return ask_yes_no(
            window,
            window.tr("กู้คืนข้อมูล"),
            window.tr("ข้อมูลปัจจุบันจะถูกแทนที่ด้วยข้อมูลจาก\n%s\nโปรแกรมจะเก็บสำเนาข้อมูลปัจจุบันไว้ก่อน ดำเนินการต่อ?") % path,
            yes=window.tr("กู้คืน"),
        )

    restore_with = (lambda path: _restore_over_damage(window, path)) if damaged else window.desk.restore
    dialog = RestoreDialog(found, restore_with, window.errors, window, confirm=confirm)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.restored_from is None:
        return
    if damaged:  # the damaged file was put aside: the restored one is whole and may be written again
        window.desk.read_only = False
        window.read_only_reason = ""
        window.setWindowTitle("ITA Desk")
        window.ui.statusbar.clearMessage()
    window.reload_years()
    _tell_restored(window, dialog.restored_from, dialog.kept)


def _restore_over_damage(window: MainWindow, path: Path) -> Path | None:
    """The damaged file is the one this window has open: on the database's thread (nothing else of the
    window's is using it then), every connection of the window to it is closed, the backup put in its place
    and the file opened again. Renaming a file under open connections would lose their locks ("How To Corrupt
    An SQLite Database File", 2.2, https://www.sqlite.org/howtocorrupt.html): `storage.database_file` closes
    them all first, or refuses."""
    db = getattr(window.raw_desk, "db", None)
    database = getattr(db, "path", None)
    if db is None or not isinstance(database, Path):
        return window.desk.restore(path)  # a server: restored in one transaction like any other
    window.change_watch.stop()

    def replace() -> Path:
        from itadesk.service.safekeeping import restore_damaged
        from itadesk.storage.lifecycle.database_file import close_connections

        close_connections(database)
        kept = restore_damaged(database, path)
        db.check_connection()  # opened again: the engine makes new connections to the restored file
        return kept

    try:
        return window.work.call(replace, doing=window.tr("กู้คืนข้อมูล"))
    finally:
        window.change_watch.start()


def restore_from(window: MainWindow, path: Path) -> bool:
    window.session.flush()
    with window.errors.guard(window.tr("กู้คืนจาก %s") % path):
        kept = window.desk.restore(path)
        window.reload_years()
        _tell_restored(window, path, kept)
        return True
    return False


def _tell_restored(window: MainWindow, path: Path, kept: Path | None) -> None:
    where = window.tr(" (ข้อมูลก่อนกู้คืนเก็บไว้ที่ %s)") % kept if kept else ""
    window.ui.statusbar.showMessage(window.tr("กู้คืนข้อมูลแล้ว") + where, 30000)
    told = window.tr("นำข้อมูลจากไฟล์สำรอง\n%s\nกลับมาใช้แล้ว") % path
    if kept:
        told += window.tr("\n\nข้อมูลก่อนกู้คืนเก็บไว้ที่\n%s") % kept
    QMessageBox.information(window, window.tr("กู้คืนข้อมูลแล้ว"), told)


# -- the organisation ----------------------------------------------------------------------------
def edit_setup(window: MainWindow) -> None:
    if not _writable(window):
        return
    from itadesk.ui.office.setup_dialog import SetupDialog

    dialog = SetupDialog(window.desk, window.errors, window, first_run=False)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        window.reload_years(window.year)


# -- the year's work -----------------------------------------------------------------------------
def start_next_year(window: MainWindow) -> None:
    if not _writable(window):
        return
    year = window.year
    count = len(window.session.measures())
    if year + 1 in window.desk.years():
        window.errors.show_message(
            window.tr("เริ่มปีใหม่ไม่ได้"), window.tr("มีปีงบประมาณ %d อยู่แล้ว เลือกปีนั้นจากรายการปีได้เลย") % (year + 1)
        )
        return
    answer = ask_yes_no(
        window,
        window.tr("เริ่มปีงบประมาณถัดไป"),
        window.tr(
            "คัดลอกมาตรการ %d รายการจากปีงบประมาณ %d ไปเป็นมาตรการของปีงบประมาณ %d?\n"
            "สถานะของปีใหม่จะเริ่มที่ “ยังไม่ดำเนินการ” ส่วนประวัติ ผลการดำเนินงาน และลิงก์หลักฐานยังอยู่กับปี %d"
        )
        % (count, year, year + 1, year),
    )
    if answer and start_next_year_now(window) is not None:
        offer_year_content(window, year)


def offer_year_content(window: MainWindow, from_year: int) -> None:
    """The office's own titles, introductions, notes and title pages, and its choices for the tables and
    memos, are offered to the new year."""
    from itadesk.ui.office.year_carry import carried_content, what_is_carried

    content = window.desk.year_content(from_year)
    if content.is_empty() or not window.desk.year_content(from_year + 1).is_empty():
        return
    carry = ask_yes_no(
        window,
        window.tr("ใช้เนื้อหาของเอกสารกับปีใหม่"),
        window.tr(
            "ปีงบประมาณ %d มีเนื้อหาของเอกสารที่หน่วยงานเขียนหรือเลือกเอง (%s)\n"
            "ใช้กับปีงบประมาณ %d ด้วยหรือไม่? ปี %d ที่เขียนไว้ในข้อความจะเปลี่ยนเป็น %d แก้ไขภายหลังได้ที่ "
            "ปีงบประมาณ → เนื้อหาของเอกสาร"
        )
        % (from_year, what_is_carried(content), from_year + 1, from_year, from_year + 1),
        yes=window.tr("ใช้กับปีใหม่"),
        no=window.tr("ไม่ใช้"),
    )
    if carry:
        with window.errors.guard(window.tr("คัดลอกเนื้อหาของเอกสารไปปีงบประมาณ %d") % (from_year + 1)):
            window.desk.save_year_content(from_year + 1, carried_content(content, from_year))
            window.ui.statusbar.showMessage(
                window.tr("ใช้เนื้อหาของเอกสารของปี %d กับปี %d แล้ว") % (from_year, from_year + 1), 15000
            )


def start_next_year_now(window: MainWindow) -> int | None:
    from itadesk.ui.office.next_year_report import describe, moved_periods

    window.session.flush()
    with window.errors.guard(window.tr("เริ่มปีงบประมาณถัดไป")):
        before = window.session.measures()
        new_year = window.desk.start_next_year(window.year)
        window.reload_years(new_year)
        told = describe(moved_periods(before, window.desk.measures(new_year)), new_year)
        if told:
            window.ui.statusbar.showMessage(told, 60000)
        return new_year
    return None


def edit_ita_result(window: MainWindow) -> None:
    from itadesk.ui.office.ita_result_dialog import ItaResultDialog

    dialog = ItaResultDialog(
        window.desk.ita_result(window.year), window.year, window, frameworks=window.desk.frameworks()
    )
    if window.desk.read_only:
        dialog.set_read_only()
    if dialog.exec() == QDialog.DialogCode.Accepted and not window.desk.read_only:
        with window.errors.guard(window.tr("บันทึกผลการประเมิน ITA")):
            window.desk.save_ita_result(window.year, dialog.result_value())


def edit_year_content(window: MainWindow) -> None:
    """The office's own content of the year's documents; once saved, an open preview is drawn again."""
    from itadesk.ui.office.year_content_dialog import YearContentDialog
    from itadesk.ui.office.year_content_fields import field_names

    year = window.year
    opened = window.desk.year_content(year)
    organization = window.desk.organization()
    dialog = YearContentDialog(
        opened,
        year,
        organization.digits if organization else "thai",
        window,
        omit_by_default=_omits_by_default(),
    )
    if window.desk.read_only:
        dialog.set_read_only()
    if dialog.exec() != QDialog.DialogCode.Accepted or window.desk.read_only:
        return
    with window.errors.guard(window.tr("บันทึกเนื้อหาของเอกสารปีงบประมาณ %d") % year):
        overwritten = window.desk.save_year_content(year, dialog.content(), opened)
        told = window.tr("บันทึกเนื้อหาของเอกสารปีงบประมาณ %d แล้ว") % year
        if overwritten:
            told += window.tr(" — โปรแกรมหรือเครื่องอื่นแก้ไขช่อง %s ไว้ระหว่างนั้น เก็บสิ่งที่คุณพิมพ์แทนแล้ว") % (
                field_names(overwritten)
            )
        window.ui.statusbar.showMessage(told, 60000 if overwritten else 15000)
        redraw_previews(window, year)


def _omits_by_default() -> bool:
    """The office's layout.toml leaves out empty columns for a year that has no choice of its own; a layout
    file that cannot be read says so when printing, not here."""
    from itadesk.documents.errors import DocumentError
    from itadesk.documents.layout import layout

    try:
        return layout().report.omit_empty_columns
    except DocumentError:
        return False


def redraw_previews(window: MainWindow, year: int) -> None:
    """Draw again the year's report preview and memo composer still open, so the saved content shows."""
    from shiboken6 import isValid

    from itadesk.ui.memo.memo_composer import MemoComposer
    from itadesk.ui.preview.report_preview import ReportPreview

    preview, composer = window.report_preview, window.memo_composer
    if (
        isinstance(preview, ReportPreview)
        and isValid(preview)
        and preview.isVisible()
        and preview.year == year
    ):
        preview.redraw()
    if (
        isinstance(composer, MemoComposer)
        and isValid(composer)
        and composer.isVisible()
        and composer.year == year
    ):
        composer.save_and_preview()


# -- the report tables ---------------------------------------------------------------------------
def print_report(window: MainWindow, kind: str, round_months: int) -> None:
    from itadesk.ui.preview.report_preview import ReportPreview

    window.session.flush()
    preview = ReportPreview(
        window.desk,
        kind,
        window.year,
        round_months,
        window.errors,
        window.background,
        window.settings,
        window,
    )
    preview.show()
    window.report_preview = preview
