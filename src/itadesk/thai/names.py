"""Teaching the segmenter the names a dataset holds, so no line breaks inside an office, unit or person."""

from __future__ import annotations

import re

from itadesk.domain.model import Dataset
from itadesk.thai.segment import add_custom_words

_TITLES = ("องค์การบริหารส่วนตำบล", "เทศบาลตำบล", "เทศบาลเมือง", "เทศบาลนคร", "นางสาว", "นาย", "นาง")
_THAI_RUN = re.compile(r"[\u0e01-\u0e3a\u0e40-\u0e4e]+")


def dataset_names(dataset: Dataset) -> set[str]:
    """The Thai name words of the office, its units and people: whole names and, for a name that begins
    with a title or a kind of office (นางสาว, เทศบาลตำบล…), the proper name after it."""
    org = dataset.organization
    texts = [org.name, org.short_name, org.district, org.province] if org is not None else []
    texts += [unit.name for unit in dataset.units]
    texts += [person.name for person in dataset.people]
    words: set[str] = set()
    for text in texts:
        for run in _THAI_RUN.findall(text):
            words.add(run)
            for title in _TITLES:
                if run.startswith(title) and len(run) > len(title) + 1:
                    words.add(run[len(title) :])
                    break
    return {w for w in words if len(w) > 2}


def learn_dataset_names(dataset: Dataset) -> None:
    """Add the dataset's names to the segmentation dictionary (call before printing its documents)."""
    add_custom_words(dataset_names(dataset))
