"""Thai text: digits, dates, word segmentation, shaping, line breaking and drawing on PDF pages.

What documents use: `paragraph.ThaiParagraph` / `TextStyle` (running text), `drawing.draw_text` /
`text_width` (single lines), `digits.localize_digits`, `dates.format_date_*`, `fonts` (face names),
`names.learn_dataset_names` (teach the segmenter the office's names before printing).

Inside, text flows through: `shaping.clean_for_page` → `segment` (newmm + government words) →
`linebreak` (where a line may end) → `balance` (justified paragraphs) → `layout` (lines, alignment,
distributed justification) → `shaping` (HarfBuzz glyphs, each with the typed text it stands for) →
`render` (content-stream operators, /ActualText) → `pdffont` + `subset` (the embedded CID font whose
ToUnicode map gives back exactly what was typed).
"""

from itadesk import reportlab_patterns
from itadesk.paths import point_pythainlp_at_cache

point_pythainlp_at_cache()  # before anything here imports pythainlp
reportlab_patterns.install()  # before anything here imports ReportLab
