"""Thai word segmentation: PyThaiNLP's newmm over its dictionary plus the words of Thai government writing.

The dictionary (≈ 62 000 words; ~0.1 s to build, ~0.03 s to read back from the user's cache folder) loads
once, on the first call that needs it and never at import, so the window starts without it;
`load_dictionary()` lets a caller warm it up in the background. Names of units and people from the database
join it with `add_custom_words`.
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

# Words a general dictionary splits or does not know, but that a line must never be broken inside:
# abbreviations of offices and months, titles, and the vocabulary of ITA reports.
GOVERNMENT_WORDS: tuple[str, ...] = (
    # offices and bodies
    "อบต.", "อบจ.", "อปท.", "ทต.", "ทม.", "ทน.", "กทม.", "สตง.", "ป.ป.ช.", "ป.ป.ท.", "ก.พ.ร.", "ก.พ.", "ก.ถ.",
    "ก.จ.", "ก.ท.", "ก.อบต.", "สถ.", "สถจ.", "สถอ.", "ศธ.", "มท.", "สปสช.", "กกต.", "ครม.", "สนง.", "รพ.สต.",
    "ศพด.", "อสม.", "อปพร.", "สพฐ.", "จ.", "อ.", "ต.", "ม.",
    # titles and positions
    "ผอ.", "รอง ผอ.", "นายก อบต.", "รองนายก อบต.", "ปลัด อบต.", "รองปลัด อบต.", "ประธานสภา อบต.",
    "นายกเทศมนตรี", "ปลัดเทศบาล", "ปลัด", "รองปลัด", "หัวหน้าสำนักปลัด", "ผู้อำนวยการกองคลัง",
    "ผู้อำนวยการกองช่าง", "ผู้อำนวยการกองการศึกษา", "นักวิเคราะห์นโยบายและแผน", "นักจัดการงานทั่วไป",
    "เจ้าพนักงานธุรการ", "นักทรัพยากรบุคคล", "นักวิชาการเงินและบัญชี", "นิติกร", "รักษาราชการแทน",
    "ปฏิบัติหน้าที่", "นาย", "นาง", "นางสาว", "ว่าที่ร้อยตรี", "ว่าที่ ร.ต.", "ร.ต.", "จ.ส.อ.", "ด.ต.",
    "ดร.", "ผศ.", "รศ.", "ศ.",
    # units of a local office
    "สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา", "กองสาธารณสุขและสิ่งแวดล้อม", "กองสวัสดิการสังคม",
    "หน่วยตรวจสอบภายใน",
    # month abbreviations and era
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
    "พ.ศ.", "ค.ศ.", "น.",
    # ITA vocabulary (single words: a compound may break between its words, and a long entry would only
    # end up cut by syllables in a narrow table column)
    "คุณธรรม", "ความโปร่งใส", "ธรรมาภิบาล", "ทุจริต", "ประพฤติมิชอบ", "ตัวชี้วัด", "ข้อเสนอแนะ", "มาตรการ",
    "ปีงบประมาณ", "งบประมาณ", "ไตรมาส", "จัดซื้อจัดจ้าง", "เว็บไซต์", "ประชาสัมพันธ์", "เผยแพร่",
    "ส่วนราชการ", "ฯลฯ",
    # read as one word in the offices' own reports, split by the general dictionary ("แบบ|วัด", "พนักงาน|จ้าง"
    # left a line ending "แบบ" or "พนักงาน")
    "แบบวัด", "พนักงานจ้าง", "พนักงานส่วนตำบล", "บัตรคิว", "รายไตรมาส", "ข้อร้องเรียน", "ผู้รับบริการ",
    "จพง.", "จนท.",
)  # fmt: skip

_lock = threading.Lock()
_custom_words: set[str] = set()
_trie: WordSet | None = None


def load_dictionary() -> None:
    """Build the segmentation dictionary now (it is otherwise built by the first segmentation)."""
    _dictionary()


def dictionary_loaded() -> bool:
    return _trie is not None


def add_custom_words(words: Iterable[str]) -> None:
    """Teach the segmenter names from the database (units, people, places) so no line breaks inside them.

    A "word" longer than `_LONGEST_WORD` letters is no name but pasted text: it could not stay on one line
    anyway, and every one of its prefixes in the dictionary would make segmentation quadratic in its length.
    """
    new = (
        {w.strip() for w in words if w and w.strip() and len(w.strip()) <= _LONGEST_WORD}
        - _custom_words
        - set(GOVERNMENT_WORDS)
    )
    if not new:
        return
    with _lock:
        _custom_words.update(new)
        if _trie is not None:
            for word in new:
                _trie.add(word)
    segment.cache_clear()
    sub_words.cache_clear()
    _on_words_added()


def words_learned() -> int:
    """How many words the segmenter has been taught (it only grows): what was broken before a change of it
    may break otherwise now."""
    return len(_custom_words)


def _on_words_added() -> None:
    """Line breaking caches results that depend on the words; it clears them through this hook."""
    from itadesk.thai import linebreak

    linebreak.clear_caches()


def _dictionary() -> WordSet:
    global _trie
    with _lock:
        if _trie is None:
            _trie = _cached_base_dictionary()
            for word in _custom_words:
                _trie.add(word)
        return _trie


def _cached_base_dictionary() -> WordSet:
    """PyThaiNLP's words and ours, from a compiled copy in the user's cache folder when there is a good one.

    Building the dictionary from PyThaiNLP's word list costs ~0.1 s (and PyThaiNLP's whole package, ~0.05 s);
    reading back the sorted words ~0.01 s (most of it making the 62 000 strings). The copy is named by the
    content of PyThaiNLP's word list and by ours, so a new word list rebuilds it; a copy that does not match
    what was written (`user_cache` checks) or any other problem just means building from the word list,
    never a failure.
    """
    from itadesk.user_cache import key_of, read_cached, write_cached

    source = _word_list_file()
    try:
        key = key_of(source.read_bytes(), GOVERNMENT_WORDS, WordSet.FORMAT) if source else None
    except OSError:
        key = None
    cached = read_cached("words", key, _CACHED_SUFFIX) if key else None
    if cached is not None:
        try:  # the key names the format: the sorted words, one a line, as UTF-16 (decoded ~20× faster
            # than UTF-8: Thai is kept two bytes a letter in memory too)
            return WordSet.from_sorted(cached.decode("utf-16-le").split("\n"))
        except UnicodeDecodeError:
            pass
    from pythainlp.corpus import thai_words

    built = WordSet((*thai_words(), *GOVERNMENT_WORDS))
    if key:
        write_cached("words", key, _CACHED_SUFFIX, "\n".join(built._sorted).encode("utf-16-le"))
    return built


_CACHED_SUFFIX = ".utf16"


def _word_list_file() -> Path | None:
    """PyThaiNLP's word list (what `pythainlp.corpus.thai_words()` reads), found without importing it."""
    import importlib.util

    package = importlib.util.find_spec("pythainlp")
    if package is None or not package.submodule_search_locations:
        return None
    return Path(next(iter(package.submodule_search_locations)), "corpus", "words_th.txt")


