"""The records of an `itadesk/1` file, each read and checked where it stands, with its JSON path."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import cast

from itadesk.domain.documents import DOCUMENT_KINDS, DocumentKind
from itadesk.domain.framework import Framework, framework_for
from itadesk.domain.model import (
    PARTS,
    Approval,
    Attachment,
    Digits,
    IndicatorScore,
    ItaResult,
    Organization,
    PartScore,
    Person,
    Unit,
)
from itadesk.domain.rules import (
    duplicate_name_problem,
    fiscal_year_problem,
    grade_problem,
    indicator_number_problem,
    person_unit_problem,
    round_problem,
)
from itadesk.domain.status import Status
from itadesk.exchange.emblem import read_emblem
from itadesk.exchange.fields import TEXT, Fields, fail, wrong_type
from itadesk.exchange.limits import MAX_ID_CHARS, MAX_LONG_TEXT_CHARS

LONG = MAX_LONG_TEXT_CHARS
ORGANIZATION_KEYS = (
    "name", "short_name", "district", "province", "document_code", "phone", "website", "digits", "emblem",
)  # fmt: skip


class IdRegistry:
    """Ids of one kind of record, unique across the whole file; remembers where each was first given."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.first_seen: dict[str, str] = {}

    def take(self, fields: Fields) -> str | None:
        record_id = fields.optional_text("id", limit=MAX_ID_CHARS)
        if record_id is None:
            return None
        path = fields.at("id")
        if not record_id.strip():
            fail(path, "รหัสต้องไม่เว้นว่าง (ถ้าไม่มีรหัส ให้ลบช่อง id ออก)")
        if record_id != record_id.strip():
            fail(path, f'รหัส "{record_id}" มีช่องว่างหน้าหรือหลัง')
        if record_id in self.first_seen:
            fail(path, f'รหัส{self.kind} "{record_id}" ซ้ำกับที่ {self.first_seen[record_id]}')
        self.first_seen[record_id] = path
        return record_id


def fiscal_year(fields: Fields, key: str) -> int:
    value = cast(int, fields.integer(key, required=True))
    problem = fiscal_year_problem(value)
    if problem:
        fail(fields.at(key), problem)
    return value


def status(fields: Fields, key: str, *, required: bool = False) -> Status:
    raw = fields.required(key) if required else fields.get(key)
    if raw is None:
        return Status.NOT_STARTED
    if not isinstance(raw, str):
        wrong_type(fields.at(key), TEXT, raw)
    try:
        return Status.parse(raw)
    except ValueError as problem:
        fail(fields.at(key), str(problem))


def organization(value: object, path: str, base_dir: Path | None) -> Organization:
    f = Fields(value, path, ORGANIZATION_KEYS)
    emblem = f.get("emblem")
    return Organization(
        name=f.text("name", required=True),
        short_name=f.text("short_name"),
        district=f.text("district"),
        province=f.text("province"),
        document_code=f.text("document_code"),
        phone=f.text("phone"),
        website=f.text("website"),
        digits=cast(Digits, f.choice("digits", ("thai", "arabic"), "thai")),
        emblem=None if emblem is None else read_emblem(emblem, f.at("emblem"), base_dir),
    )


def units(document: Fields) -> list[Unit]:
    ids = IdRegistry("หน่วยงาน")
    names: dict[str, str] = {}
    result = []
    for value, path in document.objects("units"):
        f = Fields(value, path, ("id", "name"))
        unit = Unit(id=ids.take(f), name=f.text("name", required=True))
        if unit.name in names:
            fail(f.at("name"), duplicate_name_problem("หน่วยงาน", unit.name, names[unit.name]))
        names[unit.name] = f.at("name")
        result.append(unit)
    return result


