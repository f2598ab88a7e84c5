"""PyThaiNLP's newmm word tokenizer, loaded without PyThaiNLP's package.

`import pythainlp.tokenize.newmm` first runs `pythainlp/__init__.py`, which imports soundex, spelling,
tagging, transliteration and the whole of `pythainlp.util` (its emoji table alone compiles a regular
expression of every emoji): ~55 ms of every cold `itadesk print`, for one tokenizer of three small modules
(`tokenize/newmm.py`, `tokenize/tcc_p.py`, `tokenize/_utils.py`) that import nothing else of PyThaiNLP but the
default dictionary, which we never use.

`word_tokenize(text, words)` runs PyThaiNLP's own code, as `pythainlp.tokenize.word_tokenize(text, words,
engine="newmm", keep_whitespace=True)` does: newmm's `segment`, then `rejoin_formatted_num`, the one
post-processing step `word_tokenize` applies with those arguments (pythainlp/tokenize/core.py). The three
modules are executed from PyThaiNLP's installed files (a checkout, a wheel or a frozen bundle alike) with
their imports of each other answered here; nothing is put into `sys.modules`, so a later
`import pythainlp` anywhere is PyThaiNLP as usual. When they cannot be loaded so (another layout of
PyThaiNLP), the package is imported the ordinary way: slower, never different.
"""

from __future__ import annotations

import builtins
import importlib.util
import os
import threading
from collections.abc import Callable, Mapping, Sequence
from importlib.machinery import PathFinder
from types import ModuleType
from typing import Any

Tokenize = Callable[[str, Any], list[str]]

_lock = threading.Lock()
_tokenize: Tokenize | None = None


def word_tokenize(text: str, words: Any) -> list[str]:
    """PyThaiNLP's newmm words of `text` over the dictionary `words` (spaces kept as tokens)."""
    return _tokenizer()(text, words)


def loaded_without_package() -> bool:
    """Whether newmm runs from its own modules (PyThaiNLP's package left unloaded)."""
    return _tokenizer() is not _through_package


def _tokenizer() -> Tokenize:
    global _tokenize
    if _tokenize is None:
        with _lock:
            if _tokenize is None:
                _tokenize = _load_modules() or _through_package
    return _tokenize


def _through_package(text: str, words: Any) -> list[str]:
    from pythainlp.tokenize import word_tokenize as tokenize

    tokens: list[str] = tokenize(text, custom_dict=words, engine="newmm", keep_whitespace=True)
    return tokens


def _load_modules() -> Tokenize | None:
    """newmm's segment and the number rejoining after it, or None when PyThaiNLP is laid out otherwise."""
    try:
        package = importlib.util.find_spec("pythainlp")  # finds the folder; imports nothing
        if package is None or not package.submodule_search_locations:
            return None
        tokenize_folder = os.path.join(next(iter(package.submodule_search_locations)), "tokenize")
        tcc_p = _private_module("pythainlp.tokenize.tcc_p", tokenize_folder, {})
        utils = _private_module("pythainlp.tokenize._utils", tokenize_folder, {})
        default_dictionary = ModuleType("pythainlp.tokenize")  # what newmm imports from its package
        default_dictionary.word_dict_trie = _default_dictionary  # type: ignore[attr-defined]
        newmm = _private_module(
            "pythainlp.tokenize.newmm",
            tokenize_folder,
            {"pythainlp.tokenize": default_dictionary, "pythainlp.tokenize.tcc_p": tcc_p},
        )
        segment: Callable[[str, Any], list[str]] = newmm.segment
        rejoin: Callable[[list[str]], list[str]] = utils.rejoin_formatted_num
    except Exception:  # any other layout or version: the ordinary import will do
        return None

    def tokenize(text: str, words: Any) -> list[str]:
        if not text:
            return []
        return rejoin(segment(text, words))

    return tokenize


def _default_dictionary() -> Any:
    """PyThaiNLP's own dictionary, for an empty one given (never by us: ours holds every word)."""
    from pythainlp.tokenize import word_dict_trie

    return word_dict_trie()


def _private_module(name: str, folder: str, provided: Mapping[str, ModuleType]) -> ModuleType:
    """Execute the module `name` found in `folder`, its imports of `provided` names answered with those."""
    spec = PathFinder.find_spec(name, [folder])
    if spec is None or spec.loader is None:
        raise ImportError(name)
    module = importlib.util.module_from_spec(spec)
    if provided:
        ordinary = builtins.__import__

        def answer(
            imported: str,
            globals: Mapping[str, object] | None = None,
            locals: Mapping[str, object] | None = None,
            fromlist: Sequence[str] = (),
            level: int = 0,
        ) -> ModuleType:
            if level == 0 and fromlist and imported in provided:
                return provided[imported]
            return ordinary(imported, globals, locals, fromlist, level)

        module.__dict__["__builtins__"] = {**builtins.__dict__, "__import__": answer}
    spec.loader.exec_module(module)
    return module