class WordSet:
    """The dictionary as its words sorted, standing in for PyThaiNLP's Trie behind newmm, which only asks for
    `prefixes()` and membership.

    Why: building PyThaiNLP's node-per-letter Trie of 62 000 words takes 0.6 s and freeing it at exit 0.3 s —
    most of a cold `itadesk print memo`; even a hash set of the words costs a cold print ~10 ms. Whether a
    piece of text is a word, and whether any longer word starts with it, is one binary search in the sorted
    list (the words that start with a piece sit together right after it), remembered per piece, so
    segmenting runs at the speed of a set of every prefix without building one at start-up.
    """

    FORMAT = 4  # bump when what is cached changes: cached copies are rebuilt

    _WORD, _LONGER = 1, 2  # what is known of a piece of text

    def __init__(self, words: Iterable[str] = ()) -> None:
        self._sorted: list[str] = sorted(set(words))
        self._pieces: dict[str, int] = {}  # piece → _WORD and/or _LONGER

    @classmethod
    def from_sorted(cls, ordered: list[str]) -> WordSet:
        """From words already sorted and without repeats (the cached copy)."""
        word_set = cls()
        word_set._sorted = ordered
        return word_set

    def add(self, word: str) -> None:
        ordered = self._sorted
        at = bisect_left(ordered, word)
        if at == len(ordered) or ordered[at] != word:
            ordered.insert(at, word)
            self._pieces.clear()  # what was known of its prefixes (and of itself) has changed

    def prefixes(self, text: str, start: int = 0) -> list[str]:
        """The dictionary words that begin at `start` of `text`, shortest first (as PyThaiNLP's Trie)."""
        found: list[str] = []
        pieces = self._pieces
        for end in range(start + 1, len(text) + 1):
            piece = text[start:end]
            known = pieces.get(piece)
            if known is None:
                known = self._look_up(piece)
            if known & self._WORD:
                found.append(piece)
            if not known & self._LONGER:
                break
        return found

    def _look_up(self, piece: str) -> int:
        ordered = self._sorted
        at = bisect_left(ordered, piece)
        is_word = at < len(ordered) and ordered[at] == piece
        after = at + 1 if is_word else at  # the first word after `piece` in order
        longer = after < len(ordered) and ordered[after].startswith(piece)
        known = self._pieces[piece] = (self._WORD if is_word else 0) | (self._LONGER if longer else 0)
        return known

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        known = self._pieces.get(word)
        return bool((self._look_up(word) if known is None else known) & self._WORD)

    def __len__(self) -> int:
        return len(self._sorted)

    def __iter__(self) -> Iterator[str]:
        return iter(self._sorted)


