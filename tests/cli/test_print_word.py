"""`itadesk print … -o FILE.docx`: every document as a Word file an official can finish in Word.

What Word shows is read from the file's XML (the fonts embedded, Thai as the complex script, the memo's
layout, repeated header rows). LibreOffice, where installed, converts each file on a machine without a Thai
font, and the shared PDF checker reads the result: the embedded TH Sarabun New is what it draws with.
"""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from itadesk.documents.word.fonts import obfuscate
from itadesk.domain.model import Attachment
from itadesk.exchange.writer import write_exchange_file
from itadesk.thai.fonts import BOLD, REGULAR, font_file
from tests.cli.conftest import Itadesk
from tests.conftest import GARUDA_PNG, require_shared
from tests.documents.helpers import PEOPLE, made_up_dataset, made_up_memo, pdfcheck

REPORTS = ("plan", "progress", "results", "analysis")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture
def office(itadesk: Itadesk, tmp_path: Path) -> Itadesk:
    """An office with ten measures, last year's ITA result, a memo to three superiors and the Garuda."""
    exchange = tmp_path / "office.json"
    write_exchange_file(made_up_dataset(), exchange)
    assert itadesk("import", str(exchange)).code == 0
    return itadesk


def _part(docx: Path, name: str) -> str:
    with zipfile.ZipFile(docx) as archive:
        return archive.read(name).decode("utf-8")


def _texts(xml: str) -> str:
    """The text Word shows; a no-break space (held between a date's parts) read as the space it shows."""
    return "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml)).replace("\u00a0", " ")


def _print(office: Itadesk, target: Path, *args: str) -> Path:
    done = office("print", *args, "-o", str(target))
    assert done.code == 0, done.err
    assert str(target) in done.out
    return target


def test_print_memo_to_docx_writes_the_memo_as_word(office: Itadesk, tmp_path: Path) -> None:
    require_shared(GARUDA_PNG)  # the emblem in the heading line is part of what is checked
    docx = _print(office, tmp_path / "บันทึก.docx", "memo", "memo-test")
    assert zipfile.is_zipfile(docx)
    document = _part(docx, "word/document.xml")
    text = _texts(document)
    memo = made_up_memo()
    assert "บันทึกข้อความ" in text and "ส่วนราชการ" in text and "เรื่อง" in text
    assert "๒๒ พฤศจิกายน ๒๕๖๖" in text  # Thai digits, the full Thai date
    assert "จึงเรียนมาเพื่อโปรดทราบ" in text
    assert memo.body[0].replace("2566", "๒๕๖๖") in text
    for heading in ("ความเห็นของหัวหน้าสำนักปลัด", "ความเห็นของปลัด อบต.ลาโละ", "ความเห็นของนายก อบต.ลาโละ"):
        assert heading in text
    for person in PEOPLE:
        assert f"({person.display_name})" in text
    # The body is justified the Thai way; the heading is bold 29 pt (58 half-points) on a centred tab.
    assert document.count('<w:jc w:val="thaiDistribute"/>') == len(memo.body)
    assert re.search(
        r'<w:b/><w:bCs/><w:sz w:val="58"/><w:szCs w:val="58"/></w:rPr><w:t[^>]*>บันทึกข้อความ', document
    )
    # The Garuda, 1.5 cm high (540 000 EMU), inline at the start of the heading line.
    assert '<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="' in document
    assert re.search(r'cy="540000"', document)
    # 3 cm left, 2 cm right, Garuda 1.5 cm from the top; pages numbered "- ๒ -" from the second.
    assert '<w:pgMar w:top="850" w:right="1134" w:bottom="1134" w:left="1701"' in document
    assert "<w:titlePg/>" in document and 'w:fmt="thaiNumbers"' in document
    headers = [_part(docx, f"word/header{i}.xml") for i in (1, 2)]
    assert not _texts(headers[0])
    assert _texts(headers[1]).startswith("- ") and 'w:instr=" PAGE "' in headers[1]
    # Dotted leaders under the header values.
    assert '<w:u w:val="dotted"/>' in document


