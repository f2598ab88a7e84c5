"""บันทึกข้อความ: the story of one memo (portrait pages), to the official layout."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable

from itadesk.documents.emblem import EmblemDrawing
from itadesk.documents.errors import DocumentError
from itadesk.documents.layout import CM, MemoLayout
from itadesk.documents.memo_blocks import (
    FieldLine,
    MemoHeading,
    NumberDateLine,
    approval_block,
    signature_block,
)
from itadesk.documents.memo_keep import MemoRun, Role
from itadesk.documents.text import Localizer
from itadesk.domain.model import Dataset, Memo, Organization, Person
from itadesk.thai.dates import format_date_full
from itadesk.thai.paragraph import TextStyle, ThaiParagraph

BLANK_NAME = "(" + "." * 50 + ")"  # no author recorded: a line to write the name on by hand


def text_width_of(m: MemoLayout) -> float:
    return float(A4[0]) - (m.margin_left_cm + m.margin_right_cm) * CM


def memo_emblem(dataset: Dataset, m: MemoLayout) -> EmblemDrawing | None:
    """The office's emblem ready to draw (decoded once per print, however many passes it takes)."""
    org = dataset.organization
    if org is None or org.emblem is None:
        return None
    return EmblemDrawing(org.emblem, m.emblem_height_cm * CM)


def memo_story(
    dataset: Dataset,
    memo: Memo,
    m: MemoLayout,
    localize: Localizer,
    emblem: EmblemDrawing | None,
    *,
    author_sign_label: str = "",
) -> list[Flowable]:
    org = dataset.organization or Organization(name="")
    width = text_width_of(m)
    story: list[Flowable] = [MemoHeading(emblem, m)]

    unit_line = " ".join(part for part in (memo.unit, org.name) if part.strip())
    if org.phone.strip():
        unit_line += f" โทร. {org.phone}"
    story.append(FieldLine("ส่วนราชการ", localize(unit_line), m))

    number = localize(f"{org.document_code}/{memo.number}" if org.document_code or memo.number else "")
    date = format_date_full(memo.date, localize.digits) if memo.date is not None else ""
    if NumberDateLine.fits(number, date, width, m):
        story.append(NumberDateLine(number, date, m))
    else:  # an unusually long number or date: each gets its own line rather than overlapping
        story += [FieldLine("ที่", number, m), FieldLine("วันที่", date, m)]
    story.append(FieldLine("เรื่อง", localize(memo.subject), m))

    body = TextStyle(size=m.body_size_pt, leading=m.body_leading_pt)
    salutation = f"เรียน {memo.to}" + (f" – ผ่าน{memo.via}" if memo.via.strip() else "")
    salutation_style = body.with_(space_before=m.salutation_space_before_pt)
    run: list[tuple[Flowable, Role]] = [(ThaiParagraph(localize(salutation), salutation_style), "heading")]
    paragraph = body.with_(
        align="justify",
        first_line_indent=m.body_first_line_indent_cm * CM,
        space_before=m.body_space_before_pt,
    )
    run += [(ThaiParagraph(localize(text), paragraph), "text") for text in memo.body]

    author = _person(dataset, memo, memo.author, "ผู้เขียนบันทึก (author)") if memo.author else None
    lines = _signature_lines(author, m) if author else [BLANK_NAME]
    signed = [localize(line) for line in lines]
    signature = signature_block(
        signed, width, m, space_before=m.signature_space_before_pt, label=author_sign_label
    )
    run.append((signature, "signature"))
    story.append(MemoRun(run))  # the signature takes two lines of the text to its page; เรียน never ends one

    for index, approval in enumerate(memo.approvals):
        person = _person(dataset, memo, approval.person, f"ผู้ให้ความเห็นลำดับที่ {index + 1} (approvals[{index}])")
        lines = [localize(line) for line in _signature_lines(person, m)]
        story.append(approval_block(localize(approval.heading), lines, width, m))
    return story


def _person(dataset: Dataset, memo: Memo, person_id: str, role: str) -> Person:
    person = dataset.person(person_id)
    if person is None:
        raise DocumentError(f'บันทึกข้อความ "{memo.id or memo.subject}": ไม่พบบุคคลรหัส "{person_id}" ที่เป็น{role}')
    return person


def _signature_lines(person: Person, m: MemoLayout) -> list[str]:
    lines = [f"({person.display_name})", person.position]
    if person.acting.strip():
        lines.append(m.acting_prefix + person.acting)
    return lines
