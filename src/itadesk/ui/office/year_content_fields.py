"""The content dialog's fields as plain values: a year's `YearContent` into what each page shows, and back.

Kept apart from the widgets so that a test can turn typed text into content (and find what is refused)
without a window. A multi-line box holds one paragraph (or title-page line) per line; blank lines print
nothing, so they are not kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import cast

from itadesk.domain.documents import DOCUMENT_KINDS, DocumentKind
from itadesk.domain.model import USUAL_HEADINGS, Digits, DocumentContent, Headings, YearContent
from itadesk.domain.rules import MAX_LONG_TEXT_CHARS, text_problem

# The documents by the names the Documents menu and the memo's attachments use.
DOCUMENT_NAMES: dict[DocumentKind, str] = {
    "plan": "มาตรการ (แผน)",
    "progress": "ความก้าวหน้า",
    "results": "รายงานผล",
    "analysis": "การวิเคราะห์ผลการประเมิน ITA",
}
FIELD_NAMES = {
    "title": "ชื่อเอกสาร",
    "introduction": "บทนำ",
    "note": "หมายเหตุใต้ตาราง",
    "title_page": "หน้าปก",
    "headings": "หัวข้อกลุ่มของมาตรการ",
}
TEXT_FIELDS = ("title", "introduction", "note", "title_page")  # the boxes typed into (headings is a choice)
HEADING_CHOICES: tuple[tuple[Headings, str], ...] = (
    ("", "ตามที่เอกสารใช้ปกติ"),
    ("section", "ตามหมวดของมาตรการ"),
    ("part", "ตามส่วน IIT EIT OIT"),
)


@dataclass(slots=True)
class DocumentFields:
    """One page of the dialog: the text in each box as typed."""

    title: str = ""
    introduction: str = ""
    note: str = ""
    title_page: str = ""
    headings: Headings = ""


@dataclass(slots=True)
class ContentFields:
    documents: dict[DocumentKind, DocumentFields] = field(default_factory=dict)
    sign_prefix: bool = False
    report_first: bool = False
    omit_empty_columns: bool = False  # as the box shows it: the year's choice, or the office's layout.toml


def fields_of(content: YearContent, omit_by_default: bool = False) -> ContentFields:
    """What the dialog shows; the columns' choice is the office's layout.toml's when the year has none."""
    documents = {}
    for kind in DOCUMENT_KINDS:
        d = content.document(kind)
        documents[kind] = DocumentFields(
            title=d.title,
            introduction="\n".join(d.introduction),
            note=d.note,
            title_page="\n".join(d.title_page),
            headings=d.headings,
        )
    omit = omit_by_default if content.omit_empty_columns is None else content.omit_empty_columns
    return ContentFields(documents, content.sign_prefix, content.report_first, omit)


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def content_of(
    fields: ContentFields, opened: YearContent | None = None, omit_by_default: bool = False
) -> YearContent:
    """The content to store: text as typed, blank lines and all-blank boxes dropped. A box left as it was
    shown from `opened` keeps that content's value exactly (so OK without typing changes nothing): the
    columns' choice left as shown stays the layout.toml's when the year had none."""
    shown = fields_of(opened, omit_by_default) if opened is not None else None
    documents = []
    for kind in DOCUMENT_KINDS:
        f = fields.documents.get(kind, DocumentFields())
        d = DocumentContent(
            kind,
            title=f.title if f.title.strip() else "",
            introduction=_lines(f.introduction),
            note="\n".join(_lines(f.note)),
            title_page=_lines(f.title_page),
            headings=f.headings,
        )
        if opened is not None and shown is not None:
            before, was = opened.document(kind), shown.documents[kind]
            for name in TEXT_FIELDS:
                if getattr(f, name) == getattr(was, name):
                    value = getattr(before, name)
                    setattr(d, name, list(value) if isinstance(value, list) else value)
        if not d.is_empty():
            documents.append(d)
    omit: bool | None = fields.omit_empty_columns
    if opened is not None and shown is not None and fields.omit_empty_columns == shown.omit_empty_columns:
        omit = opened.omit_empty_columns
    return YearContent(
        documents, sign_prefix=fields.sign_prefix, report_first=fields.report_first, omit_empty_columns=omit
    )


@dataclass(frozen=True, slots=True)
class FieldProblem:
    document: DocumentKind
    field: str  # a key of FIELD_NAMES
    message: str  # Thai, naming the field and the document


def problems(fields: ContentFields) -> list[FieldProblem]:
    """Each box whose text the exchange reader would refuse, with the rule's words (domain/rules.py), the
    box's name, the document's and, in a box of many lines, the line."""
    found = []
    for kind in DOCUMENT_KINDS:
        f = fields.documents.get(kind, DocumentFields())
        for name in TEXT_FIELDS:
            text: str = getattr(f, name)
            lines = [text] if name == "title" else text.splitlines() or [""]
            for number, line in enumerate(lines, start=1):
                problem = text_problem(line, MAX_LONG_TEXT_CHARS)
                if problem is None:
                    continue
                where = f"{FIELD_NAMES[name]} ของเอกสาร “{DOCUMENT_NAMES[kind]}”"
                if len(lines) > 1:
                    where += f" บรรทัดที่ {number}"
                found.append(FieldProblem(kind, name, f"{where}: {problem}"))
                break
    return found


def field_names(keys: list[str]) -> str:
    """Storage's "progress.title" keys as the user reads them: "ชื่อเอกสาร (ความก้าวหน้า)"."""
    names = []
    for key in keys:
        kind, _, name = key.partition(".")
        document = DOCUMENT_NAMES.get(cast(DocumentKind, kind), kind)
        names.append(f"{FIELD_NAMES.get(name, name)} ({document})")
    return ", ".join(names)


def default_title(kind: DocumentKind, fiscal_year: int, digits: Digits = "thai") -> str:
    """The title the document prints when the office gives none (the ITA item's for the year's framework)."""
    from itadesk.documents.content import document_title
    from itadesk.documents.printing import TITLES
    from itadesk.documents.text import Localizer

    return document_title(DocumentContent(kind), fiscal_year, TITLES[kind], Localizer(digits))


def usual_heading_name(kind: DocumentKind) -> str:
    """The "usual" choice says what it is for this document."""
    usual = USUAL_HEADINGS.get(kind)
    name = dict(HEADING_CHOICES)[usual] if usual else ""
    return f"{HEADING_CHOICES[0][1]} ({name.removeprefix('ตาม')})" if name else HEADING_CHOICES[0][1]