def test_word_file_embeds_th_sarabun_new_as_word_does(office: Itadesk, tmp_path: Path) -> None:
    docx = _print(office, tmp_path / "plan.docx", "plan", "--year", "2566")
    fonts = _part(docx, "word/fontTable.xml")
    assert 'w:name="TH Sarabun New"' in fonts
    keys = dict(re.findall(r'<w:(embed\w+) r:id="rId\d+" w:fontKey="(\{[0-9A-F-]{36}\})"/>', fonts))
    assert set(keys) == {"embedRegular", "embedBold", "embedItalic", "embedBoldItalic"}
    assert "<w:embedTrueTypeFonts/>" in _part(docx, "word/settings.xml")
    assert 'Extension="odttf" ContentType="application/vnd.openxmlformats-officedocument.obfuscatedFont"' in (
        _part(docx, "[Content_Types].xml")
    )
    rels = _part(docx, "word/_rels/fontTable.xml.rels")
    with zipfile.ZipFile(docx) as archive:
        for element, style in (("embedRegular", REGULAR), ("embedBold", BOLD)):
            rel_id = re.search(rf'<w:{element} r:id="(rId\d+)"', fonts)
            assert rel_id is not None
            target = re.search(rf'Id="{rel_id.group(1)}" [^>]*Target="([^"]+)"', rels)
            assert target is not None
            hidden = archive.read(f"word/{target.group(1)}")
            shipped = Path(font_file(style)).read_bytes()
            assert hidden != shipped  # obfuscated, as Word requires
            assert obfuscate(hidden, keys[element]) == shipped  # and Word's key turns it back into the font
    # Thai is the complex script: TH Sarabun New for it, its size and language set.
    styles = _part(docx, "word/styles.xml")
    assert 'w:cs="TH Sarabun New"' in styles and 'w:bidi="th-TH"' in styles and "<w:szCs " in styles


def test_report_tables_repeat_their_header_row_and_tick_the_status(office: Itadesk, tmp_path: Path) -> None:
    docx = _print(office, tmp_path / "progress.docx", "progress", "--year", "2566", "--round", "6")
    document = _part(docx, "word/document.xml")
    assert '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>' in document
    tables = re.findall(r"<w:tbl>.*?</w:tbl>", document)
    assert len(tables) == 3  # one per ITA part (IIT, EIT, OIT)
    for table in tables:
        rows = re.findall(r"<w:tr>.*?</w:tr>", table)
        assert "<w:tblHeader/>" in rows[0]
        assert all("<w:tblHeader/>" not in row for row in rows[1:])
        assert "ตัวชี้วัด/มาตรการ" in _texts(rows[0])  # the indicator, then the measure's title
    ticks = _texts(document).count("√")
    assert ticks == 10  # one per measure, in the column of its status
    assert "(รอบ ๖ เดือน)" in _texts(document)


def test_every_report_prints_to_word(office: Itadesk, tmp_path: Path) -> None:
    for kind in REPORTS:
        docx = _print(office, tmp_path / f"{kind}.docx", kind, "--year", "2566")
        text = _texts(_part(docx, "word/document.xml"))
        assert "องค์การบริหารส่วนตำบลลาโละ อำเภอรือเสาะ จังหวัดนราธิวาส" in text
        assert "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖" in text
        if kind != "analysis":
            assert "มาตรการส่งเสริมคุณธรรมและความโปร่งใสที่ ๑๐ การเผยแพร่ข้อมูลการใช้จ่ายงบประมาณ" in text


def test_the_analysis_chart_stays_on_one_page_in_word(office: Itadesk, tmp_path: Path) -> None:
    docx = _print(office, tmp_path / "analysis.docx", "analysis", "--year", "2566")
    body = _part(docx, "word/document.xml")
    chart = [table for table in re.findall(r"<w:tbl>.*?</w:tbl>", body) if "<w:shd " in table][-1]
    rows = re.findall(r"<w:tr>.*?</w:tr>", chart)
    assert len(rows) >= 3  # a bar per indicator
    for row in rows[:-1]:  # each keeps with the next, as the PDF draws the chart whole
        assert row.count("<w:keepNext/>") == 3, row
    assert "<w:keepNext/>" not in rows[-1]


