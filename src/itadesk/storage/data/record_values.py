"""A measure's columns as plain values, for the ORM's rows and for statements alike (no SQLAlchemy here: the
import written through Python's sqlite3, `storage.direct.importing`, writes the same values)."""

from __future__ import annotations

from typing import Any

from itadesk.domain.model import Measure, ResultEntry
from itadesk.domain.status import Status


def measure_values(measure: Measure) -> dict[str, Any]:
    """The `measures` columns a measure fills, but its id, fiscal year, place (seq) and version."""
    return {
        "number": measure.number,
        "part": measure.part,
        "indicator": measure.indicator,
        "section": measure.section,
        "title": measure.title,
        "steps": list(measure.steps),
        "responsible": list(measure.responsible),
        "period": measure.period,
        "start": measure.start,
        "end": measure.end,
        "monitoring": measure.monitoring,
        "reporting": measure.reporting,
        "status": Status(measure.status).value,
        "outcome": measure.outcome,
        "problems": measure.problems,
        "suggestions": measure.suggestions,
        "evidence": list(measure.evidence),
    }


def history_values(measure: Measure) -> list[dict[str, Any]]:
    """The `status_changes` rows of a measure's history, but the measure they belong to."""
    return [
        {"seq": n, "status": Status(h.status).value, "date": h.date, "note": h.note}
        for n, h in enumerate(measure.history)
    ]


def result_values(results: list[ResultEntry]) -> list[dict[str, Any]]:
    """The `result_entries` rows of a measure's results, but the measure they belong to."""
    return [{"seq": n, "text": r.text, "date": r.date} for n, r in enumerate(results)]