@lru_cache(maxsize=4096)
def segment(text: str) -> tuple[str, ...]:
    """The words of `text` as newmm splits them with our dictionary; spaces are tokens of their own.

    Joining the result always gives back `text`.
    """
    if not text:
        return ()
    from itadesk.thai.newmm import word_tokenize

    # WordSet offers what newmm asks of a Trie (prefixes, membership); see its docstring.
    tokens = word_tokenize(text, _dictionary())
    if "".join(tokens) != text:  # never expected; a broken segmentation must not lose characters
        return (text,)
    return tuple(tokens)


def leading_words(text: str, limit: int) -> str:
    """As many whole words from the start of `text` as fit in `limit` letters (at least one, never cut)."""
    taken = ""
    for word in segment(text):
        if taken and len(taken) + len(word) > limit:
            break
        taken += word
    return taken


def is_word(token: str) -> bool:
    """Whether the dictionary knows `token` (newmm cuts unknown text into clusters, which are not words)."""
    return token in _dictionary()


def words_at(text: str, start: int) -> list[int]:
    """Lengths of the dictionary words that begin at `start` of `text`."""
    trie = _dictionary()
    return [len(w) for w in trie.prefixes(text[start : start + _LONGEST_WORD])]


_LONGEST_WORD = 60
_SUB_WORDS_MAX = 200


@lru_cache(maxsize=1024)
def sub_words(word: str) -> tuple[str, ...]:
    """The fewest shorter dictionary words that make up `word` (a long entry such as the name of an office),
    or (word,) when there are none; of as few, the one keeping most words of government writing whole
    (มาตรการ|ป้องกัน, not มาตร|การป้องกัน)."""
    n = len(word)
    if n > _SUB_WORDS_MAX:
        return (word,)
    # (pieces, -known pieces, next cut) from i to the end
    best: list[tuple[int, int, int] | None] = [None] * (n + 1)
    best[n] = (0, 0, n)
    for i in range(n - 1, -1, -1):
        for length in words_at(word, i):
            j = i + length
            if j > n or (i == 0 and j == n):
                continue
            after = best[j]
            if after is None:
                continue
            score = (after[0] + 1, after[1] - (word[i:j] in _KNOWN), j)
            current = best[i]
            if current is None or score[:2] < current[:2]:
                best[i] = score
    if best[0] is None:
        return (word,)
    parts: list[str] = []
    i = 0
    while i < n:
        step = best[i]
        assert step is not None
        parts.append(word[i : step[2]])
        i = step[2]
    return tuple(parts)


_KNOWN = frozenset(GOVERNMENT_WORDS)


@lru_cache(maxsize=1024)
def syllables(word: str) -> tuple[str, ...]:
    """Thai syllables of a word, for breaking a word longer than the line (loads its own dictionary once)."""
    from pythainlp.tokenize import subword_tokenize

    try:
        pieces = subword_tokenize(word, engine="dict")
    except Exception:  # a missing optional corpus must not stop printing; clusters will do
        return (word,)
    if "".join(pieces) != word:
        return (word,)
    return tuple(pieces)
