"""ReportLab's import-time regular expressions are compiled when first used, and then match as ReportLab's."""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = """
import json, re
import itadesk.documents.printing
from itadesk.reportlab_patterns import LazyPattern
import reportlab.platypus.paragraph as paragraph
import reportlab.lib.textsplit as textsplit

uri = paragraph.uri_pat
deferred = isinstance(uri, LazyPattern) and uri._compiled is None
theirs = re.compile(uri._source, uri._flags)
links = ["http://www.example.com/a?b=1", "HTTPS://ตัวอย่าง.ไทย/หน้า", "mailto:x", "ftp://127.0.0.1:21/", "no"]
same = [bool(uri.match(s)) == bool(theirs.match(s)) for s in links]
print(json.dumps([deferred, same, paragraph.re is re, textsplit.rx.sub(r"\\1\\0 ", "ab中c")]))
"""


def test_reportlabs_url_pattern_waits_for_its_first_use_and_matches_as_its_own() -> None:
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
    deferred, same, real_re, split = json.loads(done.stdout)
    assert deferred  # importing the documents compiled nothing of it
    assert same == [True] * 5
    assert real_re  # ReportLab's own calls to re at print time are re's
    assert split == "ab中\0 c"


PILLOW_PROBE = """
import json, sys
import itadesk.documents.printing
import reportlab.lib.utils as utils

waited = "PIL.Image" not in sys.modules
from PIL import Image

png = Image.new("RGB", (3, 2))
size = utils.ImageReader(png).getSize()
print(json.dumps([waited, utils.haveImages, utils._isPILImage(png), size, utils.Image.Image is Image.Image]))
"""


def test_pillow_waits_for_the_first_image_and_then_is_reportlabs_as_before() -> None:
    done = subprocess.run([sys.executable, "-c", PILLOW_PROBE], capture_output=True, text=True, check=True)
    waited, have_images, is_image, size, same_class = json.loads(done.stdout)
    assert waited  # importing the documents loaded no image decoder
    assert have_images and is_image and same_class
    assert size == [3, 2]
