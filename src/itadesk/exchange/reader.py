"""Reading an `itadesk/1` exchange file into a Dataset, refusing the first problem with its place, in Thai.

Nothing here touches the database: a file is either wholly valid and returned, or refused.
"""

from __future__ import annotations

import os
from pathlib import Path

from itadesk.domain.framework import Framework, FrameworkError, read_framework
from itadesk.domain.model import (
    PARTS,
    Dataset,
    FiscalYear,
    Measure,
    Memo,
    ResultEntry,
    StatusChange,
    YearContent,
)
from itadesk.domain.rules import period_dates_problem
from itadesk.exchange import records
from itadesk.exchange.content import read_content
from itadesk.exchange.decoding import decode_json, too_large
from itadesk.exchange.errors import ExchangeError
from itadesk.exchange.fields import Fields, describe, fail
from itadesk.exchange.limits import MAX_FILE_BYTES, MAX_ID_CHARS
from itadesk.exchange.records import LONG, IdRegistry

FORMAT = "itadesk/1"
TOP_KEYS = ("format", "organization", "units", "people", "years", "frameworks")
YEAR_KEYS = ("fiscal_year", "ita_result", "measures", "memos", "content")
MEASURE_KEYS = (
    "id", "number", "part", "indicator", "section", "title", "steps", "responsible", "period", "start",
    "end", "monitoring", "reporting", "status", "history", "results", "outcome", "problems", "suggestions",
    "evidence",
)  # fmt: skip
MEMO_KEYS = ("id", "unit", "number", "date", "subject", "to", "via", "body", "author", "approvals", "attach")


def read_exchange_file(path: str | os.PathLike[str]) -> Dataset:
    """The data in an exchange file; ExchangeError (Thai, with the place) if anything in it is wrong."""
    file = Path(path)
    try:
        if file.is_dir():
            raise ExchangeError("", f'"{file}" เป็นโฟลเดอร์ ไม่ใช่ไฟล์')
        size = file.stat().st_size
        if size > MAX_FILE_BYTES:  # refused before a byte is read
            raise too_large(size)
        with file.open("rb") as stream:
            data = stream.read(MAX_FILE_BYTES + 1)  # capped: the file may grow after the check
    except FileNotFoundError:
        raise ExchangeError("", f'ไม่พบไฟล์ "{file}"') from None
    except OSError as error:
        raise ExchangeError("", f'เปิดไฟล์ "{file}" ไม่ได้ ({error.strerror})') from None
    return read_exchange_bytes(data, file.parent)


def read_exchange_bytes(data: bytes, base_dir: str | os.PathLike[str] | None = None) -> Dataset:
    """The data in the bytes of an exchange file; `base_dir` is where an emblem's file name is looked up."""
    value = decode_json(data)
    if not isinstance(value, dict):
        fail("", 'ไฟล์ต้องเป็นวัตถุ JSON {…} ที่มีช่อง "format": "itadesk/1"')
    if "format" not in value:
        fail("format", f'ไม่ใช่ไฟล์แลกเปลี่ยนของ ITA Desk: ไม่มีช่อง "format": "{FORMAT}"')
    if value["format"] != FORMAT:
        fail("format", f'ไม่รองรับรูปแบบ {describe(value["format"])} โปรแกรมนี้อ่านได้เฉพาะ "{FORMAT}"')
    document = Fields(value, "", TOP_KEYS)
    organization = document.get("organization")
    base = None if base_dir is None else Path(base_dir)
    org = None if organization is None else records.organization(organization, "organization", base)
    dataset = Dataset(
        organization=org,
        units=records.units(document),
    )
    dataset.people = records.people(document, {unit.name for unit in dataset.units})
    dataset.frameworks = _frameworks(document)  # first: a year's ITA result is graded by them
    dataset.years = _years(document, {p.id for p in dataset.people if p.id is not None}, dataset.frameworks)
    return dataset