def people(document: Fields, unit_names: set[str]) -> list[Person]:
    ids = IdRegistry("บุคคล")
    unnamed: dict[str, str] = {}  # people without an id are matched by name, so their names must differ
    result = []
    for value, path in document.objects("people"):
        f = Fields(value, path, ("id", "title", "name", "position", "acting", "unit"))
        person = Person(
            id=ids.take(f),
            title=f.text("title"),
            name=f.text("name", required=True),
            position=f.text("position"),
            acting=f.text("acting"),
            unit=f.text("unit"),
        )
        problem = person_unit_problem(person.unit, unit_names)
        if problem:
            fail(f.at("unit"), problem)
        if person.id is None:
            if person.name in unnamed:
                fail(f.at("name"), f'ชื่อ "{person.name}" ซ้ำกับที่ {unnamed[person.name]} ใส่ id ให้แต่ละคน')
            unnamed[person.name] = f.at("name")
        result.append(person)
    return result


def ita_result(value: object, path: str, office: Sequence[Framework] = ()) -> ItaResult:
    """An ITA result, its grade and indicators checked against the year's framework: the office's own
    (`office`, e.g. the frameworks the same file carries) where it has one."""
    f = Fields(value, path, ("assessed_year", "score", "grade", "parts", "indicators", "recommendations"))
    assessed = fiscal_year(f, "assessed_year")
    score = f.score("score")
    grade = f.text("grade")
    problem = grade_problem(assessed, grade, score, office)
    if problem:
        fail(f.at("grade"), problem)
    return ItaResult(
        assessed_year=assessed,
        score=score,
        grade=grade,
        parts=_part_scores(f),
        indicators=_indicator_scores(f, assessed, office),
        recommendations=f.texts("recommendations", limit=LONG),
    )


def _part_scores(result: Fields) -> list[PartScore]:
    seen: set[str] = set()
    parts = []
    for value, path in result.objects("parts"):
        f = Fields(value, path, ("code", "name", "score"))
        f.required("code")
        code = f.choice("code", PARTS, "")
        if code in seen:
            fail(f.at("code"), f"ส่วน {code} ซ้ำกัน")
        seen.add(code)
        parts.append(PartScore(code=code, name=f.text("name"), score=f.score("score")))
    return parts


def _indicator_scores(
    result: Fields, assessed_year: int, office: Sequence[Framework] = ()
) -> list[IndicatorScore]:
    catalogue = {i.number: i for i in framework_for(assessed_year, office).indicators}
    seen: set[int] = set()
    indicators = []
    for value, path in result.objects("indicators"):
        f = Fields(value, path, ("number", "part", "name", "score", "issue"))
        number = cast(int, f.integer("number", required=True))
        problem = indicator_number_problem(number)
        if problem:
            fail(f.at("number"), problem)
        if number in seen:
            fail(f.at("number"), f"ตัวชี้วัดที่ {number} ซ้ำกัน")
        seen.add(number)
        known = catalogue.get(number)
        # The name may be left out for an indicator the year's catalogue knows.
        name = f.text("name", required=known is None) or (known.name if known else "")
        indicators.append(
            IndicatorScore(
                number=number,
                name=name,
                part=f.choice("part", PARTS, known.part if known else "", allow_empty=True),
                score=f.score("score"),
                issue=f.text("issue", limit=LONG),
            )
        )
    return indicators


def attachment(value: object, path: str) -> Attachment:
    f = Fields(value, path, ("document", "round"))
    f.required("document")
    document = cast(DocumentKind, f.choice("document", DOCUMENT_KINDS, "results"))
    round_months = f.integer("round")
    problem = None if round_months is None else round_problem(round_months)
    if problem:
        fail(f.at("round"), problem)
    return Attachment(document=document, round=round_months or 12)


def approvals(memo: Fields, person_ids: set[str]) -> list[Approval]:
    result = []
    for value, path in memo.objects("approvals"):
        f = Fields(value, path, ("person", "heading"))
        person = f.text("person", required=True, limit=MAX_ID_CHARS)
        check_person(f, "person", person, person_ids)
        result.append(Approval(person=person, heading=f.text("heading")))
    return result


def check_person(fields: Fields, key: str, person_id: str, person_ids: set[str]) -> None:
    if person_id and person_id not in person_ids:
        known = f" (มี {', '.join(sorted(person_ids))})" if person_ids else " (ไฟล์นี้ไม่มีรายการ people)"
        fail(fields.at(key), f'ไม่มีบุคคลรหัส "{person_id}" ใน people{known}')
