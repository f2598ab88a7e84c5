"""Print the memo and the four report tables to PDF or Word, from domain records (never the database).

print_document(dataset, "results", 2566, 6, "results.pdf")
print_memo(dataset, "memo-2566-12m", "memo.pdf")   # the memo, then its attached report
print_memo(dataset, "memo-2566-12m", "memo.docx")  # the same as a Word file (the extension chooses)
"""

from __future__ import annotations

import gc
import io
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, PageTemplate

from itadesk.documents.errors import DocumentError
from itadesk.documents.layout import Layout, layout, office_layout_path
from itadesk.documents.memo import memo_emblem, memo_story
from itadesk.documents.pages import (
    ATTACHMENT_LABEL,
    MEMO_FIRST,
    REPORT,
    Document,
    PageState,
    SectionStart,
    memo_templates,
    report_template,
)
from itadesk.documents.tables import round_phrase
from itadesk.documents.text import Localizer
from itadesk.documents.titles import TITLES as TITLES
from itadesk.domain.documents import DOCUMENT_KINDS
from itadesk.domain.model import Dataset, FiscalYear, Memo, Organization
from itadesk.thai.dates import fiscal_year_phrase
from itadesk.thai.names import learn_dataset_names

if TYPE_CHECKING:
    from itadesk.domain.framework import Framework

ROUNDS = (6, 12)
KIND_NAMES = {"plan": "มาตรการ (plan)", "progress": "ความก้าวหน้า (progress)", "results": "รายงานผล (results)",
              "analysis": "การวิเคราะห์ผลการประเมิน ITA (analysis)"}  # fmt: skip
ROUNDED = ("progress", "results")  # the documents that report a 6- or 12-month round
SIGN_PREFIX = "(ลงชื่อ)"


def prepare(*, images: bool = True) -> None:
    """Load now what the first print would load on its way: the segmentation dictionary and segmenter, the
    fonts, and (`images`) the image decoders. Nothing depends on the data; call it while the data is being
    read. With the data read already, `images=False`: the decoders load when there is an emblem to draw."""
    from itadesk.thai.fonts import BOLD, REGULAR, register_font
    from itadesk.thai.segment import segment
    from itadesk.thai.shaping import shaping_face

    segment("ทดสอบ")
    for font in (REGULAR, BOLD):
        register_font(font)
        shaping_face(font)
    if images:
        from PIL import Image

        Image.preinit()


WORD_SUFFIX = ".docx"


def is_word(path: str | Path) -> bool:
    """A .docx output is written as a Word file; anything else as PDF."""
    return Path(path).suffix.lower() == WORD_SUFFIX


def print_document(dataset: Dataset, kind: str, year: int, round: int, path: str | Path) -> None:
    """Write one report table (plan, progress, results, analysis) of a fiscal year as landscape pages."""
    with collector_resting():
        _print_document(dataset, kind, year, round, path)


def _print_document(dataset: Dataset, kind: str, year: int, round: int, path: str | Path) -> None:
    _check_suffix(path)
    fiscal_year = _fiscal_year(dataset, year)
    _check_kind(kind, round)
    _check_content(kind, fiscal_year)
    org, localize = _office(dataset)
    state = PageState(localize)
    lay = with_year_choices(layout(), fiscal_year)  # once: the office may edit its layout file while we print
    story = _report_story(kind, org, fiscal_year, round, lay, localize, dataset.frameworks)
    info = _info(kind, org, fiscal_year, round, localize, dataset.frameworks)
    if is_word(path):
        from itadesk.documents.word.writer import REPORT as WORD_REPORT
        from itadesk.documents.word.writer import word_document

        data = word_document([(WORD_REPORT, story)], lay, None, info, localize.digits == "thai")
        _write_bytes(path, data)
        return
    _write(path, lambda target: _build(target, state, story, [report_template(lay, state)], info))


def print_memo(dataset: Dataset, memo_id: str, path: str | Path, *, keep_report: bool = False) -> None:
    """Write a memo (portrait pages) followed, in the same file, by the report it carries (landscape).

    `keep_report` (the composer's preview, printed again after every edit): the attached report's pages are
    kept and, while nothing they are made of changes, put after the memo as they were instead of being laid
    out again (documents/kept_report.py). The text and pages are the same; the report has its own copy of
    the fonts."""
    with collector_resting():
        _print_memo(dataset, memo_id, path, keep_report=keep_report)