def test_a_memo_with_its_report_is_two_sections_each_numbered_from_one(
    itadesk: Itadesk, tmp_path: Path
) -> None:
    exchange = tmp_path / "office.json"
    dataset = made_up_dataset(memo=made_up_memo(attach=Attachment("results", 12)))
    write_exchange_file(dataset, exchange)
    assert itadesk("import", str(exchange)).code == 0
    docx = _print(itadesk, tmp_path / "memo.docx", "memo", "memo-test")
    document = _part(docx, "word/document.xml")
    sections = re.findall(r"<w:sectPr>.*?</w:sectPr>", document)
    assert len(sections) == 2
    assert 'w:orient="landscape"' not in sections[0] and 'w:orient="landscape"' in sections[1]
    assert all('<w:pgNumType w:start="1"' in s for s in sections)
    assert "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม" in _texts(document)


def test_an_old_doc_file_is_refused_with_what_to_do(office: Itadesk, tmp_path: Path) -> None:
    target = tmp_path / "บันทึก.doc"
    refused = office("print", "memo", "memo-test", "-o", str(target))
    assert refused.code == 1
    assert ".docx" in refused.err and str(target) in refused.err
    assert ".tmp" not in refused.err, "the name asked for, not the hidden one written first"
    assert not target.exists()


# --- LibreOffice, on a machine without a Thai font ---------------------------------------------------


def _libreoffice() -> str:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: ./dev test installs libreoffice-writer-nogui")
    if shutil.which("fc-list"):
        thai = subprocess.run(["fc-list", ":lang=th"], capture_output=True, text=True).stdout.strip()
        if thai:
            pytest.skip("a Thai font is installed here: LibreOffice could draw with it, not the embedded one")
    return soffice


