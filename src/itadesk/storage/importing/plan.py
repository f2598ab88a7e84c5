"""What importing a file would change, found by doing the import and rolling it back: nothing is written.

The plan is an `ImportSummary` made by the very code that imports (`storage.importing.run.run_import`)
inside a savepoint that is always rolled back, so the counts per kind (new, updated, unchanged, removed), the
organisation's differing fields and the statuses going back are exactly what `import_dataset` with the same
`ImportChoices` would do. `plan_lines` says it in Thai for the command line's `--dry-run`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from itadesk.storage.importing.choices import ImportChoices
from itadesk.storage.importing.summary import ImportSummary

if TYPE_CHECKING:  # `plan_lines` serves the import through sqlite3 too, which never loads SQLAlchemy
    from sqlalchemy.orm import Session

    from itadesk.domain.model import Dataset

__all__ = ["ImportChoices", "plan_import", "plan_lines"]


def plan_import(session: Session, dataset: Dataset, choices: ImportChoices | None = None) -> ImportSummary:
    """What `import_dataset(session, dataset, choices)` would do; the session is left as it was.

    Undecided choices (`office=None`) are planned as keeping the stored organisation; the differing fields are
    in `office_differences` either way. A record the database cannot hold raises
    `DatasetError` as importing does.
    """
    from itadesk.storage.importing.run import run_import

    summary = ImportSummary()
    nested = session.begin_nested()
    try:
        with session.no_autoflush:
            run_import(session, dataset, choices or ImportChoices(), summary)
            session.flush()
    finally:
        nested.rollback()
        session.expire_all()
    return summary


def plan_lines(plan: ImportSummary) -> list[str]:
    """The plan in Thai: the counts, the organisation's differences, the statuses going back."""
    lines = plan.thai_lines() or ["ไม่มีข้อมูลให้นำเข้า"]
    if plan.office_differences:
        lines.append("ข้อมูลหน่วยงานที่ต่างกัน (ฐานข้อมูล -> ไฟล์):")
        lines += [f"  {d.label}: {d.stored} -> {d.given}" for d in plan.office_differences]
    if plan.existing_years:
        years = ", ".join(str(y) for y in plan.existing_years)
        lines.append(f"ปีงบประมาณที่มีอยู่แล้วในฐานข้อมูล: {years}")
    if plan.statuses_going_back:
        lines.append("มาตรการที่สถานะในไฟล์ย้อนกลับ (ฐานข้อมูล -> ไฟล์):")
        lines += [
            f"  ปี {g.fiscal_year} {g.number + ' ' if g.number else ''}{g.title} ({g.measure_id}): "
            f"{g.stored.label} -> {g.given.label}"
            for g in plan.statuses_going_back
        ]
    return lines
