"""Ready wording for the memos an office sends every year, filled in with the organisation and the year.

Plain data and plain Python: the composer offers these; the user edits the text as they like.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from itadesk.domain.documents import DocumentKind
from itadesk.domain.framework import Framework, citation, framework_for
from itadesk.domain.model import Attachment, Organization


@dataclass(frozen=True, slots=True)
class MemoTemplate:
    key: str
    name: str  # shown in the composer's list
    subject: str
    body: tuple[str, ...]
    attach: Attachment | None


_INTRO = (
    "ตามที่สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ ได้จัดการประเมินคุณธรรมและความโปร่งใส"
    "ในการดำเนินงานของหน่วยงานภาครัฐ (Integrity and Transparency Assessment: ITA) ประจำปีงบประมาณ {year} "
    "และ{org}ได้จัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ {year} นั้น"
)


def cited(document: DocumentKind, year: int, round_months: int, frameworks: Sequence[Framework]) -> str:
    """ " เพื่อเผยแพร่ตามข้อ O43 ของการประเมิน ITA ประจำปีงบประมาณ 2567" — the item the attached report answers
    in the year's framework (domain.framework.citation); "" when it answers none."""
    found = citation(document, year, round_months, frameworks)
    if found is None or not found[1].item:
        return ""
    return f" เพื่อเผยแพร่ตามข้อ {found[1].item} ของการประเมิน ITA ประจำปีงบประมาณ {found[0].year}"


def templates(
    organization: Organization | None, unit: str, year: int, frameworks: Sequence[Framework] = ()
) -> list[MemoTemplate]:
    """The ready memos of a year; the six-month report's only when the year's framework has one."""
    org = organization.name if organization else "หน่วยงาน"
    who = f"{unit} {org}".strip() if unit else org
    intro = _INTRO.format(year=year, org=org)
    found = [
        MemoTemplate(
            "report6",
            "รายงานผลการดำเนินงาน รอบ 6 เดือน",
            f"รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ {year} รอบ 6 เดือน",
            (
                intro,
                f"ในการนี้ {who} ได้สรุปผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส "
                f"ประจำปีงบประมาณ {year} รอบ 6 เดือน (1 ตุลาคม – 31 มีนาคม)"
                f"{cited('results', year, 6, frameworks)} รายละเอียดตามเอกสารที่แนบมาพร้อมนี้",
                "จึงเรียนมาเพื่อโปรดทราบ",
            ),
            Attachment(document="results", round=6),
        ),
        MemoTemplate(
            "report12",
            "รายงานผลการดำเนินงาน รอบ 12 เดือน",
            f"รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ {year}",
            (
                intro,
                f"ในการนี้ {who} ได้ดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ {year} "
                f"เรียบร้อยแล้ว{cited('results', year, 12, frameworks)} รายละเอียดตามเอกสารที่แนบมาพร้อมนี้",
                "จึงเรียนมาเพื่อโปรดทราบ",
            ),
            Attachment(document="results", round=12),
        ),
        MemoTemplate(
            "publish",
            "ขอเผยแพร่บนเว็บไซต์ของหน่วยงาน",
            f"ขออนุญาตเผยแพร่มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ {year} บนเว็บไซต์",
            (
                intro,
                f"ในการนี้ {who} ได้จัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ {year} เรียบร้อยแล้ว "
                f"เห็นควรประกาศบนเว็บไซต์ของ{org}{cited('plan', year, 12, frameworks)} "
                "เพื่อให้ประชาชนและผู้มีส่วนได้ส่วนเสียทราบต่อไป",
                "จึงเรียนมาเพื่อโปรดพิจารณา หากเห็นชอบโปรดอนุญาต",
            ),
            Attachment(document="plan", round=12),
        ),
    ]
    if not framework_for(year, frameworks).six_month_report:
        found = [t for t in found if t.key != "report6"]
    return found
