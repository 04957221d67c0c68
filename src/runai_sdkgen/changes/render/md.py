"""The md format: release notes, pull-request comments and the docs' rule page.

Spec text outside code spans is HTML-escaped and kept on one line, so no spec can break a
table or inject markup.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from rich.console import Console

from runai_sdkgen.changes.diff import LEVELS, Change, Rule
from runai_sdkgen.changes.ledger import Ledger, LedgerEntry
from runai_sdkgen.changes.render.views import AuditView, DiffView

if TYPE_CHECKING:
    from runai_sdkgen.audit.stage import AuditFinding  # types only: see views.py

LEVEL_TITLES = {"breaking": "Breaking changes", "deprecation": "Deprecations", "info": "Other"}


def _text(text: str | None) -> str:
    """Spec text in a Markdown table cell or list item: no table breaks, no raw HTML."""
    if text is None:
        return "-"
    return html.escape(text, quote=False).replace("|", "\\|").replace("\n", " ")


def _code(text: str) -> str:
    quoted = text.replace("`", "'")
    return f"`{quoted}`" if text else "-"


def _code_cell(text: str) -> str:
    """A code span inside a table row: GitHub needs `|` escaped even there."""
    return _code(text.replace("\n", " ")).replace("|", "\\|")


def _page(lines: Sequence[str]) -> str:
    return "\n".join(lines).rstrip("\n") + "\n"


def _grouped(changes: Iterable[Change]) -> dict[str, dict[str, list[Change]]]:
    groups: dict[str, dict[str, list[Change]]] = {}
    for change in changes:
        groups.setdefault(change.tag or "(untagged)", {}).setdefault(
            change.operation_key, []
        ).append(change)
    return {tag: groups[tag] for tag in sorted(groups)}


def diff(view: DiffView, console: Console) -> str:
    """Counts, then changes by level, tag and operation; then, with a ledger, the ledger
    entries deprecated or removed in the new release."""
    report = view.report
    lines = [f"# {view.title}", ""]
    lines += ["| level | changes |", "|---|---|"]
    lines += [f"| {level} | {count} |" for level, count in report.counts().items()]
    lines.append("")
    for level in LEVELS:
        changes = [c for c in report.changes if c.level == level]
        if not changes:
            continue
        lines += [f"## {LEVEL_TITLES[level]} ({len(changes)})", ""]
        for tag, by_operation in _grouped(changes).items():
            lines += [f"### {_text(tag)}", ""]
            for operation_key, op_changes in sorted(by_operation.items()):
                op_id = op_changes[0].operation_id
                suffix = f" ({_code(op_id)})" if op_id else ""
                lines.append(f"- {_code(operation_key)}{suffix}")
                for change in op_changes:
                    where = f"{_code(change.location)}: " if change.location else ""
                    lines.append(f"  - {where}{_text(change.detail)} [{change.rule_id}]")
            lines.append("")
    if view.ledger is not None:
        new = report.new_label
        touched = [e for e in view.ledger.entries if new in (e.deprecated_in, e.removed_in)]
        lines += [f"## Deprecation ledger entries for {new} ({len(touched)})", ""]
        lines += _ledger_table(touched)
    return _page(lines)


def _ledger_table(entries: Sequence[LedgerEntry]) -> list[str]:
    if not entries:
        return ["(none)", ""]
    lines = [
        "| kind | item | deprecated in | due for removal in | removed in | status |",
        "|---|---|---|---|---|---|",
    ]
    lines += [
        f"| {e.kind} | {_code_cell(e.key)} | {_text(e.deprecated_in)} | "
        f"{_text(e.due_for_removal_in)} | {_text(e.removed_in)} | {e.status} |"
        for e in entries
    ]
    return [*lines, ""]


def ledger(ledger: Ledger, console: Console) -> str:
    lines = [f"# Deprecation ledger: {ledger.product} ({', '.join(ledger.releases)})", ""]
    lines += ["| status | items |", "|---|---|"]
    lines += [f"| {status} | {count} |" for status, count in ledger.counts().items()]
    lines += ["", "| release | deprecated | removed |", "|---|---|---|"]
    lines += [f"| {r} | {d} | {n} |" for r, d, n in ledger.per_release()]
    lines += ["", "## Entries", ""]
    lines += _ledger_table(ledger.entries)
    return _page(lines)


def rules(rules: Sequence[Rule], console: Console) -> str:
    """`docs/diff-rules.md`: the rule table as a page (a test keeps the committed copy equal)."""
    lines = [
        "# Diff rules",
        "",
        "Rendered from `runai_sdkgen.changes.diff.RULES` by `runai-sdkgen rules --format md`; "
        "do not edit by hand.",
        "",
        "Levels: **breaking** (existing client code or calls may fail), **deprecation** "
        "(still works, scheduled for removal), **info** (additive or relaxing).",
        "",
        "| rule | level | scope | what it detects |",
        "|---|---|---|---|",
    ]
    lines += [f"| `{r.id}` | {r.level} | {r.scope} | {r.description} |" for r in rules]
    return "\n".join(lines) + "\n"


def _when(finding: AuditFinding) -> str:
    """`deprecated 2.23, removal due 2.25`: the item's history as a finding shows it."""
    parts = []
    if finding.deprecated_in:
        parts.append(f"deprecated {finding.deprecated_in}")
    if finding.removed_in:
        parts.append(f"removed {finding.removed_in}")
    elif finding.due_for_removal_in:
        parts.append(f"removal due {finding.due_for_removal_in}")
    return ", ".join(parts) or "-"


def audit(view: AuditView, console: Console) -> str:
    report = view.report
    lines = [f"# {view.title}", ""]
    if not report.findings:
        return "\n".join([*lines, "Nothing in these files is removed or deprecated.", ""])
    lines += ["| location | rule | item | when | replacement |", "|---|---|---|---|---|"]
    lines += [
        f"| {_code_cell(f'{f.path}:{f.line}:{f.column}')} | {f.rule} | "
        f"{_code_cell(f.item or f.usage)} | {_when(f)} | "
        f"{_code_cell(f.replacement or '')} |"
        for f in report.findings
    ]
    return "\n".join([*lines, ""])
