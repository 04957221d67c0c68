"""Import blocks of generated modules, the way ruff's isort and unused-import rules want them.

A template lists every import its module might need (the generator's own lists are generous:
a model's lazy imports name every model it refers to, in each method). `import_block` keeps
the names the module's code uses, merges them per module and sorts them as ruff's I001 sorts
them (sections, straight imports first, furthest relative first, constants then classes then
the rest, natural order, long lines wrapped in parentheses). Ruff's fix pass over the package
then has nothing to fix in most of ~1,800 files, which is most of its cost. Where this module
keeps too much (a name that only appears in a docstring) or sorts differently, ruff still
fixes the file: the result is the same, only slower.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass

LINE_LENGTH = 100
_STATEMENT = re.compile(r"(?:from\s+(?P<module>[\w.]+)\s+)?import\s+(?P<names>[\w.,\s]+)")
_NUMBER_OR_TEXT = re.compile(r"(\d+)")
_WHITESPACE_LINES = re.compile(r"^[ \t]+$", re.MULTILINE)
_SECTIONS = ("future", "standard library", "third party", "relative")


@dataclass(frozen=True)
class _Name:
    name: str
    alias: str | None

    @property
    def bound(self) -> str:
        """The name the statement binds in the module."""
        return self.alias or self.name.split(".")[0]

    def text(self) -> str:
        return f"{self.name} as {self.alias}" if self.alias else self.name


@functools.cache
def _natural(text: str) -> tuple[tuple[int, int | str], ...]:
    """Case-insensitive natural order (`model_2` before `model_10`), like ruff's isort."""
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part.lower())
        for part in _NUMBER_OR_TEXT.split(text)
        if part
    )


def _member_key(member: _Name) -> tuple[int, tuple[tuple[int, int | str], ...], str]:
    """Ruff's order-by-type: CONSTANTS, then Classes, then the rest; natural order in each."""
    name = member.name
    kind = 0 if len(name) > 1 and name.isupper() else 1 if name[:1].isupper() else 2
    return kind, _natural(name), member.text()


def _straight_key(member: _Name) -> tuple[tuple[tuple[int, int | str], ...], str]:
    return _natural(member.name), member.text()


def _section(module: str) -> int:
    if module == "__future__":
        return 0
    if module.startswith("."):
        return 3
    return 1 if module.split(".")[0] in sys.stdlib_module_names else 2


def _module_key(module: str) -> tuple[int, tuple[tuple[int, int | str], ...], str]:
    """Relative modules furthest first (`...` before `..`), then natural order."""
    stripped = module.lstrip(".")
    return -(len(module) - len(stripped)), _natural(stripped), module


def _used(bound: str, code: str) -> bool:
    """Whether `code` names `bound` other than as an attribute or inside a longer identifier
    (str.find, not a pattern: the names are too many for the re module's cache)."""
    start = code.find(bound)
    while start != -1:
        end = start + len(bound)
        before = code[start - 1] if start else " "
        after = code[end] if end < len(code) else " "
        if not (before.isalnum() or before in "_.") and not (after.isalnum() or after == "_"):
            return True
        start = code.find(bound, end)
    return False


@functools.cache
def _statement(candidate: str) -> tuple[str | None, tuple[_Name, ...]]:
    """The module (None for `import x`) and names of one import statement."""
    match = _STATEMENT.fullmatch(candidate.strip())
    if match is None:
        raise ValueError(f"not a simple import statement: {candidate!r}")
    names = []
    for part in match["names"].split(","):
        name, _, alias = (word.strip() for word in part.partition(" as "))
        names.append(_Name(name, alias or None))
    return match["module"], tuple(names)


def _from_line(module: str, members: Sequence[_Name], indent: str) -> str:
    line = f"{indent}from {module} import {', '.join(m.text() for m in members)}"
    if len(line) <= LINE_LENGTH:
        return line
    listed = "".join(f"{indent}    {m.text()},\n" for m in members)
    return f"{indent}from {module} import (\n{listed}{indent})"


def import_block(candidates: list[str], code: str, indent: str = "") -> str:
    """The import statements among `candidates` that `code` uses, as ruff would write them.

    `from __future__` imports are always kept. Each candidate is one `import x[ as y]` or
    `from m import a[ as b], ...` statement; the result has no trailing newline and is empty
    when nothing is used.
    """
    # Per section: the straight imports, and per module the plain and the aliased names.
    straight: dict[int, dict[str, _Name]] = {}
    plain: dict[int, dict[str, dict[str, _Name]]] = {}
    aliased: dict[int, dict[str, dict[str, _Name]]] = {}
    for candidate in candidates:
        module, members = _statement(candidate)
        for member in members:
            if module != "__future__" and not _used(member.bound, code):
                continue
            if module is None:
                straight.setdefault(_section(member.name), {})[member.text()] = member
            else:
                group = aliased if member.alias else plain
                by_module = group.setdefault(_section(module), {})
                by_module.setdefault(module, {})[member.text()] = member
    sections: list[str] = []
    for section in range(len(_SECTIONS)):
        lines = [
            f"{indent}import {member.text()}"
            for member in sorted(straight.get(section, {}).values(), key=_straight_key)
        ]
        plain_here, aliased_here = plain.get(section, {}), aliased.get(section, {})
        for module in sorted({*plain_here, *aliased_here}, key=_module_key):
            if module in plain_here:
                ordered = sorted(plain_here[module].values(), key=_member_key)
                lines.append(_from_line(module, ordered, indent))
            for member in sorted(aliased_here.get(module, {}).values(), key=_member_key):
                lines.append(_from_line(module, [member], indent))
        if lines:
            sections.append("\n".join(lines))
    return "\n\n".join(sections)


def without_whitespace_lines(code: str) -> str:
    """`code` with whitespace-only lines emptied (ruff's W293), left by indented macros."""
    return _WHITESPACE_LINES.sub("", code)


def with_imports(candidates: list[str], code: str, indent: str) -> str:
    """`code` (a function body indented by `indent`) after the import block of what it uses
    among `candidates` and a blank line; without a trailing newline."""
    block = import_block(candidates, code, indent)
    return f"{block}\n\n{code}".rstrip("\n") if block else code.rstrip("\n")
