"""The folders are the architecture: domain ← storage ← service ← ui and cli, documents and thai beside.

A module that imports upward (storage reaching for the service, the service for Qt or the window) fails here,
naming the file, its line and what it imported.
"""

from __future__ import annotations

import ast
from pathlib import Path

import itadesk

SOURCE = Path(itadesk.__file__).resolve().parent

# What each part may never import (besides itself): everything above it, and Qt below the window.
FORBIDDEN = {
    "domain": {"storage", "service", "ui", "cli", "app", "exchange", "documents", "thai", "PySide6"},
    "storage": {"service", "ui", "cli", "app", "exchange", "documents", "thai", "PySide6"},
    "service": {"ui", "cli", "app", "PySide6"},
    "exchange": {"storage", "service", "ui", "cli", "app", "PySide6"},
    "thai": {"storage", "service", "ui", "cli", "app", "documents", "exchange", "PySide6"},
    "documents": {"storage", "service", "ui", "cli", "app", "exchange", "PySide6"},
    "ui": {"cli"},
}


def _part(module: str) -> str:
    """`itadesk.storage.data.tables` → "storage"; `PySide6.QtCore` → "PySide6"."""
    names = module.split(".")
    return names[0] if names[0] != "itadesk" else (names[1] if len(names) > 1 else "itadesk")


def _imports(path: Path) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


def test_no_part_imports_a_part_above_it() -> None:
    wrong = []
    for path in sorted(SOURCE.rglob("*.py")):
        part = path.relative_to(SOURCE).parts[0]
        for line, module in _imports(path):
            if _part(module) in FORBIDDEN.get(part, set()):
                wrong.append(f"{path.relative_to(SOURCE)}:{line}: {part} imports {module}")
    assert wrong == []


def test_the_window_and_the_command_line_share_one_service() -> None:
    """Neither face keeps a second facade over storage: the use cases live in itadesk/service/."""
    assert not (SOURCE / "cli" / "store.py").exists()
    assert not (SOURCE / "ui" / "desk" / "storage_desk.py").exists()
    faces = [*(SOURCE / "cli").rglob("*.py"), SOURCE / "app.py", *(SOURCE / "ui").rglob("*.py")]
    units_of_work = [
        f"{path.relative_to(SOURCE)}:{number}: {text.strip()}"
        for path in faces
        for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if ".session(" in text or ".reading(" in text
    ]
    assert units_of_work == []  # a unit of work (a session, a read-only connection) is the service's
