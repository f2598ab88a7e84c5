"""A memo references TH Sarabun New alone, whichever form the office's Garuda comes in."""

from __future__ import annotations

from pathlib import Path

import pytest

from itadesk.documents.printing import print_memo
from itadesk.domain.model import Emblem
from tests.conftest import GARUDA_PNG, GARUDA_SVG
from tests.documents.helpers import made_up_dataset, pdfcheck


@pytest.mark.parametrize(("garuda", "mime"), [(GARUDA_SVG, "image/svg+xml"), (GARUDA_PNG, "image/png")])
def test_a_memo_with_the_garuda_references_only_the_thai_font(
    garuda: Path, mime: str, tmp_path: Path
) -> None:
    dataset = made_up_dataset()
    assert dataset.organization is not None
    dataset.organization.emblem = Emblem(mime, garuda.read_bytes())
    path = tmp_path / "memo.pdf"
    print_memo(dataset, "memo-test", path)
    result = pdfcheck("fonts", path)
    assert result["ok"], result["problems"]  # an SVG drawing declared Helvetica, never embedded
    assert {f["name"].split("+")[-1] for f in result["fonts"]} == {"THSarabunNew", "THSarabunNew-Bold"}
