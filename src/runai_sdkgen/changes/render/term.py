"""The term format: rich tables and linter-style lines, sized and coloured by the console."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

from runai_sdkgen.changes.diff import LEVELS, Rule
from runai_sdkgen.changes.ledger import Ledger
from runai_sdkgen.changes.render.views import AuditView, DiffView

_LEVEL_STYLES = {"breaking": "bold red", "deprecation": "yellow", "info": "cyan"}
_AUDIT_LEVEL_STYLES = {"error": "bold red", "warning": "yellow", "note": "cyan"}


def diff(view: DiffView, console: Console) -> str:
    report = view.report
    with console.capture() as capture:
        console.print(f"[bold]{view.title}[/bold]")
        summary = Table("level", "changes")
        for level, count in report.counts().items():
            summary.add_row(f"[{_LEVEL_STYLES[level]}]{level}[/]", str(count))
        console.print(summary)
        table = Table("level", "rule", "change")
        for change in sorted(report.changes, key=lambda c: LEVELS.index(c.level)):
            table.add_row(
                f"[{_LEVEL_STYLES[change.level]}]{change.level}[/]", change.rule_id, change.message
            )
        console.print(table)
    return capture.get()


def ledger(ledger: Ledger, console: Console) -> str:
    with console.capture() as capture:
        console.print(f"[bold]Deprecation ledger: {ledger.product}[/bold]")
        table = Table("kind", "item", "deprecated", "due", "removed", "status")
        for e in ledger.entries:
            table.add_row(
                e.kind,
                e.key,
                e.deprecated_in or "-",
                e.due_for_removal_in or "-",
                e.removed_in or "-",
                e.status,
            )
        console.print(table)
    return capture.get()


def rules(rules: Sequence[Rule], console: Console) -> str:
    with console.capture() as capture:
        table = Table("rule", "level", "scope", "description")
        for rule in rules:
            table.add_row(
                rule.id,
                f"[{_LEVEL_STYLES[rule.level]}]{rule.level}[/]",
                rule.scope,
                rule.description,
            )
        console.print(table)
    return capture.get()


def audit(view: AuditView, console: Console) -> str:
    """Linter-style lines, `path:line:col: rule: message`, then the counts per rule."""
    report = view.report
    with console.capture() as capture:
        console.print(view.title, style="bold", markup=False, highlight=False)
        for f in report.findings:
            line = Text(f"{f.path}:{f.line}:{f.column}: ")
            line.append(f.rule, style=_AUDIT_LEVEL_STYLES[view.level_of(f.rule)])
            line.append(f": {f.message}")
            console.print(line, soft_wrap=True, highlight=False)
        if report.findings:
            counts = ", ".join(f"{rule} {n}" for rule, n in report.counts().items() if n)
            console.print(f"Per rule: {counts}", markup=False, highlight=False)
        else:
            console.print("Nothing in these files is removed or deprecated.", markup=False)
    return capture.get()
