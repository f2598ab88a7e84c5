"""The scaled emblem kept in the user's cache folder: the same print, faster; never the wrong emblem."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pdfplumber
import pytest
from PIL import Image

from itadesk import user_cache
from itadesk.documents import emblem
from itadesk.documents.printing import print_memo
from itadesk.domain.model import Dataset, Emblem
from tests.conftest import GARUDA_PNG
from tests.documents.helpers import made_up_dataset


def _with_emblem(data: bytes) -> Dataset:
    dataset = made_up_dataset(1)
    assert dataset.organization is not None
    dataset.organization = replace(dataset.organization, emblem=Emblem("image/png", data))
    return dataset


def _printed_emblem(dataset: Dataset, path: Path) -> tuple[tuple[int, int], bytes]:
    """A fresh process's print (nothing in memory), and the pixels of the image it put top-left."""
    emblem._print_image.cache_clear()
    print_memo(dataset, "memo-test", path)
    with pdfplumber.open(path) as pdf:
        image = pdf.pages[0].images[0]
        return image["srcsize"], image["stream"].get_data()


def _cached_emblems() -> list[Path]:
    return sorted(user_cache.cache_folder().glob("emblem-*.png"))


def _plain_png(colour: tuple[int, int, int], size: tuple[int, int] = (900, 1000)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def garuda() -> bytes:
    if not GARUDA_PNG.exists():
        pytest.skip("the shared test emblem is not beside the repository")
    return GARUDA_PNG.read_bytes()


def test_a_second_print_takes_the_scaled_emblem_from_the_cache_pixel_for_pixel(
    garuda: bytes, tmp_path: Path
) -> None:
    first = _printed_emblem(_with_emblem(garuda), tmp_path / "first.pdf")
    assert len(_cached_emblems()) == 1
    second = _printed_emblem(_with_emblem(garuda), tmp_path / "second.pdf")
    assert second == first
    assert first[0][1] == round(1.5 / 2.54 * emblem.PRINT_DPI)  # 1.5 cm at 600 dpi: 354 pixels high


def test_a_new_emblem_is_printed_never_the_cached_old_one(tmp_path: Path) -> None:
    red = _printed_emblem(_with_emblem(_plain_png((200, 0, 0))), tmp_path / "red.pdf")
    blue = _printed_emblem(_with_emblem(_plain_png((0, 0, 200))), tmp_path / "blue.pdf")
    assert red[1][:3] == bytes((200, 0, 0))
    assert blue[1][:3] == bytes((0, 0, 200))
    assert len(_cached_emblems()) == 2


def test_a_damaged_cache_file_is_scaled_again_and_replaced(garuda: bytes, tmp_path: Path) -> None:
    good = _printed_emblem(_with_emblem(garuda), tmp_path / "good.pdf")
    (cached,) = _cached_emblems()
    cached.write_bytes(cached.read_bytes()[:500])  # a power cut while another copy wrote it
    assert _printed_emblem(_with_emblem(garuda), tmp_path / "again.pdf") == good
    assert _printed_emblem(_with_emblem(garuda), tmp_path / "third.pdf") == good
    assert cached.stat().st_size > 500


def test_a_cache_folder_that_cannot_be_written_changes_nothing_printed(
    garuda: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder should be", encoding="utf-8")
    monkeypatch.setattr(user_cache, "cache_folder", lambda: blocked)
    size, pixels = _printed_emblem(_with_emblem(garuda), tmp_path / "memo.pdf")
    assert size[1] == round(1.5 / 2.54 * emblem.PRINT_DPI) and pixels


def test_only_the_newest_few_files_of_a_kind_are_kept() -> None:
    for n in range(user_cache.KEEP_PER_KIND + 3):
        user_cache.write_cached("emblem", f"key{n}", ".png", b"x")
    kept = _cached_emblems()
    assert len(kept) == user_cache.KEEP_PER_KIND
    newest = user_cache.read_cached("emblem", f"key{user_cache.KEEP_PER_KIND + 2}", ".png")
    assert newest == b"x"
