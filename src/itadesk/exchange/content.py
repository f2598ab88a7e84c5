"""The office's own content of a year (`years[].content`, optional in itadesk/1): read and written.

A file without it reads as before (every document prints its defaults); a year whose content is all
defaults is written without it, so files of offices that never wrote any stay as they were.
"""

from __future__ import annotations

from typing import Any, cast

from itadesk.domain.documents import DOCUMENT_KINDS, DocumentKind
from itadesk.domain.model import HEADINGS, DocumentContent, Headings, YearContent
from itadesk.exchange.fields import Fields, fail
from itadesk.exchange.limits import MAX_LONG_TEXT_CHARS

CONTENT_KEYS = ("sign_prefix", "report_first", "documents")
# The office's choice to leave out of the tables the columns no measure fills. Written under an "x-" key,
# which the format lets every reader ignore: a program that does not know the choice still reads the whole
# file and prints every column, where a key of its own would make that program refuse the file.
OMIT_EMPTY_COLUMNS = "x-omit_empty_columns"
DOCUMENT_KEYS = ("document", "title", "introduction", "note", "title_page", "headings")


def read_content(value: object, path: str) -> YearContent:
    f = Fields(value, path, CONTENT_KEYS)
    documents: list[DocumentContent] = []
    first_seen: dict[str, str] = {}
    for item, at in f.objects("documents"):
        d = Fields(item, at, DOCUMENT_KEYS)
        d.required("document")
        kind = cast(DocumentKind, d.choice("document", DOCUMENT_KINDS, "plan"))
        if kind in first_seen:
            fail(d.at("document"), f'เอกสาร "{kind}" ซ้ำกับที่ {first_seen[kind]} ให้รวมไว้ที่เดียว')
        first_seen[kind] = d.at("document")
        documents.append(
            DocumentContent(
                document=kind,
                title=d.text("title", limit=MAX_LONG_TEXT_CHARS),
                introduction=d.texts("introduction", limit=MAX_LONG_TEXT_CHARS),
                note=d.text("note", limit=MAX_LONG_TEXT_CHARS),
                title_page=d.texts("title_page", limit=MAX_LONG_TEXT_CHARS),
                headings=cast(Headings, d.choice("headings", HEADINGS, "", allow_empty=True)),
            )
        )
    omit = f.flag(OMIT_EMPTY_COLUMNS) if f.has(OMIT_EMPTY_COLUMNS) else None
    return YearContent(
        documents=documents,
        sign_prefix=f.flag("sign_prefix"),
        report_first=f.flag("report_first"),
        omit_empty_columns=omit,
    )


def content_to_json(content: YearContent) -> dict[str, Any] | None:
    """The year's `content` object; None when everything in it is the default."""
    if content.is_empty():
        return None
    written: dict[str, Any] = {
        "sign_prefix": content.sign_prefix,
        "report_first": content.report_first,
    }
    if content.omit_empty_columns is not None:
        written[OMIT_EMPTY_COLUMNS] = content.omit_empty_columns
    return written | {
        "documents": [
            {
                "document": d.document,
                "title": d.title,
                "introduction": list(d.introduction),
                "note": d.note,
                "title_page": list(d.title_page),
                "headings": d.headings,
            }
            for d in content.documents
            if not d.is_empty()
        ],
    }