def _print_memo(dataset: Dataset, memo_id: str, path: str | Path, *, keep_report: bool = False) -> None:
    _check_suffix(path)
    year, memo = _memo(dataset, memo_id)
    org, localize = _office(dataset)
    lay = with_year_choices(layout(), year)
    if memo.attach is not None:
        _check_kind(memo.attach.document, memo.attach.round)
        _check_content(memo.attach.document, year)

    if year.content.sign_prefix:  # the office's form has "(ลงชื่อ) ……" to sign on
        lay = replace(lay, memo=replace(lay.memo, approval_sign_label=SIGN_PREFIX))
    word = is_word(path)
    emblem = None if word else memo_emblem(dataset, lay.memo)  # Word takes the picture file itself
    state = PageState(localize)
    sign_label = lay.memo.approval_sign_label if year.content.sign_prefix else ""
    story = memo_story(dataset, memo, lay.memo, localize, emblem, author_sign_label=sign_label)
    info = {"title": localize(memo.subject), "author": org.name, "subject": "บันทึกข้อความ"}
    if keep_report and not word and memo.attach is not None and not year.content.report_first:
        _print_memo_keeping_report(dataset, year, memo, org, lay, localize, state, story, info, path)
        return
    report: list[Flowable] = []
    if memo.attach is not None:
        attach = memo.attach
        report = _report_story(attach.document, org, year, attach.round, lay, localize, dataset.frameworks)
    if word:
        from itadesk.documents.word.writer import MEMO as WORD_MEMO
        from itadesk.documents.word.writer import REPORT as WORD_REPORT
        from itadesk.documents.word.writer import word_document

        parts = [(WORD_MEMO, story)]
        if report:  # the office may send the report with the memo behind it
            parts.insert(0 if year.content.report_first else 1, (WORD_REPORT, report))
        _write_bytes(path, word_document(parts, lay, org.emblem, info, localize.digits == "thai"))
        return
    templates = memo_templates(lay, state)
    if report:
        attached = SectionStart(state, ATTACHMENT_LABEL)
        if year.content.report_first:  # the office sends the report with the memo behind it
            story = [
                attached,
                *report,
                NextPageTemplate(MEMO_FIRST),
                PageBreak(),
                SectionStart(state),
                *story,
            ]
            templates.insert(0, report_template(lay, state))
        else:
            story = [SectionStart(state), *story]
            story += [NextPageTemplate(REPORT), PageBreak(), attached, *report]
            templates.append(report_template(lay, state))
    _write(path, lambda target: _build(target, state, story, templates, info))


def with_year_choices(lay: Layout, year: FiscalYear) -> Layout:
    """The layout with the year's own choices: the columns no measure fills left out or printed as the year
    says; when it says nothing, as the office's layout.toml says."""
    omit = year.content.omit_empty_columns
    if omit is None or omit == lay.report.omit_empty_columns:
        return lay
    return replace(lay, report=replace(lay.report, omit_empty_columns=omit))


def _print_memo_keeping_report(
    dataset: Dataset,
    year: FiscalYear,
    memo: Memo,
    org: Organization,
    lay: Layout,
    localize: Localizer,
    state: PageState,
    story: list[Flowable],
    info: dict[str, str],
    path: str | Path,
) -> None:
    """print_memo with the attached report's pages kept from the last print of the same report."""
    from itadesk.documents import kept_report
    from itadesk.thai.segment import words_learned

    attach = memo.attach
    assert attach is not None
    key = kept_report.report_key(
        attach, org, replace(year, memos=[]), dataset.people, dataset.units, lay.report, localize,
        dataset.frameworks, words_learned(),
    )  # fmt: skip
    templates = memo_templates(lay, state)
    story = [SectionStart(state), *story, NextPageTemplate(REPORT), PageBreak()]
    found = kept_report.kept(key)
    if found is not None:
        templates.append(kept_report.kept_template())
        story[-2] = NextPageTemplate(kept_report.KEPT)
        story += kept_report.kept_pages(state, ATTACHMENT_LABEL, found)
        _write(path, lambda target: _build(target, state, story, templates, info))
        return
    report = _report_story(attach.document, org, year, attach.round, lay, localize, dataset.frameworks)
    start = kept_report.ReportStart(state, ATTACHMENT_LABEL)
    story += [start, *report]
    templates.append(report_template(lay, state))
    canvases: list[kept_report.RecordingCanvas] = []

    def recording(*args: Any, **kwargs: Any) -> kept_report.RecordingCanvas:
        canvases.append(kept_report.RecordingCanvas(*args, **kwargs))
        return canvases[-1]

    _write(path, lambda target: _build(target, state, story, templates, info, canvasmaker=recording))
    if start.first_page:
        kept_report.keep(key, kept_report.recorded_report(canvases[-1], start))


def _report_story(
    kind: str,
    org: Organization,
    year: FiscalYear,
    round_months: int,
    lay: Layout,
    localize: Localizer,
    frameworks: Sequence[Framework] = (),
) -> list[Flowable]:
    # The reports' code loads only when a report is printed (a memo alone does without it).
    if kind == "plan":
        from itadesk.documents.plan import plan_story

        return plan_story(org, year, lay, localize, frameworks)
    if kind == "progress":
        from itadesk.documents.progress import progress_story

        return progress_story(org, year, round_months, lay, localize, frameworks)
    if kind == "results":
        from itadesk.documents.results import results_story

        return results_story(org, year, round_months, lay, localize, frameworks)
    from itadesk.documents.analysis import analysis_story

    return analysis_story(org, year, lay, localize, frameworks)