def _frameworks(document: Fields) -> list[Framework]:
    """The office's own ITA frameworks (exchange/README.md: the framework file's format, one per year)."""
    frameworks: list[Framework] = []
    seen: dict[int, str] = {}
    for value, path in document.objects("frameworks"):
        try:
            framework = read_framework(value, "")
        except FrameworkError as exc:
            raise ExchangeError(f"{path}{exc.where}", exc.reason) from None  # where: ".documents.items…"
        if framework.year in seen:
            fail(f"{path}.year", f"กรอบการประเมินปี {framework.year} ซ้ำกับที่ {seen[framework.year]}")
        seen[framework.year] = path
        frameworks.append(framework)
    return frameworks


def _years(document: Fields, person_ids: set[str], office: list[Framework]) -> list[FiscalYear]:
    measure_ids = IdRegistry("มาตรการ")
    memo_ids = IdRegistry("บันทึก")
    first_seen: dict[int, str] = {}
    years = []
    for value, path in document.objects("years"):
        f = Fields(value, path, YEAR_KEYS)
        number = records.fiscal_year(f, "fiscal_year")
        if number in first_seen:
            fail(f.at("fiscal_year"), f"ปีงบประมาณ {number} ซ้ำกับที่ {first_seen[number]} ให้รวมไว้ในปีเดียว")
        first_seen[number] = f.at("fiscal_year")
        result = f.get("ita_result")
        content = f.get("content")
        years.append(
            FiscalYear(
                fiscal_year=number,
                ita_result=(
                    None if result is None else records.ita_result(result, f.at("ita_result"), office)
                ),
                measures=[_measure(item, at, measure_ids) for item, at in f.objects("measures")],
                memos=[_memo(item, at, memo_ids, person_ids) for item, at in f.objects("memos")],
                content=YearContent() if content is None else read_content(content, f.at("content")),
            )
        )
    return years


def _measure(value: object, path: str, ids: IdRegistry) -> Measure:
    f = Fields(value, path, MEASURE_KEYS)
    measure = Measure(
        id=ids.take(f),
        number=f.optional_text("number"),
        part=f.choice("part", PARTS, "", allow_empty=True),
        indicator=f.text("indicator", limit=LONG),
        section=f.text("section", limit=LONG),
        title=f.text("title", required=True, limit=LONG),
        steps=f.texts("steps", limit=LONG),
        responsible=f.texts("responsible", limit=LONG),
        period=f.text("period"),
        start=f.day("start"),
        end=f.day("end"),
        monitoring=f.text("monitoring", limit=LONG),
        reporting=f.text("reporting", limit=LONG),
        status=records.status(f, "status"),
        history=[_status_change(item, at) for item, at in f.objects("history")],
        results=[_result(item, at) for item, at in f.objects("results")],
        outcome=f.text("outcome", limit=LONG),
        problems=f.text("problems", limit=LONG),
        suggestions=f.text("suggestions", limit=LONG),
        evidence=f.texts("evidence", limit=LONG),
    )
    problem = period_dates_problem(measure.start, measure.end)
    if problem:
        fail(f.at("end"), problem)
    return measure


def _status_change(value: object, path: str) -> StatusChange:
    f = Fields(value, path, ("status", "date", "note"))
    return StatusChange(
        status=records.status(f, "status", required=True), date=f.day("date"), note=f.text("note", limit=LONG)
    )


def _result(value: object, path: str) -> ResultEntry:
    f = Fields(value, path, ("date", "text"))
    return ResultEntry(date=f.day("date"), text=f.text("text", required=True, limit=LONG))


def _memo(value: object, path: str, ids: IdRegistry, person_ids: set[str]) -> Memo:
    f = Fields(value, path, MEMO_KEYS)
    memo_id = ids.take(f)
    author = f.text("author", limit=MAX_ID_CHARS)
    records.check_person(f, "author", author, person_ids)
    attach = f.get("attach")
    return Memo(
        id=memo_id,
        unit=f.text("unit"),
        number=f.text("number"),
        date=f.day("date"),
        subject=f.text("subject", required=True, limit=LONG),
        to=f.text("to", limit=LONG),
        via=f.text("via", limit=LONG),
        body=f.texts("body", limit=LONG),
        author=author,
        approvals=records.approvals(f, person_ids),
        attach=None if attach is None else records.attachment(attach, f.at("attach")),
    )


__all__ = ["FORMAT", "ExchangeError", "read_exchange_bytes", "read_exchange_file"]
