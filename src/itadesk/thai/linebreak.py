"""Where a line of Thai may end, and filling lines greedily.

Breaks fall after spaces and between words (newmm with our dictionary) where the reading is sure: both
neighbours are dictionary words and no other dictionary word straddles the boundary (จัด|การประเมิน could
as well be จัดการ|ประเมิน). A space holds an abbreviation to its neighbours (ปีงบประมาณ พ.ศ. ๒๕๖๖,
๑ ต.ค. ๖๕). Within a unit only when it alone is longer than the line: then at its words, syllables, and
failing that between grapheme clusters. Never:
- inside a grapheme cluster (a letter and its marks, ก + ำ);
- after a leading vowel เ แ โ ใ ไ, or before a following vowel, a mark, ๆ or ฯ (ฯลฯ excepted);
- inside a Latin word or a number (they wrap at spaces), next to punctuation that hugs a word;
- inside a URL or e-mail address except after a "/" of its path (a host alone wider than a line excepted);
- between a date's parts (๑ ต.ค. ๖๕, มี.ค. ๒๕๖๖, พ.ศ. ๒๕๖๖) or a number and its unit (๖ เดือน);
- after a list number or bullet (๑๐. แลกเปลี่ยน…) or inside an abbreviation typed with a space (พ. ศ.).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache

from itadesk.thai.dates import MONTHS_FULL, MONTHS_SHORT
from itadesk.thai.segment import is_word, segment, sub_words, syllables, words_at

LEADING_VOWELS = frozenset("เแโใไ")
# Characters that can never begin a line: following vowels, marks, ๆ (ฯ is handled apart for ฯลฯ).
_NEVER_FIRST = frozenset("ะาำิีึืุูั็่้๊๋์ํฺๅๆ")
_OPENING = frozenset("([{“‘«\"'")
_CLOSING = frozenset(")]}”’»,.:;!?%\"'…")
_CLOSING_AFTER_SPACE = _CLOSING - frozenset("\"'")  # a straight quote after a space opens

_ADDRESS = re.compile(
    r"""(?:[A-Za-z][A-Za-z0-9+.-]*://|www\.)[^\s\u0E00-\u0E7F]+
      | [A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}""",
    re.VERBOSE,
)


_ABBREVIATION_AHEAD = re.compile(r"[\u0e01-\u0e4e]{1,5}\.")


def is_thai_letter(ch: str) -> bool:
    """A Thai letter, vowel or mark (not a Thai digit, ฿ or Thai punctuation such as ๏ ๚ ๛)."""
    return "\u0e01" <= ch <= "\u0e3a" or "\u0e40" <= ch <= "\u0e4e"


_JOINS_PREVIOUS: dict[str, bool] = {}  # a character → whether it belongs to the cluster before it


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch) in ("Mn", "Mc", "Me")


def _joins_previous(ch: str) -> bool:
    joins = _JOINS_PREVIOUS[ch] = _is_mark(ch) or ch == "\u0e33"
    return joins


def cluster_starts(text: str) -> list[int]:
    """Indices where a grapheme cluster begins, with a leading vowel kept with what follows it."""
    if not text:
        return []
    starts = [0]
    known = _JOINS_PREVIOUS  # each character's category looked up once, not at every occurrence
    previous = text[0]
    for i in range(1, len(text)):
        ch = text[i]
        joins = known.get(ch)
        if joins is None:
            joins = _joins_previous(ch)
        if not joins and previous not in LEADING_VOWELS:
            starts.append(i)
        previous = ch
    return starts


def _legal_start(text: str, i: int) -> bool:
    """Whether a line may begin at index i by the Thai rules that hold everywhere."""
    ch, prev = text[i], text[i - 1]
    if ch in _NEVER_FIRST or _is_mark(ch) or prev in LEADING_VOWELS:
        return False
    return not (ch == "ฯ" and not text.startswith("ฯลฯ", i))


def _between_tokens_ok(prev: str, nxt: str) -> bool:
    """A break where two tokens touch with no space between: Thai|Thai or Thai|Latin letter only."""
    if prev in _OPENING or nxt in _CLOSING:
        return False
    prev_thai, next_thai = is_thai_letter(prev), is_thai_letter(nxt)
    if prev_thai and next_thai:
        return True
    latin_next = nxt.isalpha() and nxt.isascii()
    latin_prev = prev.isalpha() and prev.isascii()
    return (prev_thai and latin_next) or (next_thai and latin_prev)


def _is_abbreviation(token: str) -> bool:
    """อบต. พ.ศ. ป.ป.ช.: Thai letters closed by a full stop (after one, อบต.|บ้านนา, a line may end)."""
    return len(token) > 1 and token[-1] == "." and is_thai_letter(token[-2])


@lru_cache(maxsize=2048)
def break_opportunities(text: str) -> tuple[int, ...]:
    """Indices (0 < i < len) where a new line may begin. Spaces stay at the end of the line before."""
    allowed: set[int] = set()
    pos = 0
    for match in _ADDRESS.finditer(text):
        _words_breaks(text, pos, match.start(), allowed)
        allowed.add(match.start())
        _address_breaks(text, match.start(), match.end(), allowed)
        allowed.add(match.end())
        pos = match.end()
    _words_breaks(text, pos, len(text), allowed)
    # A space run is a break only at its end; and the rules that hold everywhere.
    result = []
    for i in sorted(allowed):
        if not 0 < i < len(text) or text[i] == " ":
            continue
        if text[i - 1] == " ":
            if text[i] in _CLOSING_AFTER_SPACE or not _legal_start(text, i):
                continue
        elif not _legal_start(text, i):
            continue
        result.append(i)
    return tuple(result)


def _words_breaks(text: str, start: int, end: int, allowed: set[int]) -> None:
    if start >= end:
        return
    chunk = text[start:end]
    tokens = segment(chunk)
    offsets = list(itertools.accumulate((len(t) for t in tokens), initial=0))
    for k in range(len(tokens) - 1):
        a, b = tokens[k], tokens[k + 1]
        if a.isspace():
            held = _space_holds(text, start + offsets[k], start + offsets[k + 1])
            if not held and not _space_binds(tokens[k - 1] if k else "", b):
                allowed.add(start + offsets[k + 1])  # after the spaces
        elif b.isspace() or _is_abbreviation(b):
            continue  # before a space, or ปีงบประมาณพ.ศ.: an abbreviation stays with the word before it
        elif _is_abbreviation(a) and is_thai_letter(b[0]):
            allowed.add(start + offsets[k + 1])  # อบต.|บ้านนา
        elif not _between_tokens_ok(a[-1], b[0]):
            continue
        elif is_thai_letter(a[-1]) and is_thai_letter(b[0]):
            sure = is_word(a) and is_word(b)
            if sure and not _contested(chunk, offsets[k], offsets[k + 1], offsets[k + 2]):
                allowed.add(start + offsets[k + 1])
        else:
            allowed.add(start + offsets[k + 1])  # Thai next to a Latin word


def _space_binds(before: str, after: str) -> bool:
    """Spaces that hold an abbreviation to its neighbours (ปีงบประมาณ พ.ศ. ๒๕๖๖, เมื่อ ต.ค. ๖๕, ๑ ต.ค.),
    and a space typed inside a word: คุณ ธรรม is one word, คุณธรรม, and a line that ended at that space
    would cut it. (When the unit is longer than a line, `split_long` still cuts at such a space first.)"""
    thai_both_sides = before[-1:] and after[:1] and is_thai_letter(before[-1]) and is_thai_letter(after[0])
    if thai_both_sides and is_word(before + after):
        return True
    if _is_abbreviation(after) and before and is_thai_letter(before[-1]):
        return True
    if after in _RANGE_DASHES:
        return True  # ๑ ต.ค. ๖๕ –|๓๐ ก.ย. ๖๖: a range's dash ends a line, never begins one
    if before == "-":
        return True  # "- ประชาสัมพันธ์": a typed bullet stays with what it introduces
    if _is_short_number(after) and before[-1:] and is_thai_letter(before[-1]):
        return True  # ปีงบประมาณ ๒๕๖๖, จำนวน ๑๐: a number stays with the word it counts or names
    if after in _MONTHS and before[-1:].isdigit():
        return True  # ๑ พฤศจิกายน, ๒๔ ม.ค.
    if before in _MONTHS and _is_short_number(after):
        return True  # พฤศจิกายน ๒๕๖๕
    if _is_short_number(before) and after in UNITS:
        return True  # ๖ เดือน, ๑๒ ครั้ง: a number over its unit reads as two things
    return _is_abbreviation(before) and after[:1].isdigit()


_MONTHS = frozenset((*MONTHS_SHORT, *MONTHS_FULL))
# Units a number is written before in the reports (counted things, time, money, distance).
UNITS = frozenset(
    ("บาท", "คน", "ครั้ง", "วัน", "เดือน", "ปี", "ชั่วโมง", "นาที", "ราย", "แห่ง", "เรื่อง", "ฉบับ", "ชุด",
     "หลัง", "ครัวเรือน", "หมู่บ้าน", "โครงการ", "กิจกรรม", "ช่องทาง", "%", "กิโลเมตร", "เมตร", "ไตรมาส")
)  # fmt: skip


_RANGE_DASHES = frozenset("–—")  # not "-": typed as a bullet, it begins a line
# A list number or bullet typed before its item: ๑๐. ๑) (๔) 3. - • (– only where a line begins).
_LIST_MARKER = re.compile(r"\(?[0-9\u0e50-\u0e59]{1,3}[.)]|[-•▪◦●○·*]")
_STRAY_ABBREVIATION = re.compile(r"[\u0e01-\u0e2e]{1,3}\.")  # พ. of "พ. ศ.", typed with a space inside
_STRAY_ABBREVIATION_AHEAD = re.compile(r"[\u0e01-\u0e2e]{1,3}\. +[\u0e01-\u0e4e]{1,5}\.")  # "พ. ศ."


def _space_holds(text: str, space_start: int, space_end: int) -> bool:
    """Whether the spaces at text[space_start:space_end] must not end a line, judged by the typed runs on
    either side: a list number or bullet stays with the first word of its item (never "๑๐." alone over
    its text), and an abbreviation typed with a stray space (พ. ศ.๒๕๖๖) stays whole and with the word
    before it, as พ.ศ. does (ปีงบประมาณ พ. ศ. ๒๕๖๖)."""
    if space_end >= len(text):
        return False
    run_start = max(text.rfind(" ", 0, space_start), text.rfind("\n", 0, space_start)) + 1
    before = text[run_start:space_start]
    if _LIST_MARKER.fullmatch(before) or (before == "–" and run_start == 0):
        return True
    if before[-1:] and is_thai_letter(before[-1]) and _STRAY_ABBREVIATION_AHEAD.match(text, space_end):
        return True
    return bool(_STRAY_ABBREVIATION.fullmatch(before) and _ABBREVIATION_AHEAD.match(text, space_end))


def _is_short_number(token: str) -> bool:
    return 0 < len(token) <= 4 and token.isdigit()


def _contested(chunk: str, start_a: int, boundary: int, end_b: int) -> bool:
    """Whether another reading joins across this boundary: a dictionary word from the start of the first
    token into the second (จัด|การประเมิน: จัดการ), or from inside the first to the end of the second.

    Thai has no spaces between words, so such a boundary is a guess; a line never ends on a guess when
    a sure boundary is near.
    """
    if any(boundary < start_a + n <= end_b for n in words_at(chunk, start_a)):
        return True
    return any(
        end_b - s in words_at(chunk, s)
        for s in range(start_a + 1, boundary)
        if chunk[s] not in _NEVER_FIRST and not _is_mark(chunk[s]) and chunk[s - 1] not in LEADING_VOWELS
    )


def _address_breaks(text: str, start: int, end: int, allowed: set[int]) -> None:
    allowed.update(start + i for i in address_cuts(text[start:end]))


_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


def address_cuts(address: str) -> list[int]:
    """Where a URL may go on to the next line: after a "/" of its path, so its host name (www.khoksaad.go.th)
    and an e-mail address always read whole."""
    scheme = _SCHEME.match(address)
    host_start = scheme.end() if scheme else address.find("@") + 1
    slash = address.find("/", host_start)
    if slash < 0:
        return []
    return [i for i in range(slash + 1, len(address)) if address[i - 1] == "/" and address[i] != "/"]


def host_cuts(address: str) -> list[int]:
    """Only for an address wider than a whole line: after its scheme's "//" or its "@", and when that is not
    enough (split_long cuts again), before a "." of its host."""
    scheme = _SCHEME.match(address)
    at = address.find("@")
    if scheme and scheme.end() < len(address):
        return [scheme.end()]
    if at > 0:
        return [at + 1]
    return [i for i in range(1, len(address)) if address[i] == "." and address[i - 1] not in "./"]


def pieces(text: str, breaks: Sequence[int]) -> list[str]:
    bounds = [0, *breaks, len(text)]
    return [text[a:b] for a, b in itertools.pairwise(bounds) if b > a]


def split_long(piece: str) -> list[str]:
    """A unit longer than the line, cut finer, the surest cuts first.

    In turn: after its spaces (not the one before an abbreviation), after / . - in an address or after
    / - before Thai, at sure word boundaries, at any word boundary, between the words of one long
    dictionary entry, between syllables, between grapheme clusters. A piece still too long is cut again.
    """
    word = piece.rstrip(" ")
    tail = piece[len(word) :]
    if not word:
        return [piece]
    held = _held_prefix(word)
    if held and len(held) < len(word):  # "๑๐. ": the list number goes on the line of its item's first part
        parts = split_long(piece[len(held) :])
        return [held + parts[0], *parts[1:]]
    for cuts in _cut_tiers(word):
        legal = sorted({c for c in cuts if 0 < c < len(word) and word[c] != " " and _legal_start(word, c)})
        if legal:
            parts = pieces(word, legal)
            parts[-1] += tail
            return parts
    return [piece]


def _run_before(text: str, end: int) -> str:
    return text[text.rfind(" ", 0, end) + 1 : end]


def _run_after(text: str, start: int) -> str:
    space = text.find(" ", start)
    return text[start : len(text) if space < 0 else space]


def _held_prefix(word: str) -> str:
    """A list number or bullet and the spaces after it, when they begin `word` and hold to what follows."""
    space = word.find(" ")
    if space <= 0:
        return ""
    end = len(word) - len(word[space:].lstrip(" "))
    return word[:end] if _space_holds(word, space, end) else ""


def _cut_tiers(word: str) -> Iterator[list[int]]:
    spaces = [m for m in re.finditer(" +", word) if not _space_holds(word, m.start(), m.end())]
    # First the spaces that hold nothing together: a date (มี.ค. ๒๕๖๖, พ.ศ. ๒๕๖๖) or a number and its unit
    # (๖ เดือน) stays on one line when the unit can be cut elsewhere: at a sure word boundary
    # (ประจำ|ปีงบประมาณพ.ศ. ๒๕๖๖), before a month (ถึง |มี.ค. ๒๕๖๖), only then inside it.
    yield [
        m.end()
        for m in spaces
        if not _ABBREVIATION_AHEAD.match(word, m.end())
        and not _space_binds(_run_before(word, m.start()), _run_after(word, m.end()))
    ]
    thai = any(is_thai_letter(ch) for ch in word)
    if _ADDRESS.fullmatch(word):
        yield address_cuts(word)
        yield host_cuts(word)
        yield [
            i for i in range(1, len(word)) if word[i - 1] in "/.-" and word[i] not in "/.-"
        ]  # narrow cells
    else:
        yield [
            i
            for i in range(1, len(word))
            if word[i - 1] in "/-" and (is_thai_letter(word[i]) or word[i].isalnum())
        ]
    if thai:
        sure: set[int] = set()
        _words_breaks(word, 0, len(word), sure)
        yield sorted(sure)
    yield [m.end() for m in spaces if _run_after(word, m.end()) in MONTHS_SHORT]  # ถึง |มี.ค. ๒๕๖๖
    if thai:  # every word boundary but the spaces inside a date or before a unit
        tokens = segment(word)
        offsets = list(itertools.accumulate((len(t) for t in tokens), initial=0))
        yield [
            c
            for c in offsets[1:-1]
            if not (
                word[c - 1] == " " and _space_binds(_run_before(word, c - 1).rstrip(" "), _run_after(word, c))
            )
            and not (is_thai_letter(word[c - 1]) and _ABBREVIATION_AHEAD.match(word, c))  # ประมาณพ.ศ.
        ]
    yield [m.end() for m in spaces]
    if thai:
        yield list(itertools.accumulate(len(t) for t in sub_words(word)))[:-1]
        yield list(itertools.accumulate(len(t) for t in syllables(word)))[:-1]
    yield cluster_starts(word)[1:]


def _merge_illegal(word: str, parts: list[str]) -> list[str]:
    """Join pieces where a break between them would break a Thai rule; spaces stay with the piece before."""
    merged: list[str] = []
    pos = 0
    for part in parts:
        if merged and (part.isspace() or not _legal_start(word, pos)):
            merged[-1] += part
        else:
            merged.append(part)
        pos += len(part)
    return merged


_SHORT_WORD_CHARS = 4


def _is_short_word(line: Sequence[str]) -> bool:
    bare = "".join(line).rstrip(" ")
    return 0 < len(bare) <= _SHORT_WORD_CHARS and " " not in bare and any(map(is_thai_letter, bare))


def _fitting_head(unit: str, room: float, measure: Callable[[str], float]) -> list[str] | None:
    """`unit` cut at a word boundary into a head that fits in `room` and the rest, or None."""
    word = unit.rstrip(" ")
    tail = unit[len(word) :]
    if not any(map(is_thai_letter, word)) or _ADDRESS.search(word):
        return None
    sure: set[int] = set()
    _words_breaks(word, 0, len(word), sure)
    offsets = set(itertools.accumulate(len(t) for t in segment(word)))
    compounds = set(itertools.accumulate(len(t) for t in sub_words(word)))  # อำนวย|ความสะดวก
    for cuts in (sure, offsets, compounds):
        legal = sorted(
            (
                c
                for c in cuts
                if 1 < c < len(word) - 1 and is_thai_letter(word[c - 1]) and is_thai_letter(word[c])
                and _legal_start(word, c)
            ),
            reverse=True,
        )  # fmt: skip
        for c in legal:
            if measure(word[:c]) <= room + 1e-6 and len(word) - c > _SHORT_WORD_CHARS:
                return [word[:c], word[c:] + tail]
    return None


def fill_lines(
    units: Sequence[str], measure: Callable[[str], float], widths: Callable[[int], float]
) -> list[list[str]]:
    """Greedy filling: as many units per line as fit; `widths(n)` is the room on line n.

    A unit longer than a whole line is cut finer (`split_long`); the cut pieces start on the current line when
    the first of them fits there. Trailing spaces never count against the room.
    """
    eps = 1e-6
    lines: list[list[str]] = [[]]
    used = 0.0
    queue = list(units)
    k = 0
    while k < len(queue):
        unit = queue[k]
        bare = measure(unit.rstrip(" "))
        current = lines[-1]
        if used + bare <= widths(len(lines) - 1) + eps:
            current.append(unit)
            used += measure(unit)
            k += 1
            continue
        # It does not fit here. A line holding one short word ("ของ", "การ") takes the unit's first words
        # when they fit beside it, rather than standing alone over the rest.
        if current and _is_short_word(current):
            head = _fitting_head(unit, widths(len(lines) - 1) - used, measure)
            if head:
                queue[k : k + 1] = head
                continue
        # Too long even for a line of its own: cut it, filling this line first.
        whole_line = widths(len(lines) - 1 if not current else len(lines))
        if bare > whole_line + eps:
            finer = split_long(unit)
            if len(finer) > 1:
                queue[k : k + 1] = finer
                continue
        if current:
            lines.append([])
            used = 0.0
            continue
        current.append(unit)  # one grapheme cluster wider than the line: it overflows, nothing else can
        used += measure(unit)
        k += 1
    return [line for line in lines if line] or [[]]


def clear_caches() -> None:
    """Forget what depended on the dictionary's words: breaks, and the paragraphs laid out with them."""
    from itadesk.thai import layout  # here: layout imports this module

    break_opportunities.cache_clear()
    layout.laid_out.cache_clear()
