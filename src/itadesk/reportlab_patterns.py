"""ReportLab's module-level regular expressions, compiled when first used instead of at import.

`reportlab.platypus.paragraph` (which every platypus document imports, through `reportlab.platypus` and
`doctemplate`) compiles at import a case-insensitive URL pattern for `<a href>` links whose character classes
span U+00A1–U+FFFF; Python's compiler folds the case of every character of those ranges, ~30 ms of every cold
print (~70 ms on a busy machine); `reportlab.lib.textsplit` builds a map of 53 000 CJK characters and
`reportlab.lib.PyFontify` (Python source colouring, for `XPreformatted`) a pattern of Python's keywords. ITA
Desk prints plain text through its own flowables and uses none of them: while those modules execute, their
`re.compile` returns a pattern that compiles itself on first use. Everything else about them is ReportLab's,
unchanged; a module already imported, or a layout this does not find, is left to the ordinary import.

`reportlab.lib.utils` imports Pillow's `Image` at import (~12 ms with the modules it brings) for bitmaps: a
memo without an emblem draws none. While that module executes, `from PIL import Image` gives a stand-in that
imports `PIL.Image` when first asked for anything (`Image.open`, `isinstance(x, Image.Image)`); a memo with
an emblem loads it then, as before.

`install()` (idempotent) is called by `itadesk.thai` and `itadesk.documents` before either imports ReportLab.
"""

from __future__ import annotations

import builtins
import importlib.abc
import re
import sys
import threading
from collections.abc import Mapping, Sequence
from importlib.machinery import ModuleSpec, PathFinder
from types import ModuleType
from typing import Any

DEFERRED_MODULES = frozenset(
    {
        "reportlab.platypus.paragraph",
        "reportlab.lib.textsplit",
        "reportlab.lib.PyFontify",
        "reportlab.lib.utils",
    }
)

_lock = threading.Lock()


def install() -> None:
    with _lock:
        if not any(isinstance(finder, _Finder) for finder in sys.meta_path):
            sys.meta_path.insert(0, _Finder())


class LazyPattern:
    """A compiled pattern made on first use: every attribute is the real `re.Pattern`'s."""

    def __init__(self, pattern: str | bytes, flags: int) -> None:
        self._source, self._flags = pattern, flags
        self._compiled: re.Pattern[Any] | None = None

    def __getattr__(self, name: str) -> Any:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self._source, self._flags)
        return getattr(compiled, name)


class _DeferringRe(ModuleType):
    """`re` as the deferred modules see it: `compile` is lazy, everything else is `re` itself."""

    def __init__(self) -> None:
        super().__init__("re")

    @staticmethod
    def compile(pattern: Any, flags: int = 0) -> Any:
        if isinstance(pattern, str | bytes):
            return LazyPattern(pattern, int(flags))
        return re.compile(pattern, flags)

    def __getattr__(self, name: str) -> Any:
        return getattr(re, name)


_DEFERRING_RE = _DeferringRe()


class LazyModule(ModuleType):
    """A module imported when first asked for any attribute: every attribute is the real module's."""

    def __getattr__(self, name: str) -> Any:
        import importlib

        return getattr(importlib.import_module(self.__name__), name)


class _LazyPillow(ModuleType):
    """`PIL` as the deferred modules see it in `from PIL import Image`: `Image` imported on first use."""

    def __init__(self) -> None:
        super().__init__("PIL")
        self.Image = LazyModule("PIL.Image")


def _pillow(fromlist: Sequence[str]) -> ModuleType | None:
    """The stand-in for `from PIL import Image`, unless Pillow's Image is loaded already."""
    if tuple(fromlist) != ("Image",) or "PIL.Image" in sys.modules:
        return None
    return _LazyPillow()


def _import(
    name: str,
    globals: Mapping[str, object] | None = None,
    locals: Mapping[str, object] | None = None,
    fromlist: Sequence[str] = (),
    level: int = 0,
) -> ModuleType:
    if name == "re" and level == 0 and not fromlist:
        return _DEFERRING_RE
    if name == "PIL" and level == 0:
        pillow = _pillow(fromlist)
        if pillow is not None:
            return pillow
    return builtins.__import__(name, globals, locals, fromlist, level)


class _Loader(importlib.abc.Loader):
    """The module's own loader, executing it with `import re` answered by `_DeferringRe`."""

    def __init__(self, loader: Any) -> None:
        self._loader = loader

    def create_module(self, spec: ModuleSpec) -> ModuleType | None:
        created: ModuleType | None = self._loader.create_module(spec)
        return created

    def exec_module(self, module: ModuleType) -> None:
        module.__dict__["__builtins__"] = {**builtins.__dict__, "__import__": _import}
        self._loader.exec_module(module)
        module.__dict__["__builtins__"] = builtins.__dict__  # later imports inside functions: as usual
        if isinstance(module.__dict__.get("re"), _DeferringRe):
            module.__dict__["re"] = re

    def __getattr__(self, name: str) -> Any:  # get_source, get_code…: for tracebacks and tools
        return getattr(self._loader, name)


class _Finder:
    def find_spec(self, name: str, path: Sequence[str] | None, target: ModuleType | None = None) -> Any:
        if name not in DEFERRED_MODULES or path is None:
            return None
        spec = PathFinder.find_spec(name, path, target)
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return None
        spec.loader = _Loader(spec.loader)
        return spec
