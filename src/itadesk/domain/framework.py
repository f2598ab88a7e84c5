"""The ITA framework of a year (parts, indicators, grade bands), as data: a new year needs no code."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class PartInfo:
    code: str
    name: str


@dataclass(frozen=True, slots=True)
class IndicatorInfo:
    number: int
    part: str
    name: str


@dataclass(frozen=True, slots=True)
class GradeBand:
    grade: str
    min_score: float


@dataclass(frozen=True, slots=True)
class DocumentItem:
    """The ITA item a document answers in a year's framework: its title, and its number ("O42") if named."""

    document: str
    title: str
    item: str = ""


@dataclass(frozen=True, slots=True)
class Framework:
    year: int
    parts: tuple[PartInfo, ...]
    indicators: tuple[IndicatorInfo, ...]
    grades: tuple[GradeBand, ...]  # highest band first
    documents: tuple[DocumentItem, ...] = ()

    def document_item(self, document: str) -> DocumentItem | None:
        return next((d for d in self.documents if d.document == document), None)

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


@cache
def _all_frameworks() -> dict[int, Framework]:
    raw = json.loads(resources.files(__package__).joinpath("frameworks.json").read_text(encoding="utf-8"))
    frameworks: dict[int, Framework] = {}
    for key, data in raw.items():
        if key.startswith("_"):
            continue
        year = int(key)
        frameworks[year] = Framework(
            year=year,
            parts=tuple(PartInfo(p["code"], p["name"]) for p in data["parts"]),
            indicators=tuple(IndicatorInfo(i["number"], i["part"], i["name"]) for i in data["indicators"]),
            grades=tuple(
                GradeBand(g["grade"], float(g["min"]))
                for g in sorted(data["grades"], key=lambda g: g["min"], reverse=True)
            ),
            documents=tuple(
                DocumentItem(kind, item["title"], item.get("item", ""))
                for kind, item in data.get("documents", {}).items()
                if not kind.startswith("_")
            ),
        )
    return frameworks


def framework_for(year: int) -> Framework:
    """The framework in force for a year: its own, else the latest earlier one, else the earliest."""
    frameworks = _all_frameworks()
    earlier = [y for y in frameworks if y <= year]
    return frameworks[max(earlier) if earlier else min(frameworks)]


def grade_for(score: float, year: int) -> str:
    return framework_for(year).grade_for(score)
