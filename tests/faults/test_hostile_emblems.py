"""Emblems made to hurt: refused at import with a Thai message, and a stored one never crashes a print."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

from itadesk.documents.emblem import EmblemDrawing
from itadesk.documents.errors import DocumentError
from itadesk.domain.model import Emblem
from itadesk.exchange.emblem import emblem_from_bytes, read_emblem
from itadesk.exchange.errors import ExchangeError
from tests.conftest import GARUDA_PNG, GARUDA_SVG, require_shared


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def bomb_png(side: int) -> bytes:
    """A black-and-white PNG, side × side pixels all zero: a few hundred kB that decode to side² / 8 bytes."""
    row = b"\0" * (1 + (side + 7) // 8)
    packer = zlib.compressobj(9)
    compressed = b"".join(packer.compress(row) for _ in range(side)) + packer.flush()
    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", compressed) + _chunk(b"IEND", b"")


def _svg(body: str) -> bytes:
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        f'width="100" height="100">{body}</svg>'
    ).encode()


def test_a_decompression_bomb_is_refused_at_import_in_thai() -> None:
    with pytest.raises(ExchangeError, match="ใหญ่เกินไป") as refused:
        emblem_from_bytes(bomb_png(30000), "organization.emblem")
    assert "30,000 × 30,000" in str(refused.value) and "organization.emblem" in str(refused.value)


def test_a_stored_bomb_is_a_thai_message_at_print_never_pillows_english() -> None:
    # An emblem stored before the limit existed: printing refuses it before decoding a pixel.
    with pytest.raises(DocumentError, match="ใหญ่เกินไป") as refused:
        EmblemDrawing(Emblem("image/png", bomb_png(13300)), height=42.5)
    assert "decompression" not in str(refused.value).lower()


def test_huge_dimensions_in_a_tiny_file_are_refused() -> None:
    header = struct.pack(">IIBBBBB", 100_000, 200, 8, 6, 0, 0, 0)
    data = b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IEND", b"")
    with pytest.raises(ExchangeError, match="100,000 × 200"):
        emblem_from_bytes(data, "organization.emblem")


def test_the_real_garudas_are_accepted_and_print() -> None:
    require_shared()
    for file in (GARUDA_PNG, GARUDA_SVG):
        emblem = emblem_from_bytes(file.read_bytes(), "organization.emblem")
        assert EmblemDrawing(emblem, height=42.5).width > 0


@pytest.mark.parametrize(
    ("body", "said"),
    [
        ('<rect width="10" height="10" fill="url(http://example.com/paint)"/>', "url()"),
        ('<rect width="10" height="10" style="fill: url(#g)"/>', "url()"),
        ('<image xlink:href="file:///etc/passwd" width="10" height="10"/>', "<image>"),
        ('<use xlink:href="http://example.com/e.svg#x"/>', "ที่อยู่อื่น"),
        ("<script>alert(1)</script>", "<script>"),
        ('<style>@import url("http://example.com/x.css");</style>', "url()"),
    ],
)
def test_svg_that_cannot_be_drawn_here_is_refused(body: str, said: str) -> None:
    with pytest.raises(ExchangeError, match="SVG") as refused:
        emblem_from_bytes(_svg(body), "organization.emblem")
    assert said in str(refused.value)


def test_a_plain_svg_is_accepted() -> None:
    emblem = emblem_from_bytes(_svg('<rect width="10" height="10" fill="#c00"/>'), "organization.emblem")
    assert EmblemDrawing(emblem, height=42.5).width > 0


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    require_shared()
    inside = tmp_path / "exchange"
    inside.mkdir()
    (inside / "garuda.png").write_bytes(GARUDA_PNG.read_bytes())
    (tmp_path / "secret.png").write_bytes(GARUDA_PNG.read_bytes())
    return inside


def test_an_emblem_beside_the_file_is_read(folder: Path) -> None:
    assert read_emblem("garuda.png", "organization.emblem", folder).mime == "image/png"


@pytest.mark.parametrize("written", ["../secret.png", "sub/../../secret.png", "ABSOLUTE", "LINK"])
def test_emblem_paths_leaving_the_folder_are_refused(folder: Path, written: str) -> None:
    if written == "ABSOLUTE":
        written = str(folder.parent / "secret.png")
    if written == "LINK":
        (folder / "link.png").symlink_to(folder.parent / "secret.png")
        written = "link.png"
    with pytest.raises(ExchangeError, match="โฟลเดอร์ของไฟล์แลกเปลี่ยน"):
        read_emblem(written, "organization.emblem", folder)
