"""The segmentation dictionary: it splits text exactly as PyThaiNLP's own Trie would, and its cached copy in
the user's cache folder is only ever a faster way to the same words."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pythainlp.tokenize import word_tokenize
from pythainlp.util import Trie

from itadesk import user_cache
from itadesk.thai import segment
from itadesk.thai.segment import GOVERNMENT_WORDS, WordSet
from tests.thai.samples import BODY

TEXTS = (
    *BODY,
    "การบ้านมากมาย นายก อบต.ลาโละ ลงนาม ณ วันที่ ๓๐ ก.ย. ๒๕๖๖",
    "ประชาสัมพันธ์มาตรการส่งเสริมคุณธรรมและความโปร่งใสผ่านเว็บไซต์ของหน่วยงาน",
    "กขคงจฉชซ xyz ๑๒๓ ก็ได้",
)


@pytest.fixture
def fresh_dictionary() -> Iterator[None]:
    """Each test builds or reads the dictionary as a new process would, knowing no names yet."""
    custom = set(segment._custom_words)  # names other tests taught it
    segment._custom_words.clear()
    segment._trie = None
    segment.segment.cache_clear()
    yield
    segment._custom_words.clear()
    segment._custom_words.update(custom)
    segment._trie = None
    segment.segment.cache_clear()


def test_prefixes_are_the_words_that_begin_there_shortest_first() -> None:
    words = WordSet(["ก", "กา", "การ", "การบ้าน", "บ้าน", "ขา"])
    assert words.prefixes("การบ้านมาก") == ["ก", "กา", "การ", "การบ้าน"]
    assert words.prefixes("การบ้านมาก", 3) == ["บ้าน"]
    assert words.prefixes("มาก") == []
    words.add("การบ้านมาก")
    assert words.prefixes("การบ้านมาก") == ["ก", "กา", "การ", "การบ้าน", "การบ้านมาก"]
    assert "การบ้านมาก" in words and "การบ้านม" not in words


@pytest.mark.parametrize("text", TEXTS)
def test_segmentation_is_the_same_as_with_pythainlps_trie(text: str) -> None:
    from pythainlp.corpus import thai_words

    vocabulary = (*thai_words(), *GOVERNMENT_WORDS)
    ours = word_tokenize(text, custom_dict=WordSet(vocabulary), engine="newmm", keep_whitespace=True)  # type: ignore[arg-type]
    theirs = word_tokenize(text, custom_dict=Trie(vocabulary), engine="newmm", keep_whitespace=True)
    assert ours == theirs


def test_the_cached_copy_holds_the_same_words(fresh_dictionary: None) -> None:
    built = segment._cached_base_dictionary()
    cached = list(user_cache.cache_folder().glob("words-*.utf16"))
    assert len(cached) == 1
    again = segment._cached_base_dictionary()  # from the cached copy
    assert set(again) == set(built) and len(again) == len(built) > 60_000
    assert again.prefixes("การบ้านมาก") == built.prefixes("การบ้านมาก")


def test_a_damaged_cached_copy_is_built_again(fresh_dictionary: None) -> None:
    built = segment._cached_base_dictionary()
    (cached,) = user_cache.cache_folder().glob("words-*.utf16")
    cached.write_bytes(b"\x00not a word list")
    assert segment.is_word("มาตรการ")  # the first use reads the damaged copy, and builds instead
    assert set(segment._dictionary()) == set(built)
    rebuilt = segment._cached_base_dictionary()
    assert set(rebuilt) == set(built)
    assert cached.read_bytes() != b"\x00not a word list"


def test_names_from_the_database_join_a_dictionary_read_from_the_cache(fresh_dictionary: None) -> None:
    segment._cached_base_dictionary()  # leaves the cached copy
    segment.add_custom_words(["ลาโละ"])
    assert "ลาโละ" in segment.segment("ตำบลลาโละ")
    assert segment.is_word("ลาโละ")


def test_a_long_entry_is_cut_between_the_words_of_government_writing() -> None:
    from itadesk.thai.segment import sub_words

    # "มาตร|การ" was printed in a narrow column: of two ways in two pieces, มาตรการ stays whole.
    assert sub_words("มาตรการป้องกัน") == ("มาตรการ", "ป้องกัน")


@pytest.mark.parametrize("text", (*TEXTS, "ราคา 1,234.50 บาท เวลา 12:00น. ที่ 127.0.0.1", " ต้น  กลาง\tท้าย "))
def test_segmentation_without_pythainlps_package_is_pythainlps_word_tokenize(text: str) -> None:
    # The print loads newmm's own modules only; the words must be those PyThaiNLP's word_tokenize gives.
    from itadesk.thai import newmm

    words = segment._dictionary()
    assert newmm.loaded_without_package()
    theirs = word_tokenize(text, custom_dict=words, engine="newmm", keep_whitespace=True)  # type: ignore[arg-type]
    assert newmm.word_tokenize(text, words) == theirs
    assert list(segment.segment(text)) == theirs


def test_a_cached_copy_changed_in_place_is_not_trusted(fresh_dictionary: None) -> None:
    built = segment._cached_base_dictionary()
    (cached,) = user_cache.cache_folder().glob("words-*.utf16")
    data = bytearray(cached.read_bytes())
    at = data.index("\nมาตรการ\n".encode("utf-16-le"))
    data[at + 2 : at + 4] = "ข".encode("utf-16-le")  # ขาตรการ: the same length, still a list of words
    cached.write_bytes(bytes(data))
    assert list(segment._cached_base_dictionary()) == list(built)


def test_a_new_word_list_makes_a_new_cached_copy(
    fresh_dictionary: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = segment._word_list_file()
    assert original is not None and original.is_file()
    segment._cached_base_dictionary()
    changed = tmp_path / "words_th.txt"
    changed.write_bytes(original.read_bytes() + "คำใหม่\n".encode())
    monkeypatch.setattr(segment, "_word_list_file", lambda: changed)
    segment._cached_base_dictionary()
    assert len(list(user_cache.cache_folder().glob("words-*.utf16"))) == 2
