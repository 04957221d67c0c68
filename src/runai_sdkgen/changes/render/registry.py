"""The one table of report kinds and the formats each is rendered in.

Every report (a diff, the ledger, an audit, the diff rule table) is rendered through here: a
`ReportKind` maps format names to the functions of the format modules (`term`, `md`, `json`,
`html`, `sarif`) that render it. Every renderer has one signature, `(subject, console) -> str`;
the console gives the term format its width and colours, the other formats write plain text.
The CLI's `--format` choices, the docs' format table and the tests all read `KINDS`.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from rich.console import Console

from runai_sdkgen.changes.diff import Rule
from runai_sdkgen.changes.ledger import Ledger
from runai_sdkgen.changes.render import html, json, md, sarif, term
from runai_sdkgen.changes.render.views import AuditView, DiffView
from runai_sdkgen.core.fsutil import atomic_write_text
from runai_sdkgen.errors import ToolkitError

Subject = TypeVar("Subject")
Renderer = Callable[[Subject, Console], str]
# A term rendering written to a file: plain text, wide enough that tables do not wrap.
FILE_CONSOLE_WIDTH = 200


@dataclass(frozen=True)
class Format:
    name: str
    suffix: str  # of a file holding a rendering
    summary: str


FORMATS: tuple[Format, ...] = (
    Format("term", "txt", "tables for a terminal: coloured there, plain text in a file"),
    Format("md", "md", "Markdown: release notes, a pull-request comment, a docs page"),
    Format("json", "json", "JSON documents with `schema_version` (docs/report-schema.md)"),
    Format("html", "html", "one self-contained page with filters and a chart"),
    Format("sarif", "sarif", "SARIF 2.1.0 for code-scanning tools"),
)
FORMAT_NAMES: tuple[str, ...] = tuple(f.name for f in FORMATS)


@dataclass(frozen=True)
class ReportKind(Generic[Subject]):
    """One kind of report and its renderer per format (`Subject`: what they render)."""

    name: str
    renderers: Mapping[str, Renderer[Subject]]

    def formats(self) -> tuple[str, ...]:
        """The formats this kind has, in `FORMATS` order."""
        return tuple(name for name in FORMAT_NAMES if name in self.renderers)

    def renderer(self, format_name: str) -> Renderer[Subject]:
        """The renderer of `format_name`; a format this kind lacks is a one-line error."""
        try:
            return self.renderers[format_name]
        except KeyError:
            raise ToolkitError(
                f"--format {format_name}: the {self.name} report has no such format "
                f"(it has {', '.join(self.formats())})"
            ) from None

    def render(self, format_name: str, subject: Subject, console: Console | None = None) -> str:
        """`subject` in `format_name`; without a console, term text is plain and file-wide."""
        return self.renderer(format_name)(subject, console or file_console())


DIFF = ReportKind[DiffView](
    "diff",
    {"term": term.diff, "md": md.diff, "json": json.diff, "html": html.diff, "sarif": sarif.diff},
)
LEDGER = ReportKind[Ledger](
    "ledger",
    {"term": term.ledger, "md": md.ledger, "json": json.ledger, "html": html.ledger},
)
AUDIT = ReportKind[AuditView](
    "audit",
    {"term": term.audit, "md": md.audit, "json": json.audit, "sarif": sarif.audit},
)
RULE_TABLE = ReportKind[Sequence[Rule]](
    "rules",
    {"term": term.rules, "md": md.rules},
)
KINDS: tuple[ReportKind[Any], ...] = (DIFF, LEDGER, AUDIT, RULE_TABLE)


def file_console() -> Console:
    return Console(
        file=io.StringIO(), width=FILE_CONSOLE_WIDTH, no_color=True, force_terminal=False
    )


def emit(renderer: Renderer[Subject], subject: Subject, output: Path | None) -> None:
    """Render to stdout (term: the terminal's width and colours) or atomically into `output`."""
    if output is None:
        sys.stdout.write(renderer(subject, Console()))
    else:
        atomic_write_text(output, renderer(subject, file_console()))


def format_table() -> str:
    """Which kind has which format, and what each format is: the Markdown tables
    docs/report-schema.md shows (a test keeps the page equal to them)."""
    lines = [
        "| report | " + " | ".join(f"`{name}`" for name in FORMAT_NAMES) + " |",
        "|---|" + "---|" * len(FORMAT_NAMES),
    ]
    lines += [
        f"| `{kind.name}` | "
        + " | ".join("yes" if name in kind.renderers else "-" for name in FORMAT_NAMES)
        + " |"
        for kind in KINDS
    ]
    lines += ["", "| format | what |", "|---|---|"]
    lines += [f"| `{f.name}` | {f.summary} |" for f in FORMATS]
    return "\n".join(lines) + "\n"
