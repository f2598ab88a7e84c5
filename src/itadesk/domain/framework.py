"""The ITA framework of an assessment year, as data: its parts, indicators, OIT items, which item each
document answers, whether a 6-month report exists, the grade scheme — each section with where it was read and
how sure that is. The program's own are in `frameworks.json`; an office's own (imported or corrected in the
window) wins over the program's for its year. A year the program does not know takes the latest earlier
one, and says so.

framework_for(2569)                        # the program's (or the office's, given `office`)
citation("results", 2567, 12, office)      # the framework and item a document of a fiscal year answers
unconfirmed_warning(framework_for(2570))   # "กรอบการประเมินปี 2570 ยังไม่ยืนยัน ใช้ตามปี 2569 — …"
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from typing import Any, Literal

FILE_FORMAT = "itadesk-framework/1"
SECTIONS = ("parts", "indicators", "oit_items", "documents", "six_month_report", "grades")
SECTION_NAMES = {
    "parts": "ส่วนของการประเมินและน้ำหนัก", "indicators": "ตัวชี้วัด", "oit_items": "ข้อของ OIT",
    "documents": "ข้อที่เอกสารตอบ", "six_month_report": "รายงานรอบ 6 เดือน", "grades": "ระดับผลการประเมิน",
}  # fmt: skip
State = Literal["confirmed", "published", "office", "carried", "unverified"]
STATES: tuple[State, ...] = ("confirmed", "published", "office", "carried", "unverified")
STATE_NAMES: dict[str, str] = {
    "confirmed": "ยืนยันจากแหล่งทางการ (คู่มือ ป.ป.ช./ITAS)",
    "published": "อ่านจากรายการที่หน่วยงานเผยแพร่",
    "office": "หน่วยงานตรวจและแก้เอง",
    "carried": "ยกมาจากปีอื่น",
    "unverified": "ยังไม่ได้ตรวจกับแหล่งที่มา",
}
SURE: frozenset[str] = frozenset({"confirmed", "published", "office"})
Covers = Literal["this", "previous"]
# The five documents an office prints for the ITA; a memo answers the item of the report it carries.
FRAMEWORK_DOCUMENTS = ("plan", "analysis", "progress", "results", "memo")
DOCUMENT_NAMES = {"plan": "มาตรการ", "analysis": "การวิเคราะห์ผล ITA", "progress": "ความก้าวหน้า",
                  "results": "รายงานผล", "memo": "บันทึกข้อความ"}  # fmt: skip
CHECK_MANUAL = "ตรวจกับคู่มือ ITA ของปีนี้"


class FrameworkError(ValueError):
    """A framework file (or the program's data) that cannot be read: the Thai message names the field."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}" if where else reason)
        self.where = where
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Source:
    id: str
    title: str
    url: str = ""
    read: str = ""  # the day it was read, YYYY-MM-DD


@dataclass(frozen=True, slots=True)
class Fact:
    """How sure a section of a framework is, and where it was read."""

    state: State
    source: Source | None = None
    note: str = ""
    from_year: int | None = None  # the year whose data this is, when carried from another

    @property
    def sure(self) -> bool:
        return self.state in SURE


@dataclass(frozen=True, slots=True)
class PartInfo:
    code: str
    name: str
    weight: float | None = None  # percent of the overall score; None when not known


@dataclass(frozen=True, slots=True)
class IndicatorInfo:
    number: int
    part: str
    name: str


@dataclass(frozen=True, slots=True)
class OitItem:
    number: str  # "O42"
    title: str
    publish: str = ""  # what must be published


@dataclass(frozen=True, slots=True)
class GradeBand:
    grade: str
    min_score: float
    conditions: str = ""  # conditions on the parts, as the manual words them


@dataclass(frozen=True, slots=True)
class DocumentItem:
    """The ITA item a document answers in a year's framework: its number ("O42", "" if none), its title as
    printed by default, and the fiscal year it covers ("this" year, or the "previous" one) with its period."""

    document: str
    title: str
    item: str = ""
    covers: Covers = "this"
    period: str = ""


@dataclass(frozen=True, slots=True)
class Framework:
    year: int
    parts: tuple[PartInfo, ...]
    indicators: tuple[IndicatorInfo, ...]
    grades: tuple[GradeBand, ...]  # highest band first
    documents: tuple[DocumentItem, ...] = ()
    oit_items: tuple[OitItem, ...] = ()
    six_month_report: bool = True
    pass_score: float = 85.0
    facts: Mapping[str, Fact] = field(default_factory=dict)
    # Every source the framework's file lists (the facts name theirs); not part of what the framework says.
    sources: tuple[Source, ...] = field(default=(), compare=False)
    origin: Literal["program", "office"] = "program"
    based_on: int | None = None  # a year the program does not know: the year whose framework this is

    def document_item(self, document: str) -> DocumentItem | None:
        return next((d for d in self.documents if d.document == document), None)

    def fact(self, section: str) -> Fact:
        return self.facts.get(section) or Fact("unverified")

    def grade_for(self, score: float) -> str:
        """The grade of an overall score (0–100)."""
        for band in self.grades:
            if score >= band.min_score:
                return band.grade
        return self.grades[-1].grade

    @property
    def part_codes(self) -> tuple[str, ...]:
        return tuple(part.code for part in self.parts)

    def part_label(self, code: str) -> str:
        """A part as a user reads it: its code with its Thai name ("IIT แบบวัดการรับรู้ของ…"), the code alone
        when the framework does not know it."""
        for part in self.parts:
            if part.code == code:
                return f"{part.code} {part.name}"
        return code

    @property
    def grade_names(self) -> tuple[str, ...]:
        return tuple(band.grade for band in self.grades)

    @property
    def confirmed(self) -> bool:
        """The items and titles printed are sure: read from an official source or a published list, or checked
        by the office itself — and this is the year's own framework, not the latest earlier one."""
        return self.based_on is None and self.fact("documents").sure


def unconfirmed_warning(framework: Framework) -> str | None:
    """What an office must read before printing from a framework that is not sure; None when it is."""
    if framework.confirmed:
        return None
    year = framework.year
    fact = framework.fact("documents")
    carried = framework.based_on if framework.based_on is not None else fact.from_year
    if carried is not None and carried != year:
        return f"กรอบการประเมินปี {year} ยังไม่ยืนยัน ใช้ตามปี {carried} — {CHECK_MANUAL}"
    items = sorted({d.item for d in framework.documents if d.item})
    what = f"เลขข้อ {', '.join(items)} ยังไม่ได้ตรวจกับคู่มือ" if items else "ยังไม่ได้ตรวจกับคู่มือ"
    return f"กรอบการประเมินปี {year} ยังไม่ยืนยัน ({what}) — {CHECK_MANUAL}"


# --- reading and writing the data -------------------------------------------------------------------------


def _problem(where: str, message: str) -> FrameworkError:
    return FrameworkError(where, message)


def _object(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _problem(where, "ต้องเป็นออบเจกต์ JSON ({ … })")
    return value


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise _problem(where, "ต้องเป็นรายการ JSON ([ … ])")
    return value


def _text(data: dict[str, Any], key: str, where: str, *, required: bool = True) -> str:
    value = data.get(key, None if required else "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise _problem(f"{where}.{key}", "ต้องเป็นข้อความที่ไม่ว่าง" if required else "ต้องเป็นข้อความ")
    from itadesk.domain.rules import normalise_text, text_problem  # rules reads frameworks: not at import

    value = normalise_text(value)
    problem = text_problem(value)
    if problem:
        raise _problem(f"{where}.{key}", problem)
    return value


def _number(data: dict[str, Any], key: str, where: str, *, optional: bool = False) -> float | None:
    value = data.get(key)
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise _problem(f"{where}.{key}", "ต้องเป็นตัวเลข")
    if not 0 <= value <= 100:
        raise _problem(f"{where}.{key}", f"ต้องอยู่ระหว่าง 0 ถึง 100 (ได้ {value:g})")
    return float(value)


def _unknown_keys(data: dict[str, Any], known: Iterable[str], where: str) -> None:
    extra = sorted(k for k in data if k not in known and not k.startswith("_"))
    if extra:
        raise _problem(where, f'ไม่รู้จักช่อง "{extra[0]}" (ช่องที่ใช้ได้: {", ".join(known)})')


def _read_sources(raw: Any, where: str) -> dict[str, Source]:
    sources: dict[str, Source] = {}
    for key, value in _object(raw, where).items():
        if key.startswith("_"):
            continue
        item = _object(value, f"{where}.{key}")
        _unknown_keys(item, ("title", "url", "read"), f"{where}.{key}")
        sources[key] = Source(
            key,
            _text(item, "title", f"{where}.{key}"),
            _text(item, "url", f"{where}.{key}", required=False),
            _text(item, "read", f"{where}.{key}", required=False),
        )
    return sources


def _read_fact(data: dict[str, Any], where: str, sources: Mapping[str, Source]) -> Fact:
    state = data.get("state")
    if state not in STATES:
        raise _problem(f"{where}.state", f'ต้องเป็นหนึ่งใน {", ".join(STATES)} (ได้ "{state}")')
    source_id = data.get("source", "")
    if source_id is None:
        source_id = ""
    if not isinstance(source_id, str):
        raise _problem(f"{where}.source", "ต้องเป็นชื่อแหล่งที่มา (ข้อความ)")
    if source_id and source_id not in sources:
        raise _problem(f"{where}.source", f'ไม่มีแหล่งที่มา "{source_id}" ใน sources')
    from_year = data.get("from_year")
    if from_year is not None and (isinstance(from_year, bool) or not isinstance(from_year, int)):
        raise _problem(f"{where}.from_year", "ต้องเป็นปี พ.ศ. (ตัวเลข)")
    return Fact(state, sources.get(source_id), _text(data, "note", where, required=False), from_year)


_FACT_KEYS = ("state", "source", "note", "from_year")


def _read_section(name: str, raw: Any, where: str, sources: Mapping[str, Source]) -> tuple[Fact, Any]:
    """One section: its fact and its value (parts, indicators, … as the Framework holds them)."""
    data = _object(raw, where)
    fact = _read_fact(data, where, sources)
    if name == "parts":
        _unknown_keys(data, (*_FACT_KEYS, "items"), where)
        parts = []
        for i, item in enumerate(_list(data.get("items"), f"{where}.items")):
            at = f"{where}.items[{i}]"
            item = _object(item, at)
            _unknown_keys(item, ("code", "name", "weight"), at)
            parts.append(PartInfo(_text(item, "code", at), _text(item, "name", at),
                                  _number(item, "weight", at, optional=True)))  # fmt: skip
        if not parts:
            raise _problem(f"{where}.items", "ต้องมีอย่างน้อยหนึ่งส่วน")
        return fact, tuple(parts)
    if name == "indicators":
        _unknown_keys(data, (*_FACT_KEYS, "items"), where)
        indicators = []
        for i, item in enumerate(_list(data.get("items"), f"{where}.items")):
            at = f"{where}.items[{i}]"
            item = _object(item, at)
            _unknown_keys(item, ("number", "part", "name"), at)
            number = item.get("number")
            if isinstance(number, bool) or not isinstance(number, int) or number < 1:
                raise _problem(f"{at}.number", "ต้องเป็นเลขตัวชี้วัด (จำนวนเต็มตั้งแต่ 1)")
            indicators.append(IndicatorInfo(number, _text(item, "part", at), _text(item, "name", at)))
        return fact, tuple(indicators)
    if name == "oit_items":
        _unknown_keys(data, (*_FACT_KEYS, "items"), where)
        items = []
        for i, item in enumerate(_list(data.get("items"), f"{where}.items")):
            at = f"{where}.items[{i}]"
            item = _object(item, at)
            _unknown_keys(item, ("number", "title", "publish"), at)
            items.append(OitItem(_item_number(item, "number", at), _text(item, "title", at),
                                 _text(item, "publish", at, required=False)))  # fmt: skip
        return fact, tuple(items)
    if name == "documents":
        _unknown_keys(data, (*_FACT_KEYS, "items"), where)
        documents = []
        raw_items = _object(data.get("items"), f"{where}.items")
        for kind, value in raw_items.items():
            if kind.startswith("_"):
                continue
            at = f"{where}.items.{kind}"
            if kind not in FRAMEWORK_DOCUMENTS:
                raise _problem(at, f'ไม่รู้จักเอกสาร "{kind}" (ใช้ {", ".join(FRAMEWORK_DOCUMENTS)})')
            item = _object(value, at)
            _unknown_keys(item, ("item", "title", "covers", "period"), at)
            covers = item.get("covers", "this")
            if covers not in ("this", "previous"):
                raise _problem(f"{at}.covers", f'ต้องเป็น "this" (ปีนี้) หรือ "previous" (ปีที่แล้ว) ได้ "{covers}"')
            number = _item_number(item, "item", at) if item.get("item") else ""
            documents.append(DocumentItem(kind, _text(item, "title", at), number, covers,
                                          _text(item, "period", at, required=False)))  # fmt: skip
        return fact, tuple(documents)
    if name == "six_month_report":
        _unknown_keys(data, (*_FACT_KEYS, "value"), where)
        value = data.get("value")
        if not isinstance(value, bool):
            raise _problem(f"{where}.value", "ต้องเป็น true (มีรายงานรอบ 6 เดือน) หรือ false (ไม่มี)")
        return fact, value
    assert name == "grades"
    _unknown_keys(data, (*_FACT_KEYS, "pass_score", "bands"), where)
    bands = []
    for i, item in enumerate(_list(data.get("bands"), f"{where}.bands")):
        at = f"{where}.bands[{i}]"
        item = _object(item, at)
        _unknown_keys(item, ("grade", "min", "conditions"), at)
        bands.append(GradeBand(_text(item, "grade", at), _number(item, "min", at) or 0.0,
                               _text(item, "conditions", at, required=False)))  # fmt: skip
    if not bands:
        raise _problem(f"{where}.bands", "ต้องมีอย่างน้อยหนึ่งระดับ")
    names = [b.grade for b in bands]
    if len(set(names)) != len(names):
        raise _problem(f"{where}.bands", "มีชื่อระดับซ้ำกัน")
    pass_score = _number(data, "pass_score", where, optional=True)
    ordered = tuple(sorted(bands, key=lambda b: b.min_score, reverse=True))
    return fact, (ordered, 85.0 if pass_score is None else pass_score)


def _item_number(item: dict[str, Any], key: str, where: str) -> str:
    value = _text(item, key, where).strip()
    if len(value) > 10 or "\n" in value:
        raise _problem(f"{where}.{key}", f'ต้องเป็นเลขข้อสั้น ๆ เช่น "O42" (ได้ "{value}")')
    return value


def _build(
    year: int,
    sections: Mapping[str, tuple[Fact, Any]],
    sources: Iterable[Source],
    origin: Literal["program", "office"],
    where: str,
) -> Framework:
    missing = [name for name in SECTIONS if name not in sections]
    if missing:
        raise _problem(where, f'ไม่มีส่วน "{missing[0]}" ({SECTION_NAMES[missing[0]]})')
    grades, pass_score = sections["grades"][1]
    parts = sections["parts"][1]
    codes = {p.code for p in parts}
    for i, indicator in enumerate(sections["indicators"][1]):
        if indicator.part not in codes:
            raise _problem(f"{where}.indicators.items[{i}].part",
                           f'ไม่มีส่วน "{indicator.part}" ในกรอบ (มี {", ".join(sorted(codes))})')  # fmt: skip
    return Framework(
        year=year,
        parts=parts,
        indicators=sections["indicators"][1],
        grades=grades,
        documents=sections["documents"][1],
        oit_items=sections["oit_items"][1],
        six_month_report=sections["six_month_report"][1],
        pass_score=pass_score,
        facts={name: fact for name, (fact, _) in sections.items()},
        sources=tuple(sources),
        origin=origin,
    )


def read_framework(data: Any, where: str = "กรอบการประเมิน") -> Framework:
    """One year's framework from a framework file's JSON (an office's own): all of it, or a FrameworkError
    naming the first field that is wrong."""
    data = _object(data, where)
    if data.get("format") != FILE_FORMAT:
        raise _problem(f"{where}.format", f'ต้องเป็น "{FILE_FORMAT}" (ได้ "{data.get("format")}")')
    _unknown_keys(data, ("format", "year", "sources", *SECTIONS), where)
    year = data.get("year")
    from itadesk.domain.fiscal import MAX_FISCAL_YEAR, MIN_FISCAL_YEAR

    if isinstance(year, bool) or not isinstance(year, int) or not MIN_FISCAL_YEAR <= year <= MAX_FISCAL_YEAR:
        raise _problem(
            f"{where}.year", f"ต้องเป็นปี พ.ศ. ระหว่าง {MIN_FISCAL_YEAR} ถึง {MAX_FISCAL_YEAR} (ได้ {year})"
        )
    sources = _read_sources(data.get("sources", {}), f"{where}.sources")
    sections = {
        name: _read_section(name, data[name], f"{where}.{name}", sources) for name in SECTIONS if name in data
    }
    return _build(year, sections, sources.values(), "office", where)


def read_framework_text(text: str, where: str = "กรอบการประเมิน") -> Framework:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FrameworkError(where, f"ไม่ใช่ JSON ที่อ่านได้ (บรรทัด {exc.lineno} ตำแหน่ง {exc.colno})") from exc
    return read_framework(data, where)


def framework_dict(framework: Framework) -> dict[str, Any]:
    """A framework as a framework file holds it (what `read_framework` reads back to the same framework)."""
    used = {f.source.id: f.source for f in framework.facts.values() if f.source is not None}
    used.update({s.id: s for s in framework.sources})

    def fact(name: str) -> dict[str, Any]:
        f = framework.fact(name)
        out: dict[str, Any] = {"state": f.state, "source": f.source.id if f.source else "", "note": f.note}
        if f.from_year is not None:
            out["from_year"] = f.from_year
        return out

    return {
        "format": FILE_FORMAT,
        "year": framework.year,
        "sources": {s.id: {"title": s.title, "url": s.url, "read": s.read} for s in used.values()},
        "parts": {**fact("parts"), "items": [
            {"code": p.code, "name": p.name, "weight": p.weight} for p in framework.parts]},
        "indicators": {**fact("indicators"), "items": [
            {"number": i.number, "part": i.part, "name": i.name} for i in framework.indicators]},
        "oit_items": {**fact("oit_items"), "items": [
            {"number": o.number, "title": o.title, "publish": o.publish} for o in framework.oit_items]},
        "documents": {**fact("documents"), "items": {
            d.document: {"item": d.item, "title": d.title, "covers": d.covers, "period": d.period}
            for d in framework.documents}},
        "six_month_report": {**fact("six_month_report"), "value": framework.six_month_report},
        "grades": {**fact("grades"), "pass_score": framework.pass_score, "bands": [
            {"grade": b.grade, "min": b.min_score, "conditions": b.conditions} for b in framework.grades]},
    }  # fmt: skip


def framework_json(framework: Framework) -> str:
    return json.dumps(framework_dict(framework), ensure_ascii=False, indent=2) + "\n"


@cache
def program_frameworks() -> dict[int, Framework]:
    """The program's own frameworks, one per year it knows, each section resolved through `carry`."""
    raw = json.loads(resources.files(__package__).joinpath("frameworks.json").read_text(encoding="utf-8"))
    sources = _read_sources(raw["sources"], "frameworks.json.sources")
    years: dict[str, Any] = raw["years"]
    resolved: dict[int, dict[str, tuple[Fact, Any]]] = {}

    def sections_of(year: int, seen: tuple[int, ...] = ()) -> dict[str, tuple[Fact, Any]]:
        if year in resolved:
            return resolved[year]
        if year in seen:
            raise FrameworkError("frameworks.json", f"ปี {year} ยกมาจากตัวเองเป็นวง")
        data = years[str(year)]
        where = f"frameworks.json.years.{year}"
        own = {n: _read_section(n, data[n], f"{where}.{n}", sources) for n in SECTIONS if n in data}
        carry = data.get("carry")
        if carry is not None:
            for name, (fact, value) in sections_of(int(carry), (*seen, year)).items():
                if name not in own:
                    # Carried over several years: the note says the year before and the first year's words.
                    first = fact.note
                    if fact.state == "carried":
                        first = fact.note.split(" — ", 1)[1] if " — " in fact.note else ""
                    note = f"ตามปี {carry}" + (f" — {first}" if first else "")
                    own[name] = (Fact("carried", fact.source, note, int(carry)), value)
        resolved[year] = own
        return own

    return {
        int(key): _build(
            int(key), sections_of(int(key)), sources.values(), "program", f"frameworks.json.{key}"
        )
        for key in years
        if not key.startswith("_")
    }


def framework_for(year: int, office: Sequence[Framework] = ()) -> Framework:
    """The framework in force for an assessment year: the office's own for that year; else the program's;
    else the latest earlier one (the office's or the program's), marked as based on that year."""
    own = next((f for f in office if f.year == year), None)
    if own is not None:
        return own
    frameworks = program_frameworks()
    if year in frameworks:
        return frameworks[year]
    known = {**frameworks, **{f.year: f for f in office}}
    earlier = [y for y in known if y <= year]
    base = known[max(earlier) if earlier else min(known)]
    return replace(base, year=year, based_on=base.based_on or base.year)


def citation(
    document: str, fiscal_year: int, round_months: int = 12, office: Sequence[Framework] = ()
) -> tuple[Framework, DocumentItem] | None:
    """The framework and item a document of a fiscal year answers.

    A report of the whole year (round 12) answers the next assessment's item when that item covers the
    previous fiscal year (from 2568: O26 reports the year before); otherwise this year's assessment's item
    that covers this year. A 6-month report of a year whose framework has none answers no item.
    """
    following = framework_for(fiscal_year + 1, office)
    item = following.document_item(document)
    if item is not None and item.covers == "previous" and round_months == 12:
        return following, item
    this = framework_for(fiscal_year, office)
    item = this.document_item(document)
    if item is not None and item.covers == "this":
        if round_months == 6 and document in ("progress", "results") and not this.six_month_report:
            return None
        return this, item
    return None


def carried_forward(office: Sequence[Framework], from_year: int) -> Framework | None:
    """The office's framework of `from_year` as the next year's, when starting that year: the office chose
    its own (corrected items) and the program is not sure of the next year's items. Every section is then
    "carried" from `from_year`, so the next year still says it is not confirmed. None when there is nothing
    to carry (no own framework, the next year has its own already, or the program's is sure)."""
    own = next((f for f in office if f.year == from_year), None)
    target = from_year + 1
    if own is None or any(f.year == target for f in office) or framework_for(target).confirmed:
        return None
    facts = {
        name: Fact("carried", own.fact(name).source, f"ตามกรอบของหน่วยงานปี {from_year}", from_year)
        for name in SECTIONS
    }
    return replace(own, year=target, facts=facts, based_on=None)


def with_documents(framework: Framework, documents: Sequence[DocumentItem], note: str = "") -> Framework:
    """The framework with the office's item numbers and titles: now the office's own, checked by it."""
    facts = {**framework.facts, "documents": Fact("office", framework.fact("documents").source, note)}
    return replace(framework, documents=tuple(documents), facts=facts, origin="office", based_on=None)


def grade_for(score: float, year: int) -> str:
    return framework_for(year).grade_for(score)
