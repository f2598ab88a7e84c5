"""A year's framework as lines a user reads (the command line's `framework show`, the window's summary):
what each document answers, the grade scheme, and for every section its state and where it was read."""

from __future__ import annotations

from itadesk.domain.framework import (
    DOCUMENT_NAMES,
    SECTION_NAMES,
    SECTIONS,
    STATE_NAMES,
    Fact,
    Framework,
)

COVERS_NAMES = {"this": "ปีงบประมาณนี้", "previous": "ปีงบประมาณที่แล้ว"}


def origin_line(framework: Framework) -> str:
    if framework.origin == "office":
        return f"กรอบการประเมิน ITA ปี {framework.year}: ของหน่วยงาน (นำเข้าหรือแก้ไขเอง ใช้แทนของโปรแกรม)"
    if framework.based_on is not None:
        return f"กรอบการประเมิน ITA ปี {framework.year}: โปรแกรมยังไม่มีของปีนี้ ใช้ของปี {framework.based_on}"
    return f"กรอบการประเมิน ITA ปี {framework.year}: ของโปรแกรม"


def fact_line(fact: Fact) -> str:
    """ "อ่านจากรายการที่หน่วยงานเผยแพร่ — <source> <url> (อ่านเมื่อ 2026-12-07) — <note>"."""
    parts = [STATE_NAMES.get(fact.state, fact.state)]
    if fact.source is not None:
        where = fact.source.title
        if fact.source.url:
            where += f" {fact.source.url}"
        if fact.source.read:
            where += f" (อ่านเมื่อ {fact.source.read})"
        parts.append(f"ที่มา: {where}")
    if fact.note:
        parts.append(fact.note)
    return " — ".join(parts)


def grade_scheme(framework: Framework) -> str:
    """ "AA ≥ 95 · A ≥ 85 · … · F ≥ 0 (ผ่านที่ 85)"."""
    bands = " · ".join(
        f"{b.grade} ≥ {b.min_score:g}" + (f" ({b.conditions})" if b.conditions else "")
        for b in framework.grades
    )
    return f"{bands} (ผ่านที่ {framework.pass_score:g} คะแนน)"


def framework_lines(framework: Framework) -> list[str]:
    """What `framework show` prints; the unconfirmed-year warning is said apart, on stderr, once."""
    lines = [origin_line(framework)]
    lines.append("")
    lines.append("ข้อที่เอกสารตอบ:")
    for item in framework.documents:
        number = item.item or "ไม่มีเลขข้อ"
        covers = COVERS_NAMES[item.covers]
        period = f", {item.period}" if item.period else ""
        lines.append(
            f"  {DOCUMENT_NAMES.get(item.document, item.document)}: {number} {item.title} ({covers}{period})"
        )
    six = "มี" if framework.six_month_report else "ไม่มี"
    lines.append(f"รายงานรอบ 6 เดือน: {six}")
    lines.append(f"ระดับผลการประเมิน: {grade_scheme(framework)}")
    lines.append(
        "ส่วนของการประเมิน: "
        + " · ".join(
            f"{p.code} {p.name}" + (f" {p.weight:g}%" if p.weight is not None else "")
            for p in framework.parts
        )
    )
    lines.append("ตัวชี้วัด: " + " · ".join(f"{i.number} {i.name} ({i.part})" for i in framework.indicators))
    if framework.oit_items:
        lines.append("ข้อของ OIT ที่เกี่ยวข้อง:")
        lines += [
            f"  {o.number} {o.title}" + (f" — {o.publish}" if o.publish else "") for o in framework.oit_items
        ]
    lines.append("")
    lines.append("ที่มาและความแน่นอน:")
    lines += [f"  {SECTION_NAMES[name]}: {fact_line(framework.fact(name))}" for name in SECTIONS]
    return lines