def _convert(soffice: str, docx: Path, out: Path) -> Path:
    """docx → PDF in a profile of its own (a fresh HOME), as on a PC that never ran LibreOffice."""
    home = out / "home"
    home.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation={(out / 'profile').as_uri()}",
         "--convert-to", "pdf", "--outdir", str(out), str(docx)],
        capture_output=True, text=True, timeout=300, env={"HOME": str(home), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    pdf = out / (docx.stem + ".pdf")
    assert pdf.exists(), done.stdout + done.stderr
    return pdf


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The five documents printed to Word by the command, converted by LibreOffice."""
    from itadesk.cli.main import run

    soffice = _libreoffice()
    folder = tmp_path_factory.mktemp("word")
    exchange = folder / "office.json"
    write_exchange_file(made_up_dataset(), exchange)
    db = str(folder / "office.sqlite3")
    assert run(["--db", db, "import", str(exchange)]) == 0
    pdfs: dict[str, Path] = {}
    for kind in ("memo", *REPORTS):
        docx = folder / f"{kind}.docx"
        args = ["memo", "memo-test"] if kind == "memo" else [kind, "--year", "2566"]
        assert run(["--db", db, "print", *args, "-o", str(docx)]) == 0
        pdfs[kind] = _convert(soffice, docx, folder / "pdf")
    return pdfs


def test_libreoffice_draws_every_document_with_the_embedded_th_sarabun_new(
    converted: dict[str, Path],
) -> None:
    for kind, pdf in converted.items():
        fonts = pdfcheck("fonts", pdf)
        assert fonts["ok"], (kind, fonts["problems"])
        names = {re.sub(r"^[A-Z]{6}\+", "", f["name"]) for f in fonts["fonts"]}
        assert names == {"THSarabunNew", "THSarabunNew-Bold"}, (kind, names)
        assert all(f["embedded"] for f in fonts["fonts"])


def test_libreoffice_finds_every_memo_paragraph_and_measure_title(
    converted: dict[str, Path], tmp_path: Path
) -> None:
    memo = made_up_memo()
    expected = [
        "บันทึกข้อความ", "ส่วนราชการ สำนักปลัด องค์การบริหารส่วนตำบลลาโละ โทร. ๐-๗๓-๕๗๘๐๑๗",
        "วันที่ ๒๒ พฤศจิกายน ๒๕๖๖", "เรียน นายกองค์การบริหารส่วนตำบลลาโละ – ผ่านปลัด อบต.",
        *(p.replace("2566", "๒๕๖๖") for p in memo.body), *(a.heading for a in memo.approvals),
        *(f"({p.display_name})" for p in PEOPLE),
    ]  # fmt: skip
    memo_expected = tmp_path / "memo.txt"
    memo_expected.write_text("\n".join(expected), encoding="utf-8")
    result = pdfcheck("text", converted["memo"], memo_expected)
    assert result["ok"], result
    titles = [f"มาตรการส่งเสริมคุณธรรมและความโปร่งใสที่ {n} การเผยแพร่ข้อมูลการใช้จ่ายงบประมาณ" for n in "๑๒๓๔๕๖๗๘๙"]
    for kind in ("plan", "progress", "results"):
        # A row taller than a third of a page may be cut by the page where Word places it (as the PDF cuts
        # one when moving it would leave a page less than two thirds full): its title is then printed in
        # two parts, at the foot of one page and the head of the next.
        done = subprocess.run(["pdftotext", str(converted[kind]), "-"], capture_output=True, text=True)
        pages = ["".join(page.split()) for page in done.stdout.split("\f")]
        for title in map(compact_title, titles):
            whole = any(title in page for page in pages)
            across = any(
                title[:cut] in page and title[cut:] in after
                for page, after in itertools.pairwise(pages)
                for cut in range(8, len(title) - 7)
            )
            assert whole or across, (kind, title)


def compact_title(text: str) -> str:
    return "".join(text.split())


def test_libreoffice_lays_the_memo_out_on_the_official_guide(converted: dict[str, Path]) -> None:
    summary = pdfcheck("layout", "--summary", converted["memo"])["summary"]
    assert summary["body_size"] == 16
    assert summary["body_ink_left_cm"] == pytest.approx(3.0, abs=0.15)
    assert summary["body_ink_right_margin_cm"] >= 2.0 - 0.02
    largest = summary["largest_text"]
    assert (largest["size"], largest["text"]) == (29, "บันทึกข้อความ")
    assert largest["font"].endswith("Bold")
    emblem = summary["topmost_image"]
    assert emblem["page"] == 1
    assert emblem["height"] == pytest.approx(1.5, abs=0.05)
    assert emblem["x0"] == pytest.approx(3.0, abs=0.05)
    assert emblem["top"] == pytest.approx(1.5, abs=0.1)


def test_libreoffice_numbers_the_memo_from_its_second_page_only(converted: dict[str, Path]) -> None:
    pages = [_page_text(converted["memo"], n) for n in (1, 2, 3)]
    assert not re.match(r"\s*-\s*\S\s*-", pages[0])  # the first page has the heading, no number
    assert pages[0].lstrip().startswith("บันทึกข้อความ")
    for n, text in ((2, pages[1]), (3, pages[2])):
        assert re.match(rf"\s*-\s*[{n}{'๐๑๒๓๔๕๖๗๘๙'[n]}]\s*-", text), (n, text[:40])


@pytest.mark.xfail(
    strict=True,
    reason="LibreOffice (7.4 to today's source) maps neither w:fmt=thaiNumbers (Arabic digits) nor "
    "PAGE \\* ThaiArabic (Thai letters: ข) to Thai digits; Word shows ๒ from the section's format",
)
def test_libreoffice_prints_the_page_number_in_thai_digits(converted: dict[str, Path]) -> None:
    assert re.match(r"\s*-\s*๒\s*-", _page_text(converted["memo"], 2))


def _page_text(pdf: Path, page: int) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return done.stdout