def _build(
    target: io.BytesIO,
    state: PageState,
    story: list[Flowable],
    templates: list[PageTemplate],
    info: dict[str, str],
    canvasmaker: Any = None,
) -> None:
    from reportlab.platypus.doctemplate import LayoutError

    try:
        from itadesk.documents.page_streams import StreamCanvas

        document = Document(target, state, pageTemplates=templates, **info)
        document.build(story, canvasmaker=canvasmaker or StreamCanvas)
    except LayoutError as error:
        office_file = office_layout_path()
        if not office_file.exists():
            raise  # the shipped layout always leaves room: a bug
        raise DocumentError(
            f"ไฟล์ปรับรูปแบบเอกสาร {office_file} เหลือที่บนหน้ากระดาษไม่พอ "
            "(ขอบกระดาษ ขนาดตัวอักษรหรือระยะห่างรวมกันมากเกินไป) ลดค่าที่ปรับไว้ลงแล้วพิมพ์ใหม่"
        ) from error


@contextmanager
def collector_resting() -> Iterator[None]:
    """Python's cycle collector rests while a document is laid out: a print makes hundreds of thousands of
    objects that live until it ends, and each collection scanned them all again (half the time of a
    300-measure report, and more the longer the report). What a print leaves behind is collected after it.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _write(path: str | Path, build: Callable[[io.BytesIO], None]) -> None:
    """Build in memory first so a failed print never leaves a half-written file behind."""
    buffer = io.BytesIO()
    build(buffer)
    _write_bytes(path, buffer.getvalue())


def _write_bytes(path: str | Path, data: bytes) -> None:
    kind = "Word" if is_word(path) else "PDF"
    try:
        Path(path).write_bytes(data)
    except OSError as exc:
        raise DocumentError(f"บันทึกไฟล์ {kind} ที่ {path} ไม่ได้: {exc.strerror or exc}") from exc


def _check_suffix(path: str | Path) -> None:
    if Path(path).suffix.lower() == ".doc":
        raise DocumentError(f"เขียนไฟล์ Word แบบเก่า (.doc) ที่ {path} ไม่ได้ ตั้งชื่อไฟล์ให้ลงท้ายด้วย .docx หรือ .pdf")


def _info(
    kind: str,
    org: Organization,
    year: FiscalYear,
    round_months: int,
    localize: Localizer,
    frameworks: Sequence[Framework] = (),
) -> dict[str, str]:
    assert kind in DOCUMENT_KINDS
    from itadesk.documents.content import document_title

    content = year.content.document(kind)
    printed = document_title(content, year.fiscal_year, TITLES[kind], localize, round_months, frameworks)
    title = f"{printed} {fiscal_year_phrase(year.fiscal_year, localize.digits)}"
    if kind in ROUNDED:
        title += " " + round_phrase(round_months, localize)
    return {"title": localize(title), "author": org.name, "subject": KIND_NAMES[kind]}


def _office(dataset: Dataset) -> tuple[Organization, Localizer]:
    # The office's own names (its district, units, people) must never be cut at a line end.
    learn_dataset_names(dataset)
    org = dataset.organization or Organization(name="")
    return org, Localizer(org.digits)


def _fiscal_year(dataset: Dataset, year: int) -> FiscalYear:
    found = dataset.year(year)
    if found is None:
        known = ", ".join(str(y.fiscal_year) for y in dataset.years) or "ไม่มี"
        raise DocumentError(f"ไม่พบข้อมูลปีงบประมาณ {year} (ปีที่มี: {known})")
    return found


def _check_kind(kind: str, round_months: int) -> None:
    if kind not in DOCUMENT_KINDS:
        raise DocumentError(f'ไม่รู้จักเอกสาร "{kind}" ใช้ plan, progress, results หรือ analysis')
    if round_months not in ROUNDS:
        raise DocumentError(f"รอบรายงานต้องเป็น 6 หรือ 12 เดือน (ได้ {round_months})")


def _check_content(kind: str, year: FiscalYear) -> None:
    """An analysis needs last year's ITA result: a page saying there is none is no analysis to publish."""
    if kind == "analysis" and year.ita_result is None:
        raise DocumentError(
            f"พิมพ์การวิเคราะห์ผลการประเมิน ITA ปีงบประมาณ {year.fiscal_year} ไม่ได้: ยังไม่ได้บันทึกผลการประเมิน ITA "
            f"ของปีที่ผ่านมา (ปี {year.fiscal_year - 1}) — ใส่คะแนนรวม ระดับ และคะแนนรายตัวชี้วัด ที่เมนู "
            "ปีงบประมาณ → ผลการประเมิน ITA ปีที่แล้ว… (หรือ ita_result ของปีนั้นในไฟล์นำเข้า) แล้วพิมพ์อีกครั้ง"
        )


def _memo(dataset: Dataset, memo_id: str) -> tuple[FiscalYear, Memo]:
    for year in dataset.years:
        for memo in year.memos:
            if memo.id == memo_id:
                return year, memo
    known = ", ".join(m.id for y in dataset.years for m in y.memos if m.id) or "ไม่มี"
    raise DocumentError(f'ไม่พบบันทึกข้อความรหัส "{memo_id}" (รหัสที่มี: {known})')
