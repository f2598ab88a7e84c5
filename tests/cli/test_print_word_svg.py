"""An office whose ตราครุฑ is an SVG saves its memo as Word: the SVG for Word 2016+, a 600 dpi PNG of it for
older Word and LibreOffice; an SVG made to hurt is refused in Thai, as the exchange reader refuses it."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ElementTree
import zipfile
from pathlib import Path

import pytest

from itadesk.documents.errors import DocumentError
from itadesk.documents.word.svg_emblem import svg_emblem
from itadesk.domain.model import Emblem
from itadesk.exchange.writer import write_exchange_file
from tests.cli.conftest import Itadesk
from tests.cli.test_print_word import _convert, _libreoffice
from tests.conftest import GARUDA_SVG, require_shared
from tests.documents.helpers import made_up_dataset, pdfcheck

EMBLEM_PT = 1.5 / 2.54 * 72
SVG_BLIP = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}"


@pytest.fixture
def svg_office(itadesk: Itadesk, tmp_path: Path) -> Itadesk:
    require_shared(GARUDA_SVG)
    dataset = made_up_dataset()
    assert dataset.organization is not None
    dataset.organization.emblem = Emblem("image/svg+xml", GARUDA_SVG.read_bytes())
    exchange = tmp_path / "office.json"
    write_exchange_file(dataset, exchange)
    assert itadesk("import", str(exchange)).code == 0
    return itadesk


def _memo_docx(office: Itadesk, target: Path) -> Path:
    done = office("print", "memo", "memo-test", "-o", str(target))
    assert done.code == 0, done.err
    return target


def test_an_svg_emblem_goes_into_word_as_svg_with_a_print_resolution_png(
    svg_office: Itadesk, tmp_path: Path
) -> None:
    from PIL import Image

    docx = _memo_docx(svg_office, tmp_path / "บันทึก.docx")
    with zipfile.ZipFile(docx) as archive:
        document = archive.read("word/document.xml").decode()
        rels = archive.read("word/_rels/document.xml.rels").decode()
        types = archive.read("[Content_Types].xml").decode()
        blip = re.search(
            rf'<a:blip r:embed="(\w+)"><a:extLst><a:ext uri="{re.escape(SVG_BLIP)}">'
            r'<asvg:svgBlip xmlns:asvg="http://schemas.microsoft.com/office/drawing/2016/SVG/main" '
            r'r:embed="(\w+)"/>',
            document,
        )
        assert blip is not None, "the picture has no SVG extension"
        targets = dict(re.findall(r'Id="(\w+)" Type="[^"]+/image" Target="([^"]+)"', rels))
        png_part, svg_part = targets[blip.group(1)], targets[blip.group(2)]
        assert png_part.endswith(".png") and svg_part.endswith(".svg")
        png = Image.open(io.BytesIO(archive.read(f"word/{png_part}")))
        svg = ElementTree.fromstring(archive.read(f"word/{svg_part}"))
    assert 'Extension="svg" ContentType="image/svg+xml"' in types
    # 1.5 cm high on the page, the fallback drawn at 600 dpi for that height (not scaled up from less).
    assert 'cy="540000"' in document
    assert png.height == round(1.5 / 2.54 * 600)
    assert png.getchannel("A").getbbox() is not None  # the emblem's ink, on a transparent ground
    assert svg.tag == "{http://www.w3.org/2000/svg}svg" and svg.get("viewBox")
    assert len(list(svg.iter("{http://www.w3.org/2000/svg}path"))) >= 1  # vector, not a picture of one

    import docx as python_docx

    opened = python_docx.Document(str(docx))
    [shape] = opened.inline_shapes
    assert shape.height == 540000
    assert shape.width == pytest.approx(540000 * png.width / png.height, rel=0.01)


def test_libreoffice_shows_the_svg_emblem_on_the_guide_with_th_sarabun_new_alone(
    svg_office: Itadesk, tmp_path: Path
) -> None:
    soffice = _libreoffice()
    pdf = _convert(soffice, _memo_docx(svg_office, tmp_path / "memo.docx"), tmp_path / "pdf")
    emblem = pdfcheck("layout", "--summary", pdf)["summary"]["topmost_image"]
    assert emblem["page"] == 1
    assert emblem["height"] == pytest.approx(1.5, abs=0.05)
    assert emblem["x0"] == pytest.approx(3.0, abs=0.05)
    assert emblem["top"] == pytest.approx(1.5, abs=0.1)
    fonts = pdfcheck("fonts", pdf)
    assert fonts["ok"], fonts["problems"]
    names = {re.sub(r"^[A-Z]{6}\+", "", f["name"]) for f in fonts["fonts"]}
    assert names == {"THSarabunNew", "THSarabunNew-Bold"}  # the vector emblem brought no font of its own


def test_the_svg_emblem_is_rendered_once_then_read_from_the_cache() -> None:
    require_shared(GARUDA_SVG)
    data = GARUDA_SVG.read_bytes()
    first = svg_emblem(data, EMBLEM_PT)
    from itadesk.user_cache import cache_folder

    cached = sorted(p.name for p in cache_folder().glob("emblem-svg-*"))
    assert [name.rsplit(".", 1)[1] for name in cached] == ["png", "svg"]
    assert svg_emblem(data, EMBLEM_PT) == first


def _svg(body: str, size: str = 'width="100" height="100"') -> bytes:
    names = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'
    return f"<svg {names} {size}>{body}</svg>".encode()


LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa">'
    + b"".join(
        f'<!ENTITY {n} "{("&" + p + ";") * 10}">'.encode()
        for p, n in zip("abcdefgh", "bcdefghi", strict=True)
    )
    + b']><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><desc>&i;</desc></svg>'
)


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (LAUGHS, "ENTITY"),
        (
            b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            b'<svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>',
            "ENTITY",
        ),
        (_svg('<image xlink:href="file:///etc/hostname" width="100" height="100"/>'), "<image>"),
        (_svg('<use xlink:href="http://example.com/e.svg#x"/>'), "ที่อยู่อื่น"),
        (_svg('<rect width="10" height="10" fill="url(http://example.com/paint)"/>'), "url()"),
        (_svg("<script>alert(1)</script>"), "<script>"),
        (_svg('<style>@import url("http://example.com/x.css");</style>'), "url()"),
        (_svg('<rect width="100000" height="1"/>', 'width="100000" height="1"'), "กว้างผิดปกติ"),
        (_svg(""), "ว่างเปล่า"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'><rect", "เสียหาย"),
    ],
)
def test_an_svg_made_to_hurt_is_refused_in_thai(data: bytes, said: str) -> None:
    with pytest.raises(DocumentError, match="ตราครุฑ") as refused:
        svg_emblem(data, EMBLEM_PT)
    assert said in str(refused.value)


def test_huge_declared_dimensions_are_drawn_at_print_size_alone() -> None:
    from PIL import Image

    huge = _svg('<rect width="5000000" height="9000000" fill="#000"/>', 'width="9000000" height="9000000"')
    emblem = svg_emblem(huge, EMBLEM_PT)
    png = Image.open(io.BytesIO(emblem.png))
    assert png.height == round(1.5 / 2.54 * 600)
    assert emblem.width_pt == pytest.approx(EMBLEM_PT * 5 / 9, rel=0.02)  # cropped to its ink


def test_text_in_an_svg_emblem_is_drawn_in_th_sarabun_new() -> None:
    from PIL import Image

    emblem = svg_emblem(_svg('<text x="5" y="60" font-size="40" font-family="Arial">ครุฑ</text>'), EMBLEM_PT)
    assert Image.open(io.BytesIO(emblem.png)).getchannel("A").getbbox() is not None
