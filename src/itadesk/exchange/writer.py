"""Writing a Dataset as an `itadesk/1` exchange file: every field, in the specification's order, atomically.

Fields whose absence means something (a measure's running number, a memo's blank date, undated entries, an
unknown score) are left out when absent; all other fields are always written, empty or not, so that an export
shows everything a record can hold and reads back to the same data.
"""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path
from typing import Any

from itadesk.domain.framework import framework_dict
from itadesk.domain.model import (
    Attachment,
    Dataset,
    FiscalYear,
    ItaResult,
    Measure,
    Memo,
    Organization,
    Person,
    Unit,
)
from itadesk.exchange.content import content_to_json
from itadesk.exchange.emblem import emblem_data_uri
from itadesk.exchange.reader import FORMAT
from itadesk.temporary_files import temporary_beside

JsonDict = dict[str, Any]


def dataset_to_json(dataset: Dataset) -> JsonDict:
    """The exchange file's content as plain JSON values, keys in a stable order."""
    document: JsonDict = {"format": FORMAT}
    if dataset.organization is not None:
        document["organization"] = _organization(dataset.organization)
    document["units"] = [_unit(unit) for unit in dataset.units]
    document["people"] = [_person(person) for person in dataset.people]
    document["years"] = [_year(year) for year in sorted(dataset.years, key=lambda y: y.fiscal_year)]
    if dataset.frameworks:  # the office's own ITA frameworks, as framework files (exchange/README.md)
        ordered = sorted(dataset.frameworks, key=lambda f: f.year)
        document["frameworks"] = [framework_dict(framework) for framework in ordered]
    return document


def dataset_to_text(dataset: Dataset) -> str:
    return json.dumps(dataset_to_json(dataset), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def write_exchange_file(dataset: Dataset, path: str | os.PathLike[str]) -> None:
    """Write the file whole or not at all: a temporary file beside it, synced to disk, renamed over it."""
    target = Path(path)
    data = dataset_to_text(dataset).encode("utf-8")
    temporary = temporary_beside(target)  # named for its writer: a killed one's is removed later
    handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _without_none(values: JsonDict) -> JsonDict:
    return {key: value for key, value in values.items() if value is not None}


def _organization(org: Organization) -> JsonDict:
    return _without_none(
        {
            "name": org.name,
            "short_name": org.short_name,
            "district": org.district,
            "province": org.province,
            "document_code": org.document_code,
            "phone": org.phone,
            "website": org.website,
            "digits": org.digits,
            "emblem": None if org.emblem is None else emblem_data_uri(org.emblem),
        }
    )


def _unit(unit: Unit) -> JsonDict:
    return _without_none({"id": unit.id, "name": unit.name})


def _person(person: Person) -> JsonDict:
    return _without_none(
        {
            "id": person.id,
            "title": person.title,
            "name": person.name,
            "position": person.position,
            "acting": person.acting,
            "unit": person.unit,
        }
    )


def _year(year: FiscalYear) -> JsonDict:
    return _without_none(
        {
            "fiscal_year": year.fiscal_year,
            "ita_result": None if year.ita_result is None else _ita_result(year.ita_result),
            "measures": [_measure(measure) for measure in year.measures],
            "memos": [_memo(memo) for memo in year.memos],
            "content": content_to_json(year.content),
        }
    )


def _ita_result(result: ItaResult) -> JsonDict:
    return _without_none(
        {
            "assessed_year": result.assessed_year,
            "score": result.score,
            "grade": result.grade,
            "parts": [
                _without_none({"code": p.code, "name": p.name, "score": p.score}) for p in result.parts
            ],
            "indicators": [
                _without_none(
                    {"number": i.number, "part": i.part, "name": i.name, "score": i.score, "issue": i.issue}
                )
                for i in result.indicators
            ],
            "recommendations": list(result.recommendations),
        }
    )


def _measure(measure: Measure) -> JsonDict:
    return _without_none(
        {
            "id": measure.id,
            "number": measure.number,
            "part": measure.part,
            "indicator": measure.indicator,
            "section": measure.section,
            "title": measure.title,
            "steps": list(measure.steps),
            "responsible": list(measure.responsible),
            "period": measure.period,
            "start": _day(measure.start),
            "end": _day(measure.end),
            "monitoring": measure.monitoring,
            "reporting": measure.reporting,
            "status": measure.status.value,
            "history": [
                _without_none({"status": h.status.value, "date": _day(h.date), "note": h.note})
                for h in measure.history
            ],
            "results": [_without_none({"date": _day(r.date), "text": r.text}) for r in measure.results],
            "outcome": measure.outcome,
            "problems": measure.problems,
            "suggestions": measure.suggestions,
            "evidence": list(measure.evidence),
        }
    )


def _memo(memo: Memo) -> JsonDict:
    return _without_none(
        {
            "id": memo.id,
            "unit": memo.unit,
            "number": memo.number,
            "date": _day(memo.date),
            "subject": memo.subject,
            "to": memo.to,
            "via": memo.via,
            "body": list(memo.body),
            "author": memo.author,
            "approvals": [{"person": a.person, "heading": a.heading} for a in memo.approvals],
            "attach": None if memo.attach is None else _attachment(memo.attach),
        }
    )


def _attachment(attach: Attachment) -> JsonDict:
    return {"document": attach.document, "round": attach.round}
