"""A large exchange file made from a real one: its measures copied until the year holds `count`."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any


def large_exchange_file(example: Path, target: Path, count: int) -> Path:
    data: dict[str, Any] = json.loads(example.read_text(encoding="utf-8"))
    year = data["years"][0]
    originals = year["measures"]
    measures = []
    for i in range(count):
        measure = copy.deepcopy(originals[i % len(originals)])
        measure["id"] = f"large-{i:05d}"
        measure["title"] = f"{measure['title']} ชุดที่ {i}"
        measure.pop("number", None)
        measures.append(measure)
    year["measures"] = measures
    data["years"] = [year]
    target.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return target
