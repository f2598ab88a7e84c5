"""The .docx package: its parts (document, styles, settings, fonts, headers, pictures, properties) in a zip.

Everything is written in a fixed order with fixed timestamps: the same document gives the same bytes.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from xml.sax.saxutils import escape

from itadesk.documents.word.fonts import OBFUSCATED_FONT, embedded_fonts, font_table, font_table_rels
from itadesk.documents.word.sections import Section, empty_header, page_number_header, section_properties
from itadesk.documents.word.story import Picture
from itadesk.documents.word.wml import FONT, NAMED_STYLES, ParagraphStyle, attr, paragraph

REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    f'xmlns:r="{REL}" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"'
)
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def _styles(body_size_pt: float) -> str:
    """Every run in TH Sarabun New, Thai as the complex-script language (Word sizes Thai by szCs); widow
    control on, as in Word's own template: no paragraph leaves one line alone at a page's foot or head (a
    cell's paragraph cut by a page keeps two lines on each side)."""
    size = round(body_size_pt * 2)
    fonts = f'w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}" w:cs="{FONT}"'
    run_defaults = (
        f'<w:rFonts {fonts}/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
        '<w:lang w:val="th-TH" w:eastAsia="th-TH" w:bidi="th-TH"/>'
    )
    return (
        f'{XML_HEAD}<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:docDefaults><w:rPrDefault><w:rPr>{run_defaults}</w:rPr></w:rPrDefault>"
        "<w:pPrDefault><w:pPr><w:widowControl/>"
        '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
        "</w:docDefaults>"
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
        f"<w:rPr>{run_defaults}</w:rPr></w:style>"
        f"{_named_styles()}"
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
        '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
        '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
        "</w:tblCellMar></w:tblPr></w:style>"
        "</w:styles>"
    )


def _named_styles() -> str:
    """The paragraph styles the documents' paragraphs name (wml.NAMED_STYLES), each based on Normal."""
    out = []
    for style_id, named in NAMED_STYLES.items():
        size = round(named.size_pt * 2)
        bold = "<w:b/><w:bCs/>" if named.bold else ""
        out.append(
            f'<w:style w:type="paragraph" w:customStyle="{0 if style_id in BUILT_IN else 1}" '
            f'w:styleId={attr(style_id)}><w:name w:val={attr(named.name)}/><w:basedOn w:val="Normal"/>'
            f'<w:qFormat/><w:rPr>{bold}<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr></w:style>'
        )
    return "".join(out)


BUILT_IN = frozenset({"BodyText", "Title", "Subtitle", "Heading1", "Signature"})


SETTINGS = (
    f'{XML_HEAD}<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:embedTrueTypeFonts/>"  # Word keeps the embedded fonts when the official saves again
    '<w:defaultTabStop w:val="720"/>'
    '<w:characterSpacingControl w:val="doNotCompress"/>'
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" '
    'w:val="15"/></w:compat>'
    '<w:themeFontLang w:val="th-TH" w:bidi="th-TH"/>'
    "</w:settings>"
)


def _core(info: dict[str, str]) -> str:
    return (
        f"{XML_HEAD}<cp:coreProperties "
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:title>{escape(info.get('title', ''))}</dc:title>"
        f"<dc:subject>{escape(info.get('subject', ''))}</dc:subject>"
        f"<dc:creator>{escape(info.get('author', ''))}</dc:creator>"
        "<dc:language>th-TH</dc:language></cp:coreProperties>"
    )


APP = (
    f"{XML_HEAD}<Properties "
    'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>ITA Desk</Application></Properties>"
)


def _relationships(rels: Sequence[tuple[str, str, str]]) -> str:
    body = "".join(f'<Relationship Id="{i}" Type="{t}" Target="{target}"/>' for i, t, target in rels)
    return f'{XML_HEAD}<Relationships xmlns="{PKG_REL}">{body}</Relationships>'


def docx_bytes(
    sections: Sequence[Section], pictures: Sequence[Picture], info: dict[str, str], thai_digits: bool
) -> bytes:
    """The whole .docx: sections in order, each with an empty first-page header and numbered later ones."""
    fonts = embedded_fonts()
    doc_rels: list[tuple[str, str, str]] = [
        ("rIdStyles", f"{REL}/styles", "styles.xml"),
        ("rIdSettings", f"{REL}/settings", "settings.xml"),
        ("rIdFonts", f"{REL}/fontTable", "fontTable.xml"),
    ]
    headers: list[tuple[str, str]] = []
    body: list[str] = []
    for index, section in enumerate(sections):
        first_id, later_id = f"rIdHeader{2 * index + 1}", f"rIdHeader{2 * index + 2}"
        for rel_id, xml in (
            (first_id, empty_header()),
            (later_id, page_number_header(section.number, thai_digits)),
        ):
            part = f"header{len(headers) + 1}.xml"
            headers.append((part, xml))
            doc_rels.append((rel_id, f"{REL}/header", part))
        props = section_properties(section, first_id, later_id, thai_digits)
        body += section.body
        if index < len(sections) - 1:  # a section ends with the paragraph that carries its properties
            body.append(paragraph([], ParagraphStyle(line_pt=1.0, font_size_pt=1.0), section=props))
        else:
            body.append(paragraph([], ParagraphStyle(line_pt=1.0, font_size_pt=1.0)))
            body.append(props)
    doc_rels += [(p.rel_id, f"{REL}/image", p.part.removeprefix("word/")) for p in pictures]

    overrides = [
        ("/word/document.xml", f"{MAIN}.document.main+xml"),
        ("/word/styles.xml", f"{MAIN}.styles+xml"),
        ("/word/settings.xml", f"{MAIN}.settings+xml"),
        ("/word/fontTable.xml", f"{MAIN}.fontTable+xml"),
        *((f"/word/{part}", f"{MAIN}.header+xml") for part, _ in headers),
        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
    ]
    content_types = (
        f'{XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="png" ContentType="image/png"/>'
        '<Default Extension="svg" ContentType="image/svg+xml"/>'
        f'<Default Extension="odttf" ContentType="{OBFUSCATED_FONT}"/>'
        + "".join(f'<Override PartName="{name}" ContentType="{kind}"/>' for name, kind in overrides)
        + "</Types>"
    )
    document = f"{XML_HEAD}<w:document {NAMESPACES}><w:body>{''.join(body)}</w:body></w:document>"
    body_size = 16.0
    parts: list[tuple[str, str | bytes]] = [
        ("[Content_Types].xml", content_types),
        ("_rels/.rels", _relationships([
            ("rId1", f"{REL}/officeDocument", "word/document.xml"),
            ("rId2", f"{PKG_REL}/metadata/core-properties", "docProps/core.xml"),
            ("rId3", f"{REL}/extended-properties", "docProps/app.xml"),
        ])),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", _relationships(doc_rels)),
        ("word/styles.xml", _styles(body_size)),
        ("word/settings.xml", SETTINGS),
        ("word/fontTable.xml", font_table(fonts)),
        ("word/_rels/fontTable.xml.rels", font_table_rels(fonts)),
        *((f"word/{part}", xml) for part, xml in headers),
        *((f.part, f.data) for f in fonts),
        *((p.part, p.data) for p in pictures),
        ("docProps/core.xml", _core(info)),
        ("docProps/app.xml", APP),
    ]  # fmt: skip
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts:
            entry = zipfile.ZipInfo(name, ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(entry, data.encode("utf-8") if isinstance(data, str) else data)
    return buffer.getvalue()
